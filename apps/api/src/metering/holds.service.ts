import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Money, worstCaseCost } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { LedgerService } from '../ledger/ledger.service';
import { PricingService } from '../pricing/pricing.service';
import { BudgetContext, BudgetService } from './budget.service';
import { UsageService } from './usage.service';

export interface AuthorizeInput {
  context: BudgetContext;
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
    private readonly ledger: LedgerService,
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

  async authorize(input: AuthorizeInput): Promise<HoldAnswer> {
    const manager = this.tenancy.manager();
    const { context } = input;
    const existing = await this.findByRequest(input.requestId);
    if (existing) {
      if (existing.engineer_id !== context.engineerId)
        throw new AppError('CONFLICT', 'This requestId was already used for another engineer', [
          { field: 'requestId', message: 'is already used' },
        ]);
      return {
        hold: existing,
        currency: await this.currency(),
        availableMicros: await this.available(context),
      };
    }
    const book = await this.pricing.priceBook();
    const day = new Date().toISOString().slice(0, 10);
    if (context.endDate && context.endDate < day)
      throw new AppError(
        'PAYMENT_REQUIRED',
        `${context.email} left on ${context.endDate}: nothing is left to spend`,
        [],
        {
          budget: 'allowance',
          remaining: decimal(0n, book.currency),
          currency: book.currency,
          engineerEmail: context.email,
        },
      );
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
    if (!price)
      throw new AppError(
        'UNPROCESSABLE_ENTITY',
        `No price for ${input.provider}/${input.model}, and no priced model of ${input.provider} to hold at instead`,
        [{ field: 'model', message: 'has no price and its provider has no fallback price' }],
      );
    const usd = worstCaseCost(price, input.estimatedInputTokens, input.maxOutputTokens);
    const amount = PricingService.toCompanyCurrency(book, usd, price.currency, day);
    if (amount === undefined)
      throw new AppError(
        'UNPROCESSABLE_ENTITY',
        `No exchange rate from USD to ${book.currency} is in force`,
        [{ field: 'model', message: `cannot be priced in ${book.currency}` }],
      );
    const allowanceAccountId =
      context.allowanceAccountId ??
      (await this.ledger.accounts('ENGINEER_ALLOWANCE', [context.engineerId])).get(context.engineerId)!.id;

    let engineerPart = 0n;
    let poolPart = 0n;
    let overBudget = false;
    /** What is left after the reservation, when one statement already told (no team pool involved). */
    let availableAfter: bigint | undefined;
    if (amount > 0n) {
      const whole = await returnedRows<{ available: string }>(
        manager,
        `update ledger_accounts set held_micros = held_micros + $2
          where id = $1 and balance_micros - held_micros >= $2
          returning (balance_micros - held_micros)::text as available`,
        [allowanceAccountId, amount.toString()],
      );
      if (whole.length) {
        engineerPart = amount;
        if (!context.poolAccountId) availableAfter = BigInt(whole[0].available);
      } else {
        const reserved = context.poolAccountId
          ? await this.reserveWithPool(allowanceAccountId, context.poolAccountId, amount)
          : undefined;
        if (reserved) {
          [engineerPart, poolPart] = reserved;
        } else if (context.enforcement === 'SOFT') {
          // A soft budget allows the request, flags it and alerts later: hold it all on the engineer.
          await manager.query(`update ledger_accounts set held_micros = held_micros + $2 where id = $1`, [
            allowanceAccountId,
            amount.toString(),
          ]);
          engineerPart = amount;
          overBudget = true;
        } else {
          await this.refuse(context, allowanceAccountId, amount, book.currency);
        }
      }
    }
    const ttl = Math.min(input.ttlSeconds ?? this.config.holdTtlSeconds, this.config.holdTtlSeconds);
    const inserted: HoldRow[] = await manager.query(
      `insert into holds (company_id, id, engineer_id, request_id, provider, model, priced_as, unpriced, estimated_input_tokens,
          max_output_tokens, amount_micros, engineer_account_id, engineer_held_micros, pool_account_id, pool_held_micros,
          over_budget, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now() + make_interval(secs => $17))
       on conflict (company_id, request_id) do nothing
       returning *`,
      [
        this.tenancy.companyId(),
        randomUUID(),
        context.engineerId,
        input.requestId,
        input.provider,
        input.model,
        price.model,
        unpriced,
        input.estimatedInputTokens,
        input.maxOutputTokens,
        amount.toString(),
        allowanceAccountId,
        engineerPart.toString(),
        poolPart > 0n ? context.poolAccountId : null,
        poolPart.toString(),
        overBudget,
        ttl,
      ],
    );
    if (!inserted.length)
      // Another request with the same id won the race; this transaction's reservation is rolled back.
      throw new AppError('CONFLICT', 'An authorization with this requestId is being created', [
        { field: 'requestId', message: 'is already used' },
      ]);
    return {
      hold: inserted[0],
      currency: book.currency,
      availableMicros: availableAfter ?? (await this.available({ ...context, allowanceAccountId })),
    };
  }

