import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { CompanyObject } from '../../companies/dto/company.object';

@ObjectType('User')
export class UserObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => [Role]) roles: Role[];
  @Field() createdAt: Date;
  @Field(() => CompanyObject) company: CompanyObject;
}
