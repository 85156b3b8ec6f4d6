import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;

/** Increase requests with their approvals, and the company's limits for them and for transfers. */
export class IncreasesTransfers1795510000000 implements MigrationInterface {
  name = 'IncreasesTransfers1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "allowance_policies" ADD "auto_approve_micros" bigint NOT NULL DEFAULT 50000000`);
    await q(
      `ALTER TABLE "allowance_policies" ADD "hr_approval_above_micros" bigint NOT NULL DEFAULT 1000000000`,
    );
    await q(`ALTER TABLE "allowance_policies" ADD "transfer_limit_bp" integer NOT NULL DEFAULT 2000`);
    await q(`CREATE TABLE "increase_requests" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "engineer_id" uuid NOT NULL,
      "amount_micros" bigint NOT NULL CHECK ("amount_micros" > 0),
      "kind" character varying(10) NOT NULL CHECK ("kind" IN ('TEMPORARY', 'PERMANENT')),
      "reason" character varying(1000) NOT NULL,
      "status" character varying(20) NOT NULL
        CHECK ("status" IN ('PENDING_MANAGER', 'PENDING_HR', 'APPROVED', 'REJECTED', 'CANCELLED')),
      "needs_hr" boolean NOT NULL DEFAULT false,
      "requested_by" uuid,
      "manager_decided_by" uuid,
      "manager_comment" character varying(1000),
      "decided_by" uuid,
      "decided_at" timestamptz,
      "decision_comment" character varying(1000),
      "approved_by" character varying(10),
      "source" character varying(10),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(
      `CREATE INDEX "increase_requests_status_idx" ON "increase_requests" ("company_id", "status", "created_at")`,
    );
    await q(
      `CREATE INDEX "increase_requests_engineer_idx" ON "increase_requests" ("company_id", "engineer_id", "created_at")`,
    );
    await q(`GRANT SELECT, INSERT, UPDATE ON "increase_requests" TO ${APP_ROLE}`);
    await q(`ALTER TABLE "increase_requests" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "increase_requests" FORCE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_isolation ON "increase_requests" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "increase_requests"`);
    await queryRunner.query(`ALTER TABLE "allowance_policies" DROP COLUMN "transfer_limit_bp"`);
    await queryRunner.query(`ALTER TABLE "allowance_policies" DROP COLUMN "hr_approval_above_micros"`);
    await queryRunner.query(`ALTER TABLE "allowance_policies" DROP COLUMN "auto_approve_micros"`);
  }
}
