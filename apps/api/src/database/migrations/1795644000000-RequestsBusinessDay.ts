import { MigrationInterface, QueryRunner } from 'typeorm';
import { pendingReason } from '@tokenroll/domain';

/** The codes `pending_reason` may hold (as `PENDING_REASON_CODES` in libs/domain when this was written). */
const CODES = ['HR_STEP', 'PERMANENT', 'ABOVE_AUTO_APPROVAL', 'AUTO_APPROVAL_CAP_REACHED', 'POOL_SHORT'];

/** What a company that never saved request limits had when this was written (libs/domain's defaults). */
const DEFAULT_AUTO = '50000000';
const DEFAULT_CAP = '100000000';
const DEFAULT_HR = '1000000000';

/** The tables the backfill reads or writes across companies. */
const BACKFILL_TABLES = ['increase_requests', 'companies', 'engineer_period_totals', 'allowance_policies'];

interface PendingRow {
  company_id: string;
  id: string;
  status: string;
  kind: string;
  amount_micros: string;
  auto: string;
  cap: string;
  hr: string;
  taken: string;
}

/**
 * Increase requests belong to a business day and keep why they waited:
 * - `requested_on`: the company's business day when the request was made (the business clock's, not the
 *   database's real time in `created_at`); it decides the allowance period the request counts in;
 * - `pending_reason`: why it waited for a person, judged once when it was decided to wait, with the figures
 *   the reason cites (`pending_limit_micros`: the threshold or cap it met; `pending_auto_approved_micros`:
 *   what the engineer already had approved automatically in the period, for the cap), so a later change of
 *   the limits does not rewrite it. Null for a request approved at once.
 *
 * Backfill: `requested_on` is `created_at`'s day in the company's time zone. Requests still pending get
 * their reason judged now, by the one rule (`pendingReason`), from the limits in force and the engineer's
 * auto-approval counter of the period containing `requested_on` (the latest counter started within the year
 * before it): what the api showed for them until now. Requests already decided keep a null reason (why they
 * waited is not known any more).
 */
export class RequestsBusinessDay1795644000000 implements MigrationInterface {
  name = 'RequestsBusinessDay1795644000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string, params?: unknown[]) => queryRunner.query(sql, params);
    // The owner running migrations is subject to FORCEd row-level security (no tenant is set here): the
    // backfill reads and writes every company's rows with it lifted on the tables it touches, in this
    // migration's transaction, and puts it back as it was.
    const forced: { name: string }[] = await q(
      `SELECT relname AS name FROM pg_class
        WHERE relnamespace = current_schema()::regnamespace AND relforcerowsecurity
          AND relname = ANY($1)`,
      [BACKFILL_TABLES],
    );
    for (const { name } of forced) await q(`ALTER TABLE "${name}" NO FORCE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "increase_requests" ADD "requested_on" date`);
    await q(`UPDATE "increase_requests" r SET "requested_on" = (r."created_at" AT TIME ZONE c."time_zone")::date
               FROM "companies" c WHERE c."id" = r."company_id"`);
    await q(`ALTER TABLE "increase_requests" ALTER "requested_on" SET NOT NULL`);
    await q(`ALTER TABLE "increase_requests"
               ADD "pending_reason" character varying(30)
                 CONSTRAINT "increase_requests_pending_reason_check"
                 CHECK ("pending_reason" IN (${CODES.map((code) => `'${code}'`).join(', ')})),
               ADD "pending_limit_micros" bigint CHECK ("pending_limit_micros" >= 0),
               ADD "pending_auto_approved_micros" bigint CHECK ("pending_auto_approved_micros" >= 0)`);

    const pending: PendingRow[] = await q(
      `SELECT r.company_id, r.id, r.status, r.kind, r.amount_micros::text,
              coalesce(p.auto_approve_micros, ${DEFAULT_AUTO})::text AS auto,
              coalesce(p.auto_approve_per_period_micros, ${DEFAULT_CAP})::text AS cap,
              coalesce(p.hr_approval_above_micros, ${DEFAULT_HR})::text AS hr,
              coalesce((SELECT t.auto_approved_micros FROM engineer_period_totals t
                         WHERE t.company_id = r.company_id AND t.engineer_id = r.engineer_id
                           AND t.period_start <= r.requested_on
                           AND t.period_start > r.requested_on - interval '1 year'
                         ORDER BY t.period_start DESC LIMIT 1), 0)::text AS taken
         FROM increase_requests r
         LEFT JOIN allowance_policies p ON p.company_id = r.company_id
        WHERE r.status IN ('PENDING_MANAGER', 'PENDING_HR')`,
    );
    for (const row of pending) {
      const limits = { autoApproveMicros: BigInt(row.auto), autoApprovePerPeriodMicros: BigInt(row.cap) };
      const code = pendingReason(
        { status: row.status, kind: row.kind, amountMicros: BigInt(row.amount_micros) },
        limits,
        BigInt(row.taken),
      );
      const limit =
        code === 'HR_STEP'
          ? row.hr
          : code === 'ABOVE_AUTO_APPROVAL'
            ? row.auto
            : code === 'AUTO_APPROVAL_CAP_REACHED'
              ? row.cap
              : null;
      await q(
        `UPDATE increase_requests SET pending_reason = $3, pending_limit_micros = $4, pending_auto_approved_micros = $5
          WHERE company_id = $1 AND id = $2`,
        [row.company_id, row.id, code, limit, code === 'AUTO_APPROVAL_CAP_REACHED' ? row.taken : null],
      );
    }
    for (const { name } of forced) await q(`ALTER TABLE "${name}" FORCE ROW LEVEL SECURITY`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "increase_requests" DROP COLUMN "pending_auto_approved_micros",
      DROP COLUMN "pending_limit_micros", DROP COLUMN "pending_reason", DROP COLUMN "requested_on"`);
  }
}
