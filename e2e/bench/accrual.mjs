// Benchmark: the accrual run (apps/api/src/allowances, AllowancesService.accrue) on real PostgreSQL.
// 1. First run for N engineers (default 10,000) who started three years ago: every monthly grant due
//    (~36 per engineer), against a floor measured in the same run: the same number of grants written
//    by one raw set-based INSERT … SELECT (and one balance UPDATE) into a copy of ledger_entries with
//    the same indexes. Target ≤ 3× the floor.
// 2. An hourly run with nothing new due. Target ≤ 1 s.
// SQL statements are counted at the driver (every query the app sends to PostgreSQL, transaction
// control included). The app runs in this process (the built api, embedded PostgreSQL under tmp/).
// Needs a built api (npx nx build api). Usage: node e2e/bench/accrual.mjs [engineers]
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const engineers = Number(process.argv[2] ?? 10_000);
const built = (p) => join(root, 'dist/apps/api/apps/api/src', p);
if (!existsSync(built('main.js'))) throw new Error('Build the api first: npx nx build api');

mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'bench-accrual-'));
Object.assign(process.env, {
  NODE_ENV: 'development',
  TOKENROLL_DATA_DIR: dataDir,
  DATABASE_URL: '',
  SEED_DEMO: 'false',
  JOBS_ENABLED: 'false',
  LOG_LEVEL: 'warn',
});
delete process.env.BUSINESS_DATE;

// Count every statement the app sends (pg is the driver under TypeORM; one module instance).
const pg = require('pg');
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(...args) {
  statements++;
  return query.apply(this, args);
};

const { loadConfig } = require(built('config/config.js'));
const { prepareDatabase } = require(built('database/prepare.js'));
const { createApp } = require(built('bootstrap.js'));
const { TenancyService } = require(built('database/tenancy.service.js'));
const { AllowancesService } = require(built('allowances/allowances.service.js'));
const { BusinessClock } = require(built('clock/business-clock.js'));

const config = loadConfig();
const db = await prepareDatabase(config, () => undefined);
const app = await createApp(config, db.appUrl);
await app.init();
// The superuser, on the app's database: fixtures and the floor, past row-level security.
const adminUrl = new URL(db.adminUrl ?? db.ownerUrl);
adminUrl.pathname = new URL(db.ownerUrl).pathname;
const owner = new pg.Client({ connectionString: adminUrl.toString() });
try {
  await owner.connect();
  const today = app.get(BusinessClock).today('UTC');
  const [y, m] = today.split('-').map(Number);
  const start = `${y - 3}-${String(m).padStart(2, '0')}-01`;
  const companyId = randomUUID();
  await owner.query(`insert into companies (id, name) values ($1, 'Bench')`, [companyId]);
  await owner.query(
    `insert into engineers (company_id, id, name, email, start_date)
     select $1, gen_random_uuid(), 'Person ' || i, 'person' || i || '@bench.test', $2::date
       from generate_series(1, $3::int) as i`,
    [companyId, start, engineers],
  );
  await owner.query(
    `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency)
     select company_id, gen_random_uuid(), id, start_date, (150000 + (row_number() over (order by id) % 100) * 1000)::bigint * 1000000, 'USD'
       from engineers where company_id = $1`,
    [companyId],
  );
  await owner.query('analyze');

  const tenancy = app.get(TenancyService);
  const allowances = app.get(AllowancesService);
  const run = async () => {
    const before = statements;
    const started = performance.now();
    const result = await tenancy.run(companyId, () => allowances.postAccruals());
    return { ms: performance.now() - started, statements: statements - before, result };
  };

  const first = await run();
  const [{ grants }] = (
    await owner.query(
      `select count(*)::int as grants from ledger_entries where company_id = $1 and kind = 'GRANT'`,
      [companyId],
    )
  ).rows;
  const [{ mismatched }] = (
    await owner.query(
      `select count(*)::int as mismatched from ledger_accounts a where a.company_id = $1 and a.balance_micros <>
         (select coalesce(sum(case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end), 0)
            from ledger_entries e where e.to_account_id = a.id or e.from_account_id = a.id)`,
      [companyId],
    )
  ).rows;
  if (mismatched !== 0) throw new Error(`${mismatched} balances differ from their entries`);
  const idle = await run();
  await owner.query('analyze');
  const idleAgain = await run();

  // Floor: the same number of grants, one raw INSERT … SELECT and one balance UPDATE, same indexes.
  await owner.query('create schema floor');
  await owner.query('create table floor.ledger_entries (like public.ledger_entries including all)');
  await owner.query('create table floor.ledger_accounts (like public.ledger_accounts including all)');
  await owner.query(
    `insert into floor.ledger_accounts (company_id, id, kind, owner_id, balance_micros)
     select company_id, gen_random_uuid(), 'ENGINEER_ALLOWANCE', id, 0 from engineers where company_id = $1
     union all select $1, gen_random_uuid(), 'COMPANY_FUNDING', $1, 0`,
    [companyId],
  );
  const floorStarted = performance.now();
  await owner.query('begin');
  await owner.query(
    `insert into floor.ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, memo, effective_at)
     select a.company_id, gen_random_uuid(), f.id, a.id, (p.annual_micros / 24), 'GRANT',
            'accrual:' || a.owner_id || ':' || to_char(g.month, 'YYYY-MM'), 'Allowance for ' || to_char(g.month, 'YYYY-MM'), g.month
       from floor.ledger_accounts a
       join floor.ledger_accounts f on f.kind = 'COMPANY_FUNDING'
       join base_pay p on p.engineer_id = a.owner_id
       cross join generate_series($1::date, $2::date, interval '1 month') as g(month)
      where a.kind = 'ENGINEER_ALLOWANCE'`,
    [start, today],
  );
  await owner.query(
    `update floor.ledger_accounts a set balance_micros = a.balance_micros + m.delta
       from (select to_account_id as id, sum(amount_micros) as delta from floor.ledger_entries group by 1
             union all select from_account_id, -sum(amount_micros) from floor.ledger_entries group by 1) m
      where a.id = m.id`,
  );
  await owner.query('commit');
  const floor = performance.now() - floorStarted;
  const [{ floorGrants }] = (
    await owner.query(`select count(*)::int as "floorGrants" from floor.ledger_entries`)
  ).rows;

  const pad = (text) => text.padEnd(58);
  console.log(`accrual for ${engineers} engineers started ${start} (today ${today})`);
  console.log(
    `  ${pad(`floor (raw INSERT … SELECT of ${floorGrants} grants + balances):`)}${floor.toFixed(0)} ms, 4 statements`,
  );
  console.log(
    `  ${pad(`first run (${grants} grants posted, ${first.result.engineers} engineers):`)}${first.ms.toFixed(0)} ms, ${first.statements} statements  (${(first.ms / floor).toFixed(2)}x floor, target ≤ 3x)`,
  );
  console.log(
    `  ${pad('hourly run, nothing new due:')}${idle.ms.toFixed(0)} ms, ${idle.statements} statements (target ≤ 1000 ms)`,
  );
  console.log(
    `  ${pad('hourly run again:')}${idleAgain.ms.toFixed(0)} ms, ${idleAgain.statements} statements`,
  );
  if (idle.result.granted || idle.result.adjusted || idle.result.expired)
    throw new Error(`the idle run posted something: ${JSON.stringify(idle.result)}`);
} finally {
  pg.Client.prototype.query = query;
  await owner.end().catch(() => undefined);
  await app.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
