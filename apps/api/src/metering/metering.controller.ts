import { BusinessClock } from '../clock/business-clock';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  AuthorizeBody as AuthorizeBodySchema,
  BudgetResponse,
  HoldResponse,
  ProblemResponse,
  SettleBody,
  SettledHoldResponse,
  UsageBatchBody,
  UsageBatchResponse,
  UsageSummaryResponse,
} from '../common/openapi';
import { Money } from '@tokenroll/domain';
import { AppError, FieldError } from '../common/app-error';
import { CurrentMachine, MachineAuth, MachineCallerInfo } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { PricingService } from '../pricing/pricing.service';
import { BudgetContext, BudgetService } from './budget.service';
import { AuthorizeCaller, HoldAnswer, HoldsService } from './holds.service';
import {
  MAX_EVENTS_PER_BATCH,
  parseAuthorize,
  parseSettle,
  parseUsageEvent,
  UsageEventInput,
} from './machine-input';
import { IdentitiesService } from './identities.service';
import { UsageInput, UsageService } from './usage.service';
import { MachineRateLimited } from '../rate-limits/machine-rate-limits';

const decimal = (micros: bigint, currency: string) => Money.of(micros, currency).toDecimalString();

/** `7d`, `24h`, `30m` or an RFC 3339 time → the moment it names (at most 400 days back). */
export function sinceTime(text: string, now: number): Date {
  const relative = /^(\d{1,4})([dhm])$/.exec(text.trim());
  let at: number;
  if (relative)
    at =
      now - Number(relative[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[relative[2] as 'd' | 'h' | 'm'];
  else if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/i.test(text.trim()))
    at = Date.parse(text.trim());
  else at = Number.NaN;
  if (Number.isNaN(at) || at > now || at < now - 400 * 86_400_000)
    throw unprocessable([
      { field: 'since', message: 'must be like 7d, 24h, 30m or an RFC 3339 time within the last 400 days' },
    ]);
  return new Date(at);
}

function unprocessable(problems: FieldError[]): AppError {
  return new AppError(
    'UNPROCESSABLE_ENTITY',
    problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
    problems,
  );
}

type UsageResult =
  | {
      index: number;
      status: 'accepted' | 'duplicate';
      cost?: string;
      currency?: string;
      unpriced?: boolean;
      overBudget?: boolean;
      overage?: string;
      /** false: a company key's usage without an engineer, kept as company spend. */
      attributed?: false;
    }
  | { index: number; status: 'rejected'; error: string; fields: FieldError[] };

/** The machine contract: usage batches, real-time authorizations and the engineer's budget. */
@ApiTags('metering')
@ApiBearerAuth()
@MachineRateLimited()
@Controller('v1')
export class MeteringController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly usage: UsageService,
    private readonly holds: HoldsService,
    private readonly budgets: BudgetService,
    private readonly pricing: PricingService,
    private readonly identities: IdentitiesService,
  ) {}

  /** The engineer a request acts for: the key's own engineer, or the one a company key names by email. */
  private async engineerFor(machine: MachineCallerInfo, email: string | undefined): Promise<BudgetContext> {
    if (machine.engineerId) {
      const context = await this.budgets.context({ engineerId: machine.engineerId });
      if (!context) throw new AppError('NOT_FOUND', 'The engineer of this key no longer exists');
      if (email && email !== context.email)
        throw new AppError('FORBIDDEN', 'An engineer key acts only for its own engineer', [
          { field: 'engineerEmail', message: 'must be the key’s own engineer (or left out)' },
        ]);
      return context;
    }
    if (!email) throw unprocessable([{ field: 'engineerEmail', message: 'is required with a company key' }]);
    const context = await this.budgets.context({ email });
    if (!context)
      throw new AppError('NOT_FOUND', `No engineer with the email ${email}`, [
        { field: 'engineerEmail', message: 'is not an engineer of this company' },
      ]);
    return context;
  }

  @MachineAuth('usage:write')
  @Post('usage')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Records a batch of up to 1,000 usage events; each is accepted (with its cost, and `overBudget` with the `overage` when it took the allowance below zero), a duplicate (same source + idempotencyKey), or rejected with the reason.',
  })
  @ApiBody({ type: UsageBatchBody })
  @ApiOkResponse({ type: UsageBatchResponse })
  @ApiResponse({ status: 422, type: ProblemResponse, description: 'The batch itself is malformed.' })
  async recordUsage(
    @Body() body: unknown,
    @CurrentMachine() machine: MachineCallerInfo,
  ): Promise<{ results: UsageResult[] }> {
    const events = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(events))
      throw unprocessable([{ field: 'events', message: 'must be an array of usage events' }]);
    if (events.length === 0) throw unprocessable([{ field: 'events', message: 'must not be empty' }]);
    if (events.length > MAX_EVENTS_PER_BATCH)
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `A batch holds at most ${MAX_EVENTS_PER_BATCH} events; this one has ${events.length}`,
        [{ field: 'events', message: `must hold at most ${MAX_EVENTS_PER_BATCH} events` }],
      );
    const now = this.clock.now().getTime();
    const parsed = events.map((raw) => parseUsageEvent(raw, now));
    const results: UsageResult[] = new Array(events.length);
    const reject = (index: number, fields: FieldError[]) => {
      results[index] = {
        index,
        status: 'rejected',
        error: fields.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
        fields,
      };
    };

    // Who each event is for: the key's engineer, or an engineer of the company named by email.
    const engineerOf = new Map<string, string>();
    let ownEmail: string | undefined;
    if (machine.engineerId) {
      const context = await this.budgets.context({ engineerId: machine.engineerId });
      if (!context) throw new AppError('NOT_FOUND', 'The engineer of this key no longer exists');
      ownEmail = context.email;
    } else {
      const emails = [
        ...new Set(
          parsed.flatMap((event) =>
            Array.isArray(event) || !event.engineerEmail ? [] : [event.engineerEmail],
          ),
        ),
      ];
      if (emails.length) {
        const rows: { id: string; email: string }[] = await this.tenancy
          .manager()
          .query(`select id, email from engineers where email = any($1)`, [emails]);
        for (const row of rows) engineerOf.set(row.email, row.id);
      }
    }
    // A company key's usage that names no engineer: the engineer an admin mapped the key to, else unattributed.
    const keyEngineer =
      !machine.engineerId && parsed.some((event) => !Array.isArray(event) && !event.engineerEmail)
        ? await this.identities.engineerOfKey(machine.keyId)
        : undefined;
    const unattributed: { index: number; event: UsageEventInput }[] = [];
    const valid: { index: number; input: UsageInput }[] = [];
    parsed.forEach((event: UsageEventInput | FieldError[], index) => {
      if (Array.isArray(event)) return reject(index, event);
      let engineerId: string | undefined;
      if (machine.engineerId) {
        if (event.engineerEmail && event.engineerEmail !== ownEmail)
          return reject(index, [
            { field: 'engineerEmail', message: 'an engineer key reports only its own engineer’s usage' },
          ]);
        engineerId = machine.engineerId;
      } else if (!event.engineerEmail) {
        if (!keyEngineer) return void unattributed.push({ index, event });
        engineerId = keyEngineer;
      } else {
        engineerId = engineerOf.get(event.engineerEmail);
        if (!engineerId)
          return reject(index, [{ field: 'engineerEmail', message: 'is not an engineer of this company' }]);
      }
      // Written out (not spread): one object of one shape per event, the cheap way for 1,000 of them.
      valid.push({
        index,
        input: {
          engineerId,
          source: event.source,
          provider: event.provider,
          model: event.model,
          inputTokens: event.inputTokens,
          outputTokens: event.outputTokens,
          cacheReadTokens: event.cacheReadTokens,
          cacheWriteTokens: event.cacheWriteTokens,
          occurredAt: event.occurredAt,
          idempotencyKey: event.idempotencyKey,
          tags: event.tags,
        },
      });
    });
    const recorded = await this.usage.record(valid.map(({ input }) => input));
    const currency = (await this.pricing.priceBook()).currency;
    valid.forEach(({ index }, position) => {
      const outcome = recorded[position];
      results[index] =
        outcome.status === 'accepted'
          ? {
              index,
              status: 'accepted',
              cost: decimal(outcome.costMicros, currency),
              currency,
              ...(outcome.unpriced ? { unpriced: true } : {}),
              overBudget: outcome.overageMicros > 0n,
              ...(outcome.overageMicros > 0n ? { overage: decimal(outcome.overageMicros, currency) } : {}),
            }
          : { index, status: 'duplicate' };
    });
    await this.keepUnattributed(machine.keyId, unattributed, currency, results);
    return { results };
  }

  /**
   * Keeps a company key's usage without an engineer as company spend (allocated as shared at close until an
   * admin maps the key): priced as ingest prices it, answered as accepted with `attributed: false`.
   */
  private async keepUnattributed(
    keyId: string,
    events: { index: number; event: UsageEventInput }[],
    currency: string,
    results: UsageResult[],
  ): Promise<void> {
    if (!events.length) return;
    const fresh = await this.identities.keepUnattributed(
      keyId,
      events.map(({ event }) => ({
        source: event.source,
        idempotencyKey: event.idempotencyKey,
        record: {
          kind: 'usage' as const,
          usage: {
            source: event.source,
            provider: event.provider,
            model: event.model,
            inputTokens: event.inputTokens,
            outputTokens: event.outputTokens,
            cacheReadTokens: event.cacheReadTokens,
            cacheWriteTokens: event.cacheWriteTokens,
            occurredAt: event.occurredAt.toISOString(),
            idempotencyKey: event.idempotencyKey,
            tags: event.tags,
          },
        },
      })),
    );
    const book = await this.pricing.priceBook();
    const timeZone = await this.tenancy.timeZone();
    events.forEach(({ index, event }, position) => {
      if (!fresh[position]) return void (results[index] = { index, status: 'duplicate' });
      const priced = UsageService.price(book, event, timeZone);
      results[index] = {
        index,
        status: 'accepted',
        attributed: false,
        cost: decimal(priced.costMicros, currency),
        currency,
        ...(priced.unpriced ? { unpriced: true } : {}),
      };
    });
  }

  private holdAnswer({ hold, currency, availableMicros }: HoldAnswer) {
    return {
      id: hold.id,
      requestId: hold.request_id,
      status: hold.status,
      held: decimal(
        hold.status === 'HELD' ? BigInt(hold.engineer_held_micros) + BigInt(hold.pool_held_micros) : 0n,
        currency,
      ),
      fromTeamPool: decimal(hold.status === 'HELD' ? BigInt(hold.pool_held_micros) : 0n, currency),
      currency,
      expiresAt: new Date(hold.expires_at).toISOString(),
      available: decimal(availableMicros, currency),
      unpriced: hold.unpriced,
      pricedAs: hold.priced_as,
      overBudget: hold.over_budget,
      ...(BigInt(hold.overage_micros ?? '0') > 0n
        ? { overage: decimal(BigInt(hold.overage_micros), currency) }
        : {}),
      ...(hold.cost_micros !== null ? { cost: decimal(BigInt(hold.cost_micros), currency) } : {}),
    };
  }

  @MachineAuth('authorize')
  @Post('authorizations')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Holds the worst-case cost of a model request, or refuses with 402 naming the budget that ran out (403 `engineer-left` once the engineer is past their end date). Idempotent on requestId.',
  })
  @ApiBody({ type: AuthorizeBodySchema })
  @ApiResponse({ status: 201, type: HoldResponse })
  @ApiResponse({ status: 402, type: ProblemResponse, description: 'The budget that ran out.' })
  async authorize(@Body() body: unknown, @CurrentMachine() machine: MachineCallerInfo) {
    const input = parseAuthorize(body);
    if (Array.isArray(input)) throw unprocessable(input);
    const { engineerEmail, ...request } = input;
    // The engineer is resolved by the authorization statement itself (same answers as engineerFor).
    let caller: AuthorizeCaller;
    if (machine.engineerId)
      caller = { engineerId: machine.engineerId, expectedEmail: engineerEmail || undefined };
    else if (engineerEmail) caller = { email: engineerEmail };
    else throw unprocessable([{ field: 'engineerEmail', message: 'is required with a company key' }]);
    return this.holdAnswer(await this.holds.authorize({ ...request, caller }));
  }

  @MachineAuth('authorize')
  @Post('authorizations/:id/settle')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Charges the actual usage of an authorization, releases the rest and records the usage.',
  })
  @ApiBody({ type: SettleBody })
  @ApiOkResponse({ type: SettledHoldResponse })
  async settle(@Param('id') id: string, @Body() body: unknown, @CurrentMachine() machine: MachineCallerInfo) {
    const usage = parseSettle(body);
    if (Array.isArray(usage)) throw unprocessable(usage);
    const answer = await this.holds.settle(id, machine.engineerId, usage);
    return { ...this.holdAnswer(answer), released: decimal(answer.releasedMicros, answer.currency) };
  }

  @MachineAuth('authorize')
  @Post('authorizations/:id/void')
  @HttpCode(200)
  @ApiOperation({ summary: 'Releases an authorization that will not be used.' })
  @ApiOkResponse({ type: HoldResponse })
  async void(@Param('id') id: string, @CurrentMachine() machine: MachineCallerInfo) {
    return this.holdAnswer(await this.holds.void(id, machine.engineerId));
  }

  @MachineAuth('budget:read')
  @Get('usage/summary')
  @ApiOperation({
    summary:
      'The engineer’s usage since a time (`since=7d`, `24h` or an RFC 3339 time), by model and by tool.',
  })
  @ApiQuery({ name: 'since', required: false, example: '7d' })
  @ApiQuery({ name: 'engineerEmail', required: false, description: 'With a company key: whose usage.' })
  @ApiOkResponse({ type: UsageSummaryResponse })
  async usageSummary(
    @CurrentMachine() machine: MachineCallerInfo,
    @Query('since') since?: string,
    @Query('engineerEmail') engineerEmail?: string,
  ) {
    const context = await this.engineerFor(
      machine,
      typeof engineerEmail === 'string' ? engineerEmail.trim().toLowerCase() : undefined,
    );
    const from = sinceTime(since ?? '7d', this.clock.now().getTime());
    const summary = await this.budgets.usageSince(context.engineerId, from);
    const money = (micros: string) => decimal(BigInt(micros), summary.currency);
    const rows = (list: typeof summary.byModel) =>
      list.map((row) => ({
        key: row.key,
        cost: money(row.costMicros),
        events: row.events,
        inputTokens: Number(row.inputTokens),
        outputTokens: Number(row.outputTokens),
        unpricedEvents: row.unpricedEvents,
        unpricedTokens: Number(row.unpricedTokens),
      }));
    return {
      currency: summary.currency,
      since: from.toISOString(),
      // The priced usage; the unpriced part has no cost yet and is counted by its events and tokens.
      total: money(summary.totalMicros),
      events: summary.events,
      unpricedEvents: summary.unpricedEvents,
      unpricedTokens: Number(summary.unpricedTokens),
      byModel: rows(summary.byModel),
      bySource: rows(summary.bySource),
    };
  }

  @MachineAuth('budget:read')
  @Get('budget')
  @ApiOperation({
    summary:
      'The engineer’s budget for the period: allowance, accrued, spent, held, available (team-pool overflow included), overage, pace and run-out date.',
  })
  @ApiQuery({ name: 'engineerEmail', required: false, description: 'With a company key: whose budget.' })
  @ApiOkResponse({ type: BudgetResponse })
  async budget(@CurrentMachine() machine: MachineCallerInfo, @Query('engineerEmail') engineerEmail?: string) {
    const context = await this.engineerFor(
      machine,
      typeof engineerEmail === 'string' ? engineerEmail.trim().toLowerCase() : undefined,
    );
    const figures = await this.budgets.figures(context.engineerId);
    const money = (micros: bigint) => decimal(micros, figures.currency);
    return {
      currency: figures.currency,
      periodStart: figures.periodStart,
      periodEnd: figures.periodEnd,
      allowance: money(figures.allowanceMicros),
      accrued: money(figures.accruedMicros),
      spent: money(figures.spentMicros),
      held: money(figures.heldMicros),
      available: money(figures.availableMicros),
      overage: money(figures.overageMicros),
      runsOutOn: figures.outlook.runsOutOn,
      pace: figures.outlook.paceBp === null ? null : (figures.outlook.paceBp / 10000).toFixed(2),
      dailyBurn: money(figures.outlook.dailyBurnMicros),
      fromTeamPool: money(figures.poolAvailableMicros),
      enforcement: figures.enforcement.toLowerCase(),
    };
  }
}