  /**
   * The engineer's remaining allowance plus the rest from the team pool, atomically: both updates or
   * neither (a savepoint undoes the first when the pool cannot cover the rest).
   */
  private async reserveWithPool(
    allowanceAccountId: string,
    poolAccountId: string,
    amount: bigint,
  ): Promise<[bigint, bigint] | undefined> {
    const manager = this.tenancy.manager();
    await manager.query('savepoint reserve_with_pool');
    const [own] = await returnedRows<{ take: string }>(
      manager,
      `update ledger_accounts a set held_micros = a.held_micros + x.take
         from (select id, greatest(least(balance_micros - held_micros, $2::bigint), 0) as take
                 from ledger_accounts where id = $1 for update) x
        where a.id = x.id
        returning x.take::text as take`,
      [allowanceAccountId, amount.toString()],
    );
    const take = BigInt(own?.take ?? '0');
    const rest = amount - take;
    const pooled = await returnedRows(
      manager,
      `update ledger_accounts set held_micros = held_micros + $2
        where id = $1 and balance_micros - held_micros >= $2 returning id`,
      [poolAccountId, rest.toString()],
    );
    if (pooled.length) {
      await manager.query('release savepoint reserve_with_pool');
      return [take, rest];
    }
    await manager.query('rollback to savepoint reserve_with_pool');
    return undefined;
  }

  /** HTTP 402 naming the budget that ran out and what remains of it. */
  private async refuse(
    context: BudgetContext,
    allowanceAccountId: string,
    amount: bigint,
    currency: string,
  ): Promise<never> {
    const available = await this.available({ ...context, allowanceAccountId });
    const budget = context.poolAccountId ? 'team-pool' : 'allowance';
    const what = context.poolAccountId
      ? 'The allowance and the team pool together have'
      : 'The engineer’s allowance has';
    throw new AppError(
      'PAYMENT_REQUIRED',
      `${what} ${decimal(available, currency)} ${currency} available; this request may cost up to ${decimal(amount, currency)} ${currency}`,
      [],
      {
        budget,
        remaining: decimal(available, currency),
        required: decimal(amount, currency),
        currency,
        engineerEmail: context.email,
      },
    );
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

  private async findByRequest(requestId: string): Promise<HoldRow | undefined> {
    const rows: HoldRow[] = await this.tenancy
      .manager()
      .query(`select * from holds where request_id = $1`, [requestId]);
    return rows[0];
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
    // Lock order of every path: the engineer's allowance first, then the pool (a pool-only hold would
    // otherwise lock the pool first and deadlock with authorizations).
    await this.tenancy
      .manager()
      .query(`select id from ledger_accounts where id = $1 for update`, [hold.engineer_account_id]);
    if (wasHeld) await this.release(hold);
    const [recorded] = await this.usage.record(
      [
        {
          engineerId: hold.engineer_id,
          source: AUTHORIZATION_SOURCE,
          provider: hold.provider,
          model: hold.model,
          ...usage,
          occurredAt: new Date(),
          idempotencyKey: hold.request_id,
          holdId: hold.id,
        },
      ],
      { charge: false },
    );
    const cost = recorded.status === 'accepted' ? recorded.costMicros : 0n;
    const fromPool =
      wasHeld && hold.pool_account_id
        ? min(cost - min(cost, BigInt(hold.engineer_held_micros)), BigInt(hold.pool_held_micros))
        : 0n;
    const fromAllowance = cost - fromPool;
    const engineerAccounts = await this.ledger.accounts('SPEND', [hold.engineer_id]);
    const spend = engineerAccounts.get(hold.engineer_id)!;
    const accounts = await this.ledger.accounts('ENGINEER_ALLOWANCE', [hold.engineer_id]);
    const now = new Date();
    if (fromAllowance > 0n)
      await this.ledger.post({
        from: accounts.get(hold.engineer_id)!,
        to: spend,
        amountMicros: fromAllowance,
        kind: 'SPEND',
        reference: `settle:${hold.id}`,
        effectiveAt: now,
        memo: `Authorization ${hold.request_id} settled`,
      });
    if (fromPool > 0n && hold.pool_account_id) {
      await this.ledger.post({
        from: { id: hold.pool_account_id } as LedgerAccount,
        to: spend,
        amountMicros: fromPool,
        kind: 'SPEND',
        reference: `settle:${hold.id}:pool`,
        effectiveAt: now,
        memo: `Authorization ${hold.request_id} settled from the team pool`,
      });
    }
    const [settled] = await returnedRows<HoldRow>(
      this.tenancy.manager(),
      `update holds set status = 'SETTLED', closed_at = now(), cost_micros = $2 where id = $1 returning *`,
      [hold.id, cost.toString()],
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
