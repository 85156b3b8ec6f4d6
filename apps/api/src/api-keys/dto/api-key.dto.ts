import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

@ObjectType('ApiKey')
export class ApiKeyObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'What lists show of the key; the secret is shown only once, at creation.' })
  prefix: string;
  @Field(() => [String], { description: 'usage:write, authorize, budget:read, finance:read' })
  scopes: string[];
  @Field(() => ID, { nullable: true, description: 'The engineer the key acts for; null for a company key.' })
  engineerId: string | null;
  @Field(() => String, { nullable: true }) engineerName: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('ApiKeyCreation', {
  description: 'Which keys the signed-in user can create: the web app offers only these.',
})
export class ApiKeyCreationObject {
  @Field({ description: 'A key of their own: they have an engineer record (its budget is the key’s).' })
  ownKey: boolean;
  @Field({ description: 'Company keys and keys for any engineer (ADMIN).' })
  companyKeys: boolean;
  @Field({
    description:
      'finance:read company keys, for a BI tool to pull statements and the FOCUS / GL exports (FINANCE, ADMIN).',
  })
  financeKeys: boolean;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyObject {
  @Field({ description: 'The whole key. Shown once: store it now.' }) secret: string;
  @Field(() => ApiKeyObject) apiKey: ApiKeyObject;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  name: string;
  @Field(() => [String])
  @ArrayMinSize(1, { message: 'must name at least one scope' })
  @ArrayMaxSize(4)
  @IsIn(['usage:write', 'authorize', 'budget:read', 'finance:read'], {
    each: true,
    message: 'must be usage:write, authorize, budget:read or finance:read',
  })
  scopes: string[];
  @Field(() => ID, {
    nullable: true,
    description:
      'ADMIN only: a key for this engineer. Omit for your own key (engineers) or a company key (ADMIN with company: true).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'is not an engineer id' })
  engineerId?: string;
  @Field({
    nullable: true,
    description: 'ADMIN only: a company key (a gateway or importer names the engineer per event).',
  })
  @IsOptional()
  company?: boolean;
}
