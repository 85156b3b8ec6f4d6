import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum EngineerStatusEnum {
  OFFER = 'OFFER',
  ACTIVE = 'ACTIVE',
  LEAVER = 'LEAVER',
}
registerEnumType(EngineerStatusEnum, {
  name: 'EngineerStatus',
  description: 'Offer before the start date, active, leaver after the end date.',
});

@ObjectType('Team')
export class TeamObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field({ description: 'Cost centre code that chargeback books this team’s spend to.' }) costCentre: string;
  @Field(() => ID, { nullable: true }) managerUserId: string | null;
  @Field(() => String, { nullable: true }) managerName: string | null;
  @Field(() => Int) engineerCount: number;
}

@ObjectType('Pay')
export class PayObject {
  @Field() effectiveFrom: string;
  @Field({ description: 'Annual base pay in micro-units (1 = 0.000001) of `currency`, as a string.' })
  annualMicros: string;
  @Field() currency: string;
}

@ObjectType('AllowanceOverride')
export class AllowanceOverrideObject {
  @Field() effectiveFrom: string;
  @Field(() => String, { nullable: true }) basisKind: string | null;
  @Field(() => Int, { nullable: true }) ratioBp: number | null;
  @Field(() => String, { nullable: true }) annualMicros: string | null;
  @Field({ description: 'Annual top-up on top of the basis (permanent increases), 0 for none.' })
  topUpMicros: string;
  @Field() reason: string;
}

@ObjectType('AccrualGrant')
export class AccrualGrantObject {
  @Field() month: string;
  @Field() grantDate: string;
  @Field({ description: 'What the rule says for the month now (posted + adjustment once trued up).' })
  amountMicros: string;
  @Field(() => Int) daysCovered: number;
  @Field(() => Int) daysInMonth: number;
  @Field({ description: 'Whether this grant is already in the ledger.' }) posted: boolean;
  @Field({ description: 'The grant as posted (0 before it is).' }) postedMicros: string;
  @Field({ description: 'Σ true-up adjustments posted for the month since (signed).' })
  adjustmentMicros: string;
}

@ObjectType('EngineerAllowance')
export class EngineerAllowanceObject {
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field({ description: 'Current annual allowance (policy or override, floor and cap applied).' })
  annualMicros: string;
  @Field({ description: 'What the schedule grants in this period (prorated).' }) periodTotalMicros: string;
  @Field() accruedMicros: string;
  @Field() balanceMicros: string;
  @Field() currency: string;
  @Field(() => AllowanceOverrideObject, { nullable: true }) override: AllowanceOverrideObject | null;
  @Field(() => [AccrualGrantObject]) schedule: AccrualGrantObject[];
}

@ObjectType('LedgerEntry')
export class LedgerEntryObject {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field({ description: 'Positive when the amount came into this account, negative when it left.' })
  amountMicros: string;
  @Field() effectiveAt: Date;
  @Field(() => String, { nullable: true }) memo: string | null;
  @Field() reference: string;
}

@ObjectType('Engineer', { description: 'Pay fields are null when the viewer may not see them.' })
export class EngineerObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) level: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field() startDate: string;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field(() => EngineerStatusEnum) status: EngineerStatusEnum;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => PayObject, { nullable: true, description: 'ADMIN, HR and FINANCE only.' })
  basePay: PayObject | null;
  @Field(() => String, {
    nullable: true,
    description: 'Current annual allowance; null when the viewer may not see it.',
  })
  annualAllowanceMicros: string | null;
}

@ObjectType('TeamMembership', { description: 'The team an engineer belongs to from a date on.' })
export class TeamMembershipObject {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field({ description: 'First day in this team.' }) effectiveFrom: string;
  @Field({ nullable: true, description: 'Last day in this team; null while it lasts.' })
  effectiveTo?: string;
}

@ObjectType('EngineerDetail')
export class EngineerDetailObject {
  @Field(() => EngineerObject) engineer: EngineerObject;
  @Field(() => [TeamMembershipObject], {
    description:
      'Team history, oldest first, moves to come included. Usage is booked to the team of its day.',
  })
  teamHistory: TeamMembershipObject[];
  @Field(() => [PayObject], {
    nullable: true,
    description: 'ADMIN, HR and FINANCE only; each read is audited.',
  })
  payHistory: PayObject[] | null;
  @Field(() => EngineerAllowanceObject, { nullable: true }) allowance: EngineerAllowanceObject | null;
  @Field(() => [LedgerEntryObject], { nullable: true }) ledgerEntries: LedgerEntryObject[] | null;
}
