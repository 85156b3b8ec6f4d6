import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { User } from '../members/user.entity';
import { RefreshToken } from './refresh-token.entity';
import {
  formatCompoundToken,
  isUuid,
  parseCompoundToken,
  randomSecret,
  sameHash,
  sha256Hex,
} from './secrets';
import { Role } from './role';

/** A Postgres enum array as the driver returns it (`{ADMIN,HR}` when the type is not registered). */
function parseRoles(value: Role[] | string): Role[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean) as Role[];
}

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface AccessTokenClaims {
  sub: string;
  cid: string;
  email: string;
  roles: string[];
  /** The sign-in (refresh-token family) this access token belongs to: signing out ends it. */
  sid: string;
}

type RotateResult = { ok: true; user: SessionUser; session: IssuedSession } | { ok: false; reason: string };

/**
 * Access tokens are short-lived HS256 JWTs. Refresh tokens rotate on every use; each belongs to a family,
 * and presenting an already-used token revokes the whole family.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly jwt: JwtService,
    private readonly tenancy: TenancyService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks a verified access token against the database on every request, in one indexed lookup outside any
   * tenant transaction (`session_state`): the member must still be active and the sign-in not signed out.
   * Returns the member as they are now (their current roles, not the token's), or null to refuse.
   */
  async current(claims: AccessTokenClaims): Promise<SessionUser | null> {
    if (!claims.sid || !isUuid(claims.sid) || !isUuid(claims.sub) || !isUuid(claims.cid)) return null;
    const rows: { roles: Role[] | string; email: string }[] = await this.dataSource.query(
      'select roles, email from session_state($1, $2, $3)',
      [claims.cid, claims.sub, claims.sid],
    );
    if (!rows.length) return null;
    return {
      userId: claims.sub,
      companyId: claims.cid,
      email: rows[0].email,
      roles: parseRoles(rows[0].roles),
      sessionId: claims.sid,
    };
  }

  /** Issues a new session (new family, or the next token of `familyId`) inside the current tenant transaction. */
  async issue(user: SessionUser, familyId: string = randomUUID()): Promise<IssuedSession> {
    const claims: AccessTokenClaims = {
      sub: user.userId,
      cid: user.companyId,
      email: user.email,
      roles: user.roles,
      sid: familyId,
    };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.accessTokenTtlSeconds });
    const secret = randomSecret();
    const id = randomUUID();
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86400_000);
    await this.tenancy
      .manager()
      .getRepository(RefreshToken)
      .insert({
        companyId: user.companyId,
        id,
        userId: user.userId,
        familyId,
        tokenHash: sha256Hex(secret),
        expiresAt: refreshTokenExpiresAt,
        usedAt: null,
        revokedAt: null,
      });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000),
      refreshToken: formatCompoundToken({ companyId: user.companyId, id, secret }),
      refreshTokenExpiresAt,
    };
  }

  /** Swaps a refresh token for a new session. A reused token revokes its family (committed before refusing). */
  async rotate(rawRefreshToken: string | undefined): Promise<{ user: SessionUser; session: IssuedSession }> {
    const token = parseCompoundToken(rawRefreshToken);
    if (!token) throw new AppError('UNAUTHENTICATED', 'Not signed in');
    const result = await this.tenancy.run(token.companyId, async (manager): Promise<RotateResult> => {
      const stored = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: token.id })
        .getOne();
      if (!stored || !sameHash(stored.tokenHash, sha256Hex(token.secret)))
        return { ok: false, reason: 'Not signed in' };
      if (stored.revokedAt) return { ok: false, reason: 'This session was signed out' };
      if (stored.usedAt) {
        await manager
          .getRepository(RefreshToken)
          .update({ familyId: stored.familyId }, { revokedAt: () => 'now()' } as never);
        return {
          ok: false,
          reason: 'This refresh token was already used; every session of this sign-in was revoked',
        };
      }
      if (stored.expiresAt <= new Date()) return { ok: false, reason: 'Your session has expired' };
      const user = await manager.getRepository(User).findOneBy({ id: stored.userId });
      if (!user || user.removedAt) return { ok: false, reason: 'Your account no longer exists' };
      if (user.deactivatedAt) return { ok: false, reason: 'Your account is deactivated' };
      await manager.getRepository(RefreshToken).update({ id: stored.id }, { usedAt: new Date() });
      const sessionUser: SessionUser = {
        userId: user.id,
        companyId: user.companyId,
        email: user.email,
        roles: user.roles,
      };
      return { ok: true, user: sessionUser, session: await this.issue(sessionUser, stored.familyId) };
    });
    if (!result.ok) throw new AppError('UNAUTHENTICATED', result.reason);
    return { user: result.user, session: result.session };
  }

  /**
   * Revokes the family of this refresh token (sign-out), and the sign-in `sessionId` of the access token that
   * asked: its access tokens stop working on the next request. Unknown tokens are ignored.
   */
  async revoke(rawRefreshToken: string | undefined, signedIn?: SessionUser): Promise<void> {
    if (signedIn?.sessionId) {
      await this.tenancy.run(signedIn.companyId, (manager) =>
        manager.getRepository(RefreshToken).update({ familyId: signedIn.sessionId, revokedAt: IsNull() }, {
          revokedAt: () => 'now()',
        } as never),
      );
    }
    const token = parseCompoundToken(rawRefreshToken);
    if (!token) return;
    await this.tenancy.run(token.companyId, async (manager) => {
      const stored = await manager.getRepository(RefreshToken).findOneBy({ id: token.id });
      if (!stored || !sameHash(stored.tokenHash, sha256Hex(token.secret))) return;
      await manager
        .getRepository(RefreshToken)
        .update({ familyId: stored.familyId }, { revokedAt: () => 'now()' } as never);
    });
  }
}
