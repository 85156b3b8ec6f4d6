import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';
import catalog from '../../pricing/seed/model-prices.json';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;

const TENANT_TABLES = [
  'model_patterns',
  'exchange_rates',
  'usage_event_keys',
  'usage_events',
  'usage_daily',
  'holds',
  'engineer_identities',
  'unmapped_usage',
  'otlp_series',
  'productivity_signals',
];

/**
 * Metering: usage events (partitioned by month), their idempotency keys, daily rollups, holds for
 * real-time authorization, the OTLP receiver's state, and the pricing extras (model patterns, exchange
 * rates). Written by hand: TypeORM cannot describe a partitioned table, and the hot paths use SQL.
 */
export class Metering1795500000000 implements MigrationInterface {
  name = 'Metering1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "ledger_accounts" ADD "held_micros" bigint NOT NULL DEFAULT 0`);
    await q(
      `ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_held_not_negative" CHECK ("held_micros" >= 0)`,
    );
    await q(
      `ALTER TABLE "allowance_policies" ADD "enforcement" character varying(4) NOT NULL DEFAULT 'SOFT'`,
    );
    await q(`ALTER TABLE "engineers" ADD "budget_enforcement" character varying(4)`);
    await q(`ALTER TABLE "teams" ADD "pool_overflow" boolean NOT NULL DEFAULT false`);
    // Other names the provider gives a model (dated snapshots): priced exactly like it.
    await q(`ALTER TABLE "model_prices" ADD "aliases" text array NOT NULL DEFAULT '{}'`);
    for (const model of catalog.models as { provider: string; model: string; aliases?: string[] }[]) {
      if (model.aliases?.length)
        await queryRunner.query(
          `UPDATE "model_prices" SET "aliases" = $1 WHERE "provider" = $2 AND "model" = $3`,
          [model.aliases, model.provider, model.model],
        );
    }

    await q(`CREATE TABLE "model_patterns" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "provider" character varying(40) NOT NULL,
      "pattern" character varying(120) NOT NULL,
      "model" character varying(120) NOT NULL,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "id"),
      UNIQUE ("company_id", "provider", "pattern"))`);

    await q(`CREATE TABLE "exchange_rates" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "currency" character(3) NOT NULL,
      "effective_from" date NOT NULL,
      "micros_per_usd" bigint NOT NULL CHECK ("micros_per_usd" > 0),
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "currency", "effective_from"))`);

    // One row per (source, idempotency key) ever accepted: the partitioned events table cannot hold a
    // unique key without the partition column, so uniqueness lives here.
    await q(`CREATE TABLE "usage_event_keys" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "source" character varying(60) NOT NULL,
      "idempotency_key" character varying(200) NOT NULL,
      "event_id" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "source", "idempotency_key"))`);

    await q(`CREATE TABLE "usage_events" (
      "company_id" uuid NOT NULL,
      "id" uuid NOT NULL,
      "engineer_id" uuid NOT NULL,
      "source" character varying(60) NOT NULL,
      "provider" character varying(40) NOT NULL,
      "model" character varying(120) NOT NULL,
      "priced_as" character varying(120),
      "input_tokens" bigint NOT NULL,
      "output_tokens" bigint NOT NULL,
      "cache_read_tokens" bigint NOT NULL DEFAULT 0,
      "cache_write_tokens" bigint NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL,
      "currency" character(3) NOT NULL,
      "unpriced" boolean NOT NULL DEFAULT false,
      "reported_cost_micros" bigint,
      "tags" jsonb,
      "hold_id" uuid,
      "occurred_at" timestamptz NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "occurred_at", "id")
    ) PARTITION BY RANGE ("occurred_at")`);
    await q(`CREATE TABLE "usage_events_default" PARTITION OF "usage_events" DEFAULT`);
    await q(
      `CREATE INDEX "usage_events_engineer_idx" ON "usage_events" ("company_id", "engineer_id", "occurred_at")`,
    );
    await q(
      `CREATE INDEX "usage_events_unpriced_idx" ON "usage_events" ("company_id", "provider", "model") WHERE "unpriced"`,
    );
    // Monthly partitions, created ahead of time by the app (as this function's owner) at start and hourly.
    await q(`CREATE FUNCTION ensure_usage_partitions(months_back integer, months_ahead integer) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        first_month date := date_trunc('month', now() - make_interval(months => months_back))::date;
        month date;
        created integer := 0;
        name text;
      BEGIN
        FOR i IN 0 .. months_back + months_ahead LOOP
          month := (first_month + make_interval(months => i))::date;
          name := 'usage_events_' || to_char(month, 'YYYY_MM');
          IF to_regclass(name) IS NULL THEN
            BEGIN
              EXECUTE format('CREATE TABLE %I PARTITION OF usage_events FOR VALUES FROM (%L) TO (%L)',
                name, month, (month + interval '1 month')::date);
              created := created + 1;
            EXCEPTION WHEN check_violation THEN
              -- Rows of that month already sit in the default partition: leave them there.
              RAISE NOTICE 'partition % left in the default partition', name;
            END;
          END IF;
        END LOOP;
        RETURN created;
      END $$`);
    await q(`REVOKE ALL ON FUNCTION ensure_usage_partitions(integer, integer) FROM PUBLIC`);
    await q(`GRANT EXECUTE ON FUNCTION ensure_usage_partitions(integer, integer) TO ${APP_ROLE}`);
    await q(`SELECT ensure_usage_partitions(13, 3)`);

