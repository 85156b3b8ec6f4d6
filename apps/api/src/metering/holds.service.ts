import { BusinessClock } from '../clock/business-clock';
import { Inject, Injectable } from '@nestjs/common';
import { Money, worstCaseCost } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { HoldReservation, HoldRow, LedgerHolds } from '../ledger/ledger-holds';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { SpendPostings } from '../ledger/spend-postings';
import { PricingService } from '../pricing/pricing.service';
import { BudgetService } from './budget.service';
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

export interface HoldAnswer {
  hold: HoldRow;
  currency: string;
  availableMicros: bigint;
}

/** The source of usage recorded by settling an authorization. */
export const AUTHORIZATION_SOURCE = 'authorization';

const decimal = (micros: bigint, currency: string) => Money.of(micros, currency).toDecimalString();

/** HTTP 402 naming the budget that ran out and what remains of it. */
function refusal(row: HoldReservation, amount: bigint, currency: string, overage: bigint): AppError {
  const available = row.availableMicros;
  const budget = row.pool ? 'team-pool' : 'allowance';
  const what = row.pool ? 'The allowance and the team pool together have' : 'The engineer’s allowance has';
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
      engineerEmail: row.email,
    },
  );
}

/**
 * Real-time enforcement: prices a request, validates it and answers in the API's shapes; the reservation,
 * settle, void and expiry are the ledger's (`LedgerHolds`). A hold reserves the worst-case cost of a request
 * on the engineer's allowance account (and, when the team allows it, the rest on the team pool) with one
 * conditional UPDATE per account, so settled + held never exceeds what a hard budget allows, whatever the
 * concurrency and the number of API instances.
 */
@Injectable()
export class HoldsService {
  constructor(
    private readonly clock: BusinessClock,
    private readonly holds: LedgerHolds,
    private readonly reads: LedgerReads,
    private readonly spend: SpendPostings,
    private readonly pricing: PricingService,
    private readonly usage: UsageService,
    private readonly budgets: BudgetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async currency(): Promise<string> {
    return (await this.pricing.priceBook()).currency;
  }

  /**
   * Holds the worst-case cost of a request, in one statement (`LedgerHolds.hold`): the engineer's context,
   * an earlier hold of the same requestId, the reservation and the hold row. Every refusal reserves nothing;
   * a conflict found after reserving is raised here, which rolls the tenant transaction back.
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
    const row = await this.holds.hold({
      engineerId: 'engineerId' in caller ? caller.engineerId : null,
      email: 'email' in caller ? caller.email : null,
      expectedEmail: 'engineerId' in caller ? (caller.expectedEmail ?? null) : null,
      requestId: input.requestId,
      provider: input.provider,
      model: input.model,
      pricedAs: price?.model ?? null,
      unpriced,
      estimatedInputTokens: input.estimatedInputTokens,
      maxOutputTokens: input.maxOutputTokens,
      amountMicros: amount ?? null,
      ttlSeconds: ttl,
      holdId: randomUUID(),
      today: day,
    });
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
        if (!row.hold) throw new Error(`authorize_hold answered ${row.outcome} without the hold`);
        return { hold: row.hold, currency, availableMicros: row.availableMicros };
      case 'left':
        // Not a budget that ran out (no grant or increase helps): a refusal of its own, whatever the key.
        throw new AppError(
          'ENGINEER_LEFT',
          `${row.email} left on ${row.endDate}: no new authorizations after the last day`,
          [],
          { reason: 'left', endDate: row.endDate, engineerEmail: row.email },
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
          row.engineerId ? await this.spend.allowanceOverage(row.engineerId) : 0n,
        );
      case 'raced':
        // Another request with the same id won the race (nothing was reserved); throwing rolls back the rest.
        throw new AppError('CONFLICT', 'An authorization with this requestId is being created', [
          { field: 'requestId', message: 'is already used' },
        ]);
    }
  }

  /** The hold, locked for this transaction; 404 when it is not the caller's (another company's is invisible). */
  private async lockHold(id: string, engineerId: string | null): Promise<HoldRow> {
    const hold = await this.holds.lock(id);
    if (!hold || (engineerId && hold.engineer_id !== engineerId))
      throw new AppError('NOT_FOUND', 'No such authorization', [{ field: 'id', message: 'does not exist' }]);
    return hold;
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
    const now = this.clock.now();
    const settled = await this.holds.settle(hold, cost, now);
    // The overage (the part beyond the allowance's balance) is kept with the usage (`usage_overages`) for
    // burn and alerts; the balance below zero refuses the engineer's next hard authorizations.
    if (settled.overageMicros > 0n)
      await this.usage.keepOverages([
        {
          engineerId: hold.engineer_id,
          occurredAt: now,
          eventId: recorded.eventId,
          holdId: hold.id,
          events: 1,
          overageMicros: settled.overageMicros,
        },
      ]);
    return {
      hold: settled.hold,
      currency,
      availableMicros: await this.availableFor(hold),
      releasedMicros: settled.releasedMicros,
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
    const voided = await this.holds.void(hold);
    return { hold: voided, currency, availableMicros: await this.availableFor(hold) };
  }

  /** What the engineer of a hold may still spend now: own allowance left plus the team pool when it overflows. */
  private async availableFor(hold: HoldRow): Promise<bigint> {
    const context = await this.budgets.context({ engineerId: hold.engineer_id });
    return context ? this.reads.available(context.engineerId, context.poolTeamId) : 0n;
  }
}
