import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { RosterResultResponse } from '../common/openapi';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { Roles } from '../common/decorators';
import { RosterResult, RosterService } from './roster.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller('v1/roster')
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Roles(Role.ADMIN, Role.HR)
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string' },
    description:
      'CSV with columns name, email, team (path like Engineering/Platform, or cost centre), start_date, base_pay, currency; optional allowance_override (60% or 100000), title, level, location, end_date.',
  })
  @ApiQuery({ name: 'mode', enum: ['dry-run', 'apply'] })
  @ApiOperation({
    summary: 'Dry run (what would change, every bad row with its line) or apply (all or nothing).',
  })
  @ApiOkResponse({ type: RosterResultResponse })
  import(@Body() csv: unknown, @Query('mode') mode: string): Promise<RosterResult> {
    if (mode !== 'dry-run' && mode !== 'apply')
      throw AppError.badInput([{ field: 'mode', message: 'must be dry-run or apply' }]);
    if (typeof csv !== 'string' || csv.trim() === '')
      throw AppError.badInput([{ field: 'body', message: 'must be a CSV file sent as text/csv' }]);
    return this.roster.import(csv, mode === 'apply');
  }
}
