import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Company')
export class CompanyObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'ISO-4217 code of the currency the company keeps its books in.' }) currency: string;
  @Field({
    description: 'IANA time zone that decides which day and month an instant belongs to (UTC by default).',
  })
  timeZone: string;
  @Field() createdAt: Date;
}
