import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@ObjectType('Budget', {
  description: 'An engineer’s budget for the current period. Amounts are micro-units of `currency`.',
})
export class BudgetObject {
  @Field(() => ID) engineerId: string;
  @Field() engineerName: string;
  @Field() currency: string;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The allowance of the whole period (null when the viewer may not see this person’s allowance figures: a manager, by the company setting).',
  })
  allowanceMicros: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Accrued (posted) so far (null when the viewer may not see this person’s allowance figures: a manager, by the company setting).',
  })
  accruedMicros: string | null;
  @Field() spentMicros: string;
  @Field({ description: 'Reserved by open authorizations.' }) heldMicros: string;
  @Field(() => String, {
    nullable: true,
    description:
      'What may still be spent now, team-pool overflow included (null when the viewer may not see this person’s allowance figures: a manager, by the company setting).',
  })
  availableMicros: string | null;
  @Field({ description: 'Of available, what the team pool adds.' }) poolAvailableMicros: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Spent beyond the allowance (null when the viewer may not see this person’s allowance figures: a manager, by the company setting).',
  })
  overageMicros: string | null;
  @Field({ description: 'HARD (refuse beyond the budget) or SOFT (allow and flag).' }) enforcement: string;
  @Field({
    description: 'ENGINEER (their own setting) or COMPANY (the company default) decides enforcement.',
  })
  enforcementSource: string;
  @Field({ description: 'Average daily spend over the last 30 days.' }) dailyBurnMicros: string;
  @Field(() => Int, {
    nullable: true,
    description:
      '10000 = spending exactly as fast as the allowance accrues (null when the viewer may not see this person’s allowance figures: a manager, by the company setting).',
  })
  paceBp: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'When it runs out at the current pace; null: it lasts the period.',
  })
  runsOutOn: string | null;
}

@ObjectType('UsageDay')
export class UsageDayObject {
  @Field() day: string;
  @Field() costMicros: string;
  @Field(() => Int) events: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Cumulative accrued (posted grants) by the end of the day (null when the viewer may not see this person’s allowance figures: a manager, by the company setting).',
  })
  accruedMicros: string | null;
  @Field({ description: 'Cumulative spend in the period by the end of the day.' }) spentToDateMicros: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Accrued minus spent by the end of the day (the burn-down line) (null when the viewer may not see this person’s allowance figures: a manager, by the company setting).',
  })
  remainingMicros: string | null;
}

@ObjectType('UsageByKey')
export class UsageByKeyObject {
  @Field({ description: 'provider/model, or the source (tool).' }) key: string;
  @Field() costMicros: string;
  @Field(() => Int) events: number;
  @Field() inputTokens: string;
  @Field() outputTokens: string;
  @Field(() => Int, {
    description: 'Of the events, those with no price yet: their cost is not known (never $0).',
  })
  unpricedEvents: number;
  @Field({ description: 'Tokens (input, output and cache) of the unpriced events.' }) unpricedTokens: string;
}

@ObjectType('UsageSummary')
export class UsageSummaryObject {
  @Field() currency: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => [UsageDayObject], { description: 'Every day of the period up to today.' })
  days: UsageDayObject[];
  @Field(() => [UsageByKeyObject]) byModel: UsageByKeyObject[];
  @Field(() => [UsageByKeyObject]) bySource: UsageByKeyObject[];
}

@ObjectType('UsageEvent')
export class UsageEventObject {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field() source: string;
  @Field() provider: string;
  @Field() model: string;
  @Field() inputTokens: string;
  @Field() outputTokens: string;
  @Field() cacheReadTokens: string;
  @Field() cacheWriteTokens: string;
  @Field() costMicros: string;
  @Field() currency: string;
  @Field() unpriced: boolean;
}

@ObjectType('UnpricedModel', {
  description: 'Usage of a model with no price: recorded, flagged, not counted until priced.',
})
export class UnpricedModelObject {
  @Field() provider: string;
  @Field() model: string;
  @Field(() => Int) events: number;
  @Field(() => Int) engineers: number;
  @Field() inputTokens: string;
  @Field() outputTokens: string;
  @Field() firstSeen: Date;
  @Field() lastSeen: Date;
}

@ObjectType('UnmappedIdentity', {
  description: 'Telemetry from someone Tokenroll cannot match to an engineer yet.',
})
export class UnmappedIdentityObject {
  @Field({
    description: 'email or account_uuid (telemetry), or api_key (a company key’s usage without an engineer)',
  })
  identityKind: string;
  @Field() identityValue: string;
  @Field({ description: 'How to show the identity: the key’s name for api_key, else the value.' })
  label: string;
  @Field(() => Int) records: number;
  @Field() inputTokens: string;
  @Field() outputTokens: string;
  @Field() lastSeen: Date;
}

@InputType()
export class MapIdentityInput {
  @Field({
    description: 'email or account_uuid (telemetry), or api_key: a company key’s usage without an engineer.',
  })
  @IsIn(['email', 'account_uuid', 'api_key'], { message: 'must be email, account_uuid or api_key' })
  identityKind: string;
  @Field() @IsString() @IsNotEmpty({ message: 'is required' }) @MaxLength(320) identityValue: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be an engineer id' }) engineerId: string;
}
