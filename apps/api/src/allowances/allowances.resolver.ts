import { BusinessClock } from '../clock/business-clock';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ALLOWANCE_GROUP_MINIMUM,
  ALLOWANCE_SIGHT_CONSEQUENCE,
  AllowanceBasis,
  AllowancePolicy,
  policyTermsVisible,
  ViewerRole,
} from '@tokenroll/domain';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, Roles, SessionUser } from '../common/decorators';
import { CompaniesService } from '../companies/companies.service';
import { LedgerService } from '../ledger/ledger.service';
import { AllowanceOverrideObject } from '../people/dto/people.objects';
import { SetAllowanceOverrideInput } from '../people/dto/people.inputs';
import { parseAmount } from '../people/people.resolver';
import { AllowancesService } from './allowances.service';
import {
  AccrualRunObject,
  AllowancePolicyObject,
  AllowanceSightObject,
  LedgerInvariantObject,
  UpdateAllowancePolicyInput,
} from './dto/policy.dto';

function sightObject(managersSeeAllowances: boolean): AllowanceSightObject {
  return {
    managersSeeAllowances,
    groupMinimum: ALLOWANCE_GROUP_MINIMUM,
    consequence: ALLOWANCE_SIGHT_CONSEQUENCE,
  };
}

@Resolver()
export class AllowancesResolver {
  constructor(
    private readonly allowances: AllowancesService,
    private readonly clock: BusinessClock,
    private readonly companies: CompaniesService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
  ) {}

  @Query(() => AllowancePolicyObject, {
    description: 'The company allowance policy (default: 50% of base pay, monthly, no rollover).',
  })
  async allowancePolicy(@CurrentUser() user: SessionUser): Promise<AllowancePolicyObject> {
    // The ratio turns any allowance back into pay: a manager sees it only when the company lets managers
    // see allowances (libs/domain policyTermsVisible).
    if (!policyTermsVisible(user.roles as ViewerRole[], await this.companies.allowanceSight()))
      throw new AppError(
        'FORBIDDEN',
        'The allowance policy is private to HR, finance and admins (a company setting: managers do not see allowances)',
      );
    const { policy, effectiveFrom, recordedAt } = await this.allowances.policy();
    return this.policyObject(policy, (await this.companies.current()).currency, recordedAt, effectiveFrom);
  }

