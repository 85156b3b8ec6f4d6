import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AMOUNT_PATTERN } from '../../common/input-patterns';

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
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
}

@ObjectType('Transfer', { description: 'Allowance moved between engineers or a team pool (a ledger entry).' })
export class TransferObject {
  @Field(() => ID) id: string;
  @Field({ description: 'ENGINEER_ALLOWANCE or TEAM_POOL.' }) fromKind: string;
  @Field(() => ID) fromOwnerId: string;
  @Field() toKind: string;
  @Field(() => ID) toOwnerId: string;
  @Field() amountMicros: string;
  @Field(() => String, { nullable: true }) memo: string | null;
  @Field() at: Date;
}

@InputType()
export class RequestIncreaseInput {
  @Field({ description: 'Amount in the company currency, e.g. "50.00".' })
  @Matches(AMOUNT_PATTERN, { message: 'must be an amount like 50.00' })
  amount: string;
  @Field() @IsIn(['TEMPORARY', 'PERMANENT'], { message: 'must be TEMPORARY or PERMANENT' }) kind: string;
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(1000) reason: string;
}

@InputType()
export class TransferAllowanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an engineer id' }) toEngineerId: string;
  @Field() @Matches(AMOUNT_PATTERN, { message: 'must be an amount like 20.00' }) amount: string;
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
  @Field() @Matches(AMOUNT_PATTERN, { message: 'must be an amount like 100.00' }) amount: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) note?: string;
}
