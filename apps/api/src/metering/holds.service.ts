import { BusinessClock } from '../clock/business-clock';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { chargeOverages, Money, worstCaseCost } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { BatchPosting, LedgerService } from '../ledger/ledger.service';
import { SpendPostings } from '../ledger/spend-postings';
import { PricingService } from '../pricing/pricing.service';
import { BudgetContext, BudgetService } from './budget.service';
import { UsageService } from './usage.service';

/** Who a request acts for: a key's own engineer (optionally naming its email), or an engineer by email. */
export type AuthorizeCaller = { engineerId: string; expectedEmail?: string } | { email: string };

export interface AuthorizeInput {
  caller: AuthorizeCaller;
  provider: string;
  model: string;
  estimatedInputTokens: number;
  maxOutputTokens: number;
  requestId: string;
  ttlSeconds?: number;
}

export interface HoldRow {
  id: string;
  engineer_id: string;
  request_id: string;
  provider: string;
  model: string;
  priced_as: string | null;
  unpriced: boolean;
  amount_micros: string;
  engineer_account_id: string;
  engineer_held_micros: string;
  pool_account_id: string | null;
  pool_held_micros: string;
  over_budget: boolean;
  /** Of the settled cost, what took the allowance below zero. */
  overage_micros: string;
  status: 'HELD' | 'SETTLED' | 'VOIDED' | 'EXPIRED';
  expires_at: Date;
  cost_micros: string | null;
}

export interface HoldAnswer {
  hold: HoldRow;
  currency: string;
  availableMicros: bigint;
}

/** The source of usage recorded by settling an authorization. */
export const AUTHORIZATION_SOURCE = 'authorization';

const decimal = (micros: bigint, currency: string) => Money.of(micros, currency).toDecimalString();
const min = (a: bigint, b: bigint) => (a < b ? a : b);

/** One row of `authorize_hold`: what happened, who the engineer is, and the hold (bigints as text). */
interface AuthorizeRow {
  outcome:
    | 'no_engineer'
    | 'email_mismatch'
    | 'request_conflict'
    | 'existing'
    | 'left'
    | 'unpriceable'
    | 'refused'
    | 'raced'
    | 'held';
  r_engineer_id: string | null;
  r_email: string | null;
  r_end_date: string | null;
  r_enforcement: 'HARD' | 'SOFT' | null;
  r_pool: boolean | null;
  r_available: string | null;
  r_hold: Record<string, unknown> | null;
}

/** A hold as `to_jsonb` gives it, with its times as Dates like a row read with `select *`. */
function holdFrom(json: Record<string, unknown>): HoldRow {
  const at = (value: unknown) => (value === null || value === undefined ? value : new Date(value as string));
  return {
    ...json,
    expires_at: at(json.expires_at),
    created_at: at(json.created_at),
    closed_at: at(json.closed_at),
  } as unknown as HoldRow;
}

/** HTTP 402 naming the budget that ran out and what remains of it. */
function refusal(row: AuthorizeRow, amount: bigint, currency: string, overage: bigint): AppError {
  const available = BigInt(row.r_available ?? '0');
  const budget = row.r_pool ? 'team-pool' : 'allowance';
  const what = row.r_pool ? 'The allowance and the team pool together have' : 'The engineer’s allowance has';
  const over =
    overage > 0n
      ? `; the allowance is ${decimal(overage, currency)} ${currency} over budget until grants, a transfer or an increase cover it`
      : '';
  return new AppError(
    'PAYMENT_REQUIRED',
    `${what} ${decimal(available, currency)} ${currency} available; this request may cost up to ${decimal(amount, currency)} ${currency}${over}`,
    [],
    {
      budget,
      remaining: decimal(available, currency),
      required: decimal(amount, currency),
      overage: decimal(overage, currency),
      currency,
      engineerEmail: row.r_email,
    },
  );
}

/**
 * Real-time enforcement. A hold reserves the worst-case cost of a request on the engineer's allowance
 * account (and, when the team allows it, the rest on the team pool) with one conditional UPDATE per
 * account, so settled + held never exceeds what a hard budget allows, whatever the concurrency and the
 * number of API instances. Lock order everywhere: the engineer's allowance, then the pool, then spend.
 */
