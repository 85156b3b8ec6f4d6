import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The company setting HR chooses: whether managers see their reports' own allowance figures (an allowance
 * is pay at a known ratio, so seeing one is seeing pay). Off by default, for every company already there too.
 */
export class AllowanceSight1795680000000 implements MigrationInterface {
  name = 'AllowanceSight1795680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table companies add column managers_see_allowances boolean not null default false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table companies drop column managers_see_allowances`);
  }
}
