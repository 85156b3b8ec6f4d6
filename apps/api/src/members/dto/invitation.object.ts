import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../../auth/role';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => [Role]) roles: Role[];
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;
  @Field(() => String, {
    nullable: true,
    description:
      'The link the invitee opens. Returned only when it was just created, and only outside production mail delivery.',
  })
  acceptUrl: string | null;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewObject {
  @Field() email: string;
  @Field() companyName: string;
  @Field(() => [Role]) roles: Role[];
  @Field() expiresAt: Date;
}
