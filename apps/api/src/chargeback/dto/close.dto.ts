import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ChargebackModeEnum, StatementSetObject } from './statements.dto';

@ObjectType('CloseItem', {
  description:
    'One check before closing a month: UNPRICED_USAGE, UNMAPPED_IDENTITIES, OPEN_HOLDS or PROVIDER_INVOICE ' +
    '(one per provider). Open items would make the books wrong; closing with any open needs a reason.',
})
export class CloseItemObject {
  @Field() kind: string;
  @Field() open: boolean;
  @Field() label: string;
  @Field(() => Int) count: number;
  @Field(() => String, { nullable: true, description: 'Held amount (holds) or invoice difference.' })
  amountMicros: string | null;
  @Field(() => String, { nullable: true }) provider: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For PROVIDER_INVOICE: MISSING, OUTSIDE_TOLERANCE or OK.',
  })
  status: string | null;
}

@ObjectType('CloseChecklist')
export class CloseChecklistObject {
  @Field() month: string;
  @Field() closed: boolean;
  @Field(() => [CloseItemObject]) items: CloseItemObject[];
  @Field(() => Int) openItems: number;
}

@ObjectType('PeriodClose', {
  description: 'A month closed: who, when, why, the checklist they saw, what was frozen.',
})
export class PeriodCloseObject {
  @Field() month: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'The user who closed it.' }) closedBy: string | null;
  @Field() closedAt: Date;
  @Field(() => [CloseItemObject]) checklist: CloseItemObject[];
  @Field(() => Int, { description: 'Charge lines frozen.' }) lines: number;
  @Field() totalMicros: string;
  @Field(() => Int, { description: 'Statement mails queued to team managers by this close (0 when listed).' })
  mailed: number;
}

@InputType({ description: 'The month to close (YYYY-MM) and, when checklist items are open, why.' })
export class ClosePeriodInput {
  @Field() @IsString() @MaxLength(7) month: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ObjectType('CostCentreSpend', {
  description: 'This month so far in one cost centre: charged and allowance granted.',
})
export class CostCentreSpendObject {
  @Field() costCentre: string;
  @Field() spentMicros: string;
  @Field() grantedMicros: string;
}

@ObjectType('MonthTotal')
export class MonthTotalObject {
  @Field() month: string;
  @Field() totalMicros: string;
  @Field() closed: boolean;
}

@ObjectType('FinanceHome', {
  description:
    'What FINANCE lands on: this month’s spend vs allowance granted by cost centre, the last 12 months, the next ' +
    'close’s open items, the last closed month with its statements.',
})
export class FinanceHomeObject {
  @Field() month: string;
  @Field() currency: string;
  @Field(() => ChargebackModeEnum) mode: ChargebackModeEnum;
  @Field(() => [CostCentreSpendObject]) byCostCentre: CostCentreSpendObject[];
  @Field(() => String, {
    nullable: true,
    description: 'Why this month’s shared cost cannot be allocated yet (left out of byCostCentre).',
  })
  allocationProblem: string | null;
  @Field(() => [MonthTotalObject], { description: 'The 12 months up to this one, oldest first.' })
  trend: MonthTotalObject[];
  @Field(() => CloseChecklistObject, { nullable: true, description: 'The month due to close, when one is.' })
  nextClose: CloseChecklistObject | null;
  @Field(() => StatementSetObject, { nullable: true }) lastClosed: StatementSetObject | null;
}
