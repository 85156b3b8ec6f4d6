import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
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

@ObjectType('OfferTerms', { description: 'Computed by the same rule that grants the allowance.' })
export class OfferTermsObject {
  @Field() annualAllowanceMicros: string;
  @Field() allowanceBasisText: string;
  @Field() monthlyMicros: string;
  @Field() firstPeriodStart: string;
  @Field() firstPeriodEnd: string;
  @Field({ description: 'The first fiscal year’s allowance, prorated from the start date.' })
  firstYearMicros: string;
  @Field({ description: 'Base pay + bonus + token allowance.' }) totalCompMicros: string;
}

@ObjectType('Offer')
export class OfferObject {
  @Field(() => ID) id: string;
  @Field() candidateName: string;
  @Field() candidateEmail: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) level: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field() startDate: string;
  @Field() annualPayMicros: string;
  @Field() currency: string;
  @Field(() => String, { nullable: true }) overrideKind: string | null;
  @Field(() => Int, { nullable: true }) overrideRatioBp: number | null;
  @Field(() => String, { nullable: true }) overrideAnnualMicros: string | null;
  @Field(() => String, { nullable: true }) overrideReason: string | null;
  @Field(() => String, { nullable: true }) bonusMicros: string | null;
  @Field(() => String, { nullable: true }) equity: string | null;
  @Field({ description: 'DRAFT, SENT, ACCEPTED, DECLINED or WITHDRAWN.' }) status: string;
  @Field(() => ID, { nullable: true }) engineerId: string | null;
  @Field() createdAt: Date;
  @Field(() => OfferTermsObject) terms: OfferTermsObject;
}

@InputType()
export class OfferInputDto {
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(200) candidateName: string;
  @Field() @IsEmail({}, { message: 'must be an email address' }) @MaxLength(320) candidateEmail: string;
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(120) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) level?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(120) location?: string;
  @Field(() => ID) @IsUUID('all', { message: 'is not a team id' }) teamId: string;
  @Field() @IsBusinessDate() startDate: string;
  @Field() @IsAmount('must be a positive amount like 185000') annualPay: string;
  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code like USD' })
  currency: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['RATIO', 'FIXED'], { message: 'must be RATIO or FIXED' })
  overrideKind?: 'RATIO' | 'FIXED';
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of basis points' })
  @Min(0, { message: 'must not be negative' })
  @Max(100000, { message: 'must be at most 100000 (1000%)' })
  overrideRatioBp?: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 100000')
  overrideAnnualAmount?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) overrideReason?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 20000')
  bonusAmount?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) equity?: string;
}

@InputType()
export class UpdateOfferInput extends OfferInputDto {
  @Field(() => ID) @IsUUID('all', { message: 'is not an offer id' }) id: string;
}

@InputType()
export class ChangeOfferStatusInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not an offer id' }) id: string;
  @Field({ description: 'SENT, ACCEPTED, DECLINED or WITHDRAWN.' })
  @IsIn(['SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'], {
    message: 'must be SENT, ACCEPTED, DECLINED or WITHDRAWN',
  })
  status: 'SENT' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
}
