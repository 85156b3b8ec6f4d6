import { MigrationInterface, QueryRunner } from 'typeorm';

/** A company's time zone decides which day and month an instant belongs to (the business clock). */
export class BusinessClock1795580000000 implements MigrationInterface {
  name = 'BusinessClock1795580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "companies" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'UTC'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "companies" DROP COLUMN "time_zone"`);
  }
}
