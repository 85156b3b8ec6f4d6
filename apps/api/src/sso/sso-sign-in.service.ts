import { OutboundHttp } from '../outbound/outbound-http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { emailDomain, normalizeDomain, ssoIdentityProblem, ssoRoles } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthService, SignedIn } from '../auth/auth.service';
import { hashPassword } from '../auth/passwords';
import { Role } from '../auth/role';
import { formatCompoundToken, parseCompoundToken, randomSecret, sameHash, sha256Hex } from '../auth/secrets';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { MembersService, normalizeEmail } from '../members/members.service';
import { User } from '../members/user.entity';
import { SecretStore } from '../secrets/secret-store';
import { SECRET_STORE } from '../secrets/secrets.module';
import { authorizationRequest, completeAuthorization, discover, OidcError } from './oidc-client';
import { ssoRedirectUri, SsoSettingsService } from './sso-settings.service';

/** How long an authorization request may take at the provider. */
const SIGN_IN_TTL_MS = 10 * 60_000;

const PROBLEMS: Record<string, string> = {
  NO_EMAIL: 'Your identity provider did not send an email address',
  EMAIL_NOT_VERIFIED: 'Your identity provider has not verified your email address',
  DOMAIN_NOT_ALLOWED: 'Your email domain is not allowed to sign in to this company',
};

const signInContext = (companyId: string, id: string) => `sso_sign_ins.code_verifier:${companyId}:${id}`;

export interface StartedSsoSignIn {
  authorizationUrl: string;
  /** The browser binding (`<company>.<id>.<secret>`), kept in an httpOnly cookie until the callback. */
  binding: string;
}

