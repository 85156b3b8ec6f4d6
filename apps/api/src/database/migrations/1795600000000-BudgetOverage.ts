import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overage on record: the part of a usage event's charge (or of a settled authorization's) that took the
 * engineer's allowance below zero. The ledger balance carries the debt; these columns say which usage made
 * it, for the machine answers, burn and alerts (`where overage_micros > 0`).
 */
export class BudgetOverage1795600000000 implements MigrationInterface {
  name = 'BudgetOverage1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "usage_events" ADD "overage_micros" bigint NOT NULL DEFAULT 0 CHECK ("overage_micros" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "holds" ADD "overage_micros" bigint NOT NULL DEFAULT 0 CHECK ("overage_micros" >= 0)`,
    );
    await queryRunner.query(
      `CREATE INDEX "usage_events_overage_idx" ON "usage_events" ("company_id", "engineer_id", "occurred_at") WHERE "overage_micros" > 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "usage_events_overage_idx"`);
    await queryRunner.query(`ALTER TABLE "holds" DROP COLUMN "overage_micros"`);
    await queryRunner.query(`ALTER TABLE "usage_events" DROP COLUMN "overage_micros"`);
  }
}
