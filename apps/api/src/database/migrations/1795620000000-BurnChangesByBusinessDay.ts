import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The burn's closed part judged by the business date, not the database's UTC day.
 *
 * Each burn_changes row now carries the earliest day its statement changed (`day`; null for a change to
 * engineers, which touches every day). The triggers record usage written for a day before the company's own
 * today (in its time zone, five minutes ahead as before, so a write in the last minutes of a day that commits
 * after midnight counts), and every grant. The API, which knows the business date (`BUSINESS_DATE` pinned or
 * the company's time zone), counts only the changes to days before that date: a write of the business day's
 * own usage never throws its closed part away, and it keeps that part only while the triggers have judged
 * at least up to its business date (a clock pinned ahead of the real day reads the closed part afresh).
 */
export class BurnChangesByBusinessDay1795620000000 implements MigrationInterface {
  name = 'BurnChangesByBusinessDay1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "burn_changes" ADD "day" date`);
    await q(`CREATE OR REPLACE FUNCTION usage_daily_closed_day_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO burn_changes (company_id, day)
        SELECT n.company_id, min(n.day) FROM new_rows n JOIN companies c ON c.id = n.company_id
         GROUP BY n.company_id, c.time_zone
        HAVING min(n.day) < (clock_timestamp() AT TIME ZONE c.time_zone + interval '5 minutes')::date;
        RETURN NULL;
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION ledger_entries_closed_grant_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO burn_changes (company_id, day)
        SELECT company_id, min((effective_at AT TIME ZONE 'UTC')::date) FROM new_rows
         WHERE kind = 'GRANT' GROUP BY company_id;
        RETURN NULL;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE OR REPLACE FUNCTION usage_daily_closed_day_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO burn_changes (company_id)
        SELECT DISTINCT company_id FROM new_rows WHERE day < (clock_timestamp() at time zone 'UTC' + interval '5 minutes')::date;
        RETURN NULL;
      END $$`);
    await q(`CREATE OR REPLACE FUNCTION ledger_entries_closed_grant_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO burn_changes (company_id)
        SELECT DISTINCT company_id FROM new_rows
         WHERE kind = 'GRANT' AND effective_at < date_trunc('month', clock_timestamp() + interval '1 day');
        RETURN NULL;
      END $$`);
    await q(`ALTER TABLE "burn_changes" DROP COLUMN "day"`);
  }
}
