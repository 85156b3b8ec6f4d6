import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const TENANT_TABLES = ['companies', 'users', 'invitations', 'refresh_tokens'];
const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;

export class Foundation1795414364155 implements MigrationInterface {
  name = 'Foundation1795414364155';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "companies" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "currency" character(3) NOT NULL DEFAULT 'USD', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('ADMIN', 'HR', 'FINANCE', 'MANAGER', 'ENGINEER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" text NOT NULL, "roles" "public"."role" array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e23fc51d81ca685bfbba9b1f414" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "invitations" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "email" character varying(320) NOT NULL, "roles" "public"."role" array NOT NULL, "token_hash" character(64) NOT NULL, "invited_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cefcac2180bb82a479adcb8373f" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "invitations_company_email_idx" ON "invitations"  ("company_id", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c4c6725f4a7d8bee8fa59f23c4" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "refresh_tokens_company_family_idx" ON "refresh_tokens"  ("company_id", "family_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_7ae6334059289559722437bcc1c" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_53407578b13649da4cac07455ad" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_2223a21a3e84ea006db2a1d2905" FOREIGN KEY ("company_id", "invited_by") REFERENCES "users"("company_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_39ef65aa7bd322c6fbab572a270" FOREIGN KEY ("company_id", "user_id") REFERENCES "users"("company_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Tenancy: row-level security, enabled and forced, keyed on the transaction-local app.company_id.
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    for (const table of TENANT_TABLES) {
      const key = table === 'companies' ? 'id' : 'company_id';
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO ${APP_ROLE}`);
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("${key}" = ${CURRENT_COMPANY}) WITH CHECK ("${key}" = ${CURRENT_COMPANY})`,
      );
    }
    // Sign-in happens before the company is known: a transaction that sets app.login_email may read that
    // one user's row (and nothing else) to find the company and the password hash.
    await queryRunner.query(
      `CREATE POLICY login_lookup ON "users" FOR SELECT USING ("email" = nullif(current_setting('app.login_email', true), ''))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "login_throttle" TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY login_lookup ON "users"`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_39ef65aa7bd322c6fbab572a270"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_2223a21a3e84ea006db2a1d2905"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_53407578b13649da4cac07455ad"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_7ae6334059289559722437bcc1c"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_company_family_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_company_email_idx"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP TABLE "companies"`);
  }
}
