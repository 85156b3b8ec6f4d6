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

/** A key as presented in a request, before it is checked against the database. */
export interface PresentedKey {
  companyId: string;
  keyId: string;
  secret: string;
  scope: ApiKeyScope | 'any';
}

/**
 * How long an instance trusts a key it has verified without reading it again. A key revoked through this
 * instance stops working at once; through another instance, within this time (the hot metering paths then
 * skip one statement per request).
 */
export const API_KEY_TRUST_MS = 5_000;
const MAX_TRUSTED_KEYS = 10_000;

interface TrustedKey {
  until: number;
  companyId: string;
  secretHash: string;
  scopes: ApiKeyScope[];
  engineerId: string | null;
}

@Injectable()
export class ApiKeysService {
  /** When this instance last wrote last_used_at per key: skips the write on the hot path in between. */
  private readonly lastUseRecorded = new Map<string, number>();
  /** Keys this instance verified in the last API_KEY_TRUST_MS, by key id. */
  private readonly trusted = new Map<string, TrustedKey>();
  /** Keys revoked through this instance, until when they are never trusted from memory. */
  private readonly revokedHere = new Map<string, number>();

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
    // Never trusted from memory again here (even if a request racing this one reads the key before commit).
    this.trusted.delete(key.id);
    this.revokedHere.set(key.id, Date.now() + API_KEY_TRUST_MS);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await repository.update({ id }, { revokedAt: key.revokedAt });
      await this.audit.record('API_KEY_REVOKED', 'api_key', key.id, null, { name: key.name });
    }
    return key;
  }

  /**
   * Revokes every live key tied to an engineer (a leaver), in one statement; each is audited. Returns how
   * many were revoked.
   */
  async revokeAllOf(engineerId: string, reason: string): Promise<number> {
    const [rows]: [{ id: string; name: string }[], number] = await this.tenancy
      .manager()
      .query(
        `update api_keys set revoked_at = now() where engineer_id = $1 and revoked_at is null returning id, name`,
        [engineerId],
      );
    for (const row of rows) {
      this.trusted.delete(row.id);
      this.revokedHere.set(row.id, Date.now() + API_KEY_TRUST_MS);
      await this.audit.record(
        'API_KEY_REVOKED',
        'api_key',
        row.id,
        { name: row.name, status: 'ACTIVE' },
        {
          name: row.name,
          status: 'REVOKED',
          reason,
        },
      );
    }
    return rows.length;
  }

  /** Reads a presented key's parts (no database): the company lets the caller enter the tenant first. */
  parse(raw: string | undefined, scope: ApiKeyScope | 'any'): PresentedKey {
    const match = raw ? KEY.exec(raw) : null;
    if (!match) throw new AppError('UNAUTHENTICATED', 'Send an API key as `Authorization: Bearer trk_…`');
    const [, companyId, keyId, secret] = match;
    return { companyId, keyId, secret, scope };
  }

  /**
   * Proves a presented key inside the caller's tenant transaction: known, not revoked, holding the scope.
   * A key verified by this instance in the last API_KEY_TRUST_MS is proven from memory (same secret hash,
   * same company); otherwise it is read. Records last use (at most once a minute).
   */
  async verify(presented: PresentedKey): Promise<MachineCaller> {
    const now = Date.now();
    const secretHash = sha256Hex(presented.secret);
    let key = this.trustedKey(presented, secretHash, now);
    if (!key) {
      const rows: {
        secret_hash: string;
        revoked_at: Date | null;
        scopes: ApiKeyScope[];
        engineer_id: string | null;
      }[] = await this.tenancy
        .manager()
        .query(`select secret_hash, revoked_at, scopes, engineer_id from api_keys where id = $1`, [
          presented.keyId,
        ]);
      const row = rows[0];
      if (!row || !sameHash(row.secret_hash, secretHash))
        throw new AppError('UNAUTHENTICATED', 'This API key is not valid');
      if (row.revoked_at) throw new AppError('UNAUTHENTICATED', 'This API key was revoked');
      key = {
        until: now + API_KEY_TRUST_MS,
        companyId: presented.companyId,
        secretHash: row.secret_hash,
        scopes: row.scopes,
        engineerId: row.engineer_id,
      };
      if (!((this.revokedHere.get(presented.keyId) ?? 0) > now)) this.trust(presented.keyId, key);
    }
    if (presented.scope !== 'any' && !key.scopes.includes(presented.scope))
      throw new AppError('FORBIDDEN', `This API key lacks the ${presented.scope} scope`);
    if ((this.lastUseRecorded.get(presented.keyId) ?? 0) < now - 60_000) {
      this.lastUseRecorded.set(presented.keyId, now);
      await this.tenancy
        .manager()
        .query(
          `update api_keys set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
          [presented.keyId],
        );
    }
    return {
      companyId: presented.companyId,
      keyId: presented.keyId,
      engineerId: key.engineerId,
      scopes: key.scopes,
    };
  }

  /** The key as this instance verified it recently, when the presented one is the same key and secret. */
  private trustedKey(presented: PresentedKey, secretHash: string, now: number): TrustedKey | undefined {
    const key = this.trusted.get(presented.keyId);
    if (!key) return undefined;
    if (key.until <= now || (this.revokedHere.get(presented.keyId) ?? 0) > now) {
      this.trusted.delete(presented.keyId);
      return undefined;
    }
    return key.companyId === presented.companyId && sameHash(key.secretHash, secretHash) ? key : undefined;
  }

  private trust(keyId: string, key: TrustedKey): void {
    this.trusted.delete(keyId);
    if (this.trusted.size >= MAX_TRUSTED_KEYS) {
      const oldest = this.trusted.keys().next().value;
      if (oldest !== undefined) this.trusted.delete(oldest);
    }
    this.trusted.set(keyId, key);
    for (const [id, until] of this.revokedHere) if (until <= Date.now()) this.revokedHere.delete(id);
  }
}
