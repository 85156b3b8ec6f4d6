/**
 * OpenAPI schemas of the REST contract (`/v1/openapi.json`): request bodies and answers of the machine
 * endpoints, as classes @nestjs/swagger reads. The handlers still validate their raw bodies themselves (their
 * field-named 422s are the contract); these classes describe exactly those fields.
 */
import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';

const DECIMAL = 'A decimal amount of the currency, as a string (e.g. "12.345678").';

export class FieldProblem {
  @ApiProperty({ example: 'period' }) field: string;
  @ApiProperty({ example: 'is in the future' }) message: string;
}

/** RFC 9457 problem details, as every REST error answers. */
export class ProblemResponse {
  @ApiProperty({ example: 'https://tokenroll.dev/problems/bad-user-input' }) type: string;
  @ApiProperty({ example: 'BAD_USER_INPUT' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty() detail: string;
  @ApiProperty({ example: '/v1/exports/focus?period=2031-01' }) instance: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ type: [FieldProblem] }) fields?: FieldProblem[];
}

// ---- usage batch ---------------------------------------------------------------------------------------

export class UsageEventBody {
  @ApiPropertyOptional({
    description:
      'With a company key: the engineer the usage is for. Left out, the usage is the company’s own (unattributed: ' +
      'allocated as shared spend at close, until an admin maps the key to an engineer).',
    maxLength: 320,
  })
  engineerEmail?: string;
  @ApiProperty({ description: 'The tool that reported it (claude-code, cursor, gateway…).', maxLength: 60 })
  source: string;
  @ApiProperty({ example: 'anthropic', maxLength: 40 }) provider: string;
  @ApiProperty({ example: 'claude-sonnet-4-5', maxLength: 120 }) model: string;
  @ApiProperty({ minimum: 0 }) inputTokens: number;
  @ApiProperty({ minimum: 0 }) outputTokens: number;
  @ApiPropertyOptional({ minimum: 0 }) cacheReadTokens?: number;
  @ApiPropertyOptional({ minimum: 0 }) cacheWriteTokens?: number;
  @ApiProperty({ format: 'date-time', description: 'RFC 3339; not in the future, within the last 400 days.' })
  occurredAt: string;
  @ApiProperty({ description: 'Unique per source: a re-sent event is a duplicate.', maxLength: 200 })
  idempotencyKey: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Up to 20 text tags (repo, project…).',
  })
  tags?: Record<string, string>;
}

export class UsageBatchBody {
  @ApiProperty({ type: [UsageEventBody], minItems: 1, maxItems: 1000 }) events: UsageEventBody[];
}

export class UsageEventResult {
  @ApiProperty({ description: 'Position of the event in the batch.' }) index: number;
  @ApiProperty({ enum: ['accepted', 'duplicate', 'rejected'] }) status: string;
  @ApiPropertyOptional({ description: DECIMAL }) cost?: string;
  @ApiPropertyOptional({ example: 'USD' }) currency?: string;
  @ApiPropertyOptional({ description: 'No price for the model yet: flagged, never counted as 0.' })
  unpriced?: boolean;
  @ApiPropertyOptional() overBudget?: boolean;
  @ApiPropertyOptional({ description: DECIMAL }) overage?: string;
  @ApiPropertyOptional({
    description: 'false: a company key’s usage without an engineer, kept as company (shared) spend.',
  })
  attributed?: boolean;
  @ApiPropertyOptional({ description: 'Why it was rejected.' }) error?: string;
  @ApiPropertyOptional({ type: [FieldProblem] }) fields?: FieldProblem[];
}

export class UsageBatchResponse {
  @ApiProperty({ type: [UsageEventResult] }) results: UsageEventResult[];
}

// ---- authorizations ------------------------------------------------------------------------------------

export class AuthorizeBody {
  @ApiPropertyOptional({ description: 'With a company key: the engineer the request is for.' })
  engineerEmail?: string;
  @ApiProperty({ example: 'anthropic' }) provider: string;
  @ApiProperty({ example: 'claude-sonnet-4-5' }) model: string;
  @ApiProperty({ minimum: 0 }) estimatedInputTokens: number;
  @ApiProperty({ minimum: 0 }) maxOutputTokens: number;
  @ApiProperty({ description: 'Idempotency: the same requestId answers the same hold.' }) requestId: string;
  @ApiPropertyOptional({ minimum: 1, description: 'How long the hold lives (seconds).' }) ttlSeconds?: number;
}

export class SettleBody {
  @ApiProperty({ minimum: 0 }) inputTokens: number;
  @ApiProperty({ minimum: 0 }) outputTokens: number;
  @ApiPropertyOptional({ minimum: 0 }) cacheReadTokens?: number;
  @ApiPropertyOptional({ minimum: 0 }) cacheWriteTokens?: number;
}

export class HoldResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() requestId: string;
  @ApiProperty({ enum: ['HELD', 'SETTLED', 'VOIDED', 'EXPIRED'] }) status: string;
  @ApiProperty({ description: DECIMAL }) held: string;
  @ApiProperty({ description: `${DECIMAL} The part held on the team pool.` }) fromTeamPool: string;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: DECIMAL }) available: string;
  @ApiProperty() unpriced: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The model whose price was used when unpriced.' })
  pricedAs: string | null;
  @ApiProperty() overBudget: boolean;
  @ApiPropertyOptional({ description: DECIMAL }) overage?: string;
  @ApiPropertyOptional({ description: `${DECIMAL} Once settled.` }) cost?: string;
}

export class SettledHoldResponse extends HoldResponse {
  @ApiProperty({ description: `${DECIMAL} What the settle released.` }) released: string;
}

