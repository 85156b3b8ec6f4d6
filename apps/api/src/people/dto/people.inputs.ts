import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsAmount, IsBusinessDate } from '../../common/input-patterns';

@InputType()
export class CreateTeamInput {
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(120) name: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a team id' })
  parentId?: string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(40) costCentre: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a user id' })
  managerUserId?: string | null;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not a team id' }) id: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(120)
  name?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a team id' })
  parentId?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(40)
  costCentre?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'is not a user id' })
  managerUserId?: string | null;
}

@InputType()
export class CreateEngineerInput {
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) name: string;
  @Field() @IsEmail({}, { message: 'must be an email address' }) @MaxLength(320) email: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) level?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) location?: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a team id' }) teamId: string;
  @Field() @IsBusinessDate() startDate: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsBusinessDate()
  endDate?: string;
  @Field({ description: 'Annual base pay as a decimal amount, e.g. "185000" or "185,000.00".' })
  @IsAmount('must be a positive amount like 185000 or 185,000.00')
  annualPay: string;
  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code like USD' })
  currency: string;
}

@InputType()
export class RecordRaiseInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not an engineer id' }) engineerId: string;
  @Field() @IsBusinessDate() effectiveFrom: string;
  @Field()
  @IsAmount('must be a positive amount like 185000 or 185,000.00')
  annualPay: string;
}

@InputType()
export class MoveEngineerInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not an engineer id' }) engineerId: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a team id' }) teamId: string;
  @Field() @IsBusinessDate() effectiveFrom: string;
}

@InputType()
export class SetEndDateInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not an engineer id' }) engineerId: string;
  @Field({ nullable: true, description: 'Last employed day; null clears it.' })
  @IsOptional()
  @IsBusinessDate()
  endDate?: string;
}

@InputType()
export class SetAllowanceOverrideInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not an engineer id' }) engineerId: string;
  @Field() @IsBusinessDate() effectiveFrom: string;
  @Field({ nullable: true, description: 'RATIO or FIXED; null goes back to the company policy.' })
  @IsOptional()
  @IsIn(['RATIO', 'FIXED'], { message: 'must be RATIO or FIXED' })
  basisKind?: 'RATIO' | 'FIXED';
  @Field({ nullable: true, description: 'Basis points of annual base pay: 5000 = 50%.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of basis points' })
  @Min(0, { message: 'must not be negative' })
  @Max(100000, { message: 'must be at most 100000 (1000%)' })
  ratioBp?: number;
  @Field({ nullable: true, description: 'Fixed annual allowance as a decimal amount.' })
  @IsOptional()
  @IsAmount('must be a positive amount like 100000')
  annualAmount?: string;
  @Field() @IsString() @MaxLength(500) reason: string;
}
