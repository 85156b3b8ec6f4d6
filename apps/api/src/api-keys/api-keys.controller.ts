import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentMachine, MachineAuth, MachineCallerInfo } from '../common/decorators';

class CurrentKeyResponse {
  @ApiProperty({ format: 'uuid' }) keyId: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    description: 'The engineer the key acts for; null for a company key.',
  })
  engineerId: string | null;
  @ApiProperty({ type: [String] }) scopes: string[];
}

@ApiTags('keys')
@ApiBearerAuth()
@Controller('v1/keys')
export class ApiKeysController {
  @MachineAuth()
  @Get('current')
  @ApiOperation({ summary: 'Checks an API key: who it acts for and what it may do.' })
  @ApiOkResponse({ type: CurrentKeyResponse })
  current(@CurrentMachine() machine: MachineCallerInfo): CurrentKeyResponse {
    return { keyId: machine.keyId, engineerId: machine.engineerId, scopes: machine.scopes };
  }
}
