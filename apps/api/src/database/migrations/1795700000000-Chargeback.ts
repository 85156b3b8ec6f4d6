import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;

/**
 * Chargeback (issue 14), the core tables of `chargeback/`:
 * - `chargeback_settings`: one row per company: showback or chargeback, the allocation policy of shared and
 *   unabsorbed cost, the central cost centre, the GL account codes (exports) and the invoice tolerance
 *   (reconciliation). A company without a row has the defaults (chargeback.settings.ts).
 * - `shared_costs`: shared-service costs FINANCE enters for a month (allocated like unmapped usage).
 * - `statement_lines`: a closed month's charge lines, frozen at close in their deterministic order (line_no),
 *   with team names and cost centres as they were. Append-only: a closed month is never reopened.
 * - `statement_allowances`: a closed month's allowance figures per engineer (granted, spent, overage). Append-only.
 * - `period_closes`: who closed which month, when, why (when items were open) and the checklist they saw.
 *   Append-only.
 * Pricing's self-hosted prices get `gpu_count` (how many GPUs the hourly cost is for; 1 before), so the
 * month's capacity cost is gpu $/h × gpus × hours in force.
 * Mail gets one more kind, STATEMENT (a team's statement to its manager at close).
 * Metering publishes `metering_usage_by_day` (security invoker: row-level security applies as on
 * `usage_daily`), the read of its daily rollups other modules may name.
 */
export class Chargeback1795700000000 implements MigrationInterface {
  name = 'Chargeback1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "chargeback_settings" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "mode" character varying(12) NOT NULL DEFAULT 'SHOWBACK' CHECK ("mode" IN ('SHOWBACK', 'CHARGEBACK')),
      "allocation_policy" character varying(12) NOT NULL DEFAULT 'PRO_RATA'
        CHECK ("allocation_policy" IN ('PRO_RATA', 'HEADCOUNT', 'CENTRAL')),
      "central_cost_centre" character varying(40) NOT NULL DEFAULT 'CENTRAL',
      "gl_expense_account" character varying(40) NOT NULL DEFAULT '6400',
      "gl_payable_account" character varying(40) NOT NULL DEFAULT '2100',
      "gl_accrual_account" character varying(40) NOT NULL DEFAULT '2150',
      "invoice_tolerance_bp" integer NOT NULL DEFAULT 100 CHECK ("invoice_tolerance_bp" BETWEEN 0 AND 10000),
      "updated_by" uuid,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id"))`);
    await q(`CREATE TABLE "shared_costs" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "month" date NOT NULL CHECK ("month" = date_trunc('month', "month")::date),
      "description" character varying(200) NOT NULL,
      "amount_micros" bigint NOT NULL,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"))`);
    await q(`CREATE INDEX "shared_costs_month_idx" ON "shared_costs" ("company_id", "month")`);
    await q(`CREATE TABLE "statement_lines" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "month" date NOT NULL,
      "line_no" integer NOT NULL,
      "day" date NOT NULL,
      "category" character varying(12) NOT NULL CHECK ("category" IN ('USAGE', 'ADJUSTMENT', 'SHARED', 'UNABSORBED')),
      "engineer_id" uuid,
      "engineer_name" character varying(200),
      "team_id" uuid,
      "team_name" character varying(120) NOT NULL,
      "cost_centre" character varying(40) NOT NULL,
      "provider" character varying(40),
      "model" character varying(120),
      "tool" character varying(60),
      "original_month" character(7),
      "input_tokens" bigint NOT NULL DEFAULT 0,
      "output_tokens" bigint NOT NULL DEFAULT 0,
      "cache_read_tokens" bigint NOT NULL DEFAULT 0,
      "cache_write_tokens" bigint NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL,
      "list_cost_micros" bigint NOT NULL,
      "description" character varying(300) NOT NULL,
      PRIMARY KEY ("company_id", "month", "line_no"))`);
    await q(`CREATE TABLE "statement_allowances" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "month" date NOT NULL,
      "engineer_id" uuid NOT NULL,
      "engineer_name" character varying(200) NOT NULL,
      "team_id" uuid,
      "team_name" character varying(120) NOT NULL,
      "cost_centre" character varying(40) NOT NULL,
      "leaver" boolean NOT NULL,
      "granted_micros" bigint NOT NULL,
      "spent_micros" bigint NOT NULL,
      "overage_micros" bigint NOT NULL,
      PRIMARY KEY ("company_id", "month", "engineer_id"))`);
    await q(`CREATE TABLE "period_closes" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "month" date NOT NULL,
      "checklist" jsonb NOT NULL,
      "reason" character varying(1000),
      "closed_by" uuid,
      "closed_at" timestamptz NOT NULL DEFAULT now(),
      "lines" integer NOT NULL,
      "total_micros" bigint NOT NULL,
      PRIMARY KEY ("company_id", "month"))`);

    const tables: [string, string][] = [
      ['chargeback_settings', 'SELECT, INSERT, UPDATE'],
      ['shared_costs', 'SELECT, INSERT, DELETE'],
      ['statement_lines', 'SELECT, INSERT'],
      ['statement_allowances', 'SELECT, INSERT'],
      ['period_closes', 'SELECT, INSERT'],
    ];
    for (const [table, grants] of tables) {
      await q(`GRANT ${grants} ON "${table}" TO ${APP_ROLE}`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
    for (const table of ['statement_lines', 'statement_allowances', 'period_closes']) {
      await q(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION forbid_change()`,
      );
    }

    await q(`ALTER TABLE "company_model_prices" ADD "gpu_count" integer NOT NULL DEFAULT 1`);

    // The close mails each team's manager their statement: one more kind of mail in the delivery log.
    await q(`ALTER TABLE "alert_deliveries" DROP CONSTRAINT "alert_deliveries_kind_check"`);
    await q(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_kind_check" CHECK ("kind" IN ('ALERT', 'INVITATION', 'APPROVAL', 'TEST', 'STATEMENT'))`,
    );

    await q(`CREATE VIEW "metering_usage_by_day" WITH (security_invoker = true) AS
      SELECT "company_id", "engineer_id", "day", "provider", "model", "source", "events", "input_tokens",
             "output_tokens", "cache_read_tokens", "cache_write_tokens", "cost_micros", "unpriced_events"
        FROM "usage_daily"`);
    await q(`GRANT SELECT ON "metering_usage_by_day" TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP VIEW "metering_usage_by_day"`);
    await q(`DELETE FROM "alert_deliveries" WHERE "kind" = 'STATEMENT'`);
    await q(`ALTER TABLE "alert_deliveries" DROP CONSTRAINT "alert_deliveries_kind_check"`);
    await q(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_kind_check" CHECK ("kind" IN ('ALERT', 'INVITATION', 'APPROVAL', 'TEST'))`,
    );
    await q(`ALTER TABLE "company_model_prices" DROP COLUMN "gpu_count"`);
    for (const table of [
      'period_closes',
      'statement_allowances',
      'statement_lines',
      'shared_costs',
      'chargeback_settings',
    ])
      await q(`DROP TABLE "${table}"`);
  }
}
