import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;
const TABLES = ['usage_engineer_days', 'usage_monthly'];

/**
 * Two coarser rollups for the team burn views, kept current in the same transaction as usage_daily
 * (apps/api/src/metering/usage.service.ts addToRollups): one row per engineer × day (the daily series the
 * run-out forecast reads) and one per engineer × month × model × tool (period totals, spend by model and
 * by tool, the monthly burn line). A company-wide burn over a year then reads tens of thousands of rows,
 * not the millions usage_daily holds. Backfilled from usage_daily.
 */
export class BurnRollups1795530000000 implements MigrationInterface {
  name = 'BurnRollups1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "usage_engineer_days" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "engineer_id" uuid NOT NULL,
      "day" date NOT NULL,
      "events" integer NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("company_id", "engineer_id", "day"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(
      `CREATE INDEX "usage_engineer_days_day_idx" ON "usage_engineer_days" ("company_id", "day") INCLUDE ("engineer_id", "cost_micros")`,
    );
    await q(`CREATE TABLE "usage_monthly" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "engineer_id" uuid NOT NULL,
      "month" date NOT NULL CHECK (extract(day from "month") = 1),
      "provider" character varying(40) NOT NULL,
      "model" character varying(120) NOT NULL,
      "source" character varying(60) NOT NULL,
      "events" integer NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("company_id", "engineer_id", "month", "provider", "model", "source"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(
      `CREATE INDEX "usage_monthly_month_idx" ON "usage_monthly" ("company_id", "month") INCLUDE ("engineer_id", "cost_micros")`,
    );
    await q(`INSERT INTO "usage_engineer_days" (company_id, engineer_id, day, events, cost_micros)
      SELECT company_id, engineer_id, day, sum(events), sum(cost_micros) FROM "usage_daily" GROUP BY 1, 2, 3`);
    await q(`INSERT INTO "usage_monthly" (company_id, engineer_id, month, provider, model, source, events, cost_micros)
      SELECT company_id, engineer_id, date_trunc('month', day)::date, provider, model, source, sum(events), sum(cost_micros)
        FROM "usage_daily" GROUP BY 1, 2, 3, 4, 5, 6`);
    for (const table of TABLES) {
      await q(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO ${APP_ROLE}`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}" CASCADE`);
  }
}
