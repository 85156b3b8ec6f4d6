/**
 * The allowance rule: how much AI-token budget an engineer earns, as a line of pay.
 *
 * - Basis: a ratio of annual base pay (basis points, company default 50%) or a fixed annual
 *   amount; an override per offer / per engineer replaces the basis; then the annual floor and
 *   cap apply.
 * - Period: the company's fiscal year. Accrual: MONTHLY (1/12 on the 1st of each month) or
 *   UPFRONT (the whole period's amount on the first employed day).
 * - Proration by days: a start or end inside a period, a raise or an override change mid-month.
 * - Every figure is exact in micro-units (see `accrualSchedule` for the algorithm).
 *
 * Amounts are `bigint` micro-units of the company currency. Dates are ISO `'YYYY-MM-DD'`.
 */
import {
  addDays,
  compareDates,
  daysBetweenInclusive,
  daysInMonth,
  fiscalYearContaining,
  IsoDate,
  maxDate,
  minDate,
  monthOf,
  monthsOf,
  parseIsoDate,
  Period,
} from './dates';
import { allocateLargestRemainder, roundHalfUp } from './money';

export type AllowanceBasis = { kind: 'RATIO'; ratioBp: number } | { kind: 'FIXED'; annualMicros: bigint };

export type Rollover = { kind: 'NONE' } | { kind: 'CAPPED'; capMicros: bigint } | { kind: 'ALL' };

export interface AllowancePolicy {
  /** Company default: `{ kind: 'RATIO', ratioBp: 5000 }`. */
  basis: AllowanceBasis;
  /** Annual floor, or null. */
  floorMicros: bigint | null;
  /** Annual cap, or null. */
  capMicros: bigint | null;
  /** First month of the fiscal year, 1..12. */
  fiscalYearStartMonth: number;
  accrual: 'MONTHLY' | 'UPFRONT';
  rollover: Rollover;
}

/** 50% of base pay, no floor or cap, fiscal year = calendar year, monthly accrual, no rollover. */
export const DEFAULT_ALLOWANCE_POLICY: AllowancePolicy = Object.freeze({
  basis: Object.freeze({ kind: 'RATIO', ratioBp: 5000 }),
  floorMicros: null,
  capMicros: null,
  fiscalYearStartMonth: 1,
  accrual: 'MONTHLY',
  rollover: Object.freeze({ kind: 'NONE' }),
}) as AllowancePolicy;

/** 100% in basis points. */
export const BASIS_POINTS = 10_000;
/** Highest ratio accepted without an annual cap (100%). */
export const MAX_RATIO_BP_WITHOUT_CAP = 10_000;
/** Highest ratio accepted at all, and only with an annual cap (1000%). */
export const MAX_RATIO_BP = 100_000;

export type AllowanceErrorCode = 'INVALID_POLICY' | 'INVALID_INPUT';

export class AllowanceError extends Error {
  readonly code: AllowanceErrorCode;

