import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsAmount, IsBusinessDate } from '../../common/input-patterns';

@ObjectType('ModelPattern', {
  description: 'Models whose name matches `pattern` (`*` = anything) are priced as `model`.',
})
export class ModelPatternObject {
  @Field(() => ID) id: string;
  @Field() provider: string;
  @Field() pattern: string;
  @Field() model: string;
}

@ObjectType('ExchangeRate', { description: 'Units of `currency` per 1 USD from a date on, in micro-units.' })
export class ExchangeRateObject {
  @Field() currency: string;
  @Field() effectiveFrom: string;
  @Field() microsPerUsd: string;
}

@InputType()
export class CreateModelPatternInput {
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(40) provider: string;
  @Field({ description: 'e.g. claude-opus-5-5-*' })
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(120)
  @Matches(/^[A-Za-z0-9._:/@*-]+$/, { message: 'may use letters, digits, . _ : / @ - and * only' })
  pattern: string;
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(120) model: string;
}

@InputType()
export class SetExchangeRateInput {
  @Field() @Matches(/^[A-Z]{3}$/, { message: 'must be a currency code like EUR' }) currency: string;
  @Field() @IsBusinessDate() effectiveFrom: string;
  @Field({ description: 'Units of the currency per 1 USD, e.g. "0.92".' })
  @IsAmount('must be a rate like 0.92')
  rate: string;
}
