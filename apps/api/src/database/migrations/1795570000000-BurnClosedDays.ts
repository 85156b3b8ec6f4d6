import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;
/**
 * "Before today" as the triggers judge it: UTC days, five minutes ahead, so a write in the last minutes of a
 * day (whose transaction may commit after midnight) counts as a change to a closed day.
 */
const CLOSED_BEFORE = `(clock_timestamp() at time zone 'UTC' + interval '5 minutes')::date`;

/**
 * The log of changes to the burn's closed days (apps/api/src/burn/burn.service.ts).
 *
 * The team burn of today splits into what is closed (the period's months before this one, the forecast
 * window's days before today, for every engineer) and what is live (today, this month, balances and holds).
 * The closed part is computed once and kept by the API with the database snapshot it was read in; it stays
 * good until a transaction that committed outside that snapshot changed closed data. Every such transaction
 * leaves a row here (its transaction id) through statement triggers, so the API can ask "did anything
 * change that my snapshot did not see?" (`pg_visible_in_snapshot`), whatever order transactions commit in:
 * - usage_daily inserts and updates of a day before today (late usage, repricing);
 * - GRANT ledger entries effective before this month starts (catch-up accruals);
 * - any change to engineers (start dates cut the forecast window; a deleted engineer's usage goes).
 * Writes of today's usage, which arrive all day, leave nothing.
 */
export class BurnClosedDays1795570000000 implements MigrationInterface {
  name = 'BurnClosedDays1795570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "burn_changes" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" bigint GENERATED ALWAYS AS IDENTITY,
      "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"))`);
    await q(`CREATE INDEX "burn_changes_company_xid_idx" ON "burn_changes" ("company_id", "xid")`);
    // UPDATE only for the clean-up's row locks (select … for update skip locked): no row is ever updated.
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "burn_changes" TO ${APP_ROLE}`);
    await q(`ALTER TABLE "burn_changes" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "burn_changes" FORCE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_isolation ON "burn_changes" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );

    await q(`CREATE FUNCTION usage_daily_closed_day_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO burn_changes (company_id)
        SELECT DISTINCT company_id FROM new_rows WHERE day < ${CLOSED_BEFORE};
        RETURN NULL;
      END $$`);
    for (const op of ['INSERT', 'UPDATE'])
      await q(`CREATE TRIGGER usage_daily_${op.toLowerCase()}_closed_day_changes AFTER ${op} ON "usage_daily"
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usage_daily_closed_day_changes()`);

    await q(`CREATE FUNCTION ledger_entries_closed_grant_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO burn_changes (company_id)
        SELECT DISTINCT company_id FROM new_rows
         WHERE kind = 'GRANT' AND effective_at < date_trunc('month', clock_timestamp() + interval '1 day');
        RETURN NULL;
      END $$`);
    await q(`CREATE TRIGGER ledger_entries_closed_grant_changes AFTER INSERT ON "ledger_entries"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_closed_grant_changes()`);

    await q(`CREATE FUNCTION engineers_burn_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO burn_changes (company_id) SELECT DISTINCT company_id FROM old_rows;
        ELSE
          INSERT INTO burn_changes (company_id) SELECT DISTINCT company_id FROM new_rows;
        END IF;
        RETURN NULL;
      END $$`);
    for (const op of ['INSERT', 'UPDATE', 'DELETE'])
      await q(`CREATE TRIGGER engineers_${op.toLowerCase()}_burn_changes AFTER ${op} ON "engineers"
        REFERENCING ${op === 'DELETE' ? 'OLD' : 'NEW'} TABLE AS ${op === 'DELETE' ? 'old_rows' : 'new_rows'}
        FOR EACH STATEMENT EXECUTE FUNCTION engineers_burn_changes()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const op of ['insert', 'update', 'delete'])
      await q(`DROP TRIGGER engineers_${op}_burn_changes ON "engineers"`);
    await q(`DROP FUNCTION engineers_burn_changes()`);
    await q(`DROP TRIGGER ledger_entries_closed_grant_changes ON "ledger_entries"`);
    await q(`DROP FUNCTION ledger_entries_closed_grant_changes()`);
    for (const op of ['insert', 'update'])
      await q(`DROP TRIGGER usage_daily_${op}_closed_day_changes ON "usage_daily"`);
    await q(`DROP FUNCTION usage_daily_closed_day_changes()`);
    await q(`DROP TABLE "burn_changes"`);
  }
}
