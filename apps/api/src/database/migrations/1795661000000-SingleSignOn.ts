import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;

/**
 * Single sign-on (OIDC), one connection per company:
 * - `sso_connections`: the identity provider (issuer URL, client id, client secret sealed by the secret store),
 *   the role claim and its mapping, whether SSO is required. `slug` names the company on the sign-in page
 *   (unique across companies).
 * - `sso_domains`: the email domains the provider may sign in; a domain belongs to one company at most.
 * - `sso_sign_ins`: authorization requests on their way (state, nonce, sealed PKCE verifier, a hash of the
 *   browser's binding secret), consumed once by the callback, expiring after 10 minutes.
 *
 * Before the company is known, sign-in may read one connection by slug (`app.sso_slug`) or one domain row
 * (`app.sso_domain`), like `login_lookup` on users.
 */
export class SingleSignOn1795661000000 implements MigrationInterface {
  name = 'SingleSignOn1795661000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "sso_connections" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "slug" character varying(63) NOT NULL CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      "issuer_url" character varying(2000) NOT NULL,
      "client_id" character varying(500) NOT NULL,
      "client_secret_sealed" text NOT NULL,
      "role_claim" character varying(100),
      "role_mappings" jsonb NOT NULL DEFAULT '[]',
      "sso_required" boolean NOT NULL DEFAULT false,
      "updated_by" uuid,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id"))`);
    await q(`CREATE UNIQUE INDEX "sso_connections_slug_key" ON "sso_connections" ("slug")`);
    await q(`CREATE TABLE "sso_domains" (
      "company_id" uuid NOT NULL REFERENCES "sso_connections"("company_id") ON DELETE CASCADE,
      "domain" character varying(253) NOT NULL,
      PRIMARY KEY ("company_id", "domain"))`);
    await q(`CREATE UNIQUE INDEX "sso_domains_domain_key" ON "sso_domains" ("domain")`);
    await q(`CREATE TABLE "sso_sign_ins" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "state" character varying(100) NOT NULL,
      "nonce" character varying(100) NOT NULL,
      "code_verifier_sealed" text NOT NULL,
      "binding_hash" character(64) NOT NULL,
      "expires_at" timestamptz NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"))`);
    await q(`CREATE INDEX "sso_sign_ins_expires_idx" ON "sso_sign_ins" ("company_id", "expires_at")`);

    const tables: [string, string][] = [
      ['sso_connections', 'SELECT, INSERT, UPDATE, DELETE'],
      ['sso_domains', 'SELECT, INSERT, DELETE'],
      ['sso_sign_ins', 'SELECT, INSERT, DELETE'],
    ];
    for (const [table, grants] of tables) {
      await q(`GRANT ${grants} ON "${table}" TO ${APP_ROLE}`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
    await q(
      `CREATE POLICY sso_lookup ON "sso_connections" FOR SELECT USING ("slug" = nullif(current_setting('app.sso_slug', true), ''))`,
    );
    await q(
      `CREATE POLICY sso_lookup ON "sso_domains" FOR SELECT USING ("domain" = nullif(current_setting('app.sso_domain', true), ''))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sso_sign_ins"`);
    await queryRunner.query(`DROP TABLE "sso_domains"`);
    await queryRunner.query(`DROP TABLE "sso_connections"`);
  }
}
