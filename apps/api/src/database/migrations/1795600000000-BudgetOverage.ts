import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;

/**
 * Overage on record. The ledger balance below zero carries the debt; `usage_overages` says which usage made
 * it, for burn and alerts: per engineer and usage batch (or settled authorization) that took the allowance
 * below zero, the first usage event over budget, how many events were and by how much in all. Insert-only,
 * written only when usage goes over (the usage events themselves are never updated for it). The settled
 * hold keeps its overage for the settle's answer.
 */
export class BudgetOverage1795600000000 implements MigrationInterface {
  name = 'BudgetOverage1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "usage_overages" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "engineer_id" uuid NOT NULL,
      "occurred_at" timestamptz NOT NULL,
      "usage_event_id" uuid,
      "hold_id" uuid,
      "events" integer NOT NULL CHECK ("events" > 0),
      "overage_micros" bigint NOT NULL CHECK ("overage_micros" > 0),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(
      `CREATE INDEX "usage_overages_engineer_idx" ON "usage_overages" ("company_id", "engineer_id", "occurred_at")`,
    );
    await q(`GRANT SELECT, INSERT ON "usage_overages" TO ${APP_ROLE}`);
    await q(`ALTER TABLE "usage_overages" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "usage_overages" FORCE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_isolation ON "usage_overages" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );
    await q(
      `ALTER TABLE "holds" ADD "overage_micros" bigint NOT NULL DEFAULT 0 CHECK ("overage_micros" >= 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "holds" DROP COLUMN "overage_micros"`);
    await queryRunner.query(`DROP TABLE "usage_overages"`);
  }
}
