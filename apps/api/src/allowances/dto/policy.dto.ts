import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsAmount } from '../../common/input-patterns';

@ObjectType('AllowancePolicy')
export class AllowancePolicyObject {
  @Field({ description: 'RATIO of annual base pay, or a FIXED annual amount.' }) basisKind: string;
  @Field(() => Int, { nullable: true, description: 'Basis points: 5000 = 50% of base pay.' }) ratioBp:
    number | null;
  @Field(() => String, { nullable: true }) annualMicros: string | null;
  @Field(() => String, { nullable: true }) floorMicros: string | null;
  @Field(() => String, { nullable: true }) capMicros: string | null;
  @Field(() => Int, { description: 'First month of the fiscal year (1 = January).' })
  fiscalYearStartMonth: number;
  @Field({ description: 'MONTHLY (1/12 at the start of each month) or UPFRONT.' }) accrual: string;
  @Field({ description: 'NONE, CAPPED or ALL of the unused allowance carries into the next period.' })
  rolloverKind: string;
  @Field(() => String, { nullable: true }) rolloverCapMicros: string | null;
  @Field() currency: string;
  @Field(() => Date, { nullable: true, description: 'When the version in force was recorded.' })
  updatedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The day the version in force applies from (null: the default policy, never saved).',
  })
  effectiveFrom: string | null;
}

@InputType()
export class UpdateAllowancePolicyInput {
  @Field() @IsIn(['RATIO', 'FIXED'], { message: 'must be RATIO or FIXED' }) basisKind: 'RATIO' | 'FIXED';
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of basis points' })
  @Min(0, { message: 'must not be negative' })
  @Max(100000, { message: 'must be at most 100000 (1000%)' })
  ratioBp?: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 100000')
  annualAmount?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 20000')
  floorAmount?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 300000')
  capAmount?: string;
  @Field(() => Int)
  @IsInt({ message: 'must be a month number' })
  @Min(1, { message: 'must be between 1 and 12' })
  @Max(12, { message: 'must be between 1 and 12' })
  fiscalYearStartMonth: number;
  @Field() @IsIn(['MONTHLY', 'UPFRONT'], { message: 'must be MONTHLY or UPFRONT' }) accrual:
    'MONTHLY' | 'UPFRONT';
  @Field() @IsIn(['NONE', 'CAPPED', 'ALL'], { message: 'must be NONE, CAPPED or ALL' }) rolloverKind:
    'NONE' | 'CAPPED' | 'ALL';
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 10000')
  rolloverCapAmount?: string;
  @Field({
    nullable: true,
    description:
      'The day the change applies from (default today). Months already granted are trued up; a fiscal year start change applies from the next period.',
  })
  @IsOptional()
  effectiveFrom?: string;
}

@ObjectType('AccrualRun')
export class AccrualRunObject {
  @Field(() => Int) engineers: number;
  @Field(() => Int) granted: number;
  @Field(() => Int, { description: 'True-up adjustments posted for months already granted.' })
  adjusted: number;
  @Field(() => Int) expired: number;
  @Field(() => Int) forfeited: number;
}

@ObjectType('LedgerInvariant')
export class LedgerInvariantObject {
  @Field({ description: 'Σ of every account balance: always 0.' }) totalMicros: string;
  @Field(() => Int, { description: 'Accounts whose balance differs from Σ credits − Σ debits: always 0.' })
  violations: number;
}

@ObjectType('AuditChange', { description: 'One named field of an audited change, before and after.' })
export class AuditChangeObject {
  @Field() field: string;
  @Field(() => String, { nullable: true, description: 'Display text; null when the field had no value' })
  before: string | null;
  @Field(() => String, { nullable: true, description: 'Display text; null when the field has no value' })
  after: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryObject {
  @Field() id: string;
  @Field() createdAt: Date;
  @Field(() => String, { nullable: true }) actorUserId: string | null;
  @Field(() => String, { nullable: true }) actorEmail: string | null;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON' }) after: string | null;
  @Field(() => [AuditChangeObject], {
    description:
      'The named fields the change touched, before and after; pay figures hidden from who may not see pay',
  })
  changes: AuditChangeObject[];
}

@ObjectType('AllowanceSight', {
  description:
    'Whether managers see their reports’ own allowance figures (a company setting HR chooses), with its consequence.',
})
export class AllowanceSightObject {
  @Field({
    description:
      'On: managers see each report’s allowance figures. Off (the default): spend, burn and run-out per person, allowance figures only summed over `groupMinimum` people or more, never the ratio or overrides.',
  })
  managersSeeAllowances: boolean;
  @Field(() => Int, { description: 'The smallest group whose summed allowance a manager may see.' })
  groupMinimum: number;
  @Field({ description: 'What the setting means, in words, to show beside it.' }) consequence: string;
}
