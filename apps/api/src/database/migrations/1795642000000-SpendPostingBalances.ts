import { MigrationInterface, QueryRunner } from 'typeorm';
import { ledgerSql } from '../../ledger/sql-files';
import { APP_ROLE } from '../provision';

const FUNCTION =
  'ledger_post_spend(uuid[], uuid[], uuid[], bigint[], text[], text[], text[], timestamptz[], uuid[], uuid)';

/**
 * Spend postings in one round trip (apps/api/src/ledger/sql/ledger_post_spend_v1.sql): the set-based posting
 * and the debited accounts' balances after it, which the usage path needs to flag charges over budget. Only
 * adds a function; no data changes.
 */
export class SpendPostingBalances1795642000000 implements MigrationInterface {
  name = 'SpendPostingBalances1795642000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ledgerSql('ledger_post_spend_v1.sql'));
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${FUNCTION} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${FUNCTION} TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${FUNCTION}`);
  }
}
