import { addDays, compareDates } from '@tokenroll/domain';
import type { BudgetPageQuery, UsageByKeyFieldsFragment } from '../../gql/graphql';
import { formatAxisDay, formatIsoDay } from '../../app/dates';
import { csvAmount, formatMicros } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';

export type BudgetFigures = BudgetPageQuery['budget'];
export type UsageDay = BudgetPageQuery['usageSummary']['days'][number];
export type UsageByKeyRow = UsageByKeyFieldsFragment;
export type UsageEventRow = BudgetPageQuery['recentUsage'][number];

/** How many of the latest events the page asks for. */
export const RECENT_USAGE_LIMIT = 50;

/** Days ahead within which a run-out date warrants an alert. */
export const RUN_OUT_WARNING_DAYS = 7;

/**
 * Micro-units as a plain number of currency units (rounded half away from zero to the cent) — for
 * a chart axis only; every figure shown as text stays exact.
 */
export function microsToChartNumber(micros: string | bigint): number {
  const value = BigInt(micros);
  const cents = (value >= 0n ? value + 5_000n : value - 5_000n) / 10_000n;
  return Number(cents) / 100;
}

export interface BurnDownPoint {
  /** 'YYYY-MM-DD' */
  day: string;
  /** "Nov 3" for the axis. */
  label: string;
  /** null when the viewer may not see the allowance (a manager, by the company setting). */
  accrued: number | null;
  spent: number;
  remaining: number | null;
}

/** The period's days as chart points: cumulative accrued and spent, and what remains, per day. */
export function burnDownPoints(days: readonly UsageDay[]): BurnDownPoint[] {
  return days.map((day) => {
    return {
      day: day.day,
      label: formatAxisDay(day.day),
      accrued: day.accruedMicros === null ? null : microsToChartNumber(day.accruedMicros),
      spent: microsToChartNumber(day.spentToDateMicros),
      remaining: day.remainingMicros === null ? null : microsToChartNumber(day.remainingMicros),
    };
  });
}

/** 10200 → "1.02" (hundredths, rounded half up). */
export function paceMultiplier(paceBp: number): string {
  const hundredths = Math.floor((Math.max(paceBp, 0) + 50) / 100);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** "1.02× the accrual pace"; a note when there is no allowance to pace against. */
export function paceText(paceBp: number | null | undefined): string {
  if (paceBp === null || paceBp === undefined) return 'No allowance to pace against';
  return `${paceMultiplier(paceBp)}× the accrual pace`;
}

/** Green at or under pace, yellow up to 25% over, red beyond. */
export function paceColor(paceBp: number | null | undefined): 'green' | 'yellow' | 'red' | 'gray' {
  if (paceBp === null || paceBp === undefined) return 'gray';
  if (paceBp <= 10_000) return 'green';
  if (paceBp <= 12_500) return 'yellow';
  return 'red';
}

/** "Mar 4, 2026", or "Lasts the period" when it does not run out at the current pace. */
export function runsOutText(runsOutOn: string | null | undefined): string {
  return runsOutOn ? formatIsoDay(runsOutOn) : 'Lasts the period';
}

export const ENFORCEMENT_LABELS: Record<string, string> = {
  HARD: 'Hard',
  SOFT: 'Soft',
};

export const ENFORCEMENT_DESCRIPTIONS: Record<string, string> = {
  HARD: 'Requests beyond the budget are refused',
  SOFT: 'Requests beyond the budget are allowed and flagged as overage',
};

export function enforcementLabel(enforcement: string): string {
  return ENFORCEMENT_LABELS[enforcement] ?? enforcement;
}

export interface BudgetAlert {
  color: 'red' | 'orange';
  title: string;
  message: string;
}

/**
 * A warning when the budget is out or close to it: nothing available, a run-out date within
 * `RUN_OUT_WARNING_DAYS`, or less left than a week of spending at the current burn.
 * `own`: worded for the engineer themself ("Your budget") or for someone looking at it.
 */
export function budgetAlert(budget: BudgetFigures, today: string, own: boolean): BudgetAlert | null {
  const subject = own ? 'Your budget' : 'This budget';
  // A manager who may not see the allowance gets no figure of it here either (a company setting).
  if (budget.availableMicros === null) return null;
  const available = BigInt(budget.availableMicros);
  const burn = BigInt(budget.dailyBurnMicros);
  const money = (micros: string | bigint) => formatMicros(micros.toString(), budget.currency);
  const consequence =
    budget.enforcement === 'HARD'
      ? 'Enforcement is hard: new requests are refused until the next grant or a top-up.'
      : 'Enforcement is soft: requests still go through and are flagged as overage.';
  if (available <= 0n)
    return {
      color: 'red',
      title: `${subject} has run out`,
      message: `Nothing is available now${budget.overageMicros !== null && BigInt(budget.overageMicros) > 0n ? ` and ${money(budget.overageMicros)} was spent beyond the allowance` : ''}. ${consequence}`,
    };
  const soon =
    budget.runsOutOn !== null &&
    budget.runsOutOn !== undefined &&
    compareDates(budget.runsOutOn, addDays(today, RUN_OUT_WARNING_DAYS)) <= 0;
  const lessThanAWeek = burn > 0n && available < burn * BigInt(RUN_OUT_WARNING_DAYS);
  if (!soon && !lessThanAWeek) return null;
  const when = budget.runsOutOn
    ? ` and runs out on ${formatIsoDay(budget.runsOutOn)} at the current pace`
    : '';
  return {
    color: 'orange',
    title: `${subject} is running out`,
    message: `${money(available)} is left${when} (spending ${money(burn)} a day). ${consequence}`,
  };
}

/** CSV columns of a by-model or by-tool table; `keyHeader` names the first column. */
export function usageByKeyCsvColumns(keyHeader: string, currency: string): CsvColumn<UsageByKeyRow>[] {
  return [
    { header: keyHeader, value: (row) => row.key },
    { header: 'Events', value: (row) => String(row.events) },
    { header: 'Input tokens', value: (row) => row.inputTokens },
    { header: 'Output tokens', value: (row) => row.outputTokens },
    // Wholly unpriced usage has no cost yet: left empty, its tokens in the last column.
    {
      header: `Cost (${currency})`,
      value: (row) =>
        row.unpricedEvents >= row.events && row.events > 0 ? '' : csvAmount(row.costMicros, currency),
    },
    { header: 'Unpriced tokens', value: (row) => row.unpricedTokens },
  ];
}

/** CSV columns of the recent events table; an unpriced event's cost is left empty. */
export function usageEventCsvColumns(): CsvColumn<UsageEventRow>[] {
  return [
    { header: 'Occurred at', value: (row) => row.occurredAt },
    { header: 'Tool', value: (row) => row.source },
    { header: 'Provider', value: (row) => row.provider },
    { header: 'Model', value: (row) => row.model },
    { header: 'Input tokens', value: (row) => row.inputTokens },
    { header: 'Output tokens', value: (row) => row.outputTokens },
    { header: 'Cache read tokens', value: (row) => row.cacheReadTokens },
    { header: 'Cache write tokens', value: (row) => row.cacheWriteTokens },
    { header: 'Cost', value: (row) => (row.unpriced ? '' : csvAmount(row.costMicros, row.currency)) },
    { header: 'Currency', value: (row) => row.currency },
    { header: 'Unpriced', value: (row) => (row.unpriced ? 'yes' : 'no') },
  ];
}
