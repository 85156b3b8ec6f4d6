import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { AuditService } from '../audit/audit.service';
import { randomSecret, sameHash, sha256Hex } from '../auth/secrets';
import { ApiKey, ApiKeyScope, API_KEY_SCOPES } from './api-key.entity';

/** The caller of a machine endpoint, as proven by its API key. */
export interface MachineCaller {
  companyId: string;
  keyId: string;
  engineerId: string | null;
  scopes: ApiKeyScope[];
}

const KEY =
  /^trk_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** `trk_<company>.<key id>.<secret>`: the company lets the server enter the tenant before the lookup. */
export function formatApiKey(companyId: string, id: string, secret: string): string {
  return `trk_${companyId}.${id}.${secret}`;
}

/** What lists show of a key: never the secret. */
export function visiblePrefix(id: string): string {
  return `trk_…${id.slice(0, 8)}`;
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
  ) {}

  async create(input: {
    name: string;
    scopes: ApiKeyScope[];
    engineerId: string | null;
  }): Promise<{ key: ApiKey; secret: string }> {
    const scopes = [...new Set(input.scopes)];
    if (!scopes.length || scopes.some((scope) => !API_KEY_SCOPES.includes(scope))) {
      throw AppError.badInput([
        { field: 'scopes', message: `must name one or more of ${API_KEY_SCOPES.join(', ')}` },
      ]);
    }
    const secret = randomSecret();
    const key = this.tenancy
      .manager()
      .getRepository(ApiKey)
      .create({
        companyId: this.tenancy.companyId(),
        id: randomUUID(),
        name: input.name.trim(),
        secretHash: sha256Hex(secret),
        scopes,
        engineerId: input.engineerId,
        createdBy: this.tenancy.actorUserId(),
        lastUsedAt: null,
        revokedAt: null,
      });
    await this.tenancy.manager().getRepository(ApiKey).insert(key);
    await this.audit.record('API_KEY_CREATED', 'api_key', key.id, null, {
      name: key.name,
      scopes,
      engineerId: key.engineerId,
    });
    return { key, secret: formatApiKey(key.companyId, key.id, secret) };
  }

  list(engineerId?: string | null): Promise<ApiKey[]> {
    const where = engineerId === undefined ? {} : { engineerId: engineerId ?? undefined };
    return this.tenancy
      .manager()
      .getRepository(ApiKey)
      .find({ where, order: { createdAt: 'DESC' } });
  }

  async revoke(id: string, allowed: (key: ApiKey) => boolean): Promise<ApiKey> {
    const repository = this.tenancy.manager().getRepository(ApiKey);
    const key = /^[0-9a-f-]{36}$/i.test(id) ? await repository.findOneBy({ id }) : null;
    if (!key || !allowed(key))
      throw new AppError('NOT_FOUND', 'No such API key', [{ field: 'id', message: 'does not exist' }]);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await repository.update({ id }, { revokedAt: key.revokedAt });
      await this.audit.record('API_KEY_REVOKED', 'api_key', key.id, null, { name: key.name });
    }
    return key;
  }

  /** Proves a presented key: well-formed, known, not revoked, holding the scope. Records last use (at most once a minute). */
  async authenticate(raw: string | undefined, scope: ApiKeyScope | 'any'): Promise<MachineCaller> {
    const match = raw ? KEY.exec(raw) : null;
    if (!match) throw new AppError('UNAUTHENTICATED', 'Send an API key as `Authorization: Bearer trk_…`');
    const [, companyId, id, secret] = match;
    return this.tenancy.run(companyId, async (manager) => {
      const key = await manager.getRepository(ApiKey).findOneBy({ id });
      if (!key || !sameHash(key.secretHash, sha256Hex(secret)))
        throw new AppError('UNAUTHENTICATED', 'This API key is not valid');
      if (key.revokedAt) throw new AppError('UNAUTHENTICATED', 'This API key was revoked');
      if (scope !== 'any' && !key.scopes.includes(scope))
        throw new AppError('FORBIDDEN', `This API key lacks the ${scope} scope`);
      await manager.query(
        `update api_keys set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [id],
      );
      return { companyId, keyId: id, engineerId: key.engineerId, scopes: key.scopes };
    });
  }
}
