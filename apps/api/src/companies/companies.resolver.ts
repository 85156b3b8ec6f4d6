import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { BusinessClock } from '../clock/business-clock';
import { Roles } from '../common/decorators';
import { CompaniesService } from './companies.service';
import { CompanyObject } from './dto/company.object';

@Resolver(() => CompanyObject)
export class CompaniesResolver {
  constructor(
    private readonly companies: CompaniesService,
    private readonly clock: BusinessClock,
    private readonly audit: AuditService,
  ) {}

  @Query(() => String, {
    description: "Today's date for the company on the business clock, in its time zone (YYYY-MM-DD).",
  })
  businessDate(): Promise<string> {
    return this.clock.companyToday();
  }

  @ResolveField(() => String, {
    description: "Today's date for the company on the business clock, in its time zone (YYYY-MM-DD).",
  })
  today(@Parent() company: CompanyObject): string {
    return this.clock.today(company.timeZone);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CompanyObject, {
    description:
      'Sets the time zone (IANA, e.g. Europe/Paris) that decides which day and month an instant belongs to.',
  })
  async updateCompanyTimeZone(@Args('timeZone') timeZone: string): Promise<CompanyObject> {
    const before = await this.companies.current();
    const after = await this.companies.setTimeZone(timeZone);
    await this.audit.record(
      'COMPANY_TIME_ZONE_CHANGED',
      'company',
      after.id,
      { timeZone: before.timeZone },
      { timeZone: after.timeZone },
    );
    return after;
  }
}
