import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsUUID, MaxLength } from 'class-validator';
import { IsAmount } from '../../common/input-patterns';

@ObjectType('TeamPool')
export class TeamPoolObject {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field() balanceMicros: string;
  @Field() heldMicros: string;
  @Field({ description: 'Engineers of the team draw on the pool when their allowance runs out.' })
  overflow: boolean;
}

@InputType()
export class FundTeamPoolInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a team id' }) teamId: string;
  @Field({ description: 'Amount in the company currency, e.g. "500.00".' })
  @IsAmount('must be an amount like 500.00')
  amount: string;
  @Field({ nullable: true }) @MaxLength(200) memo?: string;
}
