/**
 * Chargeback: the shapes every surface of the finance desk shares (statements, FOCUS, GL journal, PDF,
 * web) and the rule that splits shared cost. A period's books are a list of charge lines; every statement,
 * export and chart is a sum of those lines, so they agree to the micro-unit by construction.
 */
import { addAccountingMonths, assertAccountingMonth, type AccountingMonth } from './accounting-periods';
import { FieldProblemError, type IsoDate } from './dates';
import { allocateLargestRemainder } from './money';

/** What a charge line is: usage of its month, a correction carried in from a closed month, shared or idle cost. */
export const CHARGE_CATEGORIES = ['USAGE', 'ADJUSTMENT', 'SHARED', 'UNABSORBED'] as const;
export type ChargeCategory = (typeof CHARGE_CATEGORIES)[number];

/** How shared and unattributed cost is split: by attributed spend, by headcount, or held centrally. */
export const ALLOCATION_POLICIES = ['PRO_RATA', 'HEADCOUNT', 'CENTRAL'] as const;
export type AllocationPolicy = (typeof ALLOCATION_POLICIES)[number];

/** Showback shows the same figures as chargeback, without journal entries. */
export const CHARGEBACK_MODES = ['SHOWBACK', 'CHARGEBACK'] as const;
export type ChargebackMode = (typeof CHARGEBACK_MODES)[number];

/**
 * One line of a period's books, at the finest grain any surface needs: engineer × day × model × tool ×
 * category. Money in micro-units of the company currency.
 * - USAGE: usage that occurred that day, booked to the team (and its cost centre) of the engineer that day.
 * - ADJUSTMENT: a correction that landed in this month for an earlier, closed month (`originalMonth`),
 *   e.g. late usage or a repricing; booked to the engineer's team on the original date.
 * - SHARED: unattributed or shared cost (company-key usage without an engineer, usage still unmapped at
 *   close, shared services) allocated to a team by the company's policy (`engineerId` null).
 * - UNABSORBED: a self-hosted model's capacity cost of the month minus the usage priced on it (negative when
 *   the utilization assumed was too low), allocated like SHARED (`engineerId` null).
 * A line with `teamId` null is held centrally (CENTRAL policy, or nobody to allocate to), on `costCentre`.
 */
export interface ChargeLine {
  day: IsoDate;
  category: ChargeCategory;
  engineerId: string | null;
  engineerName: string | null;
  teamId: string | null;
  teamName: string;
  costCentre: string;
  provider: string | null;
  model: string | null;
  /** The usage source / tool (e.g. `claude-code`, `cursor`, `api`). */
  tool: string | null;
  /** For ADJUSTMENT: the closed month the correction belongs to (`YYYY-MM`). */
  originalMonth: AccountingMonth | null;
  inputTokens: bigint;
  outputTokens: bigint;
  cacheReadTokens: bigint;
  cacheWriteTokens: bigint;
  /** What the company pays (company prices after negotiated discounts): billed = effective = contracted. */
  costMicros: bigint;
  /** The same tokens at the catalog's list prices (equal to costMicros when no company price applies). */
  listCostMicros: bigint;
  description: string;
}

/** A team's share basis for allocation: its attributed spend and its engineers active on the month's last day. */
export interface AllocationBasis {
  teamId: string;
  attributedMicros: bigint;
  headcount: number;
}

/** One team's share of an allocated amount (`teamId` null: held centrally). */
export interface AllocatedShare {
  teamId: string | null;
  amountMicros: bigint;
}

/**
 * Splits `amountMicros` (may be negative, e.g. unabsorbed capacity that came out below zero) over teams by
 * the policy, by largest remainder so the shares add up to the amount exactly. CENTRAL, or a zero amount,
 * keeps it in one central share. A policy without a basis (no attributed spend for PRO_RATA, no headcount
 * for HEADCOUNT) is a FieldProblemError naming `allocationPolicy`.
 */
