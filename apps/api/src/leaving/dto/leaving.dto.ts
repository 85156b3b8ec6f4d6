import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';
import { DATE_PATTERN } from '../../common/input-patterns';

@InputType()
export class LeavingPreviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'is not an engineer id' }) engineerId: string;
  @Field({ description: 'The last employed day being considered.' })
  @Matches(DATE_PATTERN, { message: 'must be a date like 2026-04-01' })
  endDate: string;
}

@ObjectType('ReversedGrant', {
  description: 'A month’s grant (or part of it) taken back because it falls after the last day.',
})
export class ReversedGrantObject {
  @Field() month: string;
  @Field({ description: 'Micro-units taken back (positive).' }) amountMicros: string;
}

@ObjectType('LeavingPreview', {
  description:
    'What setting this end date will do, computed by the same accrual run as saving it (run and rolled back): nothing is written.',
})
export class LeavingPreviewObject {
  @Field(() => ID) engineerId: string;
  @Field({ description: 'The last day paid: the last employed day.' }) lastDayPaid: string;
  @Field({
    description:
      'The day the unused allowance is forfeited (the day after the last, or today when that is past).',
  })
  forfeitOn: string;
  @Field() currency: string;
  @Field({ description: 'The allowance balance now.' }) balanceNowMicros: string;
  @Field({ description: 'Grants still to come up to the last day (prorated for its month).' })
  grantsToComeMicros: string;
  @Field(() => [ReversedGrantObject], {
    description: 'Grants already posted for days after the last day, taken back.',
  })
  reversedGrants: ReversedGrantObject[];
  @Field({ description: 'The total of reversedGrants.' }) reversedMicros: string;
  @Field({ description: 'The unused balance forfeited at the end date (if nothing more is spent).' })
  forfeitMicros: string;
  @Field({ description: 'Spend after the last day already on record: it stays, as the leaver’s overage.' })
  overageMicros: string;
  @Field(() => String, {
    nullable: true,
    description: 'The sign-in that is deactivated after the last day; null when they have none.',
  })
  loginEmail: string | null;
  @Field(() => Int, { description: 'API keys of theirs that are revoked after the last day.' })
  apiKeysToRevoke: number;
}
