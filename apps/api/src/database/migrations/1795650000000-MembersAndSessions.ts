import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';
import { JOB_SCHEMA } from './1795416936760-PeopleAllowancesLedger';

/** Offboarding of leavers at their end date, on the jobs runner. */
export const OFFBOARDING_QUEUE = 'members.offboard';

/**
 * Members, sessions and a readable audit log:
 * - `users.deactivated_at` / `users.removed_at`: a deactivated member cannot sign in until reactivated; a
 *   removed one is gone from the members list for good (the row stays: teams, engineers and pay rows name it);
 * - `session_state(company, user, family)`: what the access-token check reads on every request, in one
 *   indexed lookup before the request's tenant transaction: the member's current roles, or no row when the
 *   member is deactivated or removed or when the sign-in (refresh-token family) was signed out. SECURITY
 *   DEFINER so it can read that one row without a tenant; the app role may only execute it;
 * - `audit_entries.changes`: the named fields a change touched, before and after;
 * - the offboarding queue (pg-boss queues are tables: the owner creates them).
 */
export class MembersAndSessions1795650000000 implements MigrationInterface {
  name = 'MembersAndSessions1795650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "removed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "audit_entries" ADD "changes" jsonb`);
    await queryRunner.query(
      `CREATE INDEX "refresh_tokens_company_user_idx" ON "refresh_tokens" ("company_id", "user_id")`,
    );
    // The owner is under FORCE RLS too: the function enters the member's company for its one statement (and
    // puts back what the caller had, should it ever run inside a transaction).
    await queryRunner.query(`CREATE FUNCTION session_state(p_company uuid, p_user uuid, p_family uuid)
      RETURNS TABLE (roles role[], email varchar)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        previous text := current_setting('app.company_id', true);
      BEGIN
        PERFORM set_config('app.company_id', p_company::text, true);
        RETURN QUERY
          SELECT u.roles, u.email FROM users u
           WHERE u.company_id = p_company AND u.id = p_user
             AND u.deactivated_at IS NULL AND u.removed_at IS NULL
             AND NOT EXISTS (
               SELECT 1 FROM refresh_tokens t
                WHERE t.company_id = p_company AND t.family_id = p_family AND t.revoked_at IS NOT NULL);
        PERFORM set_config('app.company_id', coalesce(previous, ''), true);
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION session_state(uuid, uuid, uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION session_state(uuid, uuid, uuid) TO ${APP_ROLE}`);
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      OFFBOARDING_QUEUE,
      JSON.stringify({
        policy: 'singleton',
        retryLimit: 3,
        retryDelay: 5,
        retryBackoff: true,
        expireInSeconds: 300,
        retentionMinutes: 60,
      }),
    ]);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.delete_queue($1)`, [OFFBOARDING_QUEUE]);
    await queryRunner.query(`DROP FUNCTION session_state(uuid, uuid, uuid)`);
    await queryRunner.query(`DROP INDEX "public"."refresh_tokens_company_user_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_entries" DROP COLUMN "changes"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "removed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deactivated_at"`);
  }
}
