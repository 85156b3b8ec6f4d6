import { BusinessClock } from '../clock/business-clock';
import { Injectable, Logger } from '@nestjs/common';
import {
  AccrualGrant,
  accrualPostings,
  accrualSchedule,
  AllowanceBasis,
  AllowancePolicy,
  allowancePeriodContaining,
  allowancePolicyProblems,
  annualAllowance,
  assertIsoDate,
  compareDates,
  dueGrants,
  employedPeriods,
  EngineerRule,
  Money,
  nextAccrualDue,
  OverrideChange,
  Period,
  policyInForce,
  PolicyVersion,
  rolloverAmount,
} from '@tokenroll/domain';
import { DEFAULT_REQUEST_LIMITS, RequestLimits, requestLimitsProblems } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { AuditService } from '../audit/audit.service';
import { AccrualIntent, AccrualPostings, AllowanceFacts } from '../ledger/accrual-postings';
import { LedgerService } from '../ledger/ledger.service';
import { Engineer } from '../people/engineer.entity';
import { BasePay } from '../people/base-pay.entity';
import { PeopleService } from '../people/people.service';
import { AllowanceOverride } from './allowance-override.entity';
import { AllowancePolicyRow } from './allowance-policy.entity';
import { PolicyVersionRow, toBasis, toOverrideChange, toPolicy, versionColumns } from './policy-mapping';

export interface ScheduledGrant extends AccrualGrant {
  /** The month's grant is in the ledger. */
  posted: boolean;
  /** The grant as posted (0 before it is). */
  postedMicros: bigint;
  /** Σ true-up adjustments posted for the month (signed). */
  adjustmentMicros: bigint;
}

export interface AllowanceSummary {
  period: Period;
  annualAllowanceMicros: bigint;
  periodTotalMicros: bigint;
  accruedMicros: bigint;
  balanceMicros: bigint;
  override: AllowanceOverride | null;
  schedule: ScheduledGrant[];
}

export interface AccrualRun {
  engineers: number;
  granted: number;
  adjusted: number;
  expired: number;
  forfeited: number;
}

const endOfDay = (date: string) => new Date(`${date}T23:59:59.999Z`);
const startOfDay = (date: string) => new Date(`${date}T00:00:00.000Z`);
/** `accruals_due_on` of a leaver with nothing left to do (a change to their rule makes them due again). */
const NEVER_DUE = '9999-12-31';

/** How many computed schedules `periodSchedules` keeps (a few companies of thousands of engineers). */
const KEPT_SCHEDULES = 50_000;

/** The pay in force on a day: what a pay line shows. */
export type CurrentPay = Pick<BasePay, 'effectiveFrom' | 'annualMicros' | 'currency'>;

/**
 * The company's allowance policy (effective-dated), per-engineer overrides, schedules, and keeping the
 * ledger equal to the rule: grants when due, a true-up adjustment when a change reaches a month already
 * granted, expiry at period end, forfeit on leaving (libs/domain/src/allowance-history.ts says what).
 */
