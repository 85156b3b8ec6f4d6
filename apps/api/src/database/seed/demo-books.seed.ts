import { INestApplicationContext } from '@nestjs/common';
import { addDays, addMonths, IsoDate } from '@tokenroll/domain';
import { PeriodCloseService } from '../../chargeback/period-close.service';
import { SharedCostsService } from '../../chargeback/shared-costs.service';
import { demoYear } from './demo-people.seed';
import { AccountingPeriodsService } from '../../ledger/accounting-periods.service';
import { UsageService } from '../../metering/usage.service';
import { TenancyService } from '../tenancy.service';
import { seededRandom } from './demo-random';

/** Bob's laptop was offline at the end of the month: his last session of it arrives after the close. */
const LATE_ENGINEER = 'bob@demo.tokenroll.dev';

/** Why finance closed the past months with items open (the contractor's usage still unmapped, no invoices). */
const CLOSE_REASON =
  'Month-end review: provider invoices checked against the statements by hand; the contractor identity is ' +
  'being set up as an engineer';

/**
 * The demo's books: every month up to two months ago closed, in order, through the chargeback close (the
 * one way to close: ledger period, frozen statement lines and allowances, close record, audit), so finance is
 * closing last month now; then a late usage event of the last closed month recorded after its close, so the
 * ledger books it in the first open month (its own date kept) and last month's statements show an adjustment
 * naming the closed one.
 */
export async function seedDemoBooks(
  app: INestApplicationContext,
  today: string,
): Promise<{ closedThrough: string | null; late: number }> {
  const periods = app.get(AccountingPeriodsService);
  const closes = app.get(PeriodCloseService);
  const lastToClose = addMonths(`${today.slice(0, 7)}-01` as IsoDate, -2).slice(0, 7);
  // Shared services finance enters each month since the agent platform started in January of the demo's year
  // (allocated by the company's policy, frozen with each month's lines at its close).
  const shared = app.get(SharedCostsService);
  for (
    let month = `${demoYear(today)}-01`;
    month <= today.slice(0, 7);
    month = addMonths(`${month}-01` as IsoDate, 1).slice(0, 7)
  ) {
    const next = seededRandom(`demo-shared:${month}`);
    await shared.add({
      month,
      description: 'Agent platform: evaluation and vector-search services',
      amount: String(1200 + Math.floor(next() * 400)),
    });
  }
  let closedThrough: string | null = null;
  for (const period of (await periods.list()).reverse()) {
    if (period.month > lastToClose) break;
    if (period.status === 'CLOSED') continue;
    // The contractor's identity is unmapped from the start, so every close has an open item: a reason is kept.
    await closes.close(period.month, CLOSE_REASON);
    closedThrough = period.month;
  }
  if (!closedThrough) return { closedThrough, late: 0 };

  const [bob]: { id: string }[] = await app
    .get(TenancyService)
    .manager()
    .query(`select id from engineers where email = $1`, [LATE_ENGINEER]);
  if (!bob) return { closedThrough, late: 0 };
  // The last working day of the closed month, in the evening.
  let day = addDays(addMonths(`${closedThrough}-01` as IsoDate, 1), -1);
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, -1);
  const next = seededRandom(`demo-late:${day}`);
  const [recorded] = await app.get(UsageService).record([
    {
      engineerId: bob.id,
      source: 'cursor',
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      inputTokens: 180_000 + Math.floor(next() * 40_000),
      outputTokens: 38_000 + Math.floor(next() * 8_000),
      cacheReadTokens: 1_900_000 + Math.floor(next() * 300_000),
      cacheWriteTokens: 160_000,
      occurredAt: new Date(`${day}T18:42:00Z`),
      idempotencyKey: `demo:late:${LATE_ENGINEER}:${day}`,
      tags: { repo: 'tokenroll/web', project: 'checkout' },
    },
  ]);
  return { closedThrough, late: recorded?.status === 'accepted' ? 1 : 0 };
}
