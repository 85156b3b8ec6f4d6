import {
  allocateLargestRemainder,
  DEFAULT_BURN_VIEW,
  type BurnShow,
  type BurnSort,
  type BurnTableView,
} from '@tokenroll/domain';
import type {
  BurnShow as BurnShowArg,
  BurnSort as BurnSortArg,
  EngineerBurnFieldsFragment,
  Role,
  TeamBurnQuery,
  TeamBurnQueryVariables,
  TeamsQuery,
} from '../../gql/graphql';
import { formatAxisDay, formatIsoDay } from '../../app/dates';
import { csvAmount, formatMicros } from '../../app/money';
import { hasAnyRole } from '../../app/roles';
import type { CsvColumn } from '../../app/table/csv';
import type { SortState } from '../../app/table/sort';
import { buildTeamTree, flattenTree } from '../teams/teams';

export type EngineerBurnRow = EngineerBurnFieldsFragment;
export type TeamBurnData = TeamBurnQuery['teamBurn'];
export type TeamBurnSummary = TeamBurnData['summary'];
export type BurnPointRow = TeamBurnData['points'][number];
export type BurnByKeyRow = TeamBurnData['byModel'][number];
type TeamRow = TeamsQuery['teams'][number];

/** Roles that review any team; a MANAGER reviews the teams they manage and the teams below them. */
export const ANY_TEAM_REVIEWERS: readonly Role[] = ['ADMIN', 'HR', 'FINANCE'];

// ---------------------------------------------------------------------------------------------
// The team picker

export interface TeamChoice {
  value: string;
  label: string;
}

/**
 * The teams a viewer may review, in tree order and indented under their parents, and the one to
 * open first: the first team the viewer manages, else (ADMIN/HR/FINANCE) the first root team.
 * A manager may review the teams they manage and every team below them (the server checks the same).
 */
