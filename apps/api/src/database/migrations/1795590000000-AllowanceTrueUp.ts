import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;

/**
 * Retroactive changes true up (apps/api/src/allowances, libs/domain/src/allowance-history.ts).
 *
 * - `allowance_policy_versions`: the allowance rule of the company, effective-dated (one row per
 *   effective date). The current undated rule moves here as the version in force since always
 *   (1970-01-01); `allowance_policies` keeps only the company's current settings that are not dated
 *   (enforcement, request limits).
 * - `allowance_overrides.top_up_micros`: an annual amount on top of the basis (a permanent increase).
 * - `engineers.accruals_due_on`: the day the accrual run next has something to do for the engineer (null:
 *   now). The run picks only engineers due, so an hourly run with nothing due reads one index. Triggers set
 *   it to null on any change the rule depends on (pay, overrides, start or end date, the policy), so a
 *   change recorded by any path is trued up by the next run at the latest.
 */
export class AllowanceTrueUp1795590000000 implements MigrationInterface {
  name = 'AllowanceTrueUp1795590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "allowance_policy_versions" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "effective_from" date NOT NULL,
      "basis_kind" character varying(10) NOT NULL,
      "ratio_bp" integer,
      "annual_micros" bigint,
      "floor_micros" bigint,
      "cap_micros" bigint,
      "fiscal_year_start_month" smallint NOT NULL,
      "accrual" character varying(10) NOT NULL,
      "rollover_kind" character varying(10) NOT NULL,
      "rollover_cap_micros" bigint,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "effective_from"))`);
    await q(`GRANT SELECT, INSERT, UPDATE ON "allowance_policy_versions" TO ${APP_ROLE}`);
    await q(`ALTER TABLE "allowance_policy_versions" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "allowance_policy_versions" FORCE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_isolation ON "allowance_policy_versions" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );
    await q(`INSERT INTO "allowance_policy_versions" (company_id, effective_from, basis_kind, ratio_bp, annual_micros,
               floor_micros, cap_micros, fiscal_year_start_month, accrual, rollover_kind, rollover_cap_micros, created_by)
             SELECT company_id, '1970-01-01', basis_kind, ratio_bp, annual_micros, floor_micros, cap_micros,
                    fiscal_year_start_month, accrual, rollover_kind, rollover_cap_micros, updated_by
               FROM "allowance_policies"`);
    for (const column of [
      'basis_kind',
      'ratio_bp',
      'annual_micros',
      'floor_micros',
      'cap_micros',
      'fiscal_year_start_month',
      'accrual',
      'rollover_kind',
      'rollover_cap_micros',
    ])
      await q(`ALTER TABLE "allowance_policies" DROP COLUMN "${column}"`);

    await q(`ALTER TABLE "allowance_overrides" ADD "top_up_micros" bigint NOT NULL DEFAULT '0'`);
    await q(`ALTER TABLE "engineers" ADD "accruals_due_on" date`);

    // Any change the rule depends on makes the engineer due now.
    await q(`CREATE FUNCTION engineers_accrual_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.accruals_due_on := NULL;
        RETURN NEW;
      END $$`);
    await q(`CREATE TRIGGER engineers_accrual_inputs_changed BEFORE UPDATE OF start_date, end_date ON "engineers"
      FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date)
      EXECUTE FUNCTION engineers_accrual_inputs_changed()`);
    await q(`CREATE FUNCTION engineer_rule_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE engineers e SET accruals_due_on = NULL
         WHERE e.accruals_due_on IS NOT NULL AND e.id IN (SELECT engineer_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    for (const table of ['base_pay', 'allowance_overrides'])
      for (const [op, transition] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ])
        await q(`CREATE TRIGGER ${table}_${op.toLowerCase()}_rule_changed AFTER ${op} ON "${table}"
          REFERENCING ${transition} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION engineer_rule_changed()`);
    await q(`CREATE FUNCTION allowance_policy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE engineers e SET accruals_due_on = NULL
         WHERE e.accruals_due_on IS NOT NULL AND e.company_id IN (SELECT company_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    for (const op of ['INSERT', 'UPDATE'])
      await q(`CREATE TRIGGER allowance_policy_versions_${op.toLowerCase()}_changed AFTER ${op} ON "allowance_policy_versions"
        REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION allowance_policy_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const op of ['insert', 'update'])
      await q(`DROP TRIGGER allowance_policy_versions_${op}_changed ON "allowance_policy_versions"`);
    await q(`DROP FUNCTION allowance_policy_changed()`);
    for (const table of ['base_pay', 'allowance_overrides'])
      for (const op of ['insert', 'update', 'delete'])
        await q(`DROP TRIGGER ${table}_${op}_rule_changed ON "${table}"`);
    await q(`DROP FUNCTION engineer_rule_changed()`);
    await q(`DROP TRIGGER engineers_accrual_inputs_changed ON "engineers"`);
    await q(`DROP FUNCTION engineers_accrual_inputs_changed()`);
    await q(`ALTER TABLE "engineers" DROP COLUMN "accruals_due_on"`);
    await q(`ALTER TABLE "allowance_overrides" DROP COLUMN "top_up_micros"`);
    await q(
      `ALTER TABLE "allowance_policies" ADD "basis_kind" character varying(10) NOT NULL DEFAULT 'RATIO'`,
    );
    await q(`ALTER TABLE "allowance_policies" ADD "ratio_bp" integer DEFAULT '5000'`);
    await q(`ALTER TABLE "allowance_policies" ADD "annual_micros" bigint`);
    await q(`ALTER TABLE "allowance_policies" ADD "floor_micros" bigint`);
    await q(`ALTER TABLE "allowance_policies" ADD "cap_micros" bigint`);
    await q(`ALTER TABLE "allowance_policies" ADD "fiscal_year_start_month" smallint NOT NULL DEFAULT '1'`);
    await q(
      `ALTER TABLE "allowance_policies" ADD "accrual" character varying(10) NOT NULL DEFAULT 'MONTHLY'`,
    );
    await q(
      `ALTER TABLE "allowance_policies" ADD "rollover_kind" character varying(10) NOT NULL DEFAULT 'NONE'`,
    );
    await q(`ALTER TABLE "allowance_policies" ADD "rollover_cap_micros" bigint`);
    await q(`UPDATE "allowance_policies" p SET basis_kind = v.basis_kind, ratio_bp = v.ratio_bp, annual_micros = v.annual_micros,
               floor_micros = v.floor_micros, cap_micros = v.cap_micros, fiscal_year_start_month = v.fiscal_year_start_month,
               accrual = v.accrual, rollover_kind = v.rollover_kind, rollover_cap_micros = v.rollover_cap_micros
               FROM (SELECT DISTINCT ON (company_id) * FROM "allowance_policy_versions" ORDER BY company_id, effective_from DESC) v
              WHERE v.company_id = p.company_id`);
    await q(`DROP TABLE "allowance_policy_versions"`);
  }
}
