import { MigrationInterface, QueryRunner } from 'typeorm';
import { ledgerSql } from '../../ledger/sql-files';

/** The tables whose changes change an engineer's accrual schedule (pay, overrides, the dated policy). */
const SCHEDULE_TABLES = ['base_pay', 'allowance_overrides', 'allowance_policy_versions'];

/**
 * Team burn counts true-ups and keeps the accrual schedules; alerts know overage.
 *
 * - Accrual is grants and true-up adjustments: adjustments by date get a partial index beside the grants'
 *   (few rows), and the burn_changes trigger of ledger_entries records adjustments as well as grants
 *   (ledger/sql/ledger_entries_closed_grant_changes_v1.sql).
 * - The burn's closed part keeps every engineer's accrual schedule of the period: a change of pay, of an
 *   override or of the dated policy records a change (burn_changes, no day: it touches every day), as a
 *   change of an engineer does.
 * - An alert may be of kind OVERAGE (the balance went below zero: once per engineer and period).
 */
export class BurnAccrualsAndOverage1795643000000 implements MigrationInterface {
  name = 'BurnAccrualsAndOverage1795643000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE INDEX "ledger_entries_adjustments_idx" ON "ledger_entries" ("company_id", "effective_at")
      INCLUDE ("from_account_id", "to_account_id", "amount_micros") WHERE "kind" = 'ADJUSTMENT'`);
    await q(ledgerSql('ledger_entries_closed_grant_changes_v1.sql'));
    for (const table of SCHEDULE_TABLES)
      for (const op of ['INSERT', 'UPDATE', 'DELETE'])
        await q(`CREATE TRIGGER ${table}_${op.toLowerCase()}_burn_changes AFTER ${op} ON "${table}"
          REFERENCING ${op === 'DELETE' ? 'OLD' : 'NEW'} TABLE AS ${op === 'DELETE' ? 'old_rows' : 'new_rows'}
          FOR EACH STATEMENT EXECUTE FUNCTION engineers_burn_changes()`);
    await q(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_kind_check"`);
    await q(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_kind_check" CHECK ("kind" IN ('THRESHOLD', 'RUN_OUT', 'OVERAGE'))`,
    );
    await q(
      `ALTER TABLE "alerts" ADD "overage_micros" bigint NOT NULL DEFAULT 0 CHECK ("overage_micros" >= 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DELETE FROM "alerts" WHERE "kind" = 'OVERAGE'`);
    await q(`ALTER TABLE "alerts" DROP COLUMN "overage_micros"`);
    await q(`ALTER TABLE "alerts" DROP CONSTRAINT "alerts_kind_check"`);
    await q(
      `ALTER TABLE "alerts" ADD CONSTRAINT "alerts_kind_check" CHECK ("kind" IN ('THRESHOLD', 'RUN_OUT'))`,
    );
    for (const table of SCHEDULE_TABLES)
      for (const op of ['insert', 'update', 'delete'])
        await q(`DROP TRIGGER ${table}_${op}_burn_changes ON "${table}"`);
    await q(`CREATE OR REPLACE FUNCTION ledger_entries_closed_grant_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO burn_changes (company_id, day)
        SELECT company_id, min((effective_at AT TIME ZONE 'UTC')::date) FROM new_rows
         WHERE kind = 'GRANT' GROUP BY company_id;
        RETURN NULL;
      END $$`);
    await q(`DROP INDEX "ledger_entries_adjustments_idx"`);
  }
}
