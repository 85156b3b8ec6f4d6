/**
 * The allowance rule over time, and how the ledger is kept equal to it (the schedule never lies).
 *
 * The company policy is effective-dated (`PolicyVersion`), like pay and overrides. `dueGrants` says, for
 * one engineer on a day, what the rule gives for every month (grant key) due by then under the history
 * known now. `accrualPostings` compares that with what the ledger holds per month and says what to post:
 * a grant for a month never granted, an adjustment (positive or negative) for a month whose grant is
 * posted but whose amount the rule now puts elsewhere. Whatever changes are recorded, on whatever later
 * days, Σ grant + Σ adjustments of each month ends equal to the rule's amount under the final history
 * (property-tested in allowance-history.property.spec.ts).
 *
 * Fiscal year start: a change applies from the next period only. A version that changes the fiscal
 * start month takes effect at the end of the period (under the previous start month) containing its
 * effective date; the period that starts then runs to the day before the new start month's next year
 * begins (a short or long transition period), then whole fiscal years follow.
 */
import {
  AccrualGrant,
  accrualSchedule,
  AllowanceError,
  AllowancePolicy,
  DEFAULT_ALLOWANCE_POLICY,
  OverrideChange,
  PayRate,
  PolicyVersion,
} from './allowance';
import {
  addDays,
  addMonths,
  compareDates,
  fiscalYearContaining,
  IsoDate,
  maxDate,
  minDate,
  Period,
  startOfMonth,
} from './dates';

/** The effective date of a policy that has always applied (the company's first, undated policy). */
export const POLICY_SINCE_ALWAYS: IsoDate = '1970-01-01';

function sortedVersions(versions: readonly PolicyVersion[]): PolicyVersion[] {
  const sorted = versions
    .map((version, index) => ({ version, index }))
    .sort((a, b) => compareDates(a.version.effectiveFrom, b.version.effectiveFrom) || a.index - b.index)
    .map(({ version }) => version);
  return sorted.length ? sorted : [{ effectiveFrom: POLICY_SINCE_ALWAYS, policy: DEFAULT_ALLOWANCE_POLICY }];
}

/** The policy in force on a day (the earliest version before the first one's date). */
export function policyInForce(versions: readonly PolicyVersion[], day: IsoDate): AllowancePolicy {
  const sorted = sortedVersions(versions);
  let found = sorted[0].policy;
  for (const version of sorted) {
    if (compareDates(version.effectiveFrom, day) > 0) break;
    found = version.policy;
  }
  return found;
}

interface FiscalStart {
  from: IsoDate;
  month: number;
}

function periodOnTimeline(timeline: readonly FiscalStart[], day: IsoDate): Period {
  let index = 0;
  while (index + 1 < timeline.length && compareDates(timeline[index + 1].from, day) <= 0) index++;
  const year = fiscalYearContaining(day, timeline[index].month);
  const start = maxDate(year.start, timeline[index].from);
  const next = timeline[index + 1];
  const end = next ? minDate(year.end, addDays(next.from, -1)) : year.end;
  return { start, end };
}

/** When each fiscal start month applies: a change takes effect at the end of the period it is dated in. */
function fiscalTimeline(versions: readonly PolicyVersion[]): FiscalStart[] {
  const sorted = sortedVersions(versions);
  const timeline: FiscalStart[] = [{ from: '0001-01-01', month: sorted[0].policy.fiscalYearStartMonth }];
  for (const version of sorted.slice(1)) {
    const month = version.policy.fiscalYearStartMonth;
    if (month === timeline[timeline.length - 1].month) continue;
    const from = addDays(periodOnTimeline(timeline, version.effectiveFrom).end, 1);
    // A later change dated before an earlier one took effect replaces it.
    while (timeline.length > 1 && compareDates(timeline[timeline.length - 1].from, from) >= 0) timeline.pop();
    if (timeline[timeline.length - 1].month !== month) timeline.push({ from, month });
  }
  return timeline;
}

/** The allowance period (fiscal year, or a transition period after a fiscal start change) containing a day. */
export function allowancePeriodContaining(versions: readonly PolicyVersion[], day: IsoDate): Period {
  return periodOnTimeline(fiscalTimeline(versions), day);
}

/** One engineer's rule inputs: pay, overrides, employment, and the company's dated policy. */
export interface EngineerRule {
  policies: PolicyVersion[];
  pay: PayRate[];
  overrides?: OverrideChange[];
  startDate: IsoDate;
  endDate?: IsoDate | null;
}

/** A period of the engineer's employment with the policy that decides its accrual and rollover. */
export interface RulePeriod {
  period: Period;
  /** The version in force at the period's start (accrual MONTHLY/UPFRONT). */
  policy: AllowancePolicy;
  /** The version in force at the period's end (rollover at its end). */
  closingPolicy: AllowancePolicy;
}

