import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../../common/password.validator';

@InputType()
export class SignUpInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  companyName: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  email: string;

  @Field()
  @IsAcceptablePassword('email')
  password: string;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(320, { message: 'must be at most 320 characters' })
  email: string;

  @Field()
  @IsString()
  @MaxLength(200, { message: 'must be at most 200 characters' })
  password: string;
}