export function allocateShared(
  amountMicros: bigint,
  policy: AllocationPolicy,
  basis: readonly AllocationBasis[],
): AllocatedShare[] {
  if (policy === 'CENTRAL' || amountMicros === 0n) return [{ teamId: null, amountMicros }];
  const ordered = [...basis].sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0));
  const weights = ordered.map((team) =>
    policy === 'PRO_RATA'
      ? team.attributedMicros > 0n
        ? team.attributedMicros
        : 0n
      : BigInt(Math.max(0, team.headcount)),
  );
  if (!weights.some((weight) => weight > 0n)) {
    throw new FieldProblemError([
      {
        field: 'allocationPolicy',
        message:
          policy === 'PRO_RATA'
            ? 'cannot allocate pro rata: no team has attributed spend in this period'
            : 'cannot allocate by headcount: no engineer is active on the last day of this period',
      },
    ]);
  }
  const parts = allocateLargestRemainder(amountMicros, weights);
  return ordered
    .map((team, index) => ({ teamId: team.teamId, amountMicros: parts[index] }))
    .filter((share) => share.amountMicros !== 0n);
}

/** A statement period: one month, a quarter or a fiscal year, always a run of whole months. */
export interface StatementPeriod {
  /** As asked: `YYYY-MM`, `YYYY-Qn` (calendar quarter) or `FYyyyy` (the fiscal year that starts in yyyy). */
  key: string;
  kind: 'MONTH' | 'QUARTER' | 'FISCAL_YEAR';
  months: AccountingMonth[];
}

/**
 * Parses a period key into its months. `fiscalYearStartMonth` is 1–12 (the company's fiscal year start).
 * Bad input is a FieldProblemError naming `field`.
 */
export function parseStatementPeriod(
  field: string,
  key: string,
  fiscalYearStartMonth: number,
): StatementPeriod {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const first = `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
    return { key, kind: 'QUARTER', months: [0, 1, 2].map((n) => addAccountingMonths(first, n)) };
  }
  const fiscal = /^FY(\d{4})$/.exec(key);
  if (fiscal) {
    const first = `${fiscal[1]}-${String(fiscalYearStartMonth).padStart(2, '0')}`;
    return {
      key,
      kind: 'FISCAL_YEAR',
      months: Array.from({ length: 12 }, (_, n) => addAccountingMonths(first, n)),
    };
  }
  if (!/^\d{4}-\d{2}$/.test(key)) {
    throw new FieldProblemError([
      { field, message: 'must be a month (YYYY-MM), a quarter (YYYY-Qn) or a fiscal year (FYyyyy)' },
    ]);
  }
  assertAccountingMonth(field, key);
  return { key, kind: 'MONTH', months: [key] };
}

/** When a month was closed (accounting periods close in order). */
export interface MonthClose {
  month: AccountingMonth;
  closedAt: Date;
}

/** The first open month at an instant: the month after the last one closed by then (null when none was). */
export function firstOpenMonthAt(closes: readonly MonthClose[], at: Date): AccountingMonth | null {
  let last: AccountingMonth | null = null;
  for (const close of closes)
    if (close.closedAt.getTime() <= at.getTime() && (last === null || close.month > last)) last = close.month;
  return last === null ? null : addAccountingMonths(last, 1);
}

/** A record of unattributed usage (unmapped sender, or a company key's usage without an engineer). */
export interface UnattributedRecord {
  /** The company month it occurred in. */
  occurredMonth: AccountingMonth;
  receivedAt: Date;
  /** When an admin mapped it to an engineer (null: still unattributed). */
  resolvedAt: Date | null;
}

/**
 * How an unattributed record counts in `month`'s shared amount: +1 in its home month while unattributed
 * (its own month, or — when it arrived after that month closed — the first month open when it arrived);
 * once mapped to an engineer after its home month closed, −1 in the first month open at the mapping (the
 * month where its usage lands as the engineer's late adjustment, so it moves rather than counts twice);
 * else 0 (mapped while its home month was open, it simply left the shared amount before it was frozen).
 */
export function unattributedSign(
  month: AccountingMonth,
  record: UnattributedRecord,
  closes: readonly MonthClose[],
): -1 | 0 | 1 {
  const openOnArrival = firstOpenMonthAt(closes, record.receivedAt);
  const home =
    openOnArrival !== null && openOnArrival > record.occurredMonth ? openOnArrival : record.occurredMonth;
  if (record.resolvedAt === null) return home === month ? 1 : 0;
  const homeClose = closes.find((close) => close.month === home);
  if (!homeClose || homeClose.closedAt.getTime() > record.resolvedAt.getTime()) return 0;
  return firstOpenMonthAt(closes, record.resolvedAt) === month ? -1 : 0;
}
