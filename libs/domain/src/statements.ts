/**
 * Statements: what a team or a cost centre is charged for a period (a month, a quarter, a fiscal year), as sums
 * of the period's charge lines (chargeback.ts). Types and pure summing only: the api aggregates in SQL and
 * hands the sums here, so the web, the PDF and the CSV show the same figures by the same rule.
 *
 * The invariant every statement set keeps, to the micro-unit: Σ team statements = Σ cost-centre statements =
 * the period's usage + adjustments + allocated shared + unabsorbed. It holds by construction (each charge
 * total belongs to exactly one team statement, the held-centrally one included, and one cost-centre statement)
 * and `statementSetProblems` checks it.
 */
import type { AccountingMonth } from './accounting-periods';
import {
  allocateShared,
  type AllocatedShare,
  type AllocationBasis,
  type AllocationPolicy,
  type ChargeCategory,
  type ChargeLine,
  type ChargebackMode,
} from './chargeback';

/** What a statement covers: one team's own engineers, one cost centre, or a team with the teams below it. */
export const STATEMENT_KINDS = ['TEAM', 'COST_CENTRE', 'SUBTREE'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** The key of the team statement of lines held centrally (`teamId` null). */
export const CENTRAL_STATEMENT_KEY = 'CENTRAL';

/**
 * A sum of charge lines at the grain statements need (no day, no tokens): what the api's aggregate queries
 * return, and what a ChargeLine is once its day is dropped. A ChargeLine is a ChargeTotal.
 */
export type ChargeTotal = Pick<
  ChargeLine,
  | 'category'
  | 'engineerId'
  | 'engineerName'
  | 'teamId'
  | 'teamName'
  | 'costCentre'
  | 'provider'
  | 'model'
  | 'tool'
  | 'originalMonth'
  | 'costMicros'
>;

/** One figure of a breakdown (by engineer, model, provider, tool, tag or category). */
export interface AmountBy {
  key: string;
  name: string;
  costMicros: bigint;
}

/** A correction carried into the period from an earlier, closed month. */
export interface StatementAdjustment {
  engineerId: string | null;
  engineerName: string | null;
  originalMonth: AccountingMonth;
  costMicros: bigint;
}

/**
 * One engineer's allowance beside their spend for the period. `grantedMicros`, `utilisationBp` and
 * `overageMicros` are null when the viewer may not see this person's allowance (pay-privacy.ts).
 */
export interface EngineerAllowance {
  engineerId: string;
  engineerName: string;
  /** Left the company on or before the period's end. */
  leaver: boolean;
  grantedMicros: bigint | null;
  spentMicros: bigint;
  /** spent ÷ granted in basis points (10000 = 100%); null when nothing was granted or not visible. */
  utilisationBp: number | null;
  /** How far the allowance stood below zero at the period's end; null when not visible. */
  overageMicros: bigint | null;
}

/** One statement: a team's, a cost centre's, or a subtree view (labelled; not part of the sums). */
export interface Statement {
  kind: StatementKind;
  key: string;
  name: string;
  /** For a subtree view: says it sums a team with the teams below it. */
  label: string | null;
  totalMicros: bigint;
  byCategory: AmountBy[];
  byEngineer: AmountBy[];
  byModel: AmountBy[];
  byProvider: AmountBy[];
  byTool: AmountBy[];
  adjustments: StatementAdjustment[];
  allowances: EngineerAllowance[];
  /** Σ overage of the engineers listed (null when any is not visible). */
  overageMicros: bigint | null;
  /** The same statement's total over the period before (the month, quarter or year before); null when none. */
  previousTotalMicros: bigint | null;
}

/** Every statement of a period, and its totals by category. */
export interface StatementSet {
  period: string;
  months: AccountingMonth[];
  currency: string;
  mode: ChargebackMode;
  /** Every month of the period is closed (the figures are frozen). */
  closed: boolean;
  totalMicros: bigint;
  usageMicros: bigint;
  adjustmentMicros: bigint;
  sharedMicros: bigint;
  unabsorbedMicros: bigint;
  teams: Statement[];
  costCentres: Statement[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The key of the team statement a total belongs to. */
export function teamKeyOf(total: Pick<ChargeTotal, 'teamId'>): string {
  return total.teamId ?? CENTRAL_STATEMENT_KEY;
}

/** Sums by a key, named; biggest first, ties by name then key (a stable order for every surface). */
export function sumBy(
  totals: readonly ChargeTotal[],
  keyOf: (total: ChargeTotal) => { key: string; name: string } | null,
): AmountBy[] {
  const sums = new Map<string, AmountBy>();
  for (const total of totals) {
    const named = keyOf(total);
    if (!named) continue;
    const into = sums.get(named.key) ?? { key: named.key, name: named.name, costMicros: 0n };
    into.costMicros += total.costMicros;
    sums.set(named.key, into);
  }
  return [...sums.values()].sort(
    (a, b) =>
      (a.costMicros === b.costMicros ? 0 : a.costMicros > b.costMicros ? -1 : 1) ||
      compare(a.name, b.name) ||
      compare(a.key, b.key),
  );
}

/** Σ costMicros. */
export function totalOf(totals: readonly Pick<ChargeTotal, 'costMicros'>[]): bigint {
  return totals.reduce((sum, total) => sum + total.costMicros, 0n);
}

const NONE = '—';

/** The breakdowns of one statement from its charge totals (allowances and previous total come from outside). */
export function summarize(
  totals: readonly ChargeTotal[],
  head: Pick<Statement, 'kind' | 'key' | 'name' | 'label'>,
): Omit<Statement, 'allowances' | 'overageMicros' | 'previousTotalMicros'> {
  const adjustments = new Map<string, StatementAdjustment>();
  for (const total of totals) {
    if (total.category !== 'ADJUSTMENT' || !total.originalMonth) continue;
    const key = `${total.originalMonth}\u0000${total.engineerId ?? ''}`;
    const into = adjustments.get(key) ?? {
      engineerId: total.engineerId,
      engineerName: total.engineerName,
      originalMonth: total.originalMonth,
      costMicros: 0n,
    };
    into.costMicros += total.costMicros;
    adjustments.set(key, into);
  }
  return {
    ...head,
    totalMicros: totalOf(totals),
    byCategory: sumBy(totals, (total) => ({ key: total.category, name: total.category })),
    byEngineer: sumBy(totals, (total) =>
      total.engineerId ? { key: total.engineerId, name: total.engineerName ?? total.engineerId } : null,
    ),
    byModel: sumBy(totals, (total) => {
      const name = total.model ? `${total.provider ?? NONE}/${total.model}` : NONE;
      return { key: name, name };
    }),
    byProvider: sumBy(totals, (total) => ({ key: total.provider ?? NONE, name: total.provider ?? NONE })),
    byTool: sumBy(totals, (total) => ({ key: total.tool ?? NONE, name: total.tool ?? NONE })),
    adjustments: [...adjustments.values()].sort(
      (a, b) =>
        compare(a.originalMonth, b.originalMonth) ||
        compare(a.engineerName ?? '', b.engineerName ?? '') ||
        compare(a.engineerId ?? '', b.engineerId ?? ''),
    ),
  };
}

/** The totals grouped into team statements (the held-centrally lines are one more) and cost-centre statements. */
export function groupStatements(totals: readonly ChargeTotal[]): {
  teams: { key: string; name: string; totals: ChargeTotal[] }[];
  costCentres: { key: string; name: string; totals: ChargeTotal[] }[];
} {
  const teams = new Map<string, { key: string; name: string; totals: ChargeTotal[] }>();
  const costCentres = new Map<string, { key: string; name: string; totals: ChargeTotal[] }>();
  for (const total of totals) {
    const teamKey = teamKeyOf(total);
    const team = teams.get(teamKey) ?? { key: teamKey, name: total.teamName, totals: [] };
    team.totals.push(total);
    teams.set(teamKey, team);
    const centre = costCentres.get(total.costCentre) ?? {
      key: total.costCentre,
      name: total.costCentre,
      totals: [],
    };
    centre.totals.push(total);
    costCentres.set(total.costCentre, centre);
  }
  const byName = (a: { key: string; name: string }, b: { key: string; name: string }) =>
    compare(a.name, b.name) || compare(a.key, b.key);
  return { teams: [...teams.values()].sort(byName), costCentres: [...costCentres.values()].sort(byName) };
}

/** A team as allocation needs it: its statement name and cost centre. */
export interface AllocationTeam {
  teamId: string;
  teamName: string;
  costCentre: string;
}

/**
 * The charge totals of one allocated amount (SHARED or UNABSORBED): `allocateShared` splits it by the policy
 * (the one rule), each share booked to its team and cost centre; a central share (teamId null) to the central
 * cost centre. Throws allocateShared's FieldProblemError (naming `allocationPolicy`) when the policy has no basis.
 */
export function allocatedTotals(
  amountMicros: bigint,
  category: Extract<ChargeCategory, 'SHARED' | 'UNABSORBED'>,
  policy: AllocationPolicy,
  basis: readonly AllocationBasis[],
  teams: ReadonlyMap<string, AllocationTeam>,
  central: { teamName: string; costCentre: string },
  what: { provider: string | null; model: string | null; tool: string | null },
): (ChargeTotal & { share: AllocatedShare })[] {
  if (amountMicros === 0n) return [];
  return allocateShared(amountMicros, policy, basis).map((share) => {
    const team = share.teamId ? teams.get(share.teamId) : undefined;
    return {
      share,
      category,
      engineerId: null,
      engineerName: null,
      teamId: team ? team.teamId : null,
      teamName: team ? team.teamName : central.teamName,
      costCentre: team ? team.costCentre : central.costCentre,
      provider: what.provider,
      model: what.model,
      tool: what.tool,
      originalMonth: null,
      costMicros: share.amountMicros,
    };
  });
}

/**
 * What breaks the invariant of a statement set (empty when it holds): Σ team statements, Σ cost-centre
 * statements and the period's total by category must all be equal, to the micro-unit.
 */
export function statementSetProblems(set: StatementSet): string[] {
  const problems: string[] = [];
  const teams = totalOf(set.teams.map((statement) => ({ costMicros: statement.totalMicros })));
  const centres = totalOf(set.costCentres.map((statement) => ({ costMicros: statement.totalMicros })));
  const byCategory = set.usageMicros + set.adjustmentMicros + set.sharedMicros + set.unabsorbedMicros;
  if (teams !== set.totalMicros) problems.push(`Σ teams ${teams} ≠ total ${set.totalMicros}`);
  if (centres !== set.totalMicros) problems.push(`Σ cost centres ${centres} ≠ total ${set.totalMicros}`);
  if (byCategory !== set.totalMicros)
    problems.push(`usage + adjustments + shared + unabsorbed ${byCategory} ≠ total ${set.totalMicros}`);
  return problems;
}

/** spent ÷ granted in basis points, rounded down; null when nothing was granted. */
export function utilisationBp(spentMicros: bigint, grantedMicros: bigint): number | null {
  if (grantedMicros <= 0n) return null;
  return Number((spentMicros * 10_000n) / grantedMicros);
}
