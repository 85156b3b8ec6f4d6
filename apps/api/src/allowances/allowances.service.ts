import { BusinessClock } from '../clock/business-clock';
import { Injectable, Logger } from '@nestjs/common';
import {
  AccrualGrant,
  accrualSchedule,
  AllowanceBasis,
  AllowancePolicy,
  allowancePolicyProblems,
  annualAllowance,
  compareDates,
  fiscalYearContaining,
  addDays,
  Period,
  rolloverAmount,
} from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { AuditService } from '../audit/audit.service';
import { LedgerService } from '../ledger/ledger.service';
import { Engineer } from '../people/engineer.entity';
import { BasePay } from '../people/base-pay.entity';
import { assertDate, PeopleService } from '../people/people.service';
import { AllowanceOverride } from './allowance-override.entity';
import { AllowancePolicyRow } from './allowance-policy.entity';
import { policyColumns, toBasis, toPolicy } from './policy-mapping';

export interface ScheduledGrant extends AccrualGrant {
  posted: boolean;
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
  expired: number;
  forfeited: number;
}

const endOfDay = (date: string) => new Date(`${date}T23:59:59.999Z`);
const startOfDay = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** How many computed schedules `periodSchedules` keeps (a few companies of thousands of engineers). */
const KEPT_SCHEDULES = 50_000;

/** The pay in force on a day: what a pay line shows. */
export type CurrentPay = Pick<BasePay, 'effectiveFrom' | 'annualMicros' | 'currency'>;