@Injectable()
export class HoldsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HoldsService.name);
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly ledger: LedgerService,
    private readonly spend: SpendPostings,
    private readonly pricing: PricingService,
    private readonly usage: UsageService,
    private readonly budgets: BudgetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensurePartitions();
    // Every instance sweeps (the release is one conditional UPDATE per company, so running it twice is
    // harmless): a hold must not outlive its TTL because the job runner is down.
    let partitionsCheckedAt = Date.now();
    this.sweepTimer = setInterval(() => {
      this.expireAll().catch((error) => this.logger.error({ err: error }, 'hold expiry failed'));
      if (Date.now() - partitionsCheckedAt > 3_600_000) {
        partitionsCheckedAt = Date.now();
        this.ensurePartitions().catch((error) =>
          this.logger.error({ err: error }, 'partition upkeep failed'),
        );
      }
    }, this.config.holdSweepSeconds * 1000);
    this.sweepTimer.unref();
  }

  /** Monthly usage partitions from last month to three months ahead (idempotent; any instance may run it). */
  private async ensurePartitions(): Promise<void> {
    const [row]: { created: number }[] = await this.tenancy.asJobs((manager) =>
      manager.query(`select ensure_usage_partitions(1, 3) as created`),
    );
    if (row?.created) this.logger.log(`created ${row.created} monthly usage partitions`);
  }

  onApplicationShutdown(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  private async currency(): Promise<string> {
    return (await this.pricing.priceBook()).currency;
  }

  /**
   * Holds the worst-case cost of a request, in one statement (`authorize_hold`, migration
   * 1795550000000-MeteringFastPaths): the engineer's context, an earlier hold of the same requestId, the
   * reservation and the hold row. The hot allowance row is then locked only for that statement and the
   * COMMIT, never across round trips. Every refusal reserves nothing; a conflict found after reserving is
   * raised here, which rolls the tenant transaction back.
   */
  async authorize(input: AuthorizeInput): Promise<HoldAnswer> {
    const { caller } = input;
    const book = await this.pricing.priceBook();
    const day = await this.clock.companyToday();
    // Priced before the statement (the price book is this instance's 5-second copy); a request that cannot
    // be priced is refused only after an earlier hold and a departed engineer had their say, as before.
    let price = PricingService.priceFor(book, input.provider, input.model, day);
    let unpriced = false;
    if (
      !price ||
      (price.rates.input === null && input.estimatedInputTokens > 0) ||
      price.rates.output === null
    ) {
      price = PricingService.fallbackFor(book, input.provider, day);
      unpriced = true;
    }
    const amount = price
      ? PricingService.toCompanyCurrency(
          book,
          worstCaseCost(price, input.estimatedInputTokens, input.maxOutputTokens),
          price.currency,
          day,
        )
      : undefined;
    const ttl = Math.min(input.ttlSeconds ?? this.config.holdTtlSeconds, this.config.holdTtlSeconds);
    const [row] = await returnedRows<AuthorizeRow>(
      this.tenancy.manager(),
      `select * from authorize_hold($1::uuid, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text,
          $8::boolean, $9::integer, $10::integer, $11::bigint, $12::integer, $13::uuid, $14::date)`,
      [
        'engineerId' in caller ? caller.engineerId : null,
        'email' in caller ? caller.email : null,
        'engineerId' in caller ? (caller.expectedEmail ?? null) : null,
        input.requestId,
        input.provider,
        input.model,
        price?.model ?? null,
        unpriced,
        input.estimatedInputTokens,
        input.maxOutputTokens,
        amount?.toString() ?? null,
        ttl,
        randomUUID(),
        day,
      ],
    );
    const currency = book.currency;
    switch (row.outcome) {
      case 'no_engineer':
        throw 'engineerId' in caller
          ? new AppError('NOT_FOUND', 'The engineer of this key no longer exists')
          : new AppError('NOT_FOUND', `No engineer with the email ${caller.email}`, [
              { field: 'engineerEmail', message: 'is not an engineer of this company' },
            ]);
      case 'email_mismatch':
        throw new AppError('FORBIDDEN', 'An engineer key acts only for its own engineer', [
          { field: 'engineerEmail', message: 'must be the key’s own engineer (or left out)' },
        ]);
      case 'request_conflict':
        throw new AppError('CONFLICT', 'This requestId was already used for another engineer', [
          { field: 'requestId', message: 'is already used' },
        ]);
      case 'existing':
      case 'held':
        return {
          hold: holdFrom(row.r_hold ?? {}),
          currency,
          availableMicros: BigInt(row.r_available ?? '0'),
        };
      case 'left':
        throw new AppError(
          'PAYMENT_REQUIRED',
          `${row.r_email} left on ${row.r_end_date}: nothing is left to spend`,
          [],
          {
            budget: 'allowance',
            remaining: decimal(0n, currency),
            currency,
            engineerEmail: row.r_email,
          },
        );
      case 'unpriceable':
        if (!price)
          throw new AppError(
            'UNPROCESSABLE_ENTITY',
            `No price for ${input.provider}/${input.model}, and no priced model of ${input.provider} to hold at instead`,
            [{ field: 'model', message: 'has no price and its provider has no fallback price' }],
          );
        throw new AppError('UNPROCESSABLE_ENTITY', `No exchange rate from USD to ${currency} is in force`, [
          { field: 'model', message: `cannot be priced in ${currency}` },
        ]);
      case 'refused':
        throw refusal(
          row,
          amount ?? 0n,
          currency,
          row.r_engineer_id ? await this.spend.allowanceOverage(row.r_engineer_id) : 0n,
        );
      case 'raced':
        // Another request with the same id won the race (nothing was reserved); throwing rolls back the rest.
        throw new AppError('CONFLICT', 'An authorization with this requestId is being created', [
          { field: 'requestId', message: 'is already used' },
        ]);
    }
  }

  /** What the engineer may still spend now: own allowance left plus the team pool when it overflows. */
  async available(context: Pick<BudgetContext, 'allowanceAccountId' | 'poolAccountId'>): Promise<bigint> {
    const ids = [context.allowanceAccountId, context.poolAccountId].filter(Boolean);
    if (!ids.length) return 0n;
    const [row]: { available: string }[] = await this.tenancy
      .manager()
      .query(
        `select coalesce(sum(greatest(balance_micros - held_micros, 0)), 0)::text as available from ledger_accounts where id = any($1)`,
        [ids],
      );
    return BigInt(row.available);
  }

  /** The hold, locked for this transaction; 404 when it is not the caller's (another company's is invisible). */
  private async lockHold(id: string, engineerId: string | null): Promise<HoldRow> {
    const rows: HoldRow[] = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.tenancy.manager().query(`select * from holds where id = $1 for update`, [id])
      : [];
    const hold = rows[0];
    if (!hold || (engineerId && hold.engineer_id !== engineerId))
      throw new AppError('NOT_FOUND', 'No such authorization', [{ field: 'id', message: 'does not exist' }]);
    return hold;
  }

  /** Gives back what a hold reserved (engineer first, then the pool). */
  private async release(hold: HoldRow): Promise<void> {
    const manager = this.tenancy.manager();
    if (BigInt(hold.engineer_held_micros) > 0n)
      await manager.query(`update ledger_accounts set held_micros = held_micros - $2 where id = $1`, [
        hold.engineer_account_id,
        hold.engineer_held_micros,
      ]);
    if (hold.pool_account_id && BigInt(hold.pool_held_micros) > 0n)
      await manager.query(`update ledger_accounts set held_micros = held_micros - $2 where id = $1`, [
        hold.pool_account_id,
        hold.pool_held_micros,
      ]);
  }

  /**
   * Charges the actual usage, releases the rest and records the usage event (once: settling twice answers
   * the first result). A hold that expired is still settled: the usage happened.
   */
  async settle(
    id: string,
    engineerId: string | null,
    usage: { inputTokens: number; outputTokens: number; cacheReadTokens: number; cacheWriteTokens: number },
  ): Promise<HoldAnswer & { releasedMicros: bigint }> {
    const hold = await this.lockHold(id, engineerId);
    const currency = await this.currency();
    if (hold.status === 'SETTLED')
      return { hold, currency, availableMicros: await this.availableFor(hold), releasedMicros: 0n };
    if (hold.status === 'VOIDED')
      throw new AppError('CONFLICT', 'This authorization was voided', [
        { field: 'id', message: 'was voided' },
      ]);
    const wasHeld = hold.status === 'HELD';
    // Lock order of every path: rollup rows (recording the usage), then the engineer's allowance, then the
    // pool, then spend (a pool-only hold would otherwise lock the pool first and deadlock with authorizations).
    const [recorded] = await this.usage.record(
      [
        {
          engineerId: hold.engineer_id,
          source: AUTHORIZATION_SOURCE,
          provider: hold.provider,
          model: hold.model,
          ...usage,
          occurredAt: this.clock.now(),
          idempotencyKey: hold.request_id,
          holdId: hold.id,
        },
      ],
      { charge: false },
    );
    const cost = recorded.status === 'accepted' ? recorded.costMicros : 0n;
    await this.tenancy
      .manager()
      .query(`select id from ledger_accounts where id = $1 for update`, [hold.engineer_account_id]);
    if (wasHeld) await this.release(hold);
    const fromPool =
      wasHeld && hold.pool_account_id
        ? min(cost - min(cost, BigInt(hold.engineer_held_micros)), BigInt(hold.pool_held_micros))
        : 0n;
    const fromAllowance = cost - fromPool;
    // Both charges in one set-based posting (allowance, then pool, then spend: the global lock order).
    const accounts = await this.ledger.accountIds(['SPEND'], [hold.engineer_id]);
    const spend = accounts.get('SPEND')?.get(hold.engineer_id);
    if (!spend) throw new Error(`no spend account for engineer ${hold.engineer_id}`);
    const now = this.clock.now();
    const postings: BatchPosting[] = [];
    if (fromAllowance > 0n)
      postings.push({
        fromAccountId: hold.engineer_account_id,
        toAccountId: spend,
        amountMicros: fromAllowance,
        kind: 'SPEND',
        reference: `settle:${hold.id}`,
        effectiveAt: now,
        memo: `Authorization ${hold.request_id} settled`,
      });
    if (fromPool > 0n && hold.pool_account_id)
      postings.push({
        fromAccountId: hold.pool_account_id,
        toAccountId: spend,
        amountMicros: fromPool,
        kind: 'SPEND',
        reference: `settle:${hold.id}:pool`,
        effectiveAt: now,
        memo: `Authorization ${hold.request_id} settled from the team pool`,
      });
    const debited = await this.spend.charge(postings);
    // A settle above what the allowance still had (above the hold, or after the balance went below zero)
    // is charged all the same (the usage happened): the part beyond the balance is its overage, flagged on
    // the hold and kept with the usage (`usage_overages`); the balance below zero refuses the engineer's
    // next hard authorizations.
    const allowance = debited.get(hold.engineer_account_id);
    const [overage] = allowance ? chargeOverages(allowance.balanceBeforeMicros, [fromAllowance]) : [0n];
    if (overage > 0n)
      await this.usage.keepOverages([
        {
          engineerId: hold.engineer_id,
          occurredAt: now,
          eventId: recorded.eventId,
          holdId: hold.id,
          events: 1,
          overageMicros: overage,
        },
      ]);
    const [settled] = await returnedRows<HoldRow>(
      this.tenancy.manager(),
      `update holds set status = 'SETTLED', closed_at = now(), cost_micros = $2, overage_micros = $3,
              over_budget = over_budget or $3::bigint > 0
        where id = $1 returning *`,
      [hold.id, cost.toString(), overage.toString()],
    );
    const reserved = wasHeld ? BigInt(hold.engineer_held_micros) + BigInt(hold.pool_held_micros) : 0n;
    return {
      hold: settled,
      currency,
      availableMicros: await this.availableFor(hold),
      releasedMicros: reserved > cost ? reserved - cost : 0n,
    };
  }

  /** Releases a hold without usage. Voiding twice is harmless; a settled hold cannot be voided. */
  async void(id: string, engineerId: string | null): Promise<HoldAnswer> {
    const hold = await this.lockHold(id, engineerId);
    const currency = await this.currency();
    if (hold.status === 'SETTLED')
      throw new AppError('CONFLICT', 'This authorization was already settled', [
        { field: 'id', message: 'was settled' },
      ]);
    if (hold.status !== 'HELD') return { hold, currency, availableMicros: await this.availableFor(hold) };
    await this.release(hold);
    const [voided] = await returnedRows<HoldRow>(
      this.tenancy.manager(),
      `update holds set status = 'VOIDED', closed_at = now() where id = $1 returning *`,
      [hold.id],
    );
    return { hold: voided, currency, availableMicros: await this.availableFor(hold) };
  }

  private async availableFor(hold: HoldRow): Promise<bigint> {
    const context = await this.budgets.context({ engineerId: hold.engineer_id });
    return context ? this.available(context) : 0n;
  }

  /** Releases every hold of the current company past its TTL; returns how many. */
  async expireDue(): Promise<number> {
    const expired = await returnedRows<HoldRow>(
      this.tenancy.manager(),
      `update holds set status = 'EXPIRED', closed_at = now()
        where status = 'HELD' and expires_at < now()
        returning *`,
    );
    // Engineers' accounts first (in engineer order), then pools: the lock order of every other path.
    expired.sort((a, b) => (a.engineer_id < b.engineer_id ? -1 : a.engineer_id > b.engineer_id ? 1 : 0));
    for (const hold of expired) await this.release({ ...hold, pool_account_id: null });
    for (const hold of [...expired].sort((a, b) =>
      (a.pool_account_id ?? '') < (b.pool_account_id ?? '') ? -1 : 1,
    ))
      if (hold.pool_account_id) await this.release({ ...hold, engineer_held_micros: '0' });
    return expired.length;
  }

  /** The job: every company with holds past their TTL, each in its own tenant transaction. */
  async expireAll(): Promise<number> {
    const companies: { company_id: string }[] = await this.tenancy.asJobs((manager) =>
      manager.query(`select distinct company_id from holds where status = 'HELD' and expires_at < now()`),
    );
    let total = 0;
    for (const { company_id } of companies)
      total += await this.tenancy.run(company_id, () => this.expireDue());
    if (total) this.logger.log(`released ${total} expired holds`);
    return total;
  }
}