@Injectable()
export class AllowancesService {
  private readonly logger = new Logger(AllowancesService.name);
  /** Schedules computed by `periodSchedules`, by their whole input (read-only: callers never change them). */
  private readonly computedSchedules = new Map<string, AccrualGrant[]>();

  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly people: PeopleService,
    private readonly ledger: LedgerService,
    private readonly postings: AccrualPostings,
    private readonly audit: AuditService,
  ) {}

  /** The company's dated policy history, oldest first (the default policy when none was ever saved). */
  async policies(): Promise<PolicyVersion[]> {
    const rows: PolicyVersionRow[] = await this.tenancy.manager().query(
      `select to_char(effective_from, 'YYYY-MM-DD') as effective_from, basis_kind, ratio_bp, annual_micros::text,
              floor_micros::text, cap_micros::text, fiscal_year_start_month, accrual, rollover_kind,
              rollover_cap_micros::text, created_at
         from allowance_policy_versions order by effective_from`,
    );
    return rows.map((row) => ({ effectiveFrom: row.effective_from, policy: toPolicy(row) }));
  }

  /**
   * The policy in force on a day (default today), when that version was recorded, and the company's
   * undated settings row (enforcement, request limits).
   */
  async policy(on?: string): Promise<{
    policy: AllowancePolicy;
    effectiveFrom: string | null;
    recordedAt: Date | null;
    row: AllowancePolicyRow | null;
  }> {
    on ??= await this.clock.companyToday();
    const [version]: PolicyVersionRow[] = await this.tenancy.manager().query(
      `select to_char(effective_from, 'YYYY-MM-DD') as effective_from, basis_kind, ratio_bp, annual_micros::text,
              floor_micros::text, cap_micros::text, fiscal_year_start_month, accrual, rollover_kind,
              rollover_cap_micros::text, created_at
         from allowance_policy_versions
        order by (effective_from <= $1::date) desc,
                 case when effective_from <= $1::date then effective_from end desc nulls last, effective_from
        limit 1`,
      [on],
    );
    const row = await this.tenancy
      .manager()
      .getRepository(AllowancePolicyRow)
      .findOneBy({ companyId: this.tenancy.companyId() });
    return {
      policy: toPolicy(version ?? null),
      effectiveFrom: version?.effective_from ?? null,
      recordedAt: version?.created_at ?? null,
      row,
    };
  }

  /**
   * A new version of the policy from a day on (default today; a fiscal year start change applies from the
   * next period only), audited, and every engineer trued up in the same transaction.
   */
  async updatePolicy(policy: AllowancePolicy, effectiveFrom?: string): Promise<AllowancePolicy> {
    const problems = allowancePolicyProblems(policy);
    if (problems.length) throw AppError.badInput(problems);
    if (effectiveFrom !== undefined) assertIsoDate('effectiveFrom', effectiveFrom);
    const from = effectiveFrom ?? (await this.clock.companyToday());
    const before = await this.policy(from);
    await this.tenancy.manager().query(
      `insert into allowance_policy_versions (company_id, effective_from, basis_kind, ratio_bp, annual_micros,
              floor_micros, cap_micros, fiscal_year_start_month, accrual, rollover_kind, rollover_cap_micros, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (company_id, effective_from) do update set basis_kind = excluded.basis_kind,
         ratio_bp = excluded.ratio_bp, annual_micros = excluded.annual_micros, floor_micros = excluded.floor_micros,
         cap_micros = excluded.cap_micros, fiscal_year_start_month = excluded.fiscal_year_start_month,
         accrual = excluded.accrual, rollover_kind = excluded.rollover_kind,
         rollover_cap_micros = excluded.rollover_cap_micros, created_by = excluded.created_by, created_at = now()`,
      [this.tenancy.companyId(), from, ...versionColumns(policy), this.tenancy.actorUserId()],
    );
    await this.audit.record('POLICY_CHANGED', 'allowance_policy', null, before.policy, {
      ...policy,
      effectiveFrom: from,
    });
    await this.accrue({ change: `Policy changed from ${from}` });
    return policy;
  }

  overrides(engineerId: string): Promise<AllowanceOverride[]> {
    return this.tenancy
      .manager()
      .getRepository(AllowanceOverride)
      .find({ where: { engineerId }, order: { effectiveFrom: 'ASC' } });
  }

  /**
   * An engineer's own basis from a day on (null: back to the policy's), with the reason; a top-up in force
   * then (a permanent increase) carries on. Trued up in the same transaction unless `trueUp` is false (a
   * caller changing many engineers trues them up once, see `accrue`).
   */
  async setOverride(
    engineerId: string,
    effectiveFrom: string,
    basis: AllowanceBasis | null,
    reason: string,
    options: { trueUp?: boolean } = {},
  ): Promise<AllowanceOverride> {
    assertIsoDate('effectiveFrom', effectiveFrom);
    const engineer = await this.people.mustFind(engineerId);
    if (basis) {
      const { policy } = await this.policy(effectiveFrom);
      const problems = allowancePolicyProblems({ ...policy, basis });
      if (problems.length)
        throw AppError.badInput(problems.map((p) => ({ ...p, field: p.field.replace(/^basis\./, '') })));
    }
    if (!reason.trim())
      throw AppError.badInput([{ field: 'reason', message: 'is required: say why the allowance differs' }]);
    const history = await this.overrides(engineerId);
    const previous = history.at(-1) ?? null;
    const inForce = history.filter((row) => compareDates(row.effectiveFrom, effectiveFrom) <= 0).at(-1);
    const row = await this.writeOverride(
      engineer.id,
      effectiveFrom,
      basis,
      inForce?.topUpMicros ?? '0',
      reason,
    );
    await this.audit.record('ALLOWANCE_OVERRIDE_SET', 'engineer', engineerId, previous, row);
    if (options.trueUp !== false)
      await this.accrue({
        engineerIds: [engineer.id],
        change: `Allowance override from ${effectiveFrom} (${reason.trim()})`,
      });
    return row;
  }

  /**
   * A permanent increase: the engineer's rule gains an annual top-up from a day on, on top of whatever basis
   * is in force (the policy's ratio or an override), so later raises still flow through the basis. Later
   * override rows carry the top-up too. Trued up in the same transaction.
   */
  async addPermanentTopUp(
    engineerId: string,
    effectiveFrom: string,
    annualTopUpMicros: bigint,
    reason: string,
  ): Promise<AllowanceOverride> {
    assertIsoDate('effectiveFrom', effectiveFrom);
    if (annualTopUpMicros <= 0n) throw AppError.badInput([{ field: 'amount', message: 'must be positive' }]);
    const engineer = await this.people.mustFind(engineerId);
    const history = await this.overrides(engineerId);
    const inForce = history.filter((row) => compareDates(row.effectiveFrom, effectiveFrom) <= 0).at(-1);
    const topUp = BigInt(inForce?.topUpMicros ?? '0') + annualTopUpMicros;
    await this.tenancy
      .manager()
      .query(
        `update allowance_overrides set top_up_micros = top_up_micros + $2::bigint where engineer_id = $1 and effective_from > $3::date`,
        [engineer.id, annualTopUpMicros.toString(), effectiveFrom],
      );
    const row = await this.writeOverride(
      engineer.id,
      effectiveFrom,
      inForce ? toBasis(inForce) : null,
      topUp.toString(),
      reason,
    );
    await this.audit.record('ALLOWANCE_OVERRIDE_SET', 'engineer', engineerId, inForce ?? null, row);
    await this.accrue({
      engineerIds: [engineer.id],
      change: `Permanent increase from ${effectiveFrom} (${reason.trim()})`,
    });
    return row;
  }

  private async writeOverride(
    engineerId: string,
    effectiveFrom: string,
    basis: AllowanceBasis | null,
    topUpMicros: string,
    reason: string,
  ): Promise<AllowanceOverride> {
    const row = this.tenancy
      .manager()
      .getRepository(AllowanceOverride)
      .create({
        companyId: this.tenancy.companyId(),
        id: randomUUID(),
        engineerId,
        effectiveFrom,
        basisKind: basis?.kind ?? null,
        ratioBp: basis?.kind === 'RATIO' ? basis.ratioBp : null,
        annualMicros: basis?.kind === 'FIXED' ? basis.annualMicros.toString() : null,
        topUpMicros,
        reason: reason.trim(),
        createdBy: this.tenancy.actorUserId(),
      });
    await this.tenancy.manager().query(
      `insert into allowance_overrides (company_id, id, engineer_id, effective_from, basis_kind, ratio_bp, annual_micros, top_up_micros, reason, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       on conflict (company_id, engineer_id, effective_from) do update
         set basis_kind = excluded.basis_kind, ratio_bp = excluded.ratio_bp, annual_micros = excluded.annual_micros,
             top_up_micros = excluded.top_up_micros, reason = excluded.reason, created_by = excluded.created_by`,
      [
        row.companyId,
        row.id,
        row.engineerId,
        row.effectiveFrom,
        row.basisKind,
        row.ratioBp,
        row.annualMicros,
        row.topUpMicros,
        row.reason,
        row.createdBy,
      ],
    );
    return row;
  }

  /** The overrides of many engineers in one statement, as the rule takes them. */
  private async overrideChangesOf(engineerIds: readonly string[]): Promise<Map<string, OverrideChange[]>> {
    const rows: AllowanceOverride[] = await this.tenancy
      .manager()
      .getRepository(AllowanceOverride)
      .createQueryBuilder('o')
      .where('o.engineer_id = any(:ids)', { ids: engineerIds })
      .orderBy('o.engineer_id')
      .addOrderBy('o.effective_from')
      .getMany();
    const result = new Map<string, OverrideChange[]>();
    for (const row of rows) {
      const list = result.get(row.engineerId) ?? [];
      list.push(toOverrideChange(row));
      result.set(row.engineerId, list);
    }
    return result;
  }

  /** The rule inputs of many engineers: three statements whatever their number. */
  private async rules(
    engineers: readonly { id: string; startDate: string; endDate: string | null }[],
    policies?: PolicyVersion[],
  ): Promise<Map<string, EngineerRule>> {
    const ids = engineers.map((engineer) => engineer.id);
    const [versions, pay, overrides] = await Promise.all([
      policies ? Promise.resolve(policies) : this.policies(),
      this.people.payRatesOf(ids),
      this.overrideChangesOf(ids),
    ]);
    return new Map(
      engineers.map((engineer) => [
        engineer.id,
        {
          policies: versions,
          pay: (pay.get(engineer.id) ?? []).map((rate) => ({
            effectiveFrom: rate.effectiveFrom,
            annualPayMicros: BigInt(rate.annualMicros),
          })),
          overrides: overrides.get(engineer.id) ?? [],
          startDate: engineer.startDate,
          endDate: engineer.endDate,
        },
      ]),
    );
  }

  /**
   * What the engineer earns in the period that contains `on` (default today; for a future starter, the
   * first period they will be paid in; for a leaver, their last): each month as the rule says now, with
   * what is posted and adjusted.
   */
  async summary(engineer: Engineer, on?: string): Promise<AllowanceSummary> {
    const today = await this.clock.companyToday();
    if (!on) {
      if (compareDates(engineer.startDate, today) > 0) on = engineer.startDate;
      else if (engineer.endDate && compareDates(engineer.endDate, today) < 0) on = engineer.endDate;
      else on = today;
    }
    const policies = await this.policies();
    const period = allowancePeriodContaining(policies, on);
    const policy = policyInForce(policies, period.start);
    const rule = (await this.rules([engineer], policies)).get(engineer.id) as EngineerRule;
    const grants = rule.pay.length
      ? accrualSchedule({
          policy,
          policies,
          pay: rule.pay,
          overrides: rule.overrides,
          startDate: engineer.startDate,
          endDate: engineer.endDate,
          period,
        })
      : [];
    const accounts = await this.postings.allowanceAccounts([engineer.id]);
    const facts = (await this.postings.facts(accounts)).get(engineer.id) as AllowanceFacts;
    const schedule: ScheduledGrant[] = grants.map((grant) => {
      const held = facts.months.get(grant.month);
      return {
        ...grant,
        posted: held?.granted ?? false,
        postedMicros: held?.grantMicros ?? 0n,
        adjustmentMicros: held?.adjustmentMicros ?? 0n,
      };
    });
    const currentPay =
      [...rule.pay].reverse().find((rate) => compareDates(rate.effectiveFrom, on) <= 0) ?? rule.pay[0];
    const currentOverride =
      [...(await this.overrides(engineer.id))]
        .reverse()
        .find((row) => compareDates(row.effectiveFrom, on) <= 0) ?? null;
    const account = await this.ledger.account('ENGINEER_ALLOWANCE', engineer.id);
    return {
      period,
      annualAllowanceMicros: currentPay
        ? annualAllowance(
            policyInForce(policies, on),
            currentPay.annualPayMicros,
            currentOverride ? toBasis(currentOverride) : null,
          ) + BigInt(currentOverride?.topUpMicros ?? '0')
        : 0n,
      periodTotalMicros: schedule.reduce((sum, grant) => sum + grant.amountMicros, 0n),
      accruedMicros: schedule
        .filter((grant) => grant.posted)
        .reduce((sum, grant) => sum + grant.postedMicros + grant.adjustmentMicros, 0n),
      balanceMicros: BigInt(account.balanceMicros),
      override:
        currentOverride?.basisKind || BigInt(currentOverride?.topUpMicros ?? '0') > 0n
          ? currentOverride
          : null,
      schedule,
    };
  }

  /**
   * Each engineer's pay and annual allowance on a date (all engineers, or those given): the pay in force
   * then (a future starter's first pay), under the override in force then, with the policy's floor and cap
   * (and the override's top-up). One statement: a team view asks this for thousands of engineers (the latest
   * override of each in one pass, not a lookup per engineer). A caller that has read the policy passes it.
   */
  async currentFigures(
    on?: string,
    engineerIds?: readonly string[],
    policy?: AllowancePolicy,
  ): Promise<Map<string, { pay: CurrentPay; annualAllowanceMicros: bigint }>> {
    on ??= await this.clock.companyToday();
    const inForce = policy ?? (await this.policy(on)).policy;
    const rows: {
      engineer_id: string;
      effective_from: string;
      annual_micros: string;
      currency: string;
      basis_kind: string | null;
      ratio_bp: number | null;
      override_annual_micros: string | null;
      top_up_micros: string | null;
    }[] = await this.tenancy.manager().query(
      `select p.engineer_id, to_char(p.effective_from, 'YYYY-MM-DD') as effective_from,
              p.annual_micros::text as annual_micros, p.currency,
              o.basis_kind, o.ratio_bp, o.annual_micros::text as override_annual_micros, o.top_up_micros::text as top_up_micros
         from (select distinct on (engineer_id) engineer_id, effective_from, annual_micros, currency from base_pay
                where $2::uuid[] is null or engineer_id = any($2::uuid[])
                order by engineer_id, (effective_from <= $1) desc,
                         case when effective_from <= $1 then effective_from end desc nulls last, effective_from) p
         left join (select distinct on (engineer_id) engineer_id, basis_kind, ratio_bp, annual_micros, top_up_micros
                      from allowance_overrides
                     where effective_from <= $1 and ($2::uuid[] is null or engineer_id = any($2::uuid[]))
                     order by engineer_id, effective_from desc) o on o.engineer_id = p.engineer_id`,
      [on, engineerIds ?? null],
    );
    return new Map(
      rows.map((row) => {
        const override = toBasis({
          basisKind: row.basis_kind as AllowanceOverride['basisKind'],
          ratioBp: row.ratio_bp,
          annualMicros: row.override_annual_micros,
        });
        return [
          row.engineer_id,
          {
            pay: {
              effectiveFrom: row.effective_from,
              annualMicros: row.annual_micros,
              currency: row.currency,
            },
            annualAllowanceMicros:
              annualAllowance(inForce, BigInt(row.annual_micros), override) +
              BigInt(row.top_up_micros ?? '0'),
          },
        ];
      }),
    );
  }

  /**
   * The accrual schedules of a period for many engineers at once (those given): the same `accrualSchedule`
   * of the same dated policy, pay and overrides as `summary`, read in three statements (team burn forecasts
   * thousands of engineers, fed their real schedules: raises, overrides, top-ups and end dates).
   */
  async periodSchedules(
    period: Period,
    policy: AllowancePolicy,
    engineers: readonly { id: string; startDate: string; endDate: string | null }[],
  ): Promise<Map<string, AccrualGrant[]>> {
    const policies = await this.policies();
    const rules = await this.rules(engineers, policies);
    const schedules = new Map<string, AccrualGrant[]>();
    for (const engineer of engineers) {
      const rule = rules.get(engineer.id);
      if (!rule?.pay.length) {
        schedules.set(engineer.id, []);
        continue;
      }
      const input = {
        policy,
        policies,
        pay: rule.pay,
        overrides: rule.overrides,
        startDate: engineer.startDate,
        endDate: engineer.endDate,
        period,
      };
      // The schedule is a pure function of its input: the same input (most requests, most engineers) is
      // not computed again (a team view asks for thousands).
      const key = JSON.stringify(input, (_, value) => (typeof value === 'bigint' ? `${value}n` : value));
      let schedule = this.computedSchedules.get(key);
      if (!schedule) {
        schedule = accrualSchedule(input);
        if (this.computedSchedules.size >= KEPT_SCHEDULES) this.computedSchedules.clear();
        this.computedSchedules.set(key, schedule);
      }
      schedules.set(engineer.id, schedule);
    }
    return schedules;
  }

  /** The hourly job: everything due up to `asOf` (default today) for the engineers due. */
  postAccruals(asOf?: string): Promise<AccrualRun> {
    return this.accrue({ asOf });
  }

  /**
   * Keeps the ledger equal to the rule, set-based, for the engineers given (a change just recorded: the
   * same transaction) or every engineer due by `asOf` (the hourly job, which thereby catches up whatever a
   * change left, and anything missed during downtime):
   * - a grant for each month due and never granted (effective its grant date);
   * - a true-up adjustment (signed, effective now: it belongs to the period it is posted in) for each month
   *   already granted whose amount the rule now puts elsewhere, saying what changed;
   * - expiry beyond the rollover at each closed period's end (positive balances only);
   * - on leaving, the balance at the end date forfeited (counting every grant and true-up of the employed
   *   days, whenever posted); spend dated after it stays as the leaver's overage.
   * Every posting has a reference (accrual-postings.ts): a second run, or a run on another instance, posts
   * nothing. A handful of statements whatever the number of engineers.
   */
  async accrue(
    options: {
      asOf?: string;
      engineerIds?: string[];
      change?: string;
      /** Rolled back by the caller (the leaving preview): nothing to log. */
      preview?: boolean;
    } = {},
  ): Promise<AccrualRun> {
    const asOf = options.asOf ?? (await this.clock.companyToday());
    const now = this.clock.now();
    const engineers = await this.people.engineersForAccrual(asOf, options.engineerIds);
    const run: AccrualRun = { engineers: 0, granted: 0, adjusted: 0, expired: 0, forfeited: 0 };
    if (!engineers.length) return run;
    const policies = await this.policies();
    const rules = await this.rules(engineers, policies);
    const accounts = await this.postings.allowanceAccounts(engineers.map((engineer) => engineer.id));
    const facts = await this.postings.facts(accounts);
    const currency = (await this.tenancy.manager().query(`select currency from companies`))[0]
      ?.currency as string;
    const money = (micros: bigint) => Money.of(micros, currency || 'USD').format();

    const intents: AccrualIntent[] = [];
    const closings: {
      engineerId: string;
      /** Intents of this engineer in this run, before the closing ones. */
      own: AccrualIntent[];
      expiries: { period: Period; policy: AllowancePolicy }[];
      leaving: string | null;
    }[] = [];
    const due: { engineerId: string; on: string }[] = [];
    for (const engineer of engineers) {
      const rule = rules.get(engineer.id) as EngineerRule;
      const fact = facts.get(engineer.id) as AllowanceFacts;
      if (compareDates(engineer.startDate, asOf) <= 0) run.engineers++;
      const dueNow = dueGrants(rule, asOf);
      const amounts = new Map(dueNow.map((grant) => [grant.month, grant.amountMicros]));
      const { grants, adjustments } = accrualPostings(dueNow, fact.months);
      const own: AccrualIntent[] = [];
      for (const grant of grants)
        own.push({
          kind: 'GRANT',
          engineerId: engineer.id,
          month: grant.month,
          amountMicros: grant.amountMicros,
          effectiveAt: startOfDay(grant.grantDate),
          memo: `Allowance for ${grant.month} (${grant.daysCovered}/${grant.daysInMonth} days)`,
        });
      for (const adjustment of adjustments) {
        const held = fact.months.get(adjustment.month);
        const was = (held?.grantMicros ?? 0n) + (held?.adjustmentMicros ?? 0n);
        own.push({
          kind: 'ADJUSTMENT',
          engineerId: engineer.id,
          month: adjustment.month,
          sequence: adjustment.sequence,
          amountMicros: adjustment.amountMicros,
          effectiveAt: now,
          memo: `${options.change ?? 'The allowance rule changed'}: ${adjustment.month} is ${money(
            amounts.get(adjustment.month) ?? 0n,
          )} now, was ${money(was)}`,
        });
      }
      const leaving = engineer.endDate && compareDates(engineer.endDate, asOf) < 0 ? engineer.endDate : null;
      const expiries = employedPeriods(rule, asOf)
        .filter(
          ({ period }) =>
            compareDates(period.end, asOf) < 0 &&
            !(leaving && compareDates(leaving, period.end) <= 0) &&
            !fact.expiredPeriodEnds.has(period.end),
        )
        .map(({ period, closingPolicy }) => ({ period, policy: closingPolicy }));
      intents.push(...own);
      if (expiries.length || leaving || fact.forfeitedMicros !== 0n)
        closings.push({ engineerId: engineer.id, own, expiries, leaving });
      due.push({ engineerId: engineer.id, on: nextAccrualDue(engineer, asOf) ?? NEVER_DUE });
    }

    // Closing balances: what the ledger holds at each moment, plus what this run posts up to it.
    const moments = closings.flatMap((closing) => [
      ...closing.expiries.map((expiry) => endOfDay(expiry.period.end)),
      ...(closing.leaving ? [endOfDay(closing.leaving)] : []),
    ]);
    const balances = await this.postings.balancesAt(
      closings.flatMap((closing) => {
        const accountId = accounts.get(closing.engineerId) as string;
        return [
          ...closing.expiries.map((expiry) => ({ accountId, at: endOfDay(expiry.period.end) })),
          ...(closing.leaving ? [{ accountId, at: endOfDay(closing.leaving) }] : []),
        ];
      }),
    );
    let next = 0;
    const signed = (intent: AccrualIntent) =>
      intent.kind === 'EXPIRY' || intent.kind === 'FORFEIT' ? -intent.amountMicros : intent.amountMicros;
    for (const closing of closings) {
      const fact = facts.get(closing.engineerId) as AllowanceFacts;
      const posted = [...closing.own];
      for (const expiry of closing.expiries) {
        const at = moments[next];
        const balance = balances[next++];
        const unused =
          balance.throughMicros +
          posted
            .filter((intent) => intent.effectiveAt <= at)
            .reduce((sum, intent) => sum + signed(intent), 0n);
        const expired = unused - rolloverAmount(expiry.policy, unused);
        if (expired > 0n) {
          const intent: AccrualIntent = {
            kind: 'EXPIRY',
            engineerId: closing.engineerId,
            periodEnd: expiry.period.end,
            amountMicros: expired,
            effectiveAt: at,
            memo: `Unused allowance beyond the rollover at the end of ${expiry.period.start}..${expiry.period.end}`,
          };
          posted.push(intent);
          intents.push(intent);
        }
      }
      let forfeit = 0n;
      let endDate = closing.leaving;
      if (closing.leaving) {
        const leaving = closing.leaving;
        const balance = balances[next++];
        // A period that ended after the last day expired nothing of theirs: give any such expiry back.
        for (const [periodEnd, expired] of fact.expiredPeriodEnds) {
          if (compareDates(periodEnd, leaving) <= 0 || expired <= 0n) continue;
          const intent: AccrualIntent = {
            kind: 'EXPIRY',
            engineerId: closing.engineerId,
            periodEnd,
            amountMicros: -expired,
            effectiveAt: now,
            memo: `Expiry at ${periodEnd} given back: the last day is ${leaving}`,
          };
          posted.push(intent);
          intents.push(intent);
        }
        // Every grant, true-up and expiry of theirs counts, whenever posted; spend and transfers up to the end date.
        const left =
          balance.leavingMicros +
          posted.reduce((sum, intent) => sum + (intent.kind === 'FORFEIT' ? 0n : signed(intent)), 0n);
        forfeit = left > 0n ? left : 0n;
      }
      const difference = forfeit - fact.forfeitedMicros;
      if (difference !== 0n) {
        endDate ??= 'none';
        intents.push({
          kind: 'FORFEIT',
          engineerId: closing.engineerId,
          endDate,
          sequence: fact.forfeits + 1,
          amountMicros: difference,
          effectiveAt: closing.leaving ? endOfDay(closing.leaving) : now,
          memo:
            difference > 0n
              ? 'Unused allowance forfeited on leaving'
              : `Forfeit corrected: ${money(-difference)} back (${options.change ?? 'the end date or the rule changed'})`,
        });
      }
    }

    const posted = await this.postings.post(intents, accounts);
    for (const reference of posted) {
      if (reference.startsWith('accrual:')) run.granted++;
      else if (reference.startsWith('accrual-adjust:')) run.adjusted++;
      else if (reference.startsWith('period-end:')) run.expired++;
      else if (reference.startsWith('forfeit:')) run.forfeited++;
    }
    await this.people.setAccrualsDue(due);
    if (!options.preview && (run.granted || run.adjusted || run.expired || run.forfeited))
      this.logger.log(`accruals up to ${asOf}: ${JSON.stringify(run)}`);
    return run;
  }

  /**
   * The company's limits on increase requests and gifts (one current row per company in
   * `allowance_policies`; the domain's defaults until the company changes them), with when they last changed.
   */
  async requestLimits(): Promise<{ limits: RequestLimits; updatedAt: Date | null }> {
    const [row]: LimitsRow[] = await this.tenancy.manager().query(`${LIMITS_SELECT} from allowance_policies`);
    return row
      ? { limits: limitsOf(row), updatedAt: row.updated_at }
      : { limits: DEFAULT_REQUEST_LIMITS, updatedAt: null };
  }

  /**
   * Replaces the company's request limits after checking them (a problem names the input field:
   * `autoApproveAmount`, `autoApprovePerPeriodAmount`, `hrApprovalAboveAmount`, `giftLimitBp`), and audits
   * the change with the limits before and after. The row is locked while it changes, so the audited
   * "before" is what was replaced.
   */
  async updateRequestLimits(limits: RequestLimits): Promise<{ limits: RequestLimits; updatedAt: Date }> {
    const problems = requestLimitsProblems(limits);
    if (problems.length)
      throw AppError.badInput(problems.map((p) => ({ ...p, field: p.field.replace(/Micros$/, 'Amount') })));
    const manager = this.tenancy.manager();
    const [locked]: LimitsRow[] = await manager.query(`${LIMITS_SELECT} from allowance_policies for update`);
    const before = locked ? limitsOf(locked) : DEFAULT_REQUEST_LIMITS;
    const [saved]: LimitsRow[] = await manager.query(
      `insert into allowance_policies as p
         (company_id, auto_approve_micros, auto_approve_per_period_micros, hr_approval_above_micros, transfer_limit_bp, updated_by)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (company_id) do update
         set auto_approve_micros = excluded.auto_approve_micros,
             auto_approve_per_period_micros = excluded.auto_approve_per_period_micros,
             hr_approval_above_micros = excluded.hr_approval_above_micros,
             transfer_limit_bp = excluded.transfer_limit_bp,
             updated_by = excluded.updated_by, updated_at = now()
       returning ${LIMITS_SELECT.replace(/^select /, '')}`,
      [
        this.tenancy.companyId(),
        limits.autoApproveMicros.toString(),
        limits.autoApprovePerPeriodMicros.toString(),
        limits.hrApprovalAboveMicros.toString(),
        limits.giftLimitBp,
        this.tenancy.actorUserId(),
      ],
    );
    const after = limitsOf(saved);
    await this.audit.record('REQUEST_LIMITS_CHANGED', 'allowance_policy', null, before, after);
    return { limits: after, updatedAt: saved.updated_at };
  }
}

interface LimitsRow {
  auto: string;
  per_period: string;
  hr: string;
  bp: number;
  updated_at: Date;
}

const LIMITS_SELECT = `select auto_approve_micros::text as auto, auto_approve_per_period_micros::text as per_period,
        hr_approval_above_micros::text as hr, transfer_limit_bp as bp, updated_at`;

function limitsOf(row: LimitsRow): RequestLimits {
  return {
    autoApproveMicros: BigInt(row.auto),
    autoApprovePerPeriodMicros: BigInt(row.per_period),
    hrApprovalAboveMicros: BigInt(row.hr),
    giftLimitBp: row.bp,
  };
}
