import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsAmount, IsBusinessDate } from '../../common/input-patterns';

@ObjectType('ModelPrice', {
  description: 'Rates in micro-units of `currency` per 1M tokens (strings); null = no price for that kind.',
})
export class ModelPriceObject {
  @Field() provider: string;
  @Field() model: string;
  @Field() effectiveFrom: string;
  @Field() currency: string;
  @Field(() => String, { nullable: true }) inputMicros: string | null;
  @Field(() => String, { nullable: true }) outputMicros: string | null;
  @Field(() => String, { nullable: true }) cacheReadMicros: string | null;
  @Field(() => String, { nullable: true }) cacheWrite5mMicros: string | null;
  @Field(() => String, { nullable: true }) cacheWrite1hMicros: string | null;
  @Field(() => Int, {
    description: 'Long-prompt tiers (the whole request is billed at a higher rate past a prompt size).',
  })
  tierCount: number;
  @Field({ description: 'CATALOG (public list price) or COMPANY (negotiated or self-hosted).' })
  origin: string;
  @Field(() => String, { nullable: true }) source: string | null;
}

@InputType()
export class SelfHostedInput {
  @Field({ description: 'GPU cost per hour, e.g. "2.50".' })
  @IsAmount('must be an amount like 2.50')
  gpuHourCost: string;
  @Field({ description: 'Tokens per second one GPU serves.' })
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'must be a number' })
  @Min(0.001, { message: 'must be more than 0' })
  tokensPerSecond: number;
  @Field(() => Int, { description: 'Utilization in basis points: 10000 = 100%.' })
  @IsInt({ message: 'must be a whole number of basis points' })
  @Min(1, { message: 'must be at least 1 (0.01%)' })
  @Max(10000, { message: 'must be at most 10000 (100%)' })
  utilizationBp: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'How many GPUs serve the model (1 when left out): the month’s capacity cost is GPU $/h × GPUs × hours.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of GPUs' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100000, { message: 'must be at most 100000' })
  gpuCount?: number | null;
}

@InputType()
export class SetCompanyModelPriceInput {
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(40) provider: string;
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(120) model: string;
  @Field() @IsBusinessDate() effectiveFrom: string;
  @Field({ nullable: true, description: 'Dollars per 1M input tokens, e.g. "2.70".' })
  @IsOptional()
  @IsAmount('must be an amount like 2.70')
  inputPerMillion?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 13.50')
  outputPerMillion?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 0.27')
  cacheReadPerMillion?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsAmount('must be an amount like 3.75')
  cacheWritePerMillion?: string;
  @Field(() => SelfHostedInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SelfHostedInput)
  selfHosted?: SelfHostedInput;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}