// ---- usage summary and budget --------------------------------------------------------------------------

export class UsageSummaryRow {
  @ApiProperty({ description: 'The model or the tool.' }) key: string;
  @ApiProperty({ description: DECIMAL }) cost: string;
  @ApiProperty() events: number;
  @ApiProperty() inputTokens: number;
  @ApiProperty() outputTokens: number;
  @ApiProperty() unpricedEvents: number;
  @ApiProperty() unpricedTokens: number;
}

export class UsageSummaryResponse {
  @ApiProperty() currency: string;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty({ description: `${DECIMAL} The priced usage.` }) total: string;
  @ApiProperty() events: number;
  @ApiProperty() unpricedEvents: number;
  @ApiProperty() unpricedTokens: number;
  @ApiProperty({ type: [UsageSummaryRow] }) byModel: UsageSummaryRow[];
  @ApiProperty({ type: [UsageSummaryRow] }) bySource: UsageSummaryRow[];
}

export class BudgetResponse {
  @ApiProperty() currency: string;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty({ description: DECIMAL }) allowance: string;
  @ApiProperty({ description: DECIMAL }) accrued: string;
  @ApiProperty({ description: DECIMAL }) spent: string;
  @ApiProperty({ description: DECIMAL }) held: string;
  @ApiProperty({ description: DECIMAL }) available: string;
  @ApiProperty({ description: DECIMAL }) overage: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) runsOutOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Spend pace vs the allowance (1.00 = on pace).' })
  pace: string | null;
  @ApiProperty({ description: DECIMAL }) dailyBurn: string;
  @ApiProperty({ description: `${DECIMAL} What the team pool can add.` }) fromTeamPool: string;
  @ApiProperty({ enum: ['hard', 'soft'], description: 'How the budget is enforced.' }) enforcement: string;
}

// ---- increase requests ---------------------------------------------------------------------------------

export class IncreaseRequestBody {
  @ApiProperty({ example: '50.00', description: DECIMAL }) amount: string;
  @ApiProperty({ example: 'Migrating the billing service this week' }) reason: string;
  @ApiPropertyOptional({ enum: ['TEMPORARY', 'PERMANENT'], default: 'TEMPORARY' }) kind?: string;
}

export class IncreaseRequestResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['PENDING', 'APPROVED'] }) status: string;
  @ApiProperty({ description: DECIMAL }) amount: string;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: ['TEMPORARY', 'PERMANENT'] }) kind: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who decides next (hr, manager) or who approved.',
  })
  approver: string | null;
}

// ---- prices --------------------------------------------------------------------------------------------

export class PriceResponse {
  @ApiProperty() provider: string;
  @ApiProperty() model: string;
  @ApiProperty() currency: string;
  @ApiProperty({ type: String, nullable: true, description: `${DECIMAL} Per 1M input tokens.` })
  inputPerMillion: string | null;
  @ApiProperty({ type: String, nullable: true }) outputPerMillion: string | null;
  @ApiProperty({ type: String, nullable: true }) cacheReadPerMillion: string | null;
  @ApiProperty({ type: String, nullable: true }) cacheWritePerMillion: string | null;
  @ApiProperty({ format: 'date' }) effectiveFrom: string;
  @ApiProperty({ enum: ['CATALOG', 'COMPANY'], description: 'Where the price comes from.' }) origin: string;
}

export class PricesResponse {
  @ApiProperty({ type: [PriceResponse] }) prices: PriceResponse[];
}

// ---- roster --------------------------------------------------------------------------------------------

export class RosterProblemResponse {
  @ApiProperty({ description: 'The CSV line (1 = header).' }) line: number;
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class RosterChangeResponse {
  @ApiProperty() line: number;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['CREATE', 'UPDATE', 'UNCHANGED'] }) action: string;
  @ApiProperty({ type: [String] }) changes: string[];
}

export class RosterResultResponse {
  @ApiProperty() rows: number;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ type: [RosterProblemResponse] }) problems: RosterProblemResponse[];
  @ApiProperty({ type: [RosterChangeResponse] }) changes: RosterChangeResponse[];
  @ApiProperty({ description: 'False for a dry run, or when any row had a problem (all or nothing).' })
  applied: boolean;
}

// ---- OTLP ----------------------------------------------------------------------------------------------

export class OtlpExportRequest {
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description:
      'OTLP/JSON ExportMetricsServiceRequest.resourceMetrics (http/json; protobuf is the same message).',
  })
  resourceMetrics?: Record<string, unknown>[];
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description: 'OTLP/JSON ExportLogsServiceRequest.resourceLogs.',
  })
  resourceLogs?: Record<string, unknown>[];
}

export class OtlpPartialSuccess {
  @ApiPropertyOptional() rejectedDataPoints?: string;
  @ApiPropertyOptional() rejectedLogRecords?: string;
  @ApiPropertyOptional() errorMessage?: string;
}

export class OtlpExportResponse {
  @ApiPropertyOptional({ type: OtlpPartialSuccess, description: 'Present when some data was left out.' })
  partialSuccess?: OtlpPartialSuccess;
}

/**
 * Every operation answers its errors as problem details: documented once here as the `4XX` and `5XX`
 * answers of each operation (beside the specific ones an operation names).
 */
export function withProblemResponses(document: OpenAPIObject): OpenAPIObject {
  const problem = {
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses ??= {};
      operation.responses['4XX'] ??= {
        description: 'Problem details naming the field (RFC 9457).',
        ...problem,
      };
      operation.responses['5XX'] ??= {
        description: 'Problem details; 503 with Retry-After in an outage.',
        ...problem,
      };
    }
  }
  return document;
}
