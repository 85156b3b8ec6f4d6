import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Money, MoneyError, RequestLimits } from '@tokenroll/domain';
import { AllowancesService } from '../allowances/allowances.service';
import { Role } from '../auth/role';
import { AppError, FieldError } from '../common/app-error';
import { Roles } from '../common/decorators';
import { CompaniesService } from '../companies/companies.service';
import { RequestLimitsInput, RequestLimitsObject } from './dto/request-limits.dto';

/** The company's limits on increase requests and gifts: every member reads them, ADMIN and HR change them. */
@Resolver()
export class RequestLimitsResolver {
  constructor(
    private readonly allowances: AllowancesService,
    private readonly companies: CompaniesService,
  ) {}

  @Query(() => RequestLimitsObject, {
    description: 'Auto-approval threshold and per-engineer cap, HR threshold and gift limit of the company.',
  })
  async requestLimits(): Promise<RequestLimitsObject> {
    const { limits, updatedAt } = await this.allowances.requestLimits();
    return this.object(limits, (await this.companies.current()).currency, updatedAt);
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => RequestLimitsObject, {
    description: 'Changes the request limits (audited with the limits before and after).',
  })
  async updateRequestLimits(@Args('input') input: RequestLimitsInput): Promise<RequestLimitsObject> {
    const currency = (await this.companies.current()).currency;
    const problems: FieldError[] = [];
    const amount = (field: keyof RequestLimitsInput): bigint => {
      try {
        return Money.parse(String(input[field]), currency).micros;
      } catch (error) {
        if (!(error instanceof MoneyError)) throw error;
        problems.push({ field, message: 'must be an amount like 50 or 1,000.00' });
        return 0n;
      }
    };
    const limits: RequestLimits = {
      autoApproveMicros: amount('autoApproveAmount'),
      autoApprovePerPeriodMicros: amount('autoApprovePerPeriodAmount'),
      hrApprovalAboveMicros: amount('hrApprovalAboveAmount'),
      giftLimitBp: input.giftLimitBp,
    };
    if (problems.length) throw AppError.badInput(problems);
    const saved = await this.allowances.updateRequestLimits(limits);
    return this.object(saved.limits, currency, saved.updatedAt);
  }

  private object(limits: RequestLimits, currency: string, updatedAt: Date | null): RequestLimitsObject {
    return {
      currency: currency.trim(),
      autoApproveMicros: limits.autoApproveMicros.toString(),
      autoApprovePerPeriodMicros: limits.autoApprovePerPeriodMicros.toString(),
      hrApprovalAboveMicros: limits.hrApprovalAboveMicros.toString(),
      giftLimitBp: limits.giftLimitBp,
      updatedAt,
    };
  }
}
