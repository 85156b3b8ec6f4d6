import { Inject, Injectable } from '@nestjs/common';
import { normalizeDomain, SSO_ROLES, SsoRoleMapping } from '@tokenroll/domain';
import { QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError, FieldError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TenancyService } from '../database/tenancy.service';
import { ssoClientSecretContext } from '../secrets/contexts';
import { SecretStore } from '../secrets/secret-store';
import { SECRET_STORE } from '../secrets/secrets.module';
import { OutboundHttp } from '../outbound/outbound-http';
import { callableUrlProblem, discover, OidcError } from './oidc-client';

export interface SsoConnection {
  companyId: string;
  slug: string;
  issuerUrl: string;
  clientId: string;
  allowedDomains: string[];
  roleClaim: string | null;
  roleMappings: SsoRoleMapping[];
  ssoRequired: boolean;
  updatedAt: Date;
}

export interface SaveSsoConnection {
  slug: string;
  issuerUrl: string;
  clientId: string;
  /** Required when there is no connection yet; omitted: the stored secret stays. */
  clientSecret?: string | null;
  allowedDomains: string[];
  roleClaim?: string | null;
  roleMappings?: SsoRoleMapping[] | null;
  ssoRequired: boolean;
}

const SELECT = `select c.company_id as "companyId", c.slug, c.issuer_url as "issuerUrl", c.client_id as "clientId",
  c.role_claim as "roleClaim", c.role_mappings as "roleMappings", c.sso_required as "ssoRequired",
  c.updated_at as "updatedAt",
  coalesce((select array_agg(d.domain order by d.domain) from sso_domains d where d.company_id = c.company_id), '{}') as "allowedDomains"
  from sso_connections c`;

/** Where the provider sends people back; register it at the provider. */
export function ssoRedirectUri(config: Pick<AppConfig, 'publicUrl'>): string {
  return `${config.publicUrl}/sso/callback`;
}