/** The periods the engineer is employed in, from their first up to the one containing `through`. */
export function employedPeriods(rule: EngineerRule, through: IsoDate): RulePeriod[] {
  const timeline = fiscalTimeline(rule.policies);
  const last = rule.endDate ? minDate(rule.endDate, through) : through;
  const periods: RulePeriod[] = [];
  if (compareDates(rule.startDate, last) > 0) return periods;
  let period = periodOnTimeline(timeline, rule.startDate);
  for (;;) {
    periods.push({
      period,
      policy: policyInForce(rule.policies, period.start),
      closingPolicy: policyInForce(rule.policies, period.end),
    });
    if (compareDates(period.end, last) >= 0) return periods;
    period = periodOnTimeline(timeline, addDays(period.end, 1));
  }
}

/** Every grant the rule gives up to `asOf` (grant date on or before it), under the history known now. */
export function dueGrants(rule: EngineerRule, asOf: IsoDate): AccrualGrant[] {
  if (!rule.pay.length) return [];
  const grants: AccrualGrant[] = [];
  for (const { period, policy } of employedPeriods(rule, asOf)) {
    for (const grant of accrualSchedule({
      policy,
      policies: rule.policies,
      pay: rule.pay,
      overrides: rule.overrides ?? [],
      startDate: rule.startDate,
      endDate: rule.endDate ?? null,
      period,
    })) {
      if (compareDates(grant.grantDate, asOf) <= 0) grants.push(grant);
    }
  }
  return grants;
}

/** What the ledger holds for one month (grant key) of one engineer. */
export interface PostedMonth {
  /** The month's grant was posted (its amount, possibly 0 if never posted). */
  granted: boolean;
  grantMicros: bigint;
  /** Σ signed adjustments already posted for the month. */
  adjustmentMicros: bigint;
  /** How many adjustments were posted for the month (the next one's sequence number is this + 1). */
  adjustments: number;
}

export interface PlannedGrant {
  month: string;
  grantDate: IsoDate;
  amountMicros: bigint;
  daysCovered: number;
  daysInMonth: number;
}

export interface PlannedAdjustment {
  month: string;
  /** Signed: positive grants more, negative claws back. */
  amountMicros: bigint;
  /** 1 for the month's first adjustment: makes the posting idempotent (and safe against a concurrent run). */
  sequence: number;
}

/**
 * What to post so that each month holds what the rule says: a grant for a month never granted (none for a
 * zero amount), an adjustment for the difference on a month already granted (or adjusted), including a
 * month the rule no longer pays (after an end date, or under another accrual mode), which goes to zero.
 */
export function accrualPostings(
  due: readonly AccrualGrant[],
  posted: ReadonlyMap<string, PostedMonth>,
): { grants: PlannedGrant[]; adjustments: PlannedAdjustment[] } {
  const grants: PlannedGrant[] = [];
  const adjustments: PlannedAdjustment[] = [];
  const rule = new Map<string, AccrualGrant>();
  for (const grant of due) {
    if (rule.has(grant.month))
      throw new AllowanceError('INVALID_INPUT', `Two grants for ${grant.month}: one grant key per month`);
    rule.set(grant.month, grant);
  }
  for (const [month, grant] of rule) {
    const held = posted.get(month);
    if (!held || (!held.granted && held.adjustments === 0)) {
      if (grant.amountMicros > 0n)
        grants.push({
          month,
          grantDate: grant.grantDate,
          amountMicros: grant.amountMicros,
          daysCovered: grant.daysCovered,
          daysInMonth: grant.daysInMonth,
        });
      continue;
    }
    const difference = grant.amountMicros - (held.grantMicros + held.adjustmentMicros);
    if (difference !== 0n)
      adjustments.push({ month, amountMicros: difference, sequence: held.adjustments + 1 });
  }
  for (const [month, held] of posted) {
    if (rule.has(month)) continue;
    const total = held.grantMicros + held.adjustmentMicros;
    if (total !== 0n) adjustments.push({ month, amountMicros: -total, sequence: held.adjustments + 1 });
  }
  adjustments.sort((a, b) => a.month.localeCompare(b.month));
  return { grants, adjustments };
}

/**
 * The day the accrual run next has something to do for an engineer after a run on `asOf`: the first of
 * next month (its grant, and the expiry of a period ending this month), the day after the end date (the
 * forfeit), or the start date of a future starter. Null: a leaver whose end date has passed (a later
 * change to their rule asks again).
 */
export function nextAccrualDue(
  rule: Pick<EngineerRule, 'startDate' | 'endDate'>,
  asOf: IsoDate,
): IsoDate | null {
  if (compareDates(rule.startDate, asOf) > 0) return rule.startDate;
  const afterEnd = rule.endDate ? addDays(rule.endDate, 1) : null;
  if (afterEnd && compareDates(afterEnd, asOf) <= 0) return null;
  const nextMonth = addMonths(startOfMonth(asOf), 1);
  return afterEnd ? minDate(afterEnd, nextMonth) : nextMonth;
}
