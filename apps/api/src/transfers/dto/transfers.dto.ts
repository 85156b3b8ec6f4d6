import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsAmount } from '../../common/input-patterns';

@ObjectType('IncreaseRequestBudget', {
  description: 'The engineer’s budget now, for whoever decides a request. Micro-units of `currency`.',
})
export class IncreaseRequestBudgetObject {
  @Field() currency: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The period allowance; null when you may not see this engineer’s allowance figures (a manager, by the company setting).',
  })
  allowanceMicros: string | null;
  @Field() spentMicros: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Available now; null when you may not see this engineer’s allowance figures (a manager, by the company setting).',
  })
  availableMicros: string | null;
  @Field({ description: 'Average daily spend over the last 30 days.' }) dailyBurnMicros: string;
  @Field(() => String, {
    nullable: true,
    description: 'When it runs out at the current pace; null: it lasts.',
  })
  runsOutOn: string | null;
  @Field() periodEnd: string;
}

@ObjectType('IncreaseRequestPendingReason', {
  description:
    'Why a pending request waits for a person instead of being approved at once, as judged when it was decided to wait (a later change of the limits does not rewrite it).',
})
export class PendingReasonObject {
  @Field({
    description:
      'HR_STEP, PERMANENT, ABOVE_AUTO_APPROVAL, AUTO_APPROVAL_CAP_REACHED (the engineer’s per-period cap on auto-approved amounts) or POOL_SHORT (the team pool could not cover it).',
  })
  code: string;
  @Field({ description: 'The reason in words, with the amounts as they were then.' }) message: string;
}

@ObjectType('IncreaseRequest', { description: 'An engineer’s request for more allowance, and its decision.' })
export class IncreaseRequestObject {
  @Field(() => ID) id: string;
  @Field(() => ID) engineerId: string;
  @Field() engineerName: string;
  @Field() amountMicros: string;
  @Field({
    description: 'TEMPORARY (this period) or PERMANENT (raises the annual allowance from next month).',
  })
  kind: string;
  @Field() reason: string;
  @Field({ description: 'PENDING_MANAGER, PENDING_HR, APPROVED, REJECTED or CANCELLED.' }) status: string;
  @Field({ description: 'Above the company threshold: HR decides after the manager.' }) needsHr: boolean;
  @Field(() => String, { nullable: true, description: 'auto, manager or hr.' }) approvedBy: string | null;
  @Field(() => String, { nullable: true, description: 'POOL, COMPANY or POLICY (permanent).' }) source:
    string | null;
  @Field(() => String, { nullable: true }) managerComment: string | null;
  @Field(() => String, { nullable: true }) decisionComment: string | null;
  @Field() createdAt: Date;
  @Field({
    description:
      'The company’s business day when it was asked (YYYY-MM-DD): the allowance period it counts in.',
  })
  requestedOn: string;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field({ description: 'Whether you may approve or reject it now.' }) canDecide: boolean;
  @Field(() => IncreaseRequestBudgetObject, {
    nullable: true,
    description: 'The engineer’s budget now; null when you may not see that engineer.',
  })
  engineerBudget: IncreaseRequestBudgetObject | null;
  @Field(() => PendingReasonObject, {
    nullable: true,
    description: 'Why it waits for the manager or HR; null once decided.',
  })
  pendingReason?: PendingReasonObject | null;
}

@ObjectType('TransferLimit', {
  description:
    'What you may still give teammates this period: the company limit (a share of your period allowance) less what you gave, and never more than you have available.',
})
export class TransferLimitObject {
  @Field() currency: string;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field(() => Int, { description: 'The company limit, in basis points of the period allowance.' })
  limitBp: number;
  @Field() limitMicros: string;
  @Field({ description: 'Given to teammates this period.' }) givenMicros: string;
  @Field({ description: 'Your allowance available now.' }) availableMicros: string;
  @Field({ description: 'What you may still give now: min(limit − given, available), at least 0.' })
  remainingMicros: string;
}

@ObjectType('Teammate', { description: 'An engineer of your current team (whom you may give allowance).' })
export class TeammateObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
}

@ObjectType('Transfer', { description: 'Allowance moved between engineers or a team pool (a ledger entry).' })
export class TransferObject {
  @Field(() => ID) id: string;
  @Field({ description: 'ENGINEER_ALLOWANCE or TEAM_POOL.' }) fromKind: string;
  @Field(() => ID) fromOwnerId: string;
  @Field({ description: 'The engineer’s or the team’s name.' }) fromName: string;
  @Field() toKind: string;
  @Field(() => ID) toOwnerId: string;
  @Field() toName: string;
  @Field() amountMicros: string;
  @Field(() => String, { nullable: true }) memo: string | null;
  @Field() at: Date;
}

@InputType()
export class RequestIncreaseInput {
  @Field({ description: 'Amount in the company currency, e.g. "50.00".' })
  @IsAmount('must be an amount like 50.00')
  amount: string;
  @Field() @IsIn(['TEMPORARY', 'PERMANENT'], { message: 'must be TEMPORARY or PERMANENT' }) kind: string;
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(1000) reason: string;
}

@InputType()
export class TransferAllowanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an engineer id' }) toEngineerId: string;
  @Field() @IsAmount('must be an amount like 20.00') amount: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) note?: string;
}

@InputType()
export class MoveEndInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an engineer id' })
  engineerId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}

@InputType()
export class MoveAllowanceInput {
  @Field(() => MoveEndInput) @ValidateNested() @Type(() => MoveEndInput) from: MoveEndInput;
  @Field(() => MoveEndInput) @ValidateNested() @Type(() => MoveEndInput) to: MoveEndInput;
  @Field() @IsAmount('must be an amount like 100.00') amount: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) note?: string;
}
