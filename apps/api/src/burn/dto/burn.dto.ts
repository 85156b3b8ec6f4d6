import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EngineerBurn } from '../burn.service';

/** The columns the per-engineer table sorts by (libs/domain burnTableRows). */
export enum BurnSortEnum {
  NAME = 'name',
  TEAM = 'team',
  ALLOWANCE = 'allowance',
  ACCRUED = 'accrued',
  SPENT = 'spent',
  HELD = 'held',
  AVAILABLE = 'available',
  BURN7 = 'burn7',
  BURN30 = 'burn30',
  RUNS_OUT = 'runsOut',
  BAND = 'band',
  CONFIDENCE = 'confidence',
  SIGNAL = 'signal',
}
registerEnumType(BurnSortEnum, {
  name: 'BurnSort',
  description:
    'A column of the per-engineer burn table. RUNS_OUT and BAND sort those who last the period last.',
});

export enum BurnShowEnum {
  ALL = 'all',
  RUNS_OUT = 'runsOut',
  UNDER_USE = 'underUse',
}
registerEnumType(BurnShowEnum, {
  name: 'BurnShow',
  description: 'Everyone, those who run out before period end at their pace, or those who barely use theirs.',
});

@ObjectType('EngineerBurn', {
  description:
    'One engineer’s burn as their manager sees it (the engineer sees exactly this in “what my manager sees”).',
})
export class EngineerBurnObject {
  @Field(() => ID) engineerId: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The annual allowance in force; null when the viewer may not see this person’s allowance figures (a manager, by the company setting).',
  })
  allowanceMicros: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Accrued (posted grants) in the period so far; null when the viewer may not see this person’s allowance figures (a manager, by the company setting).',
  })
  accruedMicros: string | null;
  @Field({ description: 'Spent in the period so far.' }) spentMicros: string;
  @Field({ description: 'Reserved by open authorizations (team-pool overflow included).' })
  heldMicros: string;
  @Field(() => String, {
    nullable: true,
    description:
      'What may still be spent from the allowance now; null when the viewer may not see this person’s allowance figures (a manager, by the company setting).',
  })
  availableMicros: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'How far the balance is below zero (0 when it is not): usage recorded beyond a hold or a hard budget, or a claw-back; later grants cover it first; null when the viewer may not see this person’s allowance figures (a manager, by the company setting).',
  })
  overageMicros: string | null;
  @Field({ description: 'The balance is below zero (overageMicros > 0).' }) inOverage: boolean;
  @Field({ description: 'Average daily spend over the last 7 days.' }) burn7Micros: string;
  @Field({ description: 'Average daily spend over the last 30 days (fewer for a new starter).' })
  burn30Micros: string;
  @Field(() => Int, { description: 'Days of history behind the 30-day burn.' }) historyDays: number;
  @Field(() => String, {
    nullable: true,
    description: 'Run-out date at the 30-day burn; null when it lasts.',
  })
  runsOutOn: string | null;
  @Field(() => String, { nullable: true, description: 'Earliest run-out of the 80% band.' }) earliest:
    string | null;
  @Field(() => String, { nullable: true, description: 'Latest run-out of the 80% band.' }) latest:
    string | null;
  @Field({ description: 'high, medium or low: how steady the daily spend is.' }) confidence: string;
  @Field({ description: 'The last day forecast: the period end, or a leaver’s end date.' }) horizon: string;
  @Field({ description: 'Runs out before the horizon at the current pace.' }) runsOutBeforeHorizon: boolean;
  @Field({ description: 'Spent under a fifth of what has accrued (a signal, not a fault).' })
  underUse: boolean;
}

@ObjectType('BurnPoint')
export class BurnPointObject {
  @Field() date: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Cumulative accrual of the team in the period by that date; null when the viewer may not see each member’s allowance and the group has fewer than 5 people.',
  })
  accruedMicros: string | null;
  @Field({ description: 'Cumulative spend of the team in the period by that date.' }) spentMicros: string;
}

@ObjectType('BurnByKey')
export class BurnByKeyObject {
  @Field({ description: 'provider/model, or the tool (source).' }) key: string;
  @Field() costMicros: string;
  @Field(() => Int) events: number;
  @Field(() => Int, {
    description: 'Of the events, those with no price yet: their cost is not known (never $0).',
  })
  unpricedEvents: number;
  @Field({ description: 'Tokens (input, output and cache) of the unpriced events.' }) unpricedTokens: string;
}

@ObjectType('TeamBurnSummary')
export class TeamBurnSummaryObject {
  @Field(() => Int) engineers: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Annual allowances in all; null when the viewer may not see each member’s allowance and the group has fewer than 5 people.',
  })
  allowanceMicros: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Accrued in all; null when the viewer may not see each member’s allowance and the group has fewer than 5 people.',
  })
  accruedMicros: string | null;
  @Field() spentMicros: string;
  @Field() heldMicros: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Available in all; null when the viewer may not see each member’s allowance and the group has fewer than 5 people.',
  })
  availableMicros: string | null;
  @Field({ description: 'Team spend per day, last 7 days.' }) burn7Micros: string;
  @Field({ description: 'Team spend per day, last 30 days.' }) burn30Micros: string;
  @Field(() => Int, { description: 'Engineers who run out before the period end at their pace.' })
  runningOut: number;
  @Field(() => Int, { description: 'Engineers who have barely used their allowance.' }) underUse: number;
  @Field(() => Int, { description: 'Engineers whose balance is below zero (in overage).' }) inOverage: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Their overage in all; null when the viewer may not see each member’s allowance and the group has fewer than 5 people.',
  })
  overageMicros: string | null;
  @Field({ description: 'Spend of the last 7 days.' }) lastWeekMicros: string;
  @Field({ description: 'Spend of the 7 days before.' }) weekBeforeMicros: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Week-over-week change in basis points (null when the week before spent nothing).',
  })
  weekOverWeekBp: number | null;
}

@ObjectType('TeamBurn')
export class TeamBurnObject {
  @Field(() => ID) teamId: string;
  @Field() teamName: string;
  @Field() currency: string;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field() asOf: string;
  @Field(() => TeamBurnSummaryObject) summary: TeamBurnSummaryObject;
  /** Every engineer's burn, for the `engineers` field to filter, sort and page (not a GraphQL field). */
  burns: EngineerBurn[];
  /** Whose own allowance figures the viewer may see, by engineer id (not a GraphQL field). */
  seesAllowanceOf: ReadonlySet<string>;
  @Field({
    description:
      'Whether the viewer sees each engineer’s own allowance figures (false for a manager by the company setting: the table then shows spend, burn and run-out only, and sorting by allowance, accrued or available is refused).',
  })
  allowancePerPerson: boolean;
  @Field(() => [BurnPointObject], {
    description: 'Cumulative spend against the accrual line: each month end, then each day of this month.',
  })
  points: BurnPointObject[];
  @Field(() => [BurnByKeyObject]) byModel: BurnByKeyObject[];
  @Field(() => [BurnByKeyObject]) bySource: BurnByKeyObject[];
}

@ObjectType('EngineerBurnPage', {
  description: 'The engineers a view of the table shows, in its order, from `offset`.',
})
export class EngineerBurnPageObject {
  @Field(() => Int, { description: 'Engineers matching the filter (all pages).' }) matching: number;
  @Field(() => Int) offset: number;
  @Field(() => [EngineerBurnObject]) rows: EngineerBurnObject[];
}
