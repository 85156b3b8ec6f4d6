import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../provision';

const CURRENT_COMPANY = `nullif(current_setting('app.company_id', true), '')::uuid`;
const TABLES = ['usage_engineer_days', 'usage_monthly', 'usage_team_monthly'];
/** The team of usage by an engineer in no team (usage_team_monthly.team_id is never null). */
export const NO_TEAM = '00000000-0000-0000-0000-000000000000';

/** The changes of one usage_daily statement, as rows of (company, engineer, day, model, tool, Δevents, Δcost). */
const DELTA = {
  INSERT: `select company_id, engineer_id, day, provider, model, source, events, cost_micros from new_rows`,
  UPDATE: `select n.company_id, n.engineer_id, n.day, n.provider, n.model, n.source,
                  n.events - o.events as events, n.cost_micros - o.cost_micros as cost_micros
             from new_rows n join old_rows o using (company_id, engineer_id, day, provider, model, source)`,
};

/** Adds a delta to the three burn rollups, in key order (concurrent statements lock rows in one order). */
const apply = (delta: string) => `
  WITH delta AS (${delta}),
  days AS (
    INSERT INTO usage_engineer_days (company_id, engineer_id, day, events, cost_micros)
    SELECT company_id, engineer_id, day, sum(events), sum(cost_micros) FROM delta
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (company_id, engineer_id, day) DO UPDATE SET
      events = usage_engineer_days.events + excluded.events,
      cost_micros = usage_engineer_days.cost_micros + excluded.cost_micros),
  months AS (
    INSERT INTO usage_monthly (company_id, engineer_id, month, events, cost_micros)
    SELECT company_id, engineer_id, date_trunc('month', day)::date, sum(events), sum(cost_micros) FROM delta
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (company_id, engineer_id, month) DO UPDATE SET
      events = usage_monthly.events + excluded.events,
      cost_micros = usage_monthly.cost_micros + excluded.cost_micros),
  spans AS (
    SELECT m.company_id, m.engineer_id, m.team_id, m.effective_from,
           lead(m.effective_from) OVER (PARTITION BY m.company_id, m.engineer_id ORDER BY m.effective_from) AS until
      FROM team_memberships m
     WHERE (m.company_id, m.engineer_id) IN (SELECT DISTINCT company_id, engineer_id FROM delta))
  INSERT INTO usage_team_monthly (company_id, team_id, month, provider, model, source, events, cost_micros)
  SELECT d.company_id, coalesce(s.team_id, '${NO_TEAM}'::uuid), date_trunc('month', d.day)::date,
         d.provider, d.model, d.source, sum(d.events), sum(d.cost_micros)
    FROM delta d
    LEFT JOIN spans s ON s.company_id = d.company_id AND s.engineer_id = d.engineer_id
     AND s.effective_from <= d.day AND (s.until IS NULL OR d.day < s.until)
   GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (company_id, team_id, month, provider, model, source) DO UPDATE SET
    events = usage_team_monthly.events + excluded.events,
    cost_micros = usage_team_monthly.cost_micros + excluded.cost_micros`;

/**
 * Coarser rollups for the team burn views, derived from usage_daily by statement triggers so every writer
 * (ingestion, settle, OTLP, repricing) keeps them in the same transaction without knowing of them:
 * - usage_engineer_days: engineer × day (the daily series of the run-out forecast, week over week);
 * - usage_monthly: engineer × month (period totals, the monthly burn line);
 * - usage_team_monthly: the engineer's team on the day of the usage × month × model × tool (spend by model
 *   and by tool of a team subtree; also what chargeback to teams reads).
 * A company-wide burn over a year then reads a few tens of thousands of rows, not the millions of
 * usage_daily. Backfilled from usage_daily.
 */
export class BurnRollups1795530000000 implements MigrationInterface {
  name = 'BurnRollups1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "usage_engineer_days" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "engineer_id" uuid NOT NULL,
      "day" date NOT NULL,
      "events" integer NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("company_id", "engineer_id", "day"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(
      `CREATE INDEX "usage_engineer_days_day_idx" ON "usage_engineer_days" ("company_id", "day") INCLUDE ("engineer_id", "cost_micros")`,
    );
    await q(`CREATE TABLE "usage_monthly" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "engineer_id" uuid NOT NULL,
      "month" date NOT NULL CHECK (extract(day from "month") = 1),
      "events" integer NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("company_id", "engineer_id", "month"),
      FOREIGN KEY ("company_id", "engineer_id") REFERENCES "engineers"("company_id", "id") ON DELETE CASCADE)`);
    await q(
      `CREATE INDEX "usage_monthly_month_idx" ON "usage_monthly" ("company_id", "month") INCLUDE ("engineer_id", "cost_micros")`,
    );
    await q(`CREATE TABLE "usage_team_monthly" (
      "company_id" uuid NOT NULL REFERENCES "companies"("id") ON DELETE CASCADE,
      "team_id" uuid NOT NULL,
      "month" date NOT NULL CHECK (extract(day from "month") = 1),
      "provider" character varying(40) NOT NULL,
      "model" character varying(120) NOT NULL,
      "source" character varying(60) NOT NULL,
      "events" integer NOT NULL DEFAULT 0,
      "cost_micros" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("company_id", "team_id", "month", "provider", "model", "source"))`);

    for (const op of ['INSERT', 'UPDATE'] as const) {
      const fn = `usage_daily_${op.toLowerCase()}_to_burn_rollups`;
      await q(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${apply(DELTA[op])};
          RETURN NULL;
        END $$`);
      await q(`CREATE TRIGGER ${fn} AFTER ${op} ON "usage_daily"
        REFERENCING ${op === 'UPDATE' ? 'OLD TABLE AS old_rows ' : ''}NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await q(`DO $$ BEGIN
      CREATE TEMPORARY TABLE new_rows ON COMMIT DROP AS SELECT * FROM "usage_daily";
      ${apply(DELTA.INSERT)};
    END $$`);

    for (const table of TABLES) {
      await q(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO ${APP_ROLE}`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(
        `CREATE POLICY tenant_isolation ON "${table}" USING ("company_id" = ${CURRENT_COMPANY}) WITH CHECK ("company_id" = ${CURRENT_COMPANY})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update']) {
      await queryRunner.query(`DROP TRIGGER usage_daily_${op}_to_burn_rollups ON "usage_daily"`);
      await queryRunner.query(`DROP FUNCTION usage_daily_${op}_to_burn_rollups()`);
    }
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}" CASCADE`);
  }
}