/** A company's OIDC connection: what admins configure, and the policy password sign-in obeys. */
@Injectable()
export class SsoSettingsService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    @Inject(SECRET_STORE) private readonly secrets: SecretStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbound: OutboundHttp,
  ) {}

  /** The current company's connection (inside its tenant transaction), or null. */
  async connection(): Promise<SsoConnection | null> {
    const [row]: SsoConnection[] = await this.tenancy
      .manager()
      .query(`${SELECT} where c.company_id = $1`, [this.tenancy.companyId()]);
    return row ?? null;
  }

  /** The client secret of the current company's connection, opened from the secret store. */
  async clientSecret(): Promise<string> {
    const [row]: { sealed: string }[] = await this.tenancy
      .manager()
      .query(`select client_secret_sealed as sealed from sso_connections where company_id = $1`, [
        this.tenancy.companyId(),
      ]);
    if (!row) throw new AppError('NOT_FOUND', 'This company has no single sign-on');
    return this.secrets.open(row.sealed, ssoClientSecretContext(this.tenancy.companyId()));
  }

  /** Creates or replaces the connection after checking every field and discovering the provider. */
  async save(input: SaveSsoConnection): Promise<SsoConnection> {
    const before = await this.connection();
    const fields: FieldError[] = [];
    const slug = input.slug.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug))
      fields.push({ field: 'slug', message: 'must be 2 to 63 lower-case letters, digits or hyphens' });
    const issuerUrl = input.issuerUrl.trim().replace(/\/$/, '');
    const urlProblem = issuerUrl.length > 2000 ? 'must be at most 2000 characters' : null;
    if (urlProblem) fields.push({ field: 'issuerUrl', message: urlProblem });
    else {
      const problem = callableUrlProblem(issuerUrl, this.config) ?? this.outbound.urlRefusal(issuerUrl);
      if (problem) fields.push({ field: 'issuerUrl', message: problem });
    }
    const clientId = input.clientId.trim();
    if (!clientId || clientId.length > 500)
      fields.push({ field: 'clientId', message: 'is required (at most 500 characters)' });
    const clientSecret = input.clientSecret?.trim() || null;
    if (!clientSecret && !before)
      fields.push({ field: 'clientSecret', message: 'is required for a new connection' });
    if (clientSecret && clientSecret.length > 2000)
      fields.push({ field: 'clientSecret', message: 'must be at most 2000 characters' });
    const domains: string[] = [];
    for (const raw of input.allowedDomains) {
      const domain = normalizeDomain(raw);
      if (!domain)
        fields.push({ field: 'allowedDomains', message: `"${raw.slice(0, 100)}" is not a domain name` });
      else if (!domains.includes(domain)) domains.push(domain);
    }
    if (!domains.length && !fields.some((f) => f.field === 'allowedDomains'))
      fields.push({ field: 'allowedDomains', message: 'needs at least one email domain' });
    if (domains.length > 20) fields.push({ field: 'allowedDomains', message: 'at most 20 domains' });
    const roleClaim = input.roleClaim?.trim() || null;
    if (roleClaim && !/^[\w:./-]{1,100}$/.test(roleClaim))
      fields.push({ field: 'roleClaim', message: 'must be a claim name (letters, digits, _ : . / -)' });
    const roleMappings = (input.roleMappings ?? []).map((m) => ({ value: m.value.trim(), role: m.role }));
    if (roleMappings.length > 50) fields.push({ field: 'roleMappings', message: 'at most 50 mappings' });
    if (roleMappings.some((m) => !m.value || m.value.length > 200))
      fields.push({ field: 'roleMappings', message: 'each value must be 1 to 200 characters' });
    if (roleMappings.some((m) => !(SSO_ROLES as readonly string[]).includes(m.role)))
      fields.push({ field: 'roleMappings', message: `each role must be one of ${SSO_ROLES.join(', ')}` });
    if (roleMappings.length && !roleClaim)
      fields.push({ field: 'roleClaim', message: 'is required when roles are mapped' });
    if (fields.length) throw AppError.badInput(fields);

    // The provider must answer discovery with these settings before they are saved.
    const secret = clientSecret ?? (await this.clientSecret());
    try {
      await discover({ issuerUrl, clientId, clientSecret: secret }, this.config, this.outbound);
    } catch (error) {
      if (!(error instanceof OidcError)) throw error;
      throw AppError.badInput([{ field: 'issuerUrl', message: error.message }]);
    }

    const companyId = this.tenancy.companyId();
    const manager = this.tenancy.manager();
    const sealed = clientSecret ? this.secrets.seal(clientSecret, ssoClientSecretContext(companyId)) : null;
    try {
      await manager.transaction(async (inner) => {
        await inner.query(
          `insert into sso_connections (company_id, slug, issuer_url, client_id, client_secret_sealed, role_claim,
                                        role_mappings, sso_required, updated_by, updated_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())
           on conflict (company_id) do update set slug = excluded.slug, issuer_url = excluded.issuer_url,
             client_id = excluded.client_id,
             client_secret_sealed = coalesce($10, sso_connections.client_secret_sealed),
             role_claim = excluded.role_claim, role_mappings = excluded.role_mappings,
             sso_required = excluded.sso_required, updated_by = excluded.updated_by, updated_at = now()`,
          [
            companyId,
            slug,
            issuerUrl,
            clientId,
            sealed ?? 'unset',
            roleClaim,
            JSON.stringify(roleMappings),
            input.ssoRequired,
            this.tenancy.actorUserId(),
            sealed,
          ],
        );
        await inner.query(`delete from sso_domains where company_id = $1 and not (domain = any($2))`, [
          companyId,
          domains,
        ]);
        for (const domain of domains)
          await inner.query(
            `insert into sso_domains (company_id, domain) values ($1, $2) on conflict (company_id, domain) do nothing`,
            [companyId, domain],
          );
      });
    } catch (error) {
      const constraint = (error instanceof QueryFailedError &&
        (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
        (error.driverError as { constraint?: string }).constraint) as string | false;
      if (constraint === 'sso_connections_slug_key')
        throw new AppError('CONFLICT', 'This slug is taken', [
          { field: 'slug', message: 'is taken by another company' },
        ]);
      if (constraint === 'sso_domains_domain_key')
        throw new AppError('CONFLICT', 'A domain belongs to another company', [
          { field: 'allowedDomains', message: 'a domain is already claimed by another company' },
        ]);
      throw error;
    }
    const after = await this.connection();
    if (!after) throw new Error('the saved SSO connection is not visible');
    await this.audit.record(
      before ? 'SSO_CONNECTION_UPDATED' : 'SSO_CONNECTION_CREATED',
      'sso_connection',
      companyId,
      before ? auditView(before) : null,
      { ...auditView(after), clientSecretChanged: Boolean(clientSecret) },
    );
    return after;
  }

  /** Removes the connection: everyone signs in with a password again. */
  async remove(): Promise<boolean> {
    const before = await this.connection();
    if (!before) return false;
    await this.tenancy
      .manager()
      .query(`delete from sso_connections where company_id = $1`, [this.tenancy.companyId()]);
    await this.audit.record(
      'SSO_CONNECTION_DELETED',
      'sso_connection',
      before.companyId,
      auditView(before),
      null,
    );
    return true;
  }

  /**
   * Throws when the member's company requires SSO and the member is not an ADMIN (admins keep password
   * sign-in as the break-glass way in when the provider is down or misconfigured). Runs in the member's tenant.
   */
  async assertPasswordSignInAllowed(user: SessionUser): Promise<void> {
    if (user.roles.includes(Role.ADMIN)) return;
    const required = await this.tenancy.run(user.companyId, async (manager) => {
      const [row]: { required: boolean }[] = await manager.query(
        `select sso_required as required from sso_connections where company_id = $1`,
        [user.companyId],
      );
      return row?.required ?? false;
    });
    if (required)
      throw new AppError('FORBIDDEN', 'Your company requires single sign-on: use "Sign in with SSO"', [], {
        ssoRequired: true,
      });
  }
}

function auditView(connection: SsoConnection): Record<string, unknown> {
  return {
    slug: connection.slug,
    issuerUrl: connection.issuerUrl,
    clientId: connection.clientId,
    allowedDomains: connection.allowedDomains,
    roleClaim: connection.roleClaim,
    roleMappings: connection.roleMappings,
    ssoRequired: connection.ssoRequired,
  };
}
