import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;

/**
 * The company's fiscal year start month (January without a policy row). Read through to_jsonb so this
 * migration still runs if a later-dated migration has moved the column elsewhere before it (then January).
 */
const START_MONTH = `coalesce((to_jsonb(p) ->> 'fiscal_year_start_month')::int, 1)`;

/** The start of the fiscal year (allowance period) containing a timestamp, in the company's time zone. */
const PERIOD_START = (at: string) => `make_date(
    extract(year from (${at} at time zone c.time_zone))::int
      - case when extract(month from (${at} at time zone c.time_zone))::int < ${START_MONTH} then 1 else 0 end,
    ${START_MONTH}, 1)`;

/**
 * Each engineer's gifts (TRANSFER entries referenced `gift:…` from their allowance) and auto-approved
 * increases (the pool's `increase:<request>` entries of requests approved by 'auto') per allowance period,
 * from the ledger: what the counters start from, and what they must always agree with (a test checks).
 */
export const PERIOD_TOTALS_FROM_LEDGER = `
  SELECT company_id, engineer_id, period_start,
         sum(given)::bigint AS given_micros, sum(auto_approved)::bigint AS auto_approved_micros
    FROM (
      SELECT e.company_id, a.owner_id AS engineer_id, ${PERIOD_START('e.effective_at')} AS period_start,
             e.amount_micros AS given, 0::bigint AS auto_approved
        FROM ledger_entries e
        JOIN ledger_accounts a ON a.id = e.from_account_id AND a.kind = 'ENGINEER_ALLOWANCE'
        JOIN engineers en ON en.company_id = a.company_id AND en.id = a.owner_id
        JOIN companies c ON c.id = e.company_id
        LEFT JOIN allowance_policies p ON p.company_id = e.company_id
       WHERE e.kind = 'TRANSFER' AND e.reference LIKE 'gift:%'
      UNION ALL
      SELECT r.company_id, r.engineer_id, ${PERIOD_START('e.effective_at')}, 0::bigint, e.amount_micros
        FROM increase_requests r
        JOIN ledger_entries e ON e.company_id = r.company_id AND e.reference = 'increase:' || r.id
        JOIN companies c ON c.id = r.company_id
        LEFT JOIN allowance_policies p ON p.company_id = r.company_id
       WHERE r.status = 'APPROVED' AND r.approved_by = 'auto'
    ) m
   GROUP BY company_id, engineer_id, period_start`;

/**
 * Limits that hold under concurrency: what each engineer gave teammates and got by auto-approval in each
 * allowance period is one counter row, raised only by a conditional upsert that checks the limit (so ten
 * parallel gifts cannot pass a limit that each alone respects). A per-engineer, per-period cap on
 * auto-approved increases (default 100.00). The counters start from the gifts and auto-approvals already
 * made.
 */
export class AtomicRequestLimits1795610000000 implements MigrationInterface {
  name = 'AtomicRequestLimits1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(
      `ALTER TABLE "allowance_policies" ADD "auto_approve_per_period_micros" bigint NOT NULL DEFAULT 100000000`,
    );
    await q(`CREATE TABLE "engineer_period_totals" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "engineer_id" uuid NOT NULL,
      "period_start" date NOT NULL,
      "given_micros" bigint NOT NULL DEFAULT 0 CHECK ("given_micros" >= 0),
      "auto_approved_micros" bigint NOT NULL DEFAULT 0 CHECK ("auto_approved_micros" >= 0),
      PRIMARY KEY ("company_id", "engineer_id", "period_start"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(`GRANT SELECT, INSERT, UPDATE ON "engineer_period_totals" TO ${APP_ROLE}`);
    await q(`ALTER TABLE "engineer_period_totals" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "engineer_period_totals" FORCE ROW LEVEL SECURITY`);
    await q(
      `CREATE POLICY tenant_isolation ON "engineer_period_totals" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
    );
    await q(`INSERT INTO "engineer_period_totals" (company_id, engineer_id, period_start, given_micros, auto_approved_micros)
      ${PERIOD_TOTALS_FROM_LEDGER}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "engineer_period_totals"`);
    await queryRunner.query(`ALTER TABLE "allowance_policies" DROP COLUMN "auto_approve_per_period_micros"`);
  }
}
