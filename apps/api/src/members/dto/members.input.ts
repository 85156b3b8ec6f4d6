import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { ID } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { IsAcceptablePassword } from '../../common/password.validator';

@InputType()
export class InviteMemberInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  email: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayMaxSize(5, { message: 'must name at most 5 roles' })
  @ArrayUnique({ message: 'must not repeat a role' })
  @IsEnum(Role, { each: true, message: 'must be ADMIN, HR, FINANCE, MANAGER or ENGINEER' })
  roles: Role[];
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200, { message: 'is not a valid invitation token' })
  token: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @Field()
  @IsAcceptablePassword()
  password: string;
}

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a member id' })
  userId: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayMaxSize(5, { message: 'must name at most 5 roles' })
  @ArrayUnique({ message: 'must not repeat a role' })
  @IsEnum(Role, { each: true, message: 'must be ADMIN, HR, FINANCE, MANAGER or ENGINEER' })
  roles: Role[];
}
