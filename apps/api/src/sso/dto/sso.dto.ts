import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Role } from '../../auth/role';

@ObjectType('SsoRoleMapping', { description: 'A value of the role claim and the role it gives.' })
export class SsoRoleMappingObject {
  @Field() value: string;
  @Field(() => Role) role: Role;
}

@ObjectType('SsoConnection', {
  description: 'The company’s OpenID Connect provider (the client secret is never returned).',
})
export class SsoConnectionObject {
  @Field({ description: 'The name people type on the sign-in page (or they type their work email).' })
  slug: string;
  @Field() issuerUrl: string;
  @Field() clientId: string;
  @Field(() => [String], { description: 'Email domains whose verified addresses may sign in (and join).' })
  allowedDomains: string[];
  @Field(() => String, { nullable: true, description: 'The ID token claim the roles are read from.' })
  roleClaim: string | null;
  @Field(() => [SsoRoleMappingObject]) roleMappings: SsoRoleMappingObject[];
  @Field({ description: 'Password sign-in is off for members who are not ADMIN.' }) ssoRequired: boolean;
  @Field({ description: 'The redirect URI to register at the provider.' }) redirectUri: string;
  @Field() updatedAt: Date;
}

@ObjectType('SsoSettings')
export class SsoSettingsObject {
  @Field(() => SsoConnectionObject, { nullable: true }) connection: SsoConnectionObject | null;
  @Field({ description: 'The redirect URI to register at the provider.' }) redirectUri: string;
}

@InputType()
export class SsoRoleMappingInput {
  @Field() @IsString() @MaxLength(200, { message: 'must be at most 200 characters' }) value: string;
  @Field(() => Role) @IsEnum(Role, { message: 'must be a role' }) role: Role;
}

@InputType()
export class SaveSsoConnectionInput {
  @Field() @IsString() @MaxLength(63, { message: 'must be at most 63 characters' }) slug: string;
  @Field() @IsString() @MaxLength(2000, { message: 'must be at most 2000 characters' }) issuerUrl: string;
  @Field() @IsString() @MaxLength(500, { message: 'must be at most 500 characters' }) clientId: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required the first time; leave empty to keep the stored one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  clientSecret?: string | null;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 domains' })
  @IsString({ each: true })
  @MaxLength(253, { each: true, message: 'each domain must be at most 253 characters' })
  allowedDomains: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  roleClaim?: string | null;
  @Field(() => [SsoRoleMappingInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'at most 50 mappings' })
  @ValidateNested({ each: true })
  @Type(() => SsoRoleMappingInput)
  roleMappings?: SsoRoleMappingInput[] | null;
  @Field() @IsBoolean() ssoRequired: boolean;
}

@InputType()
export class StartSsoSignInInput {
  @Field({ description: 'Your work email, or your company’s SSO name.' })
  @IsString()
  @MaxLength(320, { message: 'must be at most 320 characters' })
  identifier: string;
}

@ObjectType('SsoSignInStart')
export class SsoSignInStartObject {
  @Field({ description: 'Where to send the browser: the identity provider’s sign-in page.' })
  authorizationUrl: string;
}

@InputType()
export class CompleteSsoSignInInput {
  @Field({ description: 'The query string the provider sent to /sso/callback (code, state, iss).' })
  @IsString()
  @MaxLength(8000, { message: 'must be at most 8000 characters' })
  callbackQuery: string;
}
