import { MigrationInterface, QueryRunner } from 'typeorm';
import { ledgerSql } from '../../ledger/sql-files';
import { APP_ROLE } from '../provision';
import { JOB_SCHEMA } from './1795416936760-PeopleAllowancesLedger';

/** The ledger's hold expiry on the jobs runner (it ran on a timer in every instance). */
export const HOLD_EXPIRY_QUEUE = 'holds.expire';
/** Metering's monthly usage partitions, kept ahead on the jobs runner (they were on the same timer). */
export const USAGE_PARTITIONS_QUEUE = 'usage.partitions';

const QUEUE_OPTIONS = {
  policy: 'singleton',
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 300,
  retentionMinutes: 60,
};

/**
 * Holds as the ledger's primitives:
 * - authorize_hold_v3: an engineer in overage (allowance balance below zero) does not draw on the team pool;
 *   a hard budget refuses them until grants, a transfer or an approved increase cover the overage;
 * - the queues of the hold-expiry and usage-partition jobs (pg-boss queues are tables: the owner creates
 *   them, never the app role).
 */
export class HoldsFrontDoor1795641000000 implements MigrationInterface {
  name = 'HoldsFrontDoor1795641000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ledgerSql('authorize_hold_v3.sql'));
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      HOLD_EXPIRY_QUEUE,
      JSON.stringify({ ...QUEUE_OPTIONS, retryLimit: 2 }),
    ]);
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      USAGE_PARTITIONS_QUEUE,
      JSON.stringify({ ...QUEUE_OPTIONS, retryLimit: 3 }),
    ]);
    // The queues' partitions are new: the app role needs the same rights as on the others.
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.delete_queue($1)`, [USAGE_PARTITIONS_QUEUE]);
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.delete_queue($1)`, [HOLD_EXPIRY_QUEUE]);
    await queryRunner.query(ledgerSql('authorize_hold_v2.sql'));
  }
}
