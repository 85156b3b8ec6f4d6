import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export enum ReconciliationStatusValue {
  OK = 'OK',
  OUTSIDE_TOLERANCE = 'OUTSIDE_TOLERANCE',
  MISSING = 'MISSING',
}
registerEnumType(ReconciliationStatusValue, {
  name: 'ReconciliationStatus',
  description: 'OK within the tolerance; OUTSIDE_TOLERANCE beyond it; MISSING: usage but no invoice entered.',
});

export enum ProviderInvoiceSource {
  MANUAL = 'MANUAL',
  CSV = 'CSV',
  IMPORTER = 'IMPORTER',
}
registerEnumType(ProviderInvoiceSource, { name: 'ProviderInvoiceSource' });

@ObjectType()
export class ProviderInvoiceLine {
  @Field(() => Int) lineNo: number;
  @Field() model: string;
  @Field({ description: 'In the invoice currency, micro-units.' }) amountMicros: string;
  @Field({ description: 'In the company currency, micro-units.' }) convertedMicros: string;
}

@ObjectType({ description: "A provider's invoice of a month (one current per provider and month)." })
export class ProviderInvoice {
  @Field(() => ID) id: string;
  @Field() provider: string;
  @Field() month: string;
  @Field({ description: 'The invoice currency.' }) currency: string;
  @Field({ description: 'In the invoice currency, micro-units.' }) amountMicros: string;
  @Field() companyCurrency: string;
  @Field({ description: 'Micros of the company currency per 1 unit of the invoice currency, as used.' })
  rateMicros: string;
  @Field({ description: "In the company currency at the rate in force on the month's last day." })
  convertedMicros: string;
  @Field(() => ProviderInvoiceSource) source: ProviderInvoiceSource;
  @Field(() => String, { nullable: true }) externalRef: string | null;
  @Field(() => String, { nullable: true }) enteredBy: string | null;
  @Field() enteredAt: Date;
  @Field(() => [ProviderInvoiceLine]) lines: ProviderInvoiceLine[];
}

@ObjectType({ description: 'What a difference is made of, company currency micro-units.' })
export class ReconciliationExplanation {
  @Field(() => Int) unpricedEvents: number;
  @Field({ description: "Unpriced events: the tools' own estimate minus what they are booked at." })
  unpricedMicros: string;
  @Field(() => Int, { description: 'Unpriced events without an estimate of their own (value unknown).' })
  unpricedWithoutEstimate: number;
  @Field(() => Int) unmappedEvents: number;
  @Field({ description: 'Usage still in the unmapped queue, priced at its day.' }) unmappedMicros: string;
  @Field(() => Int) lateEvents: number;
  @Field({
    description: 'Usage of the month received after its end (or its close): booked in a later month.',
  })
  lateMicros: string;
  @Field(() => String, {
    nullable: true,
    description: 'difference − unpriced − unmapped − late; null without an invoiced figure.',
  })
  unexplainedMicros: string | null;
}

@ObjectType()
export class ModelReconciliation {
  @Field() model: string;
  @Field() computedMicros: string;
  @Field(() => String, { nullable: true }) invoicedMicros: string | null;
  @Field(() => String, { nullable: true }) differenceMicros: string | null;
  @Field(() => ReconciliationExplanation) explanation: ReconciliationExplanation;
}

@ObjectType()
export class ProviderReconciliation {
  @Field() provider: string;
  @Field(() => ReconciliationStatusValue) status: ReconciliationStatusValue;
  @Field(() => ProviderInvoice, { nullable: true }) invoice: ProviderInvoice | null;
  @Field({ description: "Tokenroll's cost of the month's usage booked in the month (late usage excluded)." })
  computedMicros: string;
  @Field(() => String, { nullable: true }) invoicedMicros: string | null;
  @Field({ description: 'invoiced − computed (0 − computed without an invoice).' }) differenceMicros: string;
  @Field({ description: 'The largest difference that is still OK.' }) toleranceMicros: string;
  @Field(() => ReconciliationExplanation) explanation: ReconciliationExplanation;
  @Field(() => [ModelReconciliation]) models: ModelReconciliation[];
}

@ObjectType()
export class Reconciliation {
  @Field() month: string;
  @Field() currency: string;
  @Field() closed: boolean;
  @Field({ description: 'Usage of the month received from this instant on counts as late.' })
  lateCutoff: Date;
  @Field(() => Int) toleranceBp: number;
  @Field() computedMicros: string;
  @Field() invoicedMicros: string;
  @Field() differenceMicros: string;
  @Field(() => [ProviderReconciliation]) providers: ProviderReconciliation[];
}

@InputType()
export class ProviderInvoiceLineInput {
  @Field() @IsString() @MaxLength(200) model: string;
  @Field({ description: 'Decimal in the invoice currency, e.g. "1234.56".' })
  @IsString()
  @MaxLength(40)
  amount: string;
}

@InputType()
export class EnterProviderInvoiceInput {
  @Field({ description: 'YYYY-MM' }) @IsString() @MaxLength(20) month: string;
  @Field() @IsString() @MaxLength(60) provider: string;
  @Field({ description: 'The invoice currency, e.g. USD.' }) @IsString() @MaxLength(10) currency: string;
  @Field({ description: 'Decimal in the invoice currency, e.g. "1234.56".' })
  @IsString()
  @MaxLength(40)
  amount: string;
  @Field(() => [ProviderInvoiceLineInput], {
    nullable: true,
    description: 'Per-model lines; they add up to amount.',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProviderInvoiceLineInput)
  lines?: ProviderInvoiceLineInput[] | null;
}

@InputType()
export class ImportProviderInvoiceCsvInput {
  @Field({ description: 'YYYY-MM' }) @IsString() @MaxLength(20) month: string;
  @Field() @IsString() @MaxLength(60) provider: string;
  @Field({
    description:
      'CSV with a header row: model,amount[,currency]; or an Anthropic cost report (starting_at, amount in cents, currency, model/description) or OpenAI costs (start_time, amount_value, amount_currency, line_item) flattened to columns.',
  })
  @IsString()
  @MaxLength(2_000_000)
  csv: string;
  @Field(() => String, {
    nullable: true,
    description: 'When the file has no currency column (default: the company currency).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  currency?: string | null;
}
