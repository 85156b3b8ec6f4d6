import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../../auth/role';

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  INVITED = 'INVITED',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

/** A row of the members table: a user who joined, or a pending invitation. */
@ObjectType('Member')
export class MemberObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => [Role]) roles: Role[];
  @Field(() => MemberStatus) status: MemberStatus;
  @Field({ description: 'When the user joined, or when the invitation was sent.' }) since: Date;
  @Field(() => Date, { nullable: true, description: 'When the member was deactivated (DEACTIVATED only).' })
  deactivatedAt?: Date | null;
}
