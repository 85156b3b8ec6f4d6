import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { Roles } from '../common/decorators';
import { AccountingPeriodsService, AccountingPeriodView } from './accounting-periods.service';

@ObjectType('AccountingPeriod')
export class AccountingPeriodObject {
  @Field({ description: 'The month, YYYY-MM, in the company time zone.' }) month: string;
  @Field({ description: 'OPEN or CLOSED. A closed month takes no new entries.' }) status: string;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The user who closed it.' }) closedBy: string | null;
  @Field({ description: 'True for the one month that may close now: the next in order, once it has ended.' })
  closable: boolean;
}

@Resolver()
export class AccountingPeriodsResolver {
  constructor(private readonly periods: AccountingPeriodsService) {}

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [AccountingPeriodObject], {
    description: 'The months of the books from the first grant to this month, newest first, open or closed.',
  })
  accountingPeriods(): Promise<AccountingPeriodView[]> {
    return this.periods.list();
  }

  // Closing a month: chargeback/chargeback.resolver.ts `closeAccountingPeriod` and `closePeriod` (one way to
  // close: the ledger's close, the frozen statements and the close record in one transaction).
}