  @Query(() => AllowanceSightObject, {
    description: 'Whether managers see their reports’ own allowance figures, with the consequence in words.',
  })
  async allowanceSight(): Promise<AllowanceSightObject> {
    return sightObject((await this.companies.allowanceSight()).managersSeeAllowances);
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => AllowanceSightObject, {
    description:
      'Lets managers see their reports’ own allowance figures (and so, in effect, their pay), or not (the default). Audited.',
  })
  async setManagersSeeAllowances(@Args('enabled') enabled: boolean): Promise<AllowanceSightObject> {
    const before = await this.companies.allowanceSight();
    const after = await this.companies.setManagersSeeAllowances(enabled);
    await this.audit.record('ALLOWANCE_SIGHT_CHANGED', 'company', after.id, before, {
      managersSeeAllowances: after.managersSeeAllowances,
    });
    return sightObject(after.managersSeeAllowances);
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => AllowancePolicyObject)
  async updateAllowancePolicy(
    @Args('input') input: UpdateAllowancePolicyInput,
  ): Promise<AllowancePolicyObject> {
    const currency = (await this.companies.current()).currency;
    const amount = (field: string, text: string | undefined) =>
      text ? parseAmount(field, text, currency) : null;
    if (input.basisKind === 'RATIO' && input.ratioBp == null)
      throw AppError.badInput([{ field: 'ratioBp', message: 'is required for a RATIO policy' }]);
    if (input.basisKind === 'FIXED' && !input.annualAmount)
      throw AppError.badInput([{ field: 'annualAmount', message: 'is required for a FIXED policy' }]);
    if (input.rolloverKind === 'CAPPED' && !input.rolloverCapAmount) {
      throw AppError.badInput([
        { field: 'rolloverCapAmount', message: 'is required when rollover is CAPPED' },
      ]);
    }
    const policy: AllowancePolicy = {
      basis:
        input.basisKind === 'FIXED'
          ? { kind: 'FIXED', annualMicros: amount('annualAmount', input.annualAmount) ?? 0n }
          : { kind: 'RATIO', ratioBp: input.ratioBp ?? 0 },
      floorMicros: amount('floorAmount', input.floorAmount),
      capMicros: amount('capAmount', input.capAmount),
      fiscalYearStartMonth: input.fiscalYearStartMonth,
      accrual: input.accrual,
      rollover:
        input.rolloverKind === 'CAPPED'
          ? { kind: 'CAPPED', capMicros: amount('rolloverCapAmount', input.rolloverCapAmount) ?? 0n }
          : { kind: input.rolloverKind },
    };
    const saved = await this.allowances.updatePolicy(policy, input.effectiveFrom ?? undefined);
    return this.policyObject(
      saved,
      currency,
      this.clock.now(),
      input.effectiveFrom ?? (await this.clock.companyToday()),
    );
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => AllowanceOverrideObject, {
    description: 'An engineer’s own allowance basis from a date on, with the reason.',
  })
  async setAllowanceOverride(
    @Args('input') input: SetAllowanceOverrideInput,
  ): Promise<AllowanceOverrideObject> {
    const currency = (await this.companies.current()).currency;
    let basis: AllowanceBasis | null = null;
    if (input.basisKind === 'RATIO') {
      if (input.ratioBp == null)
        throw AppError.badInput([{ field: 'ratioBp', message: 'is required for a RATIO override' }]);
      basis = { kind: 'RATIO', ratioBp: input.ratioBp };
    } else if (input.basisKind === 'FIXED') {
      if (!input.annualAmount)
        throw AppError.badInput([{ field: 'annualAmount', message: 'is required for a FIXED override' }]);
      basis = { kind: 'FIXED', annualMicros: parseAmount('annualAmount', input.annualAmount, currency) };
    }
    const row = await this.allowances.setOverride(input.engineerId, input.effectiveFrom, basis, input.reason);
    return {
      effectiveFrom: row.effectiveFrom,
      basisKind: row.basisKind,
      ratioBp: row.ratioBp,
      annualMicros: row.annualMicros,
      topUpMicros: row.topUpMicros,
      reason: row.reason,
    };
  }

  @Roles(Role.ADMIN, Role.HR, Role.FINANCE)
  @Mutation(() => AccrualRunObject, {
    description:
      'Posts every accrual, true-up adjustment, forfeiture and expiry due up to today now (the hourly job does the same). Idempotent.',
  })
  runAccruals(): Promise<AccrualRunObject> {
    return this.allowances.postAccruals();
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => LedgerInvariantObject, {
    description: 'Proves the ledger balances: every account matches its entries and all sum to zero.',
  })
  async ledgerInvariant(): Promise<LedgerInvariantObject> {
    const { violations, total } = await this.ledger.invariant();
    return { totalMicros: total.toString(), violations: violations.length };
  }

  private policyObject(
    policy: AllowancePolicy,
    currency: string,
    updatedAt: Date | null,
    effectiveFrom: string | null,
  ): AllowancePolicyObject {
    return {
      basisKind: policy.basis.kind,
      ratioBp: policy.basis.kind === 'RATIO' ? policy.basis.ratioBp : null,
      annualMicros: policy.basis.kind === 'FIXED' ? policy.basis.annualMicros.toString() : null,
      floorMicros: policy.floorMicros?.toString() ?? null,
      capMicros: policy.capMicros?.toString() ?? null,
      fiscalYearStartMonth: policy.fiscalYearStartMonth,
      accrual: policy.accrual,
      rolloverKind: policy.rollover.kind,
      rolloverCapMicros: policy.rollover.kind === 'CAPPED' ? policy.rollover.capMicros.toString() : null,
      currency,
      updatedAt,
      effectiveFrom,
    };
  }
}
