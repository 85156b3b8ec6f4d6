import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, SessionUser } from '../common/decorators';
import { PeopleService } from '../people/people.service';
import { ApiKey, ApiKeyScope } from './api-key.entity';
import { ApiKeysService, visiblePrefix } from './api-keys.service';
import {
  ApiKeyCreationObject,
  ApiKeyObject,
  CreateApiKeyInput,
  CreatedApiKeyObject,
} from './dto/api-key.dto';

@Resolver()
export class ApiKeysResolver {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => [ApiKeyObject], {
    description: 'ADMIN: every key of the company. Others: the keys of their own engineer record.',
  })
  async apiKeys(@CurrentUser() user: SessionUser): Promise<ApiKeyObject[]> {
    if (user.roles.includes(Role.ADMIN)) return this.objects(await this.keys.list());
    const viewer = await this.people.viewer(user);
    return viewer.engineerId ? this.objects(await this.keys.list(viewer.engineerId)) : [];
  }

  @Query(() => ApiKeyCreationObject, {
    description: 'Which keys the signed-in user can create (the same rules as createApiKey).',
  })
  async apiKeyCreation(@CurrentUser() user: SessionUser): Promise<ApiKeyCreationObject> {
    const viewer = await this.people.viewer(user);
    return { ownKey: viewer.engineerId !== null, companyKeys: user.roles.includes(Role.ADMIN) };
  }

  @Mutation(() => CreatedApiKeyObject, {
    description:
      'Engineers create keys for their own tools; an ADMIN also creates company keys and keys for any engineer.',
  })
  async createApiKey(
    @Args('input') input: CreateApiKeyInput,
    @CurrentUser() user: SessionUser,
  ): Promise<CreatedApiKeyObject> {
    const isAdmin = user.roles.includes(Role.ADMIN);
    let engineerId: string | null;
    if (input.company || input.engineerId) {
      if (!isAdmin)
        throw new AppError('FORBIDDEN', 'Only an ADMIN creates company keys or keys for someone else');
      if (input.company && input.engineerId)
        throw AppError.badInput([
          { field: 'company', message: 'a key is for the company or for one engineer, not both' },
        ]);
      engineerId = input.engineerId ? (await this.people.mustFind(input.engineerId)).id : null;
    } else {
      const viewer = await this.people.viewer(user);
      if (!viewer.engineerId)
        throw AppError.badInput([
          {
            field: 'engineerId',
            message: 'you have no engineer record; an ADMIN can create a company key instead',
          },
        ]);
      engineerId = viewer.engineerId;
    }
    const { key, secret } = await this.keys.create({
      name: input.name,
      scopes: input.scopes as ApiKeyScope[],
      engineerId,
    });
    return { secret, apiKey: (await this.objects([key]))[0] };
  }

  @Mutation(() => ApiKeyObject)
  async revokeApiKey(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ApiKeyObject> {
    const viewer = await this.people.viewer(user);
    const key = await this.keys.revoke(
      id,
      (candidate) =>
        user.roles.includes(Role.ADMIN) ||
        (candidate.engineerId !== null && candidate.engineerId === viewer.engineerId),
    );
    return (await this.objects([key]))[0];
  }

  private async objects(keys: ApiKey[]): Promise<ApiKeyObject[]> {
    const names = new Map((await this.people.engineers()).map((engineer) => [engineer.id, engineer.name]));
    return keys.map((key) => ({
      id: key.id,
      name: key.name,
      prefix: visiblePrefix(key.id),
      scopes: key.scopes,
      engineerId: key.engineerId,
      engineerName: key.engineerId ? (names.get(key.engineerId) ?? null) : null,
      createdAt: key.createdAt,
      lastUsedAt: key.lastUsedAt,
      revokedAt: key.revokedAt,
    }));
  }
}