export function reviewableTeams(
  teams: readonly TeamRow[],
  viewer: { id: string; roles: readonly Role[] },
): { choices: TeamChoice[]; defaultTeamId: string | null } {
  const ordered = flattenTree(buildTeamTree(teams));
  const anyTeam = hasAnyRole(viewer.roles, ANY_TEAM_REVIEWERS);
  const managedDirectly = ordered.filter((node) => node.team.managerUserId === viewer.id);
  const reviewable = new Set<string>();
  if (anyTeam) for (const node of ordered) reviewable.add(node.team.id);
  else if (viewer.roles.includes('MANAGER')) {
    const visit = (node: (typeof ordered)[number]) => {
      reviewable.add(node.team.id);
      node.children.forEach(visit);
    };
    managedDirectly.forEach(visit);
  }
  const shown = ordered.filter((node) => reviewable.has(node.team.id));
  // indent relative to the shallowest team shown, so a manager's own team starts at the left
  const base = shown.reduce((least, node) => Math.min(least, node.depth), Number.POSITIVE_INFINITY);
  const choices = shown.map((node) => {
    const depth = node.depth - base;
    return {
      value: node.team.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${depth > 0 ? '└ ' : ''}${node.team.name}`,
    };
  });
  const defaultTeamId =
    managedDirectly.find((node) => reviewable.has(node.team.id))?.team.id ?? shown[0]?.team.id ?? null;
  return { choices, defaultTeamId };
}

/** The team to show: the one named in the address when the viewer may review it, else the default. */
export function chosenTeam(
  requested: string | null,
  choices: readonly TeamChoice[],
  defaultTeamId: string | null,
): { teamId: string | null; unknownRequest: boolean } {
  if (requested && choices.some((choice) => choice.value === requested))
    return { teamId: requested, unknownRequest: false };
  return { teamId: defaultTeamId, unknownRequest: Boolean(requested) };
}

// ---------------------------------------------------------------------------------------------
// Labels

const CONFIDENCE_LABELS: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export function confidenceLabel(confidence: string): string {
  return CONFIDENCE_LABELS[confidence] ?? confidence;
}

export function confidenceColor(confidence: string): 'green' | 'yellow' | 'gray' {
  return confidence === 'high' ? 'green' : confidence === 'medium' ? 'yellow' : 'gray';
}

/** "Nov 24, 2026", or "Lasts the period" (to the end date for a leaver) at the current pace. */
export function runsOutLabel(row: Pick<EngineerBurnRow, 'runsOutOn'>): string {
  return row.runsOutOn ? formatIsoDay(row.runsOutOn) : 'Lasts the period';
}

/**
 * The 80% band of the run-out date: "Nov 20, 2026 – Dec 2, 2026"; a single date when both ends
 * agree; "… – after Dec 31, 2026" when the slow end lasts the horizon; a dash when it lasts.
 */
export function bandLabel(
  row: Pick<EngineerBurnRow, 'runsOutOn' | 'earliest' | 'latest' | 'horizon'>,
): string {
  if (!row.runsOutOn) return '—';
  const earliest = row.earliest ?? row.runsOutOn;
  if (!row.latest) return `${formatIsoDay(earliest)} – after ${formatIsoDay(row.horizon)}`;
  if (earliest === row.latest) return formatIsoDay(earliest);
  return `${formatIsoDay(earliest)} – ${formatIsoDay(row.latest)}`;
}

/** The band for a spreadsheet: ISO dates, "2026-11-20 to 2026-12-02"; empty when it lasts. */
function bandCsv(row: EngineerBurnRow): string {
  if (!row.runsOutOn) return '';
  const earliest = row.earliest ?? row.runsOutOn;
  if (!row.latest) return `${earliest} to after ${row.horizon}`;
  return earliest === row.latest ? earliest : `${earliest} to ${row.latest}`;
}

export type BurnSignal = 'runsOut' | 'underUse' | 'none';

export const SIGNAL_LABELS: Record<BurnSignal, string> = {
  runsOut: 'Runs out before period end',
  underUse: 'Under-use',
  none: 'On track',
};

/** What stands out about a row: running out first, then barely using the allowance. */
export function signalOf(row: Pick<EngineerBurnRow, 'runsOutBeforeHorizon' | 'underUse'>): BurnSignal {
  if (row.runsOutBeforeHorizon) return 'runsOut';
  if (row.underUse) return 'underUse';
  return 'none';
}

/** 1234 → "+12.34%", −400 → "−4%", 0 → "No change"; null (nothing spent the week before) says so. */
export function weekOverWeekLabel(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return 'No spend the week before';
  if (bp === 0) return 'No change';
  const abs = Math.abs(bp);
  const whole = Math.trunc(abs / 100);
  const rest = abs % 100;
  const text = rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
  return `${bp > 0 ? '+' : '−'}${text}%`;
}

export function weekOverWeekColor(bp: number | null | undefined): 'red' | 'teal' | 'gray' {
  if (bp === null || bp === undefined || bp === 0) return 'gray';
  return bp > 0 ? 'red' : 'teal';
}

/** "3 of 12" for a count of engineers. */
export function ofEngineers(count: number, total: number): string {
  return `${count} of ${total}`;
}

// ---------------------------------------------------------------------------------------------
// The per-engineer table: columns, sorting, filtering, CSV

/** The table's columns are the columns the server sorts by (libs/domain burnTableRows). */
export type BurnColumnKey = BurnSort;

/** One column of the burn table: its header and its spreadsheet cell (the server sorts by it). */
export interface BurnColumn {
  key: BurnColumnKey;
  label: string;
  align: 'left' | 'right';
  /** The cell as text (for a spreadsheet: plain amounts and ISO dates). */
  csv: (row: EngineerBurnRow) => string;
  /** The cell as text for people. */
  text: (row: EngineerBurnRow) => string;
  /** A warning shown beside the cell, when there is one (Available: the overage). */
  note?: (row: EngineerBurnRow) => string | null;
}

/** "Overage $25.00" when the engineer's balance is below zero, else null. */
export function overageLabel(
  row: Pick<EngineerBurnRow, 'inOverage' | 'overageMicros'>,
  currency: string,
): string | null {
  if (!row.inOverage) return null;
  return row.overageMicros === null ? 'Overage' : `Overage ${formatMicros(row.overageMicros, currency)}`;
}

/** The columns that show a person's own allowance figures (the server withholds them from a manager by default). */
export const ALLOWANCE_COLUMNS: readonly BurnColumnKey[] = ['allowance', 'accrued', 'available'];

/**
 * The table's columns, the same for the manager's table and the engineer's "what my manager sees".
 * `teamNames` adds a Team column (a manager reviewing several teams); money headers name the currency
 * in the export.
 */
export function burnColumns(
  currency: string,
  teamNames?: ReadonlyMap<string, string>,
  options: { allowanceFigures: boolean } = { allowanceFigures: true },
): BurnColumn[] {
  const money = (
    key: BurnColumnKey,
    label: string,
    pick: (row: EngineerBurnRow) => string | null,
  ): BurnColumn => ({
    key,
    label,
    align: 'right',
    csv: (row) => {
      const micros = pick(row);
      return micros === null ? '' : csvAmount(micros, currency);
    },
    text: (row) => {
      const micros = pick(row);
      return micros === null ? '—' : formatMicros(micros, currency);
    },
  });
  return allColumns(money, currency, teamNames).filter(
    (column) => options.allowanceFigures || !ALLOWANCE_COLUMNS.includes(column.key),
  );
}

function allColumns(
  money: (key: BurnColumnKey, label: string, pick: (row: EngineerBurnRow) => string | null) => BurnColumn,
  currency: string,
  teamNames?: ReadonlyMap<string, string>,
): BurnColumn[] {
  const teamName = (row: EngineerBurnRow) => (row.teamId ? (teamNames?.get(row.teamId) ?? '') : '');
  return [
    {
      key: 'name',
      label: 'Engineer',
      align: 'left',
      csv: (row) => row.name,
      text: (row) => row.name,
    },
    ...(teamNames
      ? [
          {
            key: 'team' as const,
            label: 'Team',
            align: 'left' as const,
            csv: teamName,
            text: (row: EngineerBurnRow) => teamName(row) || '—',
          },
        ]
      : []),
    money('allowance', 'Annual allowance', (row) => row.allowanceMicros),
    money('accrued', 'Accrued', (row) => row.accruedMicros),
    money('spent', 'Spent', (row) => row.spentMicros),
    money('held', 'Held', (row) => row.heldMicros),
    {
      ...money('available', 'Available', (row) => row.availableMicros),
      note: (row) => overageLabel(row, currency),
    },
    money('burn7', 'Burn/day (7 days)', (row) => row.burn7Micros),
    money('burn30', 'Burn/day (30 days)', (row) => row.burn30Micros),
    {
      key: 'runsOut',
      label: 'Runs out',
      align: 'left',
      csv: (row) => row.runsOutOn ?? '',
      text: runsOutLabel,
    },
    {
      key: 'band',
      label: 'Run-out band (80%)',
      align: 'left',
      csv: bandCsv,
      text: bandLabel,
    },
    {
      key: 'confidence',
      label: 'Confidence',
      align: 'left',
      csv: (row) => confidenceLabel(row.confidence),
      text: (row) => confidenceLabel(row.confidence),
    },
    {
      key: 'signal',
      label: 'Signal',
      align: 'left',
      csv: (row) => SIGNAL_LABELS[signalOf(row)],
      text: (row) => SIGNAL_LABELS[signalOf(row)],
    },
  ];
}

/** The money headers in an export name the currency: "Spent (USD)". */
export function csvHeader(column: BurnColumn, currency: string): string {
  return column.align === 'right' ? `${column.label} (${currency})` : column.label;
}

/** The export is exactly the table on screen: the columns shown, the rows shown, in the order shown. */
export function burnCsvColumns(
  columns: readonly BurnColumn[],
  currency: string,
): CsvColumn<EngineerBurnRow>[] {
  return columns.map((column) => ({ header: csvHeader(column, currency), value: column.csv }));
}

/** The order a manager sees first: soonest run-out first, then by name. Never by spend. */
export const DEFAULT_BURN_SORT: SortState<BurnColumnKey> = {
  key: DEFAULT_BURN_VIEW.sort,
  direction: DEFAULT_BURN_VIEW.descending ? 'desc' : 'asc',
};

export type { BurnShow };

export const SHOW_OPTIONS: { value: BurnShow; label: string }[] = [
  { value: 'all', label: 'Everyone' },
  { value: 'runsOut', label: 'Runs out before period end' },
  { value: 'underUse', label: 'Under-use' },
];

export interface BurnFilter {
  /** Words that must all appear in the engineer's name or team. */
  query: string;
  show: BurnShow;
}

export const NO_BURN_FILTER: BurnFilter = { query: '', show: 'all' };

export function isFiltered(filter: BurnFilter): boolean {
  return filter.query.trim() !== '' || filter.show !== 'all';
}

/** Rows on a page of the engineers' table. */
export const BURN_PAGE_SIZE = 50;

const SORT_ARGS: Record<BurnSort, BurnSortArg> = {
  name: 'NAME',
  team: 'TEAM',
  allowance: 'ALLOWANCE',
  accrued: 'ACCRUED',
  spent: 'SPENT',
  held: 'HELD',
  available: 'AVAILABLE',
  burn7: 'BURN7',
  burn30: 'BURN30',
  runsOut: 'RUNS_OUT',
  band: 'BAND',
  confidence: 'CONFIDENCE',
  signal: 'SIGNAL',
};
const SHOW_ARGS: Record<BurnShow, BurnShowArg> = { all: 'ALL', runsOut: 'RUNS_OUT', underUse: 'UNDER_USE' };

/**
 * The query of a view of the table: the server filters, sorts and pages (libs/domain burnTableRows), so a
 * team of thousands sends one page. `page` counts from 0; null asks for every matching row (the export).
 */
export function teamBurnVariables(
  teamId: string,
  view: { sort: SortState<BurnColumnKey>; filter: BurnFilter },
  page: number | null,
): TeamBurnQueryVariables {
  const domain: BurnTableView = {
    sort: view.sort.key,
    descending: view.sort.direction === 'desc',
    search: view.filter.query.trim(),
    show: view.filter.show,
  };
  return {
    teamId,
    sort: SORT_ARGS[domain.sort],
    descending: domain.descending,
    search: domain.search,
    show: SHOW_ARGS[domain.show],
    offset: page === null ? 0 : page * BURN_PAGE_SIZE,
    limit: page === null ? null : BURN_PAGE_SIZE,
  };
}

/**
 * What a page shows: "4 engineers", "2 of 4 engineers" under a filter, "Showing 51–100 of 2,000 engineers"
 * on a page of many, "Showing 51–62 of 62 matching (2,000 engineers)" on a filtered page.
 */
export function pageLabel(offset: number, shown: number, matching: number, total: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  const engineers = (n: number) => `${count(n)} engineer${n === 1 ? '' : 's'}`;
  const paged = shown < matching;
  const range = `Showing ${count(offset + 1)}–${count(offset + shown)} of`;
  if (matching === total) return paged ? `${range} ${engineers(total)}` : engineers(total);
  return paged
    ? `${range} ${count(matching)} matching (${engineers(total)})`
    : `${count(matching)} of ${engineers(total)}`;
}

/** A Team column (and search by team) is worth its space when the subtree holds more than one team. */
export function teamNamesIfSeveral(
  teamId: string,
  teams: readonly TeamRow[],
): Map<string, string> | undefined {
  const node = flattenTree(buildTeamTree(teams)).find((each) => each.team.id === teamId);
  if (!node || node.children.length === 0) return undefined;
  return new Map(teams.map((team) => [team.id, team.name]));
}

// ---------------------------------------------------------------------------------------------
// Charts

/**
 * Micro-units as a plain number of currency units rounded to the cent, for a chart axis only; every
 * figure shown as text stays exact.
 */
export function chartNumber(micros: string | bigint): number {
  const value = BigInt(micros);
  const cents = (value >= 0n ? value + 5_000n : value - 5_000n) / 10_000n;
  return Number(cents) / 100;
}

export interface CumulativePoint {
  date: string;
  /** "Nov 3" for the axis. */
  label: string;
  accrued: number | null;
  spent: number;
}

/** The team's cumulative spend against its cumulative accrual: month ends, then each day of this month. */
export function cumulativePoints(points: readonly BurnPointRow[]): CumulativePoint[] {
  return points.map((point) => {
    return {
      date: point.date,
      label: formatAxisDay(point.date),
      // null when the accrual line is withheld (a manager, a group under 5 people)
      accrued: point.accruedMicros === null ? null : chartNumber(point.accruedMicros),
      spent: chartNumber(point.spentMicros),
    };
  });
}

/** The text alternative of the cumulative chart: where the lines end and how they compare. */
export function cumulativeSummary(points: readonly BurnPointRow[], currency: string): string {
  const last = points[points.length - 1];
  if (!last) return 'No spend or accrual in this period yet.';
  const spent = BigInt(last.spentMicros);
  const money = (micros: bigint) => formatMicros(micros.toString(), currency);
  if (last.accruedMicros === null) return `By ${formatIsoDay(last.date)} the team spent ${money(spent)}.`;
  const accrued = BigInt(last.accruedMicros);
  const comparison =
    accrued === 0n
      ? 'nothing has accrued yet'
      : spent > accrued
        ? `${money(spent - accrued)} more than has accrued`
        : `${money(accrued - spent)} less than has accrued`;
  return `By ${formatIsoDay(last.date)} the team spent ${money(spent)} of ${money(accrued)} accrued: ${comparison}.`;
}

export interface ShareRow {
  key: string;
  costMicros: string;
  events: number;
  /** Of the events, those with no price yet, and their tokens: shown as "unpriced", never $0.00. */
  unpricedEvents: number;
  unpricedTokens: string;
  /** Share of the total cost in basis points (largest remainder, so shares add up to 10000). */
  shareBp: number;
  /** "45.2%" */
  shareText: string;
}

/**
 * Spend by model or tool as shares of the total, most expensive first (ties by name). Shares are
 * split with the largest-remainder method so they always add up to 100%.
 */
export function shareRows(rows: readonly BurnByKeyRow[]): ShareRow[] {
  const sorted = [...rows].sort((a, b) => {
    const x = BigInt(a.costMicros);
    const y = BigInt(b.costMicros);
    return x === y ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : x > y ? -1 : 1;
  });
  // a refund could make a cost negative: it takes no share
  const weights = sorted.map((row) => (BigInt(row.costMicros) > 0n ? BigInt(row.costMicros) : 0n));
  const shares = weights.some((weight) => weight > 0n)
    ? allocateLargestRemainder(10_000n, weights)
    : weights.map(() => 0n);
  return sorted.map((row, index) => {
    const bp = Number(shares[index] ?? 0n);
    return {
      key: row.key,
      costMicros: row.costMicros,
      events: row.events,
      unpricedEvents: row.unpricedEvents,
      unpricedTokens: row.unpricedTokens,
      shareBp: bp,
      shareText: shareText(bp),
    };
  });
}

/** 4520 → "45.2%", 10000 → "100%", 3 → "0.03%". */
export function shareText(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return `${whole}%`;
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}
