import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, MaxLength } from 'class-validator';

@ObjectType('RequestLimits', {
  description:
    'The company’s limits on increase requests and gifts between teammates (edited by ADMIN and HR on the Policy page).',
})
export class RequestLimitsObject {
  @Field() currency: string;
  @Field({ description: 'Temporary requests up to this amount are approved at once from the team pool.' })
  autoApproveMicros: string;
  @Field({
    description:
      'The most one engineer gets by auto-approval in one allowance period, all requests together; past it a request waits for the manager.',
  })
  autoApprovePerPeriodMicros: string;
  @Field({ description: 'Requests above this amount need HR after the manager.' })
  hrApprovalAboveMicros: string;
  @Field(() => Int, {
    description:
      'The most of their period allowance an engineer may give teammates in a period (basis points).',
  })
  giftLimitBp: number;
  @Field(() => Date, { nullable: true, description: 'When the company’s policy row last changed.' })
  updatedAt: Date | null;
}

@InputType({
  description: 'Amounts in the company currency ("50", "1,000.00"); the gift limit in basis points.',
})
export class RequestLimitsInput {
  @Field() @IsString() @MaxLength(40) autoApproveAmount: string;
  @Field() @IsString() @MaxLength(40) autoApprovePerPeriodAmount: string;
  @Field() @IsString() @MaxLength(40) hrApprovalAboveAmount: string;
  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of basis points (2000 = 20%)' })
  giftLimitBp: number;
}