  constructor(code: AllowanceErrorCode, message: string) {
    super(message);
    this.name = 'AllowanceError';
    this.code = code;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

export interface PolicyProblem {
  field: string;
  message: string;
}

function isBigInt(value: unknown): value is bigint {
  return typeof value === 'bigint';
}

/**
 * Problems of a basis (the policy's or an override), with field names under `prefix`:
 * `<prefix>.kind`, `<prefix>.ratioBp`, `<prefix>.annualMicros`. A ratio over 100% is only
 * accepted when `capMicros` (the policy's annual cap) is set, and never above 1000%.
 */
export function allowanceBasisProblems(
  basis: AllowanceBasis,
  capMicros: bigint | null,
  prefix = 'basis',
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const kind = (basis as { kind?: unknown } | null | undefined)?.kind;
  if (kind === 'RATIO') {
    const ratioBp = (basis as { ratioBp: unknown }).ratioBp;
    const field = `${prefix}.ratioBp`;
    if (typeof ratioBp !== 'number' || !Number.isInteger(ratioBp)) {
      problems.push({ field, message: 'must be a whole number of basis points (5000 = 50%)' });
    } else if (ratioBp < 0) {
      problems.push({ field, message: 'must not be negative' });
    } else if (ratioBp > MAX_RATIO_BP) {
      problems.push({ field, message: `must be at most ${MAX_RATIO_BP} basis points (1000%)` });
    } else if (ratioBp > MAX_RATIO_BP_WITHOUT_CAP && capMicros === null) {
      problems.push({
        field,
        message: 'a ratio over 100% of base pay (10000 basis points) is only allowed with an annual cap',
      });
    }
  } else if (kind === 'FIXED') {
    const annualMicros = (basis as { annualMicros: unknown }).annualMicros;
    const field = `${prefix}.annualMicros`;
    if (!isBigInt(annualMicros))
      problems.push({ field, message: 'must be an amount in micro-units (bigint)' });
    else if (annualMicros < 0n) problems.push({ field, message: 'must not be negative' });
  } else {
    problems.push({ field: `${prefix}.kind`, message: "must be 'RATIO' or 'FIXED'" });
  }
  return problems;
}

function amountProblem(value: unknown, field: string, nullable: boolean): PolicyProblem | null {
  if (value === null && nullable) return null;
  if (!isBigInt(value)) {
    return {
      field,
      message: nullable
        ? 'must be an amount in micro-units (bigint) or null'
        : 'must be an amount in micro-units (bigint)',
    };
  }
  if (value < 0n) return { field, message: 'must not be negative' };
  return null;
}

/** Everything wrong with a policy; an empty list means it is valid. Used by the api and the settings form. */
export function allowancePolicyProblems(policy: AllowancePolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const floor = amountProblem(policy.floorMicros, 'floorMicros', true);
  const cap = amountProblem(policy.capMicros, 'capMicros', true);
  const validCap = cap === null && isBigInt(policy.capMicros) ? policy.capMicros : null;

  problems.push(...allowanceBasisProblems(policy.basis, validCap, 'basis'));
  if (floor) problems.push(floor);
  if (cap) problems.push(cap);
  if (
    !floor &&
    !cap &&
    isBigInt(policy.floorMicros) &&
    isBigInt(policy.capMicros) &&
    policy.floorMicros > policy.capMicros
  ) {
    problems.push({ field: 'floorMicros', message: 'must not be above the annual cap' });
  }

  const month = policy.fiscalYearStartMonth;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    problems.push({
      field: 'fiscalYearStartMonth',
      message: 'must be a month number from 1 (January) to 12',
    });
  }
  if (policy.accrual !== 'MONTHLY' && policy.accrual !== 'UPFRONT') {
    problems.push({ field: 'accrual', message: "must be 'MONTHLY' or 'UPFRONT'" });
  }

  const rolloverKind = (policy.rollover as { kind?: unknown } | null | undefined)?.kind;
  if (rolloverKind === 'CAPPED') {
    const problem = amountProblem(
      (policy.rollover as { capMicros: unknown }).capMicros,
      'rollover.capMicros',
      false,
    );
    if (problem) problems.push(problem);
  } else if (rolloverKind !== 'NONE' && rolloverKind !== 'ALL') {
    problems.push({ field: 'rollover.kind', message: "must be 'NONE', 'CAPPED' or 'ALL'" });
  }
  return problems;
}

function assertValidPolicy(policy: AllowancePolicy): void {
  const problems = allowancePolicyProblems(policy);
  if (problems.length > 0) {
    throw new AllowanceError(
      'INVALID_POLICY',
      `Invalid allowance policy: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
  }
}

function assertValidOverride(basis: AllowanceBasis, policy: AllowancePolicy, what: string): void {
  const problems = allowanceBasisProblems(basis, policy.capMicros, 'override');
  if (problems.length > 0) {
    throw new AllowanceError(
      'INVALID_INPUT',
      `Invalid ${what}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
  }
}

function assertDate(value: IsoDate, what: string): void {
  try {
    parseIsoDate(value);
  } catch (error) {
    throw new AllowanceError('INVALID_INPUT', `${what}: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------
// Annual amount
// ---------------------------------------------------------------------------

/**
 * The annual allowance for an annual base pay: ratio × pay (rounded half-up to the micro) or
 * the fixed amount, then the override replaces the basis, then floor and cap.
 */
export function annualAllowance(
  policy: AllowancePolicy,
  annualPayMicros: bigint,
  override?: AllowanceBasis | null,
): bigint {
  assertValidPolicy(policy);
  if (override) assertValidOverride(override, policy, 'override');
  return annualAllowanceUnchecked(policy, annualPayMicros, override ?? null);
}

function annualAllowanceUnchecked(
  policy: AllowancePolicy,
  pay: bigint,
  override: AllowanceBasis | null,
): bigint {
  if (!isBigInt(pay) || pay < 0n) {
    throw new AllowanceError(
      'INVALID_INPUT',
      `Invalid annual pay ${String(pay)}: expected micro-units >= 0 (bigint)`,
    );
  }
  const basis = override ?? policy.basis;
  let amount =
    basis.kind === 'RATIO'
      ? roundHalfUp(pay * BigInt(basis.ratioBp), BigInt(BASIS_POINTS))
      : basis.annualMicros;
  if (policy.floorMicros !== null && amount < policy.floorMicros) amount = policy.floorMicros;
  if (policy.capMicros !== null && amount > policy.capMicros) amount = policy.capMicros;
  return amount;
}

// ---------------------------------------------------------------------------
// Schedule
// ---------------------------------------------------------------------------

/** Base pay history; a raise is a new row. */
export interface PayRate {
  effectiveFrom: IsoDate;
  annualPayMicros: bigint;
}

/**
 * A per-engineer (or per-offer) override from a day on; `basis: null` clears it (back to the policy's).
 * `topUpMicros`: an annual amount added on top of the basis after the floor and cap (a permanent
 * increase), so later raises still flow through the basis.
 */
export interface OverrideChange {
  effectiveFrom: IsoDate;
  basis: AllowanceBasis | null;
  topUpMicros?: bigint;
}

/** The company policy from a day on (the policy is effective-dated; see allowance-history.ts). */
export interface PolicyVersion {
  effectiveFrom: IsoDate;
  policy: AllowancePolicy;
}

export interface AccrualGrant {
  /** MONTHLY: 1st of the month, or the first employed day of it. UPFRONT: first employed day in the period. */
  grantDate: IsoDate;
  /** 'YYYY-MM' (UPFRONT: the month of grantDate). */
  month: string;
  amountMicros: bigint;
  /** Employed days this grant pays for. */
  daysCovered: number;
  /** Days of that month (UPFRONT: days in the period). */
  daysInMonth: number;
  /** The annual allowance that applied (the last segment's, if a raise or override change split it). */
  annualAllowanceMicros: bigint;
}

export interface ScheduleInput {
  policy: AllowancePolicy;
  /** At least one row; any order. One must be effective on or before the first employed day of the period. */
  pay: PayRate[];
  overrides?: OverrideChange[];
  /** Employment start (first employed day). */
  startDate: IsoDate;
  /** Last employed day of a leaver (inclusive); null or absent while employed. */
  endDate?: IsoDate | null;
  /** The period to schedule, normally `fiscalYearContaining(date, policy.fiscalYearStartMonth)`. */
  period: Period;
  /**
   * The dated policy history, when the policy changed: each day's annual amount uses the version in
   * force that day (basis, floor, cap); `policy` still decides the period's accrual (MONTHLY/UPFRONT).
   */
  policies?: PolicyVersion[];
}

/** lcm(28, 29, 30, 31): with it every day-share A × d / (D × 12) has the integer weight A × d × (L / D). */
const DAY_SHARE_LCM = 377_580n;
const MONTHS_PER_YEAR = 12n;

/** A run of days inside one calendar month with one annual allowance. */
interface Segment {
  start: IsoDate;
  days: number;
  monthDays: number;
  annualMicros: bigint;
  weight: bigint;
}

/** Sorted copy, stable: rows with the same effectiveFrom keep their input order (the last one wins). */
function sortedByEffectiveFrom<T extends { effectiveFrom: IsoDate }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareDates(a.row.effectiveFrom, b.row.effectiveFrom) || a.index - b.index)
    .map(({ row }) => row);
}

/** The last row effective on or before `day` (rows sorted ascending), or undefined. */
function inEffect<T extends { effectiveFrom: IsoDate }>(rows: readonly T[], day: IsoDate): T | undefined {
  let found: T | undefined;
  for (const row of rows) {
    if (compareDates(row.effectiveFrom, day) > 0) break;
    found = row;
  }
  return found;
}

interface Prepared {
  employed: Period | null;
  segments: Segment[];
}

function prepare(input: ScheduleInput): Prepared {
  const { policy, period } = input;
  assertValidPolicy(policy);
  if (!Array.isArray(input.pay) || input.pay.length === 0) {
    throw new AllowanceError('INVALID_INPUT', 'At least one pay rate is required');
  }
  assertDate(period.start, 'period.start');
  assertDate(period.end, 'period.end');
  if (compareDates(period.start, period.end) > 0) {
    throw new AllowanceError(
      'INVALID_INPUT',
      `Invalid period ${period.start}..${period.end}: start after end`,
    );
  }
  assertDate(input.startDate, 'startDate');
  const endDate = input.endDate ?? null;
  if (endDate !== null) {
    assertDate(endDate, 'endDate');
    if (compareDates(endDate, input.startDate) < 0) {
      throw new AllowanceError(
        'INVALID_INPUT',
        `endDate ${endDate} is before startDate ${input.startDate} (the last employed day cannot precede the first)`,
      );
    }
  }
  input.pay.forEach((rate, index) => {
    assertDate(rate.effectiveFrom, `pay[${index}].effectiveFrom`);
    if (!isBigInt(rate.annualPayMicros) || rate.annualPayMicros < 0n) {
      throw new AllowanceError(
        'INVALID_INPUT',
        `pay[${index}].annualPayMicros must be micro-units >= 0 (bigint)`,
      );
    }
  });
  const overrides = input.overrides ?? [];
  overrides.forEach((change, index) => {
    assertDate(change.effectiveFrom, `overrides[${index}].effectiveFrom`);
    if (change.basis !== null) assertValidOverride(change.basis, policy, `overrides[${index}]`);
    if (change.topUpMicros !== undefined && (!isBigInt(change.topUpMicros) || change.topUpMicros < 0n)) {
      throw new AllowanceError(
        'INVALID_INPUT',
        `overrides[${index}].topUpMicros must be micro-units >= 0 (bigint)`,
      );
    }
  });
  const versions = sortedByEffectiveFrom(input.policies ?? []);
  versions.forEach((version, index) => {
    assertDate(version.effectiveFrom, `policies[${index}].effectiveFrom`);
    assertValidPolicy(version.policy);
  });

  const first = maxDate(period.start, input.startDate);
  const last = endDate === null ? period.end : minDate(period.end, endDate);
  if (compareDates(first, last) > 0) return { employed: null, segments: [] };

  const pay = sortedByEffectiveFrom(input.pay);
  const changes = sortedByEffectiveFrom(overrides);
  if (compareDates(pay[0].effectiveFrom, first) > 0) {
    throw new AllowanceError(
      'INVALID_INPUT',
      `No pay rate is effective on ${first} (the earliest starts ${pay[0].effectiveFrom})`,
    );
  }

  // Days on which the annual allowance may change inside the employed range.
  const changeDays = new Set<IsoDate>();
  for (const row of [...pay, ...changes, ...versions]) {
    if (compareDates(row.effectiveFrom, first) > 0 && compareDates(row.effectiveFrom, last) <= 0) {
      changeDays.add(row.effectiveFrom);
    }
  }
  const annualOn = (day: IsoDate): bigint => {
    const rate = inEffect(pay, day) as PayRate;
    const change = inEffect(changes, day);
    const rule = inEffect(versions, day)?.policy ?? policy;
    return (
      annualAllowanceUnchecked(rule, rate.annualPayMicros, change?.basis ?? null) +
      (change?.topUpMicros ?? 0n)
    );
  };

  const segments: Segment[] = [];
  for (const month of monthsOf({ start: first, end: last })) {
    const { year, month: monthNumber } = parseIsoDate(month.start);
    const monthDays = daysInMonth(year, monthNumber);
    const perDay = DAY_SHARE_LCM / BigInt(monthDays);
    const cuts = [...changeDays]
      .filter((day) => compareDates(day, month.start) > 0 && compareDates(day, month.end) <= 0)
      .sort(compareDates);
    const starts = [month.start, ...cuts];
    starts.forEach((start, index) => {
      const end = index + 1 < starts.length ? addDays(starts[index + 1], -1) : month.end;
      const days = daysBetweenInclusive(start, end);
      const annualMicros = annualOn(start);
      segments.push({ start, days, monthDays, annualMicros, weight: annualMicros * BigInt(days) * perDay });
    });
  }
  return { employed: { start: first, end: last }, segments };
}

/** Σ exact shares, rounded half-up to the micro, and each segment's part (largest remainder). */
function allocate(segments: readonly Segment[]): { total: bigint; parts: bigint[] } {
  const weightSum = segments.reduce((sum, segment) => sum + segment.weight, 0n);
  const total = roundHalfUp(weightSum, DAY_SHARE_LCM * MONTHS_PER_YEAR);
  if (total === 0n) return { total, parts: segments.map(() => 0n) };
  return {
    total,
    parts: allocateLargestRemainder(
      total,
      segments.map((segment) => segment.weight),
    ),
  };
}

/**
 * The grants of one period for one engineer.
 *
 * Exactness: each calendar month is cut into segments where employment and the annual
 * allowance A (pay rate and override in effect that day) are constant. A segment of d days in
 * a month of D days is worth exactly A × d / (D × 12). With L = lcm(28, 29, 30, 31) = 377580
 * its weight A × d × (L / D) is an integer; the period total is roundHalfUp(Σ weight, 12 L),
 * split over the segments by `allocateLargestRemainder` and summed per month. A full year at
 * one rate therefore sums exactly to the annual allowance, in twelve grants that differ by at
 * most 1 micro.
 *
 * MONTHLY: one grant per month with at least one employed day (a zero amount is still listed).
 * UPFRONT: one grant of the same total on the first employed day in the period.
 * No grants when the engineer is not employed during the period.
 */
export function accrualSchedule(input: ScheduleInput): AccrualGrant[] {
  const { employed, segments } = prepare(input);
  if (employed === null) return [];
  const { total, parts } = allocate(segments);
  const lastAnnual = segments[segments.length - 1].annualMicros;

  if (input.policy.accrual === 'UPFRONT') {
    return [
      {
        grantDate: employed.start,
        month: monthOf(employed.start),
        amountMicros: total,
        daysCovered: daysBetweenInclusive(employed.start, employed.end),
        daysInMonth: daysBetweenInclusive(input.period.start, input.period.end),
        annualAllowanceMicros: lastAnnual,
      },
    ];
  }

  const grants: AccrualGrant[] = [];
  segments.forEach((segment, index) => {
    const month = monthOf(segment.start);
    const current = grants[grants.length - 1];
    if (current && current.month === month) {
      current.amountMicros += parts[index];
      current.daysCovered += segment.days;
      current.annualAllowanceMicros = segment.annualMicros;
    } else {
      grants.push({
        grantDate: segment.start,
        month,
        amountMicros: parts[index],
        daysCovered: segment.days,
        daysInMonth: segment.monthDays,
        annualAllowanceMicros: segment.annualMicros,
      });
    }
  });
  return grants;
}

/** Exact sum of the grants' amounts. */
export function periodTotal(grants: AccrualGrant[]): bigint {
  return grants.reduce((sum, grant) => sum + grant.amountMicros, 0n);
}

/** What carries into the next period from an unused balance: NONE → 0, ALL → unused, CAPPED → min(unused, cap); never negative. */
export function rolloverAmount(policy: AllowancePolicy, unusedMicros: bigint): bigint {
  if (!isBigInt(unusedMicros)) {
    throw new AllowanceError('INVALID_INPUT', `unusedMicros must be a bigint, got ${typeof unusedMicros}`);
  }
  const unused = unusedMicros > 0n ? unusedMicros : 0n;
  const rollover = policy.rollover;
  switch (rollover.kind) {
    case 'NONE':
      return 0n;
    case 'ALL':
      return unused;
    case 'CAPPED': {
      const cap = rollover.capMicros > 0n ? rollover.capMicros : 0n;
      return unused < cap ? unused : cap;
    }
    default:
      throw new AllowanceError(
        'INVALID_POLICY',
        `Unknown rollover kind ${String((rollover as { kind: unknown }).kind)}`,
      );
  }
}

/**
 * Offer preview: the first fiscal year's allowance prorated from `startDate`, its grants, and
 * `monthlyMicros` = the full-month accrual, annual allowance / 12 rounded half-up (shown even
 * for an UPFRONT policy, as the monthly equivalent).
 */
export function firstYearAllowance(
  policy: AllowancePolicy,
  annualPayMicros: bigint,
  startDate: IsoDate,
  override?: AllowanceBasis | null,
): { period: Period; totalMicros: bigint; monthlyMicros: bigint; grants: AccrualGrant[] } {
  assertValidPolicy(policy);
  assertDate(startDate, 'startDate');
  const period = fiscalYearContaining(startDate, policy.fiscalYearStartMonth);
  const grants = accrualSchedule({
    policy,
    pay: [{ effectiveFrom: startDate, annualPayMicros }],
    overrides: override ? [{ effectiveFrom: startDate, basis: override }] : [],
    startDate,
    period,
  });
  const annual = annualAllowance(policy, annualPayMicros, override ?? null);
  return {
    period,
    totalMicros: periodTotal(grants),
    monthlyMicros: roundHalfUp(annual, MONTHS_PER_YEAR),
    grants,
  };
}
