import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StatementKindEnum {
  TEAM = 'TEAM',
  COST_CENTRE = 'COST_CENTRE',
  SUBTREE = 'SUBTREE',
}
registerEnumType(StatementKindEnum, {
  name: 'StatementKind',
  description:
    'TEAM: a team’s own engineers (key: the team id, or CENTRAL for what is held centrally); COST_CENTRE: a cost ' +
    'centre (key: its code); SUBTREE: a team with the teams below it, a labelled view that is not part of the sums.',
});

export enum ChargebackModeEnum {
  SHOWBACK = 'SHOWBACK',
  CHARGEBACK = 'CHARGEBACK',
}
registerEnumType(ChargebackModeEnum, {
  name: 'ChargebackMode',
  description: 'SHOWBACK shows the same figures as CHARGEBACK, without journal entries.',
});

export enum AllocationPolicyEnum {
  PRO_RATA = 'PRO_RATA',
  HEADCOUNT = 'HEADCOUNT',
  CENTRAL = 'CENTRAL',
}
registerEnumType(AllocationPolicyEnum, {
  name: 'AllocationPolicy',
  description:
    'How shared and unabsorbed cost is split: PRO_RATA by the teams’ attributed spend of the month, HEADCOUNT by ' +
    'their engineers active on its last day, CENTRAL held on the central cost centre.',
});

@ObjectType('AmountBy', {
  description: 'One figure of a breakdown; money in micro-units of the company currency.',
})
export class AmountByObject {
  @Field() key: string;
  @Field() name: string;
  @Field() costMicros: string;
}

@ObjectType('StatementAdjustment', {
  description: 'A correction carried into the period (late usage, repricing) for an earlier, closed month.',
})
export class StatementAdjustmentObject {
  @Field(() => ID, { nullable: true }) engineerId: string | null;
  @Field(() => String, { nullable: true }) engineerName: string | null;
  @Field({ description: 'The closed month the correction belongs to (YYYY-MM).' }) originalMonth: string;
  @Field() costMicros: string;
}

@ObjectType('StatementAllowance', {
  description:
    'An engineer’s allowance granted in the period beside what they spent in this statement. Allowance figures ' +
    'are null when the viewer may not see this person’s allowance (a manager, by the company setting).',
})
export class StatementAllowanceObject {
  @Field(() => ID) engineerId: string;
  @Field() engineerName: string;
  @Field({ description: 'Left the company by the end of the period.' }) leaver: boolean;
  @Field(() => String, { nullable: true }) grantedMicros: string | null;
  @Field() spentMicros: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Spent (all teams) ÷ granted in basis points; null when nothing was granted or not visible.',
  })
  utilisationBp: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'How far the allowance stood below zero at the period end.',
  })
  overageMicros: string | null;
}

@ObjectType('Statement', {
  description:
    'What a team or a cost centre is charged for a period: sums of the period’s charge lines (usage, corrections ' +
    'carried in from closed months, allocated shared and unabsorbed self-hosted cost).',
})
export class StatementObject {
  @Field(() => StatementKindEnum) kind: StatementKindEnum;
  @Field() key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Set on a subtree view: what it sums.' }) label:
    string | null;
  @Field() period: string;
  @Field(() => [String]) months: string[];
  @Field() currency: string;
  @Field({ description: 'Every month of the period is closed: the figures are frozen.' }) closed: boolean;
  @Field() totalMicros: string;
  @Field(() => String, { nullable: true, description: 'The same statement over the period before.' })
  previousTotalMicros: string | null;
  @Field(() => String, { nullable: true, description: 'total − previous total.' }) changeMicros:
    string | null;
  @Field(() => [AmountByObject], { description: 'By category: USAGE, ADJUSTMENT, SHARED, UNABSORBED.' })
  byCategory: AmountByObject[];
  @Field(() => [AmountByObject]) byEngineer: AmountByObject[];
  @Field(() => [AmountByObject], { description: 'Keyed provider/model.' }) byModel: AmountByObject[];
  @Field(() => [AmountByObject]) byProvider: AmountByObject[];
  @Field(() => [AmountByObject], { description: 'By usage source (claude-code, cursor, api…).' })
  byTool: AmountByObject[];
  @Field(() => [StatementAdjustmentObject]) adjustments: StatementAdjustmentObject[];
  @Field(() => [StatementAllowanceObject]) allowances: StatementAllowanceObject[];
  @Field(() => String, {
    nullable: true,
    description: 'Σ overage of the engineers listed (leavers included); null when any is not visible.',
  })
  overageMicros: string | null;
}

@ObjectType('StatementSet', {
  description:
    'Every statement of a period. Σ teams = Σ cost centres = totalMicros = usage + adjustments + shared + unabsorbed.',
})
export class StatementSetObject {
  @Field() period: string;
  @Field(() => [String]) months: string[];
  @Field() currency: string;
  @Field(() => ChargebackModeEnum) mode: ChargebackModeEnum;
  @Field() closed: boolean;
  @Field() totalMicros: string;
  @Field() usageMicros: string;
  @Field() adjustmentMicros: string;
  @Field() sharedMicros: string;
  @Field() unabsorbedMicros: string;
  @Field(() => [StatementObject]) teams: StatementObject[];
  @Field(() => [StatementObject]) costCentres: StatementObject[];
}
