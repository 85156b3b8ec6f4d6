import { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';
import { APP_ROLE } from '../provision';

const NEW_TENANT_TABLES = [
  'teams',
  'engineers',
  'team_memberships',
  'base_pay',
  'allowance_policies',
  'allowance_overrides',
  'ledger_accounts',
  'ledger_entries',
  'audit_entries',
];
const APPEND_ONLY = ['ledger_entries', 'audit_entries'];
const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;
/** pg-boss's own schema, installed here by the owner so the app role never needs CREATE. */
export const JOB_SCHEMA = 'pgboss';
/** Queues are tables (partitions) in pg-boss 10, so the owner creates them here, never the app role. */
export const ACCRUAL_QUEUE = 'allowances.accrue';

export class PeopleAllowancesLedger1795416936760 implements MigrationInterface {
  name = 'PeopleAllowancesLedger1795416936760';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "teams" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "name" character varying(120) NOT NULL, "parent_id" uuid, "manager_user_id" uuid, "cost_centre" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68387b83512772ab5707bed5112" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "teams_company_name_parent_key" ON "teams"  ("company_id", "parent_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "engineers" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "title" character varying(120), "level" character varying(40), "location" character varying(120), "start_date" date NOT NULL, "end_date" date, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5eb243904d2994d912fcebe9d6d" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "engineers_company_email_key" ON "engineers"  ("company_id", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "team_memberships" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "engineer_id" uuid NOT NULL, "team_id" uuid NOT NULL, "effective_from" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_79e3513df3f9dca730e285f44fc" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "team_memberships_team_idx" ON "team_memberships"  ("company_id", "team_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "team_memberships_engineer_from_key" ON "team_memberships"  ("company_id", "engineer_id", "effective_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "base_pay" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "engineer_id" uuid NOT NULL, "effective_from" date NOT NULL, "annual_micros" bigint NOT NULL, "currency" character(3) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55d6179e24801bd33a8f0f49426" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "base_pay_engineer_from_key" ON "base_pay"  ("company_id", "engineer_id", "effective_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "allowance_policies" ("company_id" uuid NOT NULL, "basis_kind" character varying(10) NOT NULL DEFAULT 'RATIO', "ratio_bp" integer DEFAULT '5000', "annual_micros" bigint, "floor_micros" bigint, "cap_micros" bigint, "fiscal_year_start_month" smallint NOT NULL DEFAULT '1', "accrual" character varying(10) NOT NULL DEFAULT 'MONTHLY', "rollover_kind" character varying(10) NOT NULL DEFAULT 'NONE', "rollover_cap_micros" bigint, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3ce5ce506405e2c6b976e02f44" PRIMARY KEY ("company_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "allowance_overrides" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "engineer_id" uuid NOT NULL, "effective_from" date NOT NULL, "basis_kind" character varying(10), "ratio_bp" integer, "annual_micros" bigint, "reason" character varying(500) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_785910b6313199bc456dde907d8" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "allowance_overrides_engineer_from_key" ON "allowance_overrides"  ("company_id", "engineer_id", "effective_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_accounts" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "owner_id" uuid NOT NULL, "balance_micros" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bc31ba9f6723f5dad70976e18ab" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ledger_accounts_owner_key" ON "ledger_accounts"  ("company_id", "kind", "owner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ledger_entries" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "from_account_id" uuid NOT NULL, "to_account_id" uuid NOT NULL, "amount_micros" bigint NOT NULL, "kind" character varying(20) NOT NULL, "reference" character varying(200) NOT NULL, "memo" character varying(500), "effective_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reverses_entry_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ledger_entries_distinct_accounts" CHECK ("from_account_id" <> "to_account_id"), CONSTRAINT "ledger_entries_amount_positive" CHECK ("amount_micros" > 0), CONSTRAINT "PK_4bc8aa28c6284f99e9983811cd6" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ledger_entries_to_idx" ON "ledger_entries"  ("company_id", "to_account_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ledger_entries_from_idx" ON "ledger_entries"  ("company_id", "from_account_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ledger_entries_reference_key" ON "ledger_entries"  ("company_id", "reference") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("company_id" uuid NOT NULL, "id" uuid NOT NULL, "actor_user_id" uuid, "action" character varying(60) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7cb19e619a1314189f81cbb9115" PRIMARY KEY ("company_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entries_company_entity_idx" ON "audit_entries"  ("company_id", "entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_entries_company_created_idx" ON "audit_entries"  ("company_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "FK_10a590f29449a3a83c9fcd5b3b3" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "FK_cb9e7467ce804b61ccea5d445a4" FOREIGN KEY ("company_id", "parent_id") REFERENCES "teams"("company_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "FK_9539a167045843761a3b4aa73b9" FOREIGN KEY ("company_id", "manager_user_id") REFERENCES "users"("company_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engineers" ADD CONSTRAINT "FK_c3b085755c0e400625806198567" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engineers" ADD CONSTRAINT "FK_9b0fbc6cf535a105fc5bd0ab0a6" FOREIGN KEY ("company_id", "user_id") REFERENCES "users"("company_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_memberships" ADD CONSTRAINT "FK_baef0c41c3953234fdcf69cdbd3" FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_memberships" ADD CONSTRAINT "FK_60c3f107df8afb28dfbc99ca2b2" FOREIGN KEY ("company_id", "team_id") REFERENCES "teams"("company_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "base_pay" ADD CONSTRAINT "FK_224077b87c170443ac9ff85cd78" FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "allowance_policies" ADD CONSTRAINT "FK_d3ce5ce506405e2c6b976e02f44" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "allowance_overrides" ADD CONSTRAINT "FK_0a8947a90593989d7f016dcaca1" FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_accounts" ADD CONSTRAINT "FK_c9556b5ccb181617dc17bf64e6d" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_entries" ADD CONSTRAINT "FK_d0ec23549d74770009c898ed217" FOREIGN KEY ("company_id", "from_account_id") REFERENCES "ledger_accounts"("company_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ledger_entries" ADD CONSTRAINT "FK_b52bde368cc64d93965cac4cbf4" FOREIGN KEY ("company_id", "to_account_id") REFERENCES "ledger_accounts"("company_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Tenancy for the new tables: RLS enabled and forced, keyed on app.company_id.
    for (const table of NEW_TENANT_TABLES) {
      const rights = APPEND_ONLY.includes(table) ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
      await queryRunner.query(`GRANT ${rights} ON "${table}" TO ${APP_ROLE}`);
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
    // Append-only, even for the owner: ledger entries and audit entries are never changed or removed.
    await queryRunner.query(`CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION forbid_change()`,
      );
    }
    // Scheduled jobs (accrual) run for every company: a transaction that sets app.jobs may list company ids.
    await queryRunner.query(
      `CREATE POLICY jobs_list_companies ON "companies" FOR SELECT USING (current_setting('app.jobs', true) = 'on')`,
    );
    // pg-boss: its construction plan without its own BEGIN/COMMIT (this migration is one transaction).
    const plan = PgBoss.getConstructionPlans(JOB_SCHEMA).replace(/^\s*(BEGIN|COMMIT);\s*$/gm, '');
    await queryRunner.query(plan);
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      ACCRUAL_QUEUE,
      JSON.stringify({
        policy: 'singleton',
        retryLimit: 3,
        retryDelay: 60,
        retryBackoff: true,
        expireInSeconds: 900,
        retentionMinutes: 1440,
      }),
    ]);
    await queryRunner.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`,
    );
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA ${JOB_SCHEMA} CASCADE`);
    await queryRunner.query(`DROP POLICY jobs_list_companies ON "companies"`);
    for (const table of APPEND_ONLY)
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION forbid_change()`);
    for (const table of NEW_TENANT_TABLES)
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP CONSTRAINT "FK_b52bde368cc64d93965cac4cbf4"`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP CONSTRAINT "FK_d0ec23549d74770009c898ed217"`);
    await queryRunner.query(`ALTER TABLE "ledger_accounts" DROP CONSTRAINT "FK_c9556b5ccb181617dc17bf64e6d"`);
    await queryRunner.query(
      `ALTER TABLE "allowance_overrides" DROP CONSTRAINT "FK_0a8947a90593989d7f016dcaca1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "allowance_policies" DROP CONSTRAINT "FK_d3ce5ce506405e2c6b976e02f44"`,
    );
    await queryRunner.query(`ALTER TABLE "base_pay" DROP CONSTRAINT "FK_224077b87c170443ac9ff85cd78"`);
    await queryRunner.query(
      `ALTER TABLE "team_memberships" DROP CONSTRAINT "FK_60c3f107df8afb28dfbc99ca2b2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_memberships" DROP CONSTRAINT "FK_baef0c41c3953234fdcf69cdbd3"`,
    );
    await queryRunner.query(`ALTER TABLE "engineers" DROP CONSTRAINT "FK_9b0fbc6cf535a105fc5bd0ab0a6"`);
    await queryRunner.query(`ALTER TABLE "engineers" DROP CONSTRAINT "FK_c3b085755c0e400625806198567"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "FK_9539a167045843761a3b4aa73b9"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "FK_cb9e7467ce804b61ccea5d445a4"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "FK_10a590f29449a3a83c9fcd5b3b3"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_company_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_entries_company_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ledger_entries_reference_key"`);
    await queryRunner.query(`DROP INDEX "public"."ledger_entries_from_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ledger_entries_to_idx"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ledger_accounts_owner_key"`);
    await queryRunner.query(`DROP TABLE "ledger_accounts"`);
    await queryRunner.query(`DROP INDEX "public"."allowance_overrides_engineer_from_key"`);
    await queryRunner.query(`DROP TABLE "allowance_overrides"`);
    await queryRunner.query(`DROP TABLE "allowance_policies"`);
    await queryRunner.query(`DROP INDEX "public"."base_pay_engineer_from_key"`);
    await queryRunner.query(`DROP TABLE "base_pay"`);
    await queryRunner.query(`DROP INDEX "public"."team_memberships_engineer_from_key"`);
    await queryRunner.query(`DROP INDEX "public"."team_memberships_team_idx"`);
    await queryRunner.query(`DROP TABLE "team_memberships"`);
    await queryRunner.query(`DROP INDEX "public"."engineers_company_email_key"`);
    await queryRunner.query(`DROP TABLE "engineers"`);
    await queryRunner.query(`DROP INDEX "public"."teams_company_name_parent_key"`);
    await queryRunner.query(`DROP TABLE "teams"`);
  }
}