/** The company's allowance policy, per-engineer overrides, schedules, and posting accruals to the ledger. */
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
    private readonly audit: AuditService,
  ) {}

  async policy(): Promise<{ policy: AllowancePolicy; row: AllowancePolicyRow | null }> {
    const row = await this.tenancy
      .manager()
      .getRepository(AllowancePolicyRow)
      .findOneBy({ companyId: this.tenancy.companyId() });
    return { policy: toPolicy(row), row };
  }

  async updatePolicy(policy: AllowancePolicy): Promise<AllowancePolicy> {
    const problems = allowancePolicyProblems(policy);
    if (problems.length) throw AppError.badInput(problems);
    const before = await this.policy();
    await this.tenancy
      .manager()
      .getRepository(AllowancePolicyRow)
      .upsert(
        {
          companyId: this.tenancy.companyId(),
          ...policyColumns(policy),
          updatedBy: this.tenancy.actorUserId(),
        },
        ['companyId'],
      );
    await this.audit.record('POLICY_CHANGED', 'allowance_policy', null, before.policy, policy);
    return policy;
  }

  overrides(engineerId: string): Promise<AllowanceOverride[]> {
    return this.tenancy
      .manager()
      .getRepository(AllowanceOverride)
      .find({ where: { engineerId }, order: { effectiveFrom: 'ASC' } });
  }

  async setOverride(
    engineerId: string,
    effectiveFrom: string,
    basis: AllowanceBasis | null,
    reason: string,
  ): Promise<AllowanceOverride> {
    assertDate('effectiveFrom', effectiveFrom);
    const engineer = await this.people.mustFind(engineerId);
    if (basis) {
      const { policy } = await this.policy();
      const problems = allowancePolicyProblems({ ...policy, basis });
      if (problems.length)
        throw AppError.badInput(problems.map((p) => ({ ...p, field: p.field.replace(/^basis\./, '') })));
    }
    if (!reason.trim())
      throw AppError.badInput([{ field: 'reason', message: 'is required: say why the allowance differs' }]);
    const repository = this.tenancy.manager().getRepository(AllowanceOverride);
    const previous = (await this.overrides(engineerId)).at(-1) ?? null;
    const row = repository.create({
      companyId: this.tenancy.companyId(),
      id: randomUUID(),
      engineerId: engineer.id,
      effectiveFrom,
      basisKind: basis?.kind ?? null,
      ratioBp: basis?.kind === 'RATIO' ? basis.ratioBp : null,
      annualMicros: basis?.kind === 'FIXED' ? basis.annualMicros.toString() : null,
      reason: reason.trim(),
      createdBy: this.tenancy.actorUserId(),
    });
    await this.tenancy.manager().query(
      `insert into allowance_overrides (company_id, id, engineer_id, effective_from, basis_kind, ratio_bp, annual_micros, reason, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (company_id, engineer_id, effective_from) do update
         set basis_kind = excluded.basis_kind, ratio_bp = excluded.ratio_bp, annual_micros = excluded.annual_micros,
             reason = excluded.reason, created_by = excluded.created_by`,
      [
        row.companyId,
        row.id,
        row.engineerId,
        row.effectiveFrom,
        row.basisKind,
        row.ratioBp,
        row.annualMicros,
        row.reason,
        row.createdBy,
      ],
    );
    await this.audit.record('ALLOWANCE_OVERRIDE_SET', 'engineer', engineerId, previous, row);
    return row;
  }

  private async scheduleInput(engineer: Engineer, policy: AllowancePolicy, period: Period) {
    const pay = (await this.people.payRates(engineer.id)).map((row) => ({
      effectiveFrom: row.effectiveFrom,
      annualPayMicros: BigInt(row.annualMicros),
    }));
    const overrides = (await this.overrides(engineer.id)).map((row) => ({
      effectiveFrom: row.effectiveFrom,
      basis: toBasis(row),
    }));
    return { policy, pay, overrides, startDate: engineer.startDate, endDate: engineer.endDate, period };
  }

  /** What the engineer earns in the period that contains `on` (default today), each month marked posted or not. */
  async summary(engineer: Engineer, on?: string): Promise<AllowanceSummary> {
    on ??= await this.clock.companyToday();
    const { policy } = await this.policy();
    const period = fiscalYearContaining(on, policy.fiscalYearStartMonth);
    const input = await this.scheduleInput(engineer, policy, period);
    const grants = input.pay.length ? accrualSchedule(input) : [];
    // Months already in the ledger show what was posted (a later policy or pay change applies to the rest).
    const postedRows: { reference: string; amount_micros: string }[] = await this.tenancy
      .manager()
      .query(`select reference, amount_micros from ledger_entries where reference like $1`, [
        `accrual:${engineer.id}:%`,
      ]);
    const posted = new Map(postedRows.map((row) => [row.reference, BigInt(row.amount_micros)]));
    const schedule = grants.map((grant) => {
      const postedAmount = posted.get(this.reference(engineer.id, grant));
      return {
        ...grant,
        amountMicros: postedAmount ?? grant.amountMicros,
        posted: postedAmount !== undefined,
      };
    });
    const currentPay =
      [...input.pay].reverse().find((rate) => compareDates(rate.effectiveFrom, on) <= 0) ?? input.pay[0];
    const currentOverride =
      [...(await this.overrides(engineer.id))]
        .reverse()
        .find((row) => compareDates(row.effectiveFrom, on) <= 0) ?? null;
    const account = await this.ledger.account('ENGINEER_ALLOWANCE', engineer.id);
    return {
      period,
      annualAllowanceMicros: currentPay
        ? annualAllowance(
            policy,
            currentPay.annualPayMicros,
            currentOverride ? toBasis(currentOverride) : null,
          )
        : 0n,
      periodTotalMicros: schedule.reduce((sum, grant) => sum + grant.amountMicros, 0n),
      accruedMicros: schedule
        .filter((grant) => grant.posted)
        .reduce((sum, grant) => sum + grant.amountMicros, 0n),
      balanceMicros: BigInt(account.balanceMicros),
      override: currentOverride?.basisKind ? currentOverride : null,
      schedule,
    };
  }

  /**
   * Each engineer's pay and annual allowance on a date (all engineers, or those given): the pay in force
   * then (a future starter's first pay), under the override in force then, with the policy's floor and cap.
   * One statement: a team view asks this for thousands of engineers (the latest override of each in one
   * pass, not a lookup per engineer). A caller that has read the policy already passes it.
   */
  async currentFigures(
    on?: string,
    engineerIds?: readonly string[],
    policy?: AllowancePolicy,
  ): Promise<Map<string, { pay: CurrentPay; annualAllowanceMicros: bigint }>> {
    on ??= await this.clock.companyToday();
    const inForce = policy ?? (await this.policy()).policy;
    const rows: {
      engineer_id: string;
      effective_from: string;
      annual_micros: string;
      currency: string;
      basis_kind: string | null;
      ratio_bp: number | null;
      override_annual_micros: string | null;
    }[] = await this.tenancy.manager().query(
      `select p.engineer_id, to_char(p.effective_from, 'YYYY-MM-DD') as effective_from,
              p.annual_micros::text as annual_micros, p.currency,
              o.basis_kind, o.ratio_bp, o.annual_micros::text as override_annual_micros
         from (select distinct on (engineer_id) engineer_id, effective_from, annual_micros, currency from base_pay
                where $2::uuid[] is null or engineer_id = any($2::uuid[])
                order by engineer_id, (effective_from <= $1) desc,
                         case when effective_from <= $1 then effective_from end desc nulls last, effective_from) p
         left join (select distinct on (engineer_id) engineer_id, basis_kind, ratio_bp, annual_micros
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
            annualAllowanceMicros: annualAllowance(inForce, BigInt(row.annual_micros), override),
          },
        ];
      }),
    );
  }

  /**
   * The accrual schedules of a period for many engineers at once (those given): the same `accrualSchedule`
   * of the same pay and overrides as `summary`, read in two statements (team burn forecasts thousands of
   * engineers, fed their real schedules: raises, overrides and end dates).
   */
  async periodSchedules(
    period: Period,
    policy: AllowancePolicy,
    engineers: readonly { id: string; startDate: string; endDate: string | null }[],
  ): Promise<Map<string, AccrualGrant[]>> {
    const ids = engineers.map((engineer) => engineer.id);
    const manager = this.tenancy.manager();
    const [payRows, overrideRows] = await Promise.all([
      manager.query(
        `select engineer_id, to_char(effective_from, 'YYYY-MM-DD') as effective_from, annual_micros::text as annual_micros
           from base_pay where engineer_id = any($1::uuid[]) order by engineer_id, effective_from`,
        [ids],
      ) as Promise<{ engineer_id: string; effective_from: string; annual_micros: string }[]>,
      manager.query(
        `select engineer_id, to_char(effective_from, 'YYYY-MM-DD') as effective_from, basis_kind, ratio_bp,
                annual_micros::text as annual_micros
           from allowance_overrides where engineer_id = any($1::uuid[]) order by engineer_id, effective_from`,
        [ids],
      ) as Promise<
        {
          engineer_id: string;
          effective_from: string;
          basis_kind: AllowanceOverride['basisKind'];
          ratio_bp: number | null;
          annual_micros: string | null;
        }[]
      >,
    ]);
    const pay = new Map<string, { effectiveFrom: string; annualPayMicros: bigint }[]>();
    for (const row of payRows) {
      const rows = pay.get(row.engineer_id) ?? [];
      rows.push({ effectiveFrom: row.effective_from, annualPayMicros: BigInt(row.annual_micros) });
      pay.set(row.engineer_id, rows);
    }
    const overrides = new Map<string, { effectiveFrom: string; basis: AllowanceBasis | null }[]>();
    for (const row of overrideRows) {
      const rows = overrides.get(row.engineer_id) ?? [];
      rows.push({
        effectiveFrom: row.effective_from,
        basis: toBasis({ basisKind: row.basis_kind, ratioBp: row.ratio_bp, annualMicros: row.annual_micros }),
      });
      overrides.set(row.engineer_id, rows);
    }
    const schedules = new Map<string, AccrualGrant[]>();
    for (const engineer of engineers) {
      const rates = pay.get(engineer.id) ?? [];
      if (!rates.length) {
        schedules.set(engineer.id, []);
        continue;
      }
      const input = {
        policy,
        pay: rates,
        overrides: overrides.get(engineer.id) ?? [],
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

  private reference(engineerId: string, grant: AccrualGrant): string {
    return `accrual:${engineerId}:${grant.month}`;
  }

  /**
   * Posts everything due up to `asOf` for every engineer of the current company: monthly (or up-front)
   * grants, forfeiture on an end date, and expiry beyond the rollover at each closed period's end. Every
   * posting has a reference, so running twice (or on two instances) grants nothing twice, and a run after
   * downtime catches up.
   */
  async postAccruals(asOf?: string): Promise<AccrualRun> {
    asOf ??= await this.clock.companyToday();
    const { policy } = await this.policy();
    const funding = await this.ledger.companyAccount('COMPANY_FUNDING');
    const expiry = await this.ledger.companyAccount('EXPIRY');
    const run: AccrualRun = { engineers: 0, granted: 0, expired: 0, forfeited: 0 };
    for (const engineer of await this.people.engineers()) {
      if (compareDates(engineer.startDate, asOf) > 0) continue;
      run.engineers++;
      const account = await this.ledger.account('ENGINEER_ALLOWANCE', engineer.id);
      let period = fiscalYearContaining(engineer.startDate, policy.fiscalYearStartMonth);
      while (compareDates(period.start, asOf) <= 0) {
        const input = await this.scheduleInput(engineer, policy, period);
        for (const grant of input.pay.length ? accrualSchedule(input) : []) {
          if (compareDates(grant.grantDate, asOf) > 0 || grant.amountMicros === 0n) continue;
          const posted = await this.ledger.post({
            from: funding,
            to: account,
            amountMicros: grant.amountMicros,
            kind: 'GRANT',
            reference: this.reference(engineer.id, grant),
            effectiveAt: startOfDay(grant.grantDate),
            memo: `Allowance for ${grant.month} (${grant.daysCovered}/${grant.daysInMonth} days)`,
          });
          if (posted) run.granted++;
        }
        const leftIn =
          engineer.endDate &&
          compareDates(engineer.endDate, period.end) <= 0 &&
          compareDates(engineer.endDate, asOf) < 0;
        if (leftIn && engineer.endDate) {
          const unused = await this.ledger.balanceAt(account, endOfDay(engineer.endDate));
          if (unused > 0n) {
            const posted = await this.ledger.post({
              from: account,
              to: expiry,
              amountMicros: unused,
              kind: 'FORFEIT',
              reference: `forfeit:${engineer.id}:${engineer.endDate}`,
              effectiveAt: endOfDay(engineer.endDate),
              memo: 'Unused allowance forfeited on leaving',
            });
            if (posted) run.forfeited++;
          }
          break;
        }
        if (compareDates(period.end, asOf) < 0) {
          const unused = await this.ledger.balanceAt(account, endOfDay(period.end));
          const expired = unused - rolloverAmount(policy, unused);
          if (expired > 0n) {
            const posted = await this.ledger.post({
              from: account,
              to: expiry,
              amountMicros: expired,
              kind: 'EXPIRY',
              reference: `period-end:${engineer.id}:${period.end}`,
              effectiveAt: endOfDay(period.end),
              memo: `Unused allowance beyond the rollover at the end of ${period.start}..${period.end}`,
            });
            if (posted) run.expired++;
          }
        }
        period = fiscalYearContaining(addDays(period.end, 1), policy.fiscalYearStartMonth);
      }
    }
    if (run.granted || run.expired || run.forfeited)
      this.logger.log(`accruals up to ${asOf}: ${JSON.stringify(run)}`);
    return run;
  }
}