/**
 * Sign-in through a company's OIDC provider: start (find the company by slug or email domain, remember state,
 * nonce and PKCE verifier server-side, bound to this browser) and complete (consume that request once, let
 * openid-client check the response and the ID token, apply the company's identity rules, and issue the same
 * session as a password sign-in).
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger(SsoSignInService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyService,
    private readonly settings: SsoSettingsService,
    private readonly members: MembersService,
    private readonly auth: AuthService,
    @Inject(SECRET_STORE) private readonly secrets: SecretStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbound: OutboundHttp,
  ) {}

  /** The company whose connection has this slug, or whose allowed domains hold this email's (or this) domain. */
  private async findCompany(identifier: string): Promise<string | undefined> {
    const text = identifier.trim().toLowerCase();
    const domain = text.includes('@') ? emailDomain(text) : normalizeDomain(text);
    const slug = /^[a-z0-9][a-z0-9-]{1,62}$/.test(text) ? text : '';
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `select set_config('app.sso_slug', $1, true), set_config('app.sso_domain', $2, true)`,
        [slug, domain ?? ''],
      );
      const rows: { companyId: string }[] = await manager.query(
        `select company_id as "companyId" from sso_connections where slug = $1
         union select company_id from sso_domains where domain = $2`,
        [slug, domain ?? ''],
      );
      return rows[0]?.companyId;
    });
  }

  async start(identifier: string): Promise<StartedSsoSignIn> {
    if (!identifier.trim() || identifier.length > 320)
      throw AppError.badInput([
        { field: 'identifier', message: 'enter your work email or your company’s SSO name' },
      ]);
    const companyId = await this.findCompany(identifier);
    if (!companyId)
      throw new AppError('NOT_FOUND', 'No single sign-on is set up for this company or email domain', [
        { field: 'identifier', message: 'no single sign-on is set up for it' },
      ]);
    return this.tenancy.run(companyId, async (manager) => {
      const connection = await this.settings.connection();
      if (!connection) throw new AppError('NOT_FOUND', 'No single sign-on is set up for this company');
      const configuration = await this.discover(connection.issuerUrl, connection.clientId);
      const request = await authorizationRequest(
        configuration,
        ssoRedirectUri(this.config),
        identifier.includes('@') ? normalizeEmail(identifier) : undefined,
      );
      const id = randomUUID();
      const secret = randomSecret();
      await manager.query(`delete from sso_sign_ins where company_id = $1 and expires_at < now()`, [
        companyId,
      ]);
      await manager.query(
        `insert into sso_sign_ins (company_id, id, state, nonce, code_verifier_sealed, binding_hash, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          companyId,
          id,
          request.state,
          request.nonce,
          this.secrets.seal(request.codeVerifier, signInContext(companyId, id)),
          sha256Hex(secret),
          new Date(Date.now() + SIGN_IN_TTL_MS),
        ],
      );
      return { authorizationUrl: request.url, binding: formatCompoundToken({ companyId, id, secret }) };
    });
  }

  /**
   * Completes a sign-in from the provider's redirect (`callbackQuery`: the query string it sent to
   * /sso/callback) and the browser binding cookie. The request is consumed first and committed even when a
   * later check fails, so a state is never accepted twice.
   */
  async complete(callbackQuery: string, rawBinding: string | undefined): Promise<SignedIn> {
    const binding = parseCompoundToken(rawBinding);
    if (!binding)
      throw new AppError(
        'UNAUTHENTICATED',
        'This sign-in was not started in this browser, or it expired: start again',
      );
    const pending = await this.tenancy.run(binding.companyId, async (manager) => {
      const [row] = await returnedRows<{
        state: string;
        nonce: string;
        sealed: string;
        bindingHash: string;
        expiresAt: Date;
      }>(
        manager,
        `delete from sso_sign_ins where id = $1
         returning state, nonce, code_verifier_sealed as sealed, binding_hash as "bindingHash", expires_at as "expiresAt"`,
        [binding.id],
      );
      return row;
    });
    if (!pending || !sameHash(pending.bindingHash, sha256Hex(binding.secret)))
      throw new AppError(
        'UNAUTHENTICATED',
        'This sign-in was already used or was not started in this browser: start again',
      );
    if (pending.expiresAt.getTime() <= Date.now())
      throw new AppError('UNAUTHENTICATED', 'This sign-in took too long: start again');
    const codeVerifier = this.secrets.open(pending.sealed, signInContext(binding.companyId, binding.id));

    const user = await this.tenancy.run(binding.companyId, async () => {
      const connection = await this.settings.connection();
      if (!connection)
        throw new AppError('UNAUTHENTICATED', 'Single sign-on is no longer set up for this company');
      const configuration = await this.discover(connection.issuerUrl, connection.clientId);
      const callbackUrl = new URL(ssoRedirectUri(this.config));
      callbackUrl.search = new URLSearchParams(callbackQuery.replace(/^\?/, '')).toString();
      let claims: Record<string, unknown>;
      try {
        claims = await completeAuthorization(configuration, callbackUrl, {
          state: pending.state,
          nonce: pending.nonce,
          codeVerifier,
        });
      } catch (error) {
        if (!(error instanceof OidcError)) throw error;
        this.logger.warn(`SSO sign-in refused for company ${binding.companyId}: ${error.message}`);
        throw new AppError('UNAUTHENTICATED', `Single sign-on failed: ${error.message}`);
      }
      const problem = ssoIdentityProblem(claims, connection.allowedDomains);
      if (problem) throw new AppError('FORBIDDEN', PROBLEMS[problem], [], { reason: problem });
      return { claims, connection };
    });

    const email = normalizeEmail(user.claims.email as string);
    const existing = await this.tenancy.runAsLogin(email, (manager) =>
      manager.getRepository(User).findOneBy({ email }),
    );
    if (existing && existing.companyId !== binding.companyId)
      throw new AppError('FORBIDDEN', 'This email belongs to an account of another company');
    // The provider vouches for the person, not for their membership: a deactivated or removed member stays out.
    if (existing?.removedAt)
      throw new AppError(
        'FORBIDDEN',
        'This account was removed from the company: ask an ADMIN to invite you again',
      );
    if (existing?.deactivatedAt)
      throw new AppError(
        'FORBIDDEN',
        'Your account is deactivated: ask an ADMIN of your company to reactivate it',
      );
    const signedIn = existing
      ? { userId: existing.id, companyId: existing.companyId, email: existing.email, roles: existing.roles }
      : await this.joinJustInTime(binding.companyId, email, user.claims, user.connection);
    return this.auth.login(signedIn);
  }

  /** A first sign-in of a verified email of an allowed domain: a new member with the mapped roles. */
  private async joinJustInTime(
    companyId: string,
    email: string,
    claims: Record<string, unknown>,
    connection: { roleClaim: string | null; roleMappings: { value: string; role: string }[] },
  ): Promise<{ userId: string; companyId: string; email: string; roles: Role[] }> {
    // Nobody knows this password: an SSO member signs in through the provider.
    const passwordHash = await hashPassword(randomSecret());
    const roles = ssoRoles(claims, connection.roleClaim, connection.roleMappings as never) as Role[];
    const name =
      (typeof claims.name === 'string' && claims.name.trim().slice(0, 200)) ||
      email.slice(0, email.indexOf('@'));
    return this.tenancy.run(companyId, async () => {
      const created = await this.members.createUser({ email, name, passwordHash, roles });
      return { userId: created.id, companyId, email: created.email, roles: created.roles };
    });
  }

  private async discover(issuerUrl: string, clientId: string) {
    try {
      return await discover(
        { issuerUrl, clientId, clientSecret: await this.settings.clientSecret() },
        this.config,
        this.outbound,
      );
    } catch (error) {
      if (!(error instanceof OidcError)) throw error;
      this.logger.warn(`SSO provider unreachable: ${error.message}`);
      throw new AppError(
        'UNPROCESSABLE_ENTITY',
        `The identity provider could not be reached: ${error.message}`,
      );
    }
  }
}
