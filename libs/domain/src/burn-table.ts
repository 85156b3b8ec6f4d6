import type { Forecast, ForecastConfidence } from './forecast';

/** A row of the team burn table: one engineer's figures and forecast. */
export interface BurnTableRow {
  engineerId: string;
  /**
   * The row's rank in `nameOrder` of a set holding every row (optional): compares exactly as the names do,
   * without collating them again on every sort (a team view sorts thousands of rows per request).
   */
  nameOrder?: number;
  name: string;
  /** The name of the team the engineer is in today, when known. */
  teamName: string | null;
  annualAllowanceMicros: bigint;
  accruedMicros: bigint;
  spentMicros: bigint;
  heldMicros: bigint;
  availableMicros: bigint;
  forecast: Pick<
    Forecast,
    | 'burn7Micros'
    | 'burn30Micros'
    | 'runsOutOn'
    | 'earliest'
    | 'confidence'
    | 'runsOutBeforeHorizon'
    | 'underUse'
  >;
}

/** The columns the table sorts by. */
export const BURN_SORTS = [
  'name',
  'team',
  'allowance',
  'accrued',
  'spent',
  'held',
  'available',
  'burn7',
  'burn30',
  'runsOut',
  'band',
  'confidence',
  'signal',
] as const;
export type BurnSort = (typeof BURN_SORTS)[number];

/** Which rows to show: everyone, those who run out before period end, or those who barely use theirs. */
export const BURN_SHOWS = ['all', 'runsOut', 'underUse'] as const;
export type BurnShow = (typeof BURN_SHOWS)[number];

export interface BurnTableView {
  sort: BurnSort;
  descending: boolean;
  /** Words that must all appear (case-insensitively) in the engineer's name or team name. */
  search: string;
  show: BurnShow;
}

/** The order a manager sees first: soonest run-out first, then by name. Never by spend. */
export const DEFAULT_BURN_VIEW: BurnTableView = {
  sort: 'runsOut',
  descending: false,
  search: '',
  show: 'all',
};

const CONFIDENCE_ORDER: Record<ForecastConfidence, number> = { high: 0, medium: 1, low: 2 };

/** What stands out about a row, in sort order: running out first, then barely using the allowance. */
export function burnSignalRank(forecast: Pick<Forecast, 'runsOutBeforeHorizon' | 'underUse'>): number {
  return forecast.runsOutBeforeHorizon ? 0 : forecast.underUse ? 1 : 2;
}

type SortValue = string | number | bigint | null;

const sortValues: Record<BurnSort, (row: BurnTableRow) => SortValue> = {
  name: (row) => row.name,
  team: (row) => row.teamName || null,
  allowance: (row) => row.annualAllowanceMicros,
  accrued: (row) => row.accruedMicros,
  spent: (row) => row.spentMicros,
  held: (row) => row.heldMicros,
  available: (row) => row.availableMicros,
  burn7: (row) => row.forecast.burn7Micros,
  burn30: (row) => row.forecast.burn30Micros,
  // ISO dates sort as text; "lasts the period" has no date and goes last
  runsOut: (row) => row.forecast.runsOutOn,
  band: (row) => (row.forecast.runsOutOn ? (row.forecast.earliest ?? row.forecast.runsOutOn) : null),
  confidence: (row) => CONFIDENCE_ORDER[row.forecast.confidence],
  signal: (row) => burnSignalRank(row.forecast),
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareValues(a: string | number | bigint, b: string | number | bigint): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The table's order of names (collated, numbers by value), ties by engineer id. */
export function byName(
  a: Pick<BurnTableRow, 'name' | 'engineerId'>,
  b: Pick<BurnTableRow, 'name' | 'engineerId'>,
): number {
  return (
    collator.compare(a.name, b.name) ||
    (a.engineerId < b.engineerId ? -1 : a.engineerId > b.engineerId ? 1 : 0)
  );
}

/** Each engineer's rank by name, for `BurnTableRow.nameOrder`: names the collation calls equal share one. */
export function nameOrder(rows: readonly Pick<BurnTableRow, 'name' | 'engineerId'>[]): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = 0;
  let previous: string | undefined;
  for (const row of [...rows].sort(byName)) {
    if (previous !== undefined && collator.compare(previous, row.name) !== 0) rank++;
    ranks.set(row.engineerId, rank);
    previous = row.name;
  }
  return ranks;
}

function byRank(a: BurnTableRow, b: BurnTableRow): number {
  return (
    (a.nameOrder as number) - (b.nameOrder as number) ||
    (a.engineerId < b.engineerId ? -1 : a.engineerId > b.engineerId ? 1 : 0)
  );
}

/** The words of a search box, lower-cased; empty words dropped. */
function searchWords(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The rows a view shows, in its order: filtered by signal and by words of the name or team, sorted by one
 * column. Rows without a value in that column go last in both directions; ties go by name.
 */
export function burnTableRows<T extends BurnTableRow>(rows: readonly T[], view: BurnTableView): T[] {
  const words = searchWords(view.search);
  const kept = rows.filter((row) => {
    if (view.show === 'runsOut' && !row.forecast.runsOutBeforeHorizon) return false;
    if (view.show === 'underUse' && !row.forecast.underUse) return false;
    if (words.length === 0) return true;
    const haystack = `${row.name} ${row.teamName ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  // Ranked rows (every one) compare by rank, exactly as by name.
  const ranked = kept.every((row) => row.nameOrder !== undefined);
  const names = ranked ? byRank : byName;
  const read: (row: BurnTableRow) => SortValue =
    ranked && view.sort === 'name' ? (row) => row.nameOrder as number : sortValues[view.sort];
  const factor = view.descending ? -1 : 1;
  return kept
    .map((row) => ({ row, value: read(row) }))
    .sort((a, b) => {
      const aMissing = a.value === null || a.value === '';
      const bMissing = b.value === null || b.value === '';
      if (aMissing || bMissing) return aMissing === bMissing ? names(a.row, b.row) : aMissing ? 1 : -1;
      return (
        compareValues(a.value as string | number | bigint, b.value as string | number | bigint) * factor ||
        names(a.row, b.row)
      );
    })
    .map(({ row }) => row);
}
