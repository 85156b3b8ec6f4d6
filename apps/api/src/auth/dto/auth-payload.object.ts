import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../members/dto/user.object';

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field({
    description:
      'Short-lived JWT to send as `Authorization: Bearer`. The refresh token travels in an httpOnly cookie.',
  })
  accessToken: string;
  @Field() accessTokenExpiresAt: Date;
  @Field(() => UserObject) user: UserObject;
}