    await q(`CREATE TABLE "usage_daily" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "engineer_id" uuid NOT NULL,
      "day" date NOT NULL,
      "provider" character varying(40) NOT NULL,
      "model" character varying(120) NOT NULL,
      "source" character varying(60) NOT NULL,
      "events" integer NOT NULL DEFAULT 0,
      "input_tokens" bigint NOT NULL DEFAULT 0,
      "output_tokens" bigint NOT NULL DEFAULT 0,
      "cache_read_tokens" bigint NOT NULL DEFAULT 0,
      "cache_write_tokens" bigint NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL DEFAULT 0,
      "unpriced_events" integer NOT NULL DEFAULT 0,
      "reported_cost_micros" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("company_id", "engineer_id", "day", "provider", "model", "source"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "usage_daily_day_idx" ON "usage_daily" ("company_id", "day")`);

    await q(`CREATE TABLE "holds" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "engineer_id" uuid NOT NULL,
      "request_id" character varying(200) NOT NULL,
      "provider" character varying(40) NOT NULL,
      "model" character varying(120) NOT NULL,
      "priced_as" character varying(120),
      "unpriced" boolean NOT NULL DEFAULT false,
      "estimated_input_tokens" integer NOT NULL,
      "max_output_tokens" integer NOT NULL,
      "amount_micros" bigint NOT NULL,
      "engineer_account_id" uuid NOT NULL,
      "engineer_held_micros" bigint NOT NULL,
      "pool_account_id" uuid,
      "pool_held_micros" bigint NOT NULL DEFAULT 0,
      "over_budget" boolean NOT NULL DEFAULT false,
      "status" character varying(10) NOT NULL DEFAULT 'HELD',
      "expires_at" timestamptz NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "closed_at" timestamptz,
      "cost_micros" bigint,
      PRIMARY KEY ("company_id", "id"),
      UNIQUE ("company_id", "request_id"),
      CHECK ("status" IN ('HELD', 'SETTLED', 'VOIDED', 'EXPIRED')),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "holds_open_idx" ON "holds" ("expires_at") WHERE "status" = 'HELD'`);
    await q(`CREATE INDEX "holds_engineer_idx" ON "holds" ("company_id", "engineer_id", "created_at")`);

    await q(`CREATE TABLE "engineer_identities" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "kind" character varying(20) NOT NULL,
      "value" character varying(320) NOT NULL,
      "engineer_id" uuid NOT NULL,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY ("company_id", "kind", "value"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);

    await q(`CREATE TABLE "unmapped_usage" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "id" uuid NOT NULL,
      "identity_kind" character varying(20) NOT NULL,
      "identity_value" character varying(320) NOT NULL,
      "source" character varying(60) NOT NULL,
      "idempotency_key" character varying(200) NOT NULL,
      "kind" character varying(20) NOT NULL,
      "payload" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now(),
      "resolved_at" timestamptz,
      "engineer_id" uuid,
      PRIMARY KEY ("company_id", "id"),
      UNIQUE ("company_id", "source", "idempotency_key"))`);
    await q(
      `CREATE INDEX "unmapped_usage_open_idx" ON "unmapped_usage" ("company_id", "identity_kind", "identity_value") WHERE "resolved_at" IS NULL`,
    );

    await q(`CREATE TABLE "otlp_series" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "series_key" character(64) NOT NULL,
      "start_time_unix_nano" numeric(20, 0) NOT NULL,
      "time_unix_nano" numeric(20, 0) NOT NULL,
      "value" double precision NOT NULL,
      PRIMARY KEY ("company_id", "series_key"))`);

    await q(`CREATE TABLE "productivity_signals" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "engineer_id" uuid NOT NULL,
      "day" date NOT NULL,
      "kind" character varying(30) NOT NULL,
      "value" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("company_id", "engineer_id", "day", "kind"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);

    for (const table of TENANT_TABLES) {
      const grants = table === 'usage_event_keys' ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
      await q(`GRANT ${grants} ON "${table}" TO ${APP_ROLE}`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
    // The hold-expiry job scans open holds of every company (it enters each company to release them).
    await q(
      `CREATE POLICY jobs_list_open_holds ON "holds" FOR SELECT USING (current_setting('app.jobs', true) = 'on' AND "status" = 'HELD')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const table of [...TENANT_TABLES].reverse()) await q(`DROP TABLE "${table}" CASCADE`);
    await q(`DROP FUNCTION ensure_usage_partitions(integer, integer)`);
    await q(`ALTER TABLE "teams" DROP COLUMN "pool_overflow"`);
    await q(`ALTER TABLE "model_prices" DROP COLUMN "aliases"`);
    await q(`ALTER TABLE "engineers" DROP COLUMN "budget_enforcement"`);
    await q(`ALTER TABLE "allowance_policies" DROP COLUMN "enforcement"`);
    await q(`ALTER TABLE "ledger_accounts" DROP CONSTRAINT "ledger_accounts_held_not_negative"`);
    await q(`ALTER TABLE "ledger_accounts" DROP COLUMN "held_micros"`);
  }
}
