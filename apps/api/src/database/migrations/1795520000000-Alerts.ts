import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;
const JOB_SCHEMA = 'pgboss';
/** The alert evaluation job (pg-boss queues are tables: the owner creates them, never the app role). */
export const ALERT_EVALUATE_QUEUE = 'alerts.evaluate';

/** Table → what the app role may do with it. */
const TENANT_TABLES: [string, string][] = [
  ['alert_settings', 'SELECT, INSERT, UPDATE'],
  ['alerts', 'SELECT, INSERT'],
  ['webhook_endpoints', 'SELECT, INSERT, UPDATE, DELETE'],
  ['alert_deliveries', 'SELECT, INSERT, UPDATE'],
];

/**
 * Budget alerts: the company's thresholds, one alert per engineer × period × threshold (the unique key is
 * the claim: two instances never send twice), signed webhook endpoints, and the delivery log that also
 * drives retries (attempts, next_attempt_at). Written by hand, without entities: the services use SQL.
 */
export class Alerts1795520000000 implements MigrationInterface {
  name = 'Alerts1795520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "alert_settings" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "thresholds_bp" integer array NOT NULL DEFAULT '{5000,8000,10000}',
      "run_out_alert" boolean NOT NULL DEFAULT true,
      "mail_enabled" boolean NOT NULL DEFAULT true,
      "webhooks_enabled" boolean NOT NULL DEFAULT true,
      "updated_by" uuid,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id"),
      CHECK (cardinality("thresholds_bp") <= 10),
      CHECK (1 <= all("thresholds_bp") AND 20000 >= all("thresholds_bp")))`);

    await q(`CREATE TABLE "alerts" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "engineer_id" uuid NOT NULL,
      "kind" character varying(10) NOT NULL CHECK ("kind" IN ('THRESHOLD', 'RUN_OUT')),
      "threshold_bp" integer NOT NULL DEFAULT 0,
      "period_start" date NOT NULL,
      "period_end" date NOT NULL,
      "currency" character(3) NOT NULL,
      "allowance_micros" bigint NOT NULL,
      "spent_micros" bigint NOT NULL,
      "available_micros" bigint NOT NULL,
      "runs_out_on" date,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"),
      UNIQUE ("company_id", "engineer_id", "period_start", "kind", "threshold_bp"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "alerts_created_idx" ON "alerts" ("company_id", "created_at")`);

    await q(`CREATE TABLE "webhook_endpoints" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "url" character varying(2000) NOT NULL,
      "format" character varying(10) NOT NULL CHECK ("format" IN ('JSON', 'SLACK')),
      "secret" character varying(100) NOT NULL,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"))`);

    // The delivery log: one row per channel × recipient (an email address or an endpoint's URL), and the
    // retry queue (a PENDING row is sent when next_attempt_at is due; claiming it pushes that forward).
    await q(`CREATE TABLE "alert_deliveries" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "kind" character varying(12) NOT NULL CHECK ("kind" IN ('ALERT', 'INVITATION')),
      "alert_id" uuid,
      "channel" character varying(10) NOT NULL CHECK ("channel" IN ('EMAIL', 'WEBHOOK')),
      "recipient" character varying(2000) NOT NULL,
      "recipient_user_id" uuid,
      "endpoint_id" uuid,
      "subject" character varying(300),
      "payload" jsonb,
      "status" character varying(10) NOT NULL DEFAULT 'PENDING'
        CHECK ("status" IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
      "attempts" integer NOT NULL DEFAULT 0,
      "max_attempts" integer NOT NULL,
      "next_attempt_at" timestamptz NOT NULL DEFAULT now(),
      "last_error" character varying(1000),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "sent_at" timestamptz,
      PRIMARY KEY ("company_id", "id"),
      FOREIGN KEY ("company_id", "alert_id") REFERENCES "alerts"("company_id", "id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "alert_deliveries_created_idx" ON "alert_deliveries" ("company_id", "created_at")`);
    await q(`CREATE INDEX "alert_deliveries_alert_idx" ON "alert_deliveries" ("company_id", "alert_id")`);
    // The sweeper's scan across companies (like holds_open_idx): only what is still to send.
    await q(
      `CREATE INDEX "alert_deliveries_due_idx" ON "alert_deliveries" ("next_attempt_at") WHERE "status" = 'PENDING'`,
    );

    for (const [table, grants] of TENANT_TABLES) {
      await q(`GRANT ${grants} ON "${table}" TO ${APP_ROLE}`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
    // The delivery sweeper lists due deliveries of every company (it enters each company to send them).
    await q(
      `CREATE POLICY jobs_list_pending_deliveries ON "alert_deliveries" FOR SELECT USING (current_setting('app.jobs', true) = 'on' AND "status" = 'PENDING')`,
    );

    await queryRunner.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
      ALERT_EVALUATE_QUEUE,
      JSON.stringify({
        policy: 'singleton',
        retryLimit: 2,
        retryDelay: 60,
        retryBackoff: true,
        expireInSeconds: 900,
        retentionMinutes: 1440,
      }),
    ]);
    // The queue's partition is new: the app role needs the same rights as on the others.
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await queryRunner.query(`SELECT ${JOB_SCHEMA}.delete_queue($1)`, [ALERT_EVALUATE_QUEUE]);
    for (const [table] of [...TENANT_TABLES].reverse()) await q(`DROP TABLE "${table}" CASCADE`);
  }
}
