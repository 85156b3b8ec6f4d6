import { ApiProperty } from '@nestjs/swagger';
import type { Statement } from '@tokenroll/domain';
import type { StatementSetHeader } from './exports.service';

const MICROS = 'Integer micro-units of the company currency (1 = 0.000001), as a string.';

export class AmountByResponse {
  @ApiProperty({
    description: 'What the amount is for (an engineer id, a model, a provider, a tool, a category).',
  })
  key: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: MICROS, example: '1250000' }) costMicros: string;
}

export class StatementAdjustmentResponse {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) engineerId: string | null;
  @ApiProperty({ type: String, nullable: true }) engineerName: string | null;
  @ApiProperty({ description: 'The closed month the correction belongs to (YYYY-MM).', example: '2026-10' })
  originalMonth: string;
  @ApiProperty({ description: MICROS }) costMicros: string;
}

export class EngineerAllowanceResponse {
  @ApiProperty({ format: 'uuid' }) engineerId: string;
  @ApiProperty() engineerName: string;
  @ApiProperty({ description: 'Left the company on or before the period’s end.' }) leaver: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: `${MICROS} Null when the reader may not see it.`,
  })
  grantedMicros: string | null;
  @ApiProperty({ description: MICROS }) spentMicros: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Spent ÷ granted in basis points (10000 = 100%).',
  })
  utilisationBp: number | null;
  @ApiProperty({ type: String, nullable: true, description: MICROS }) overageMicros: string | null;
}

export class StatementResponse {
  @ApiProperty({ enum: ['TEAM', 'COST_CENTRE', 'SUBTREE'] }) kind: string;
  @ApiProperty({ description: 'Team id (CENTRAL for cost held centrally) or cost-centre code.' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'For a subtree view: says what it sums.' })
  label: string | null;
  @ApiProperty({ description: MICROS }) totalMicros: string;
  @ApiProperty({ type: [AmountByResponse] }) byCategory: AmountByResponse[];
  @ApiProperty({ type: [AmountByResponse] }) byEngineer: AmountByResponse[];
  @ApiProperty({ type: [AmountByResponse] }) byModel: AmountByResponse[];
  @ApiProperty({ type: [AmountByResponse] }) byProvider: AmountByResponse[];
  @ApiProperty({ type: [AmountByResponse] }) byTool: AmountByResponse[];
  @ApiProperty({ type: [StatementAdjustmentResponse] }) adjustments: StatementAdjustmentResponse[];
  @ApiProperty({ type: [EngineerAllowanceResponse] }) allowances: EngineerAllowanceResponse[];
  @ApiProperty({ type: String, nullable: true, description: MICROS }) overageMicros: string | null;
  @ApiProperty({ type: String, nullable: true, description: `${MICROS} The period before.` })
  previousTotalMicros: string | null;
}

export class StatementsResponse {
  @ApiProperty({ example: '2026-11' }) period: string;
  @ApiProperty({ type: [String], example: ['2026-11'] }) months: string[];
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ enum: ['SHOWBACK', 'CHARGEBACK'] }) mode: string;
  @ApiProperty({ description: 'Every month of the period is closed (the figures are frozen).' })
  closed: boolean;
  @ApiProperty({ description: MICROS }) totalMicros: string;
  @ApiProperty({ description: MICROS }) usageMicros: string;
  @ApiProperty({ description: MICROS }) adjustmentMicros: string;
  @ApiProperty({ description: MICROS }) sharedMicros: string;
  @ApiProperty({ description: MICROS }) unabsorbedMicros: string;
  @ApiProperty({
    type: [StatementResponse],
    description: 'The statements asked for (all, or the one named).',
  })
  statements: StatementResponse[];
}

/** Any value with bigints as decimal strings (JSON has no bigint). */
function plain<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}

export function statementsResponse(
  set: StatementSetHeader,
  statements: readonly Statement[],
): StatementsResponse {
  return plain({ ...set, statements }) as StatementsResponse;
}
