import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IncreaseRequestBody, IncreaseRequestResponse } from '../common/openapi';
import { Money } from '@tokenroll/domain';
import { AppError } from '../common/app-error';
import { CurrentMachine, MachineAuth, MachineCallerInfo } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { IncreaseRequestsService } from './increase-requests.service';

/** `tokenroll request 50 --reason "…"`: an engineer key asks for more. */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('v1/increase-requests')
export class IncreaseRequestsController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly increases: IncreaseRequestsService,
  ) {}

  @MachineAuth('any')
  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Asks for more allowance: {"amount":"50.00","reason":"…","kind":"TEMPORARY"|"PERMANENT"}.',
  })
  @ApiBody({ type: IncreaseRequestBody })
  @ApiResponse({ status: 201, type: IncreaseRequestResponse })
  async request(@Body() body: unknown, @CurrentMachine() machine: MachineCallerInfo) {
    if (!machine.engineerId)
      throw new AppError('FORBIDDEN', 'Only an engineer key asks for an increase (this is a company key)');
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies`);
    const currency = company.currency.trim();
    let amount: bigint;
    try {
      if (typeof input.amount !== 'string' && typeof input.amount !== 'number') throw new Error('missing');
      amount = Money.fromDecimalString(String(input.amount), currency).micros;
    } catch {
      throw new AppError('UNPROCESSABLE_ENTITY', 'amount: must be a decimal amount like "50.00"', [
        { field: 'amount', message: 'must be a decimal amount like "50.00"' },
      ]);
    }
    const kind = input.kind ?? 'TEMPORARY';
    if (kind !== 'TEMPORARY' && kind !== 'PERMANENT')
      throw new AppError('UNPROCESSABLE_ENTITY', 'kind: must be TEMPORARY or PERMANENT', [
        { field: 'kind', message: 'must be TEMPORARY or PERMANENT' },
      ]);
    if (typeof input.reason !== 'string')
      throw new AppError('UNPROCESSABLE_ENTITY', 'reason: is required', [
        { field: 'reason', message: 'is required' },
      ]);
    const row = await this.increases.request(
      machine.engineerId,
      { amountMicros: amount, kind, reason: input.reason },
      null,
    );
    return {
      id: row.id,
      status: row.status === 'APPROVED' ? 'APPROVED' : 'PENDING',
      amount: Money.of(BigInt(row.amount_micros), currency).toDecimalString(),
      currency,
      kind: row.kind,
      approver: row.status === 'APPROVED' ? row.approved_by : row.status === 'PENDING_HR' ? 'hr' : 'manager',
    };
  }
}
