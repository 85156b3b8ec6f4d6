import { MigrationInterface, QueryRunner } from 'typeorm';
import { ledgerSql } from '../../ledger/sql-files';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;

/** The ledger's functions this migration creates (new) or replaces (new version, same signature). */
const NEW_FUNCTIONS = ['ledger_period_lock_key(uuid)', 'ledger_open_from()'];

/**
 * The ledger's own house:
 * - its PL/pgSQL moves out of migration strings into versioned files under apps/api/src/ledger/sql/, loaded
 *   here: authorize_hold_v2 (the business date is a parameter everywhere: the team membership was read at
 *   current_date), ledger_post_many_v2 (accounting periods), accounting_periods_v1;
 * - accounting periods: `accounting_periods` lists the closed months (append-only; months close in order);
 *   an entry effective in a closed month is posted at the start of the first open month, its original date
 *   kept in `ledger_entries.original_effective_at`.
 * Existing entries, holds and balances are not touched (apps/api/src/ledger/carry-forward.int-spec.ts).
 */
export class LedgerHouse1795630000000 implements MigrationInterface {
  name = 'LedgerHouse1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "accounting_periods" (
      "company_id" uuid NOT NULL,
      "month" date NOT NULL,
      "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "closed_by" uuid,
      CONSTRAINT "accounting_periods_first_day" CHECK ("month" = date_trunc('month', "month")::date),
      CONSTRAINT "PK_681c8bf54376575cc2488e6cd2d" PRIMARY KEY ("company_id", "month"))`);
    await q(`ALTER TABLE "accounting_periods" ADD CONSTRAINT "FK_09703b2643f3690b23ca29a3aea" FOREIGN KEY ("company_id")
      REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // A closed month is never reopened: the app role may insert and read, and nobody may change a row.
    await q(`GRANT SELECT, INSERT ON "accounting_periods" TO ${APP_ROLE}`);
    await q(`ALTER TABLE "accounting_periods" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "accounting_periods" FORCE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_isolation ON "accounting_periods" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );
    await q(
      `CREATE TRIGGER accounting_periods_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "accounting_periods" FOR EACH STATEMENT EXECUTE FUNCTION forbid_change()`,
    );
    await q(`ALTER TABLE "ledger_entries" ADD "original_effective_at" TIMESTAMP WITH TIME ZONE`);

    await q(ledgerSql('accounting_periods_v1.sql'));
    await q(ledgerSql('ledger_post_many_v2.sql'));
    await q(ledgerSql('authorize_hold_v2.sql'));
    // CREATE OR REPLACE keeps the grants of the replaced functions; the new ones get the same.
    for (const fn of NEW_FUNCTIONS) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(ledgerSql('authorize_hold_v1.sql'));
    await q(ledgerSql('ledger_post_many_v1.sql'));
    for (const fn of [...NEW_FUNCTIONS].reverse()) await q(`DROP FUNCTION ${fn}`);
    await q(`ALTER TABLE "ledger_entries" DROP COLUMN "original_effective_at"`);
    await q(`DROP TABLE "accounting_periods"`);
  }
}
