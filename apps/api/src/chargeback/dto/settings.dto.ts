import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { AllocationPolicyEnum, ChargebackModeEnum } from './statements.dto';

@ObjectType('ChargebackSettings')
export class ChargebackSettingsObject {
  @Field(() => ChargebackModeEnum) mode: ChargebackModeEnum;
  @Field(() => AllocationPolicyEnum) allocationPolicy: AllocationPolicyEnum;
  @Field({ description: 'Holds what is not allocated to a team (CENTRAL policy, engineers without a team).' })
  centralCostCentre: string;
  @Field({ description: 'GL account debited with AI-tooling expense.' }) glExpenseAccount: string;
  @Field({ description: 'GL account credited for invoiced provider cost.' }) glPayableAccount: string;
  @Field({ description: 'GL account credited for cost not yet invoiced.' }) glAccrualAccount: string;
  @Field(() => Int, { description: 'How far an invoice may differ and still reconcile, in basis points.' })
  invoiceToleranceBp: number;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@InputType({ description: 'The settings to change; fields left out keep their value.' })
export class UpdateChargebackSettingsInput {
  @Field(() => ChargebackModeEnum, { nullable: true }) @IsOptional() mode?: ChargebackModeEnum;
  @Field(() => AllocationPolicyEnum, { nullable: true })
  @IsOptional()
  allocationPolicy?: AllocationPolicyEnum;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) centralCostCentre?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) glExpenseAccount?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) glPayableAccount?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) glAccrualAccount?: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of basis points' })
  invoiceToleranceBp?: number;
}

@ObjectType('SharedCost', {
  description: 'A shared-service cost of a month, allocated to teams by the policy.',
})
export class SharedCostObject {
  @Field(() => ID) id: string;
  @Field() month: string;
  @Field() description: string;
  @Field() amountMicros: string;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field() createdAt: Date;
}

@InputType({
  description: 'A shared cost of an open month; the amount in the company currency ("1200", "99.50").',
})
export class AddSharedCostInput {
  @Field() @IsString() @MaxLength(7) month: string;
  @Field() @IsString() @MaxLength(200) description: string;
  @Field() @IsString() @MaxLength(40) amount: string;
}
