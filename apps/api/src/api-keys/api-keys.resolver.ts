import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, SessionUser } from '../common/decorators';
import { PeopleService } from '../people/people.service';
import { ApiKey, ApiKeyScope, FINANCE_READ_SCOPE } from './api-key.entity';
import { ApiKeysService, visiblePrefix } from './api-keys.service';
import {
  ApiKeyCreationObject,
  ApiKeyObject,
  CreateApiKeyInput,
  CreatedApiKeyObject,
} from './dto/api-key.dto';

/** finance:read keys: FINANCE and ADMIN only. */
function canCreateFinanceKeys(user: SessionUser): boolean {
  return user.roles.includes(Role.ADMIN) || user.roles.includes(Role.FINANCE);
}

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
    const own = viewer.engineerId ? await this.keys.list(viewer.engineerId) : [];
    // FINANCE looks after the company's finance:read keys (a BI tool's nightly pull).
    const finance = user.roles.includes(Role.FINANCE)
      ? (await this.keys.list()).filter(
          (key) => key.engineerId === null && key.scopes.includes(FINANCE_READ_SCOPE),
        )
      : [];
    return this.objects([...finance, ...own]);
  }

  @Query(() => ApiKeyCreationObject, {
    description: 'Which keys the signed-in user can create (the same rules as createApiKey).',
  })
  async apiKeyCreation(@CurrentUser() user: SessionUser): Promise<ApiKeyCreationObject> {
    const viewer = await this.people.viewer(user);
    return {
      ownKey: viewer.engineerId !== null,
      companyKeys: user.roles.includes(Role.ADMIN),
      financeKeys: canCreateFinanceKeys(user),
    };
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
    if (input.scopes.includes(FINANCE_READ_SCOPE)) {
      // A finance key reads the whole company's books: a company key, held apart from every other scope.
      if (!canCreateFinanceKeys(user))
        throw new AppError('FORBIDDEN', 'Only FINANCE or ADMIN create finance:read keys');
      if (input.scopes.some((scope) => scope !== FINANCE_READ_SCOPE))
        throw AppError.badInput([
          { field: 'scopes', message: 'a finance:read key holds no other scope: create a second key' },
        ]);
      if (input.engineerId)
        throw AppError.badInput([
          { field: 'engineerId', message: 'a finance:read key is a company key, for no single engineer' },
        ]);
      engineerId = null;
    } else if (input.company || input.engineerId) {
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
        (candidate.engineerId !== null && candidate.engineerId === viewer.engineerId) ||
        (user.roles.includes(Role.FINANCE) &&
          candidate.engineerId === null &&
          candidate.scopes.includes(FINANCE_READ_SCOPE)),
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
