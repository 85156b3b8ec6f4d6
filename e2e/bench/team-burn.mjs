// Benchmark: the team burn query (GraphQL `teamBurn`) over 10 million usage events and 2,000 engineers,
// answered from the rollups (usage_monthly, usage_engineer_days, usage_team_monthly), beside the same figures computed from the
// raw usage_events in the same run on the same PostgreSQL. Target: p95 ≤ 100 ms for the whole company.
// The query timed is the manager page's: the summary and "who runs out first" over every engineer (each
// one's figures and forecast are computed), and the first page (50 rows) of the table, which the API
// filters, sorts and pages. The same query asking for all 2,000 rows (an export) is timed beside it.
//
// The data set is written straight into the tables (as the superuser, like a restore would): 2,000
// engineers in 20 teams under one root team, their pay, monthly grants in the ledger, and 10M usage events
// spread over the fiscal year to date with the three rollups derived from them by SQL, exactly as the
// ingest path keeps them. Building it takes a few minutes (and ~3 GB of disk in tmp/); the timings are of
// the query only. The API keeps the closed part of today's burn (months before this one, days before today)
// until late data changes it; a third timing has every call follow such a change.
// Needs a built api (npx nx build api). Usage: node e2e/bench/team-burn.mjs [events=10000000] [engineers=2000] [runs=40]
// A/B on one data set and one machine (other work on a shared machine moves absolute figures; the ratio
// holds): BENCH_AB='new=dist/apps/api/apps/api/src/main.js,old=/path/to/other/build/main.js' [BENCH_AB_ROUNDS=2]
// times the whole-company query with each build in turn, alternating, and stops there. The data is built by
// the first build's migrations, so name the newer build first.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startApi, machineCpu, percentile, processCpu } from './support.mjs';

const root = resolve(import.meta.dirname, '../..');
const EVENTS = Number(process.argv[2] ?? 10_000_000);
const ENGINEERS = Number(process.argv[3] ?? 2000);
const RUNS = Number(process.argv[4] ?? 40);
const TEAMS = 20;
const TARGET_P95_MS = 100;
const main = resolve(join(root, 'dist/apps/api/apps/api/src/main.js'));
if (!existsSync(main)) throw new Error('Build the api first: npx nx build api');

const stats = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
};
const fmt = (n) => n.toFixed(1).padStart(8);
const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'bench-burn-'));
let server;

const startServer = (mainPath = main) =>
  startApi(
    mainPath,
    dataDir,
    process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
  );

try {
  server = await startServer();
  const pgPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const db = new pg.Client({
    connectionString: `postgres://postgres:tokenroll_embedded@127.0.0.1:${pgPort}/tokenroll`,
  });
  await db.connect();
  const gql = async (query, variables, token) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { signUp } = await gql(
    `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { company { id } } } }`,
    {
      i: {
        companyName: 'Bench',
        name: 'Bench Admin',
        email: 'bench@bench.test',
        password: 'a long passphrase for timing',
      },
    },
  );
  let token = signUp.accessToken;
  const companyId = signUp.user.company.id;
  const createTeam = async (name, parentId) =>
    (
      await gql(
        `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
        { input: { name, costCentre: `CC-${name}`, ...(parentId ? { parentId } : {}) } },
        token,
      )
    ).createTeam.id;
  const rootTeam = await createTeam('Engineering');
  const teams = [];
  for (let i = 1; i <= TEAMS; i++)
    teams.push(await createTeam(`Team ${String(i).padStart(2, '0')}`, rootTeam));

  const today = new Date().toISOString().slice(0, 10);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  log(
    `building ${ENGINEERS} engineers and ${EVENTS.toLocaleString('en-US')} usage events (${yearStart} to ${today})`,
  );
  await db.query(`set work_mem = '256MB'`);
  await db.query('begin');
  await db.query(
    `insert into engineers (company_id, id, name, email, start_date)
     select $1, gen_random_uuid(), 'Engineer ' || lpad(i::text, 4, '0'), 'e' || i || '@bench.test', date '2025-06-01'
       from generate_series(1, $2) i`,
    [companyId, ENGINEERS],
  );
  await db.query(`create table bench_engineers as
    select id, row_number() over (order by name) - 1 as n from engineers where company_id = '${companyId}'`);
  await db.query(
    `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from)
     select $1, gen_random_uuid(), id, ($2::uuid[])[1 + n % $3], date '2025-06-01' from bench_engineers`,
    [companyId, teams, TEAMS],
  );
  await db.query('commit');
  await db.query('analyze');
  await db.query('begin');
  // Pay from $120k to $240k: allowances of $60k to $120k a year at the default 50%.
  await db.query(
    `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency)
     select $1, gen_random_uuid(), id, date '2025-06-01', (120000 + (n * 60) % 120000)::bigint * 1000000, 'USD' from bench_engineers`,
    [companyId],
  );
  await db.query(
    `insert into ledger_accounts (company_id, id, kind, owner_id) select $1, gen_random_uuid(), 'COMPANY_FUNDING', $1
     on conflict (company_id, kind, owner_id) do nothing`,
    [companyId],
  );
  await db.query(
    `insert into ledger_accounts (company_id, id, kind, owner_id)
     select $1, gen_random_uuid(), kind, id from bench_engineers, unnest(array['ENGINEER_ALLOWANCE', 'ENGINEER_SPEND']) kind`,
    [companyId],
  );
  // Monthly grants of a twelfth of the allowance on the first of each month of the year so far.
  await db.query(
    `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
     select $1, gen_random_uuid(), f.id, a.id, p.annual_micros / 2 / 12, 'GRANT', 'bench:' || a.id || ':' || m, m
       from bench_engineers e
       join base_pay p on p.engineer_id = e.id
       join ledger_accounts a on a.owner_id = e.id and a.kind = 'ENGINEER_ALLOWANCE'
       join ledger_accounts f on f.company_id = $1 and f.kind = 'COMPANY_FUNDING',
       generate_series($2::date, $3::date, interval '1 month') m`,
    [companyId, yearStart, today],
  );
  // 10M events: engineer n gets a share ∝ 1/√n (a few heavy users, a long tail of light ones), on days
  // spread over the year, across four models and three tools.
  const chunk = 1_000_000;
  for (let from = 0; from < EVENTS; from += chunk) {
    await db.query(
      `insert into usage_events (company_id, id, engineer_id, source, provider, model, input_tokens, output_tokens,
                                 cost_micros, currency, occurred_at)
       select $1, gen_random_uuid(), e.id,
              (array['claude-code', 'cursor', 'api'])[1 + (g % 7) % 3],
              (array['anthropic', 'anthropic', 'openai', 'google'])[1 + (g % 11) % 4],
              (array['claude-sonnet-4-6', 'claude-opus-4-6', 'gpt-5.2', 'gemini-3-pro'])[1 + (g % 11) % 4],
              t.input, t.output, (t.input * 3 + t.output * 15) * (1 + (g % 11) % 4) * 4, 'USD',
              $3::date + ((g * 7919) % ($4::date - $3::date + 1)) * interval '1 day' + (g % 86400) * interval '1 second'
         from generate_series($5::bigint, $6::bigint) g
         join bench_engineers e on e.n = floor(power(((g * 104729) % 1000003)::float8 / 1000003, 2) * $2)::int
         cross join lateral (select 20000 + (g % 50) * 8000 as input, 2000 + (g % 13) * 1500 as output) t`,
      [companyId, ENGINEERS, yearStart, today, from, Math.min(from + chunk, EVENTS) - 1],
    );
    log(`  ${(Math.min(from + chunk, EVENTS) / 1e6).toFixed(0)}M events`);
  }
  await db.query('commit');
  await db.query('analyze usage_events');
  log('deriving the rollups and the ledger spend');
  await db.query('begin');
  const plan = await db.query(
    `${process.env.BENCH_EXPLAIN ? 'explain (analyze, buffers) ' : ''}insert into usage_daily (company_id, engineer_id, day, provider, model, source, events, input_tokens, output_tokens, cost_micros)
     select company_id, engineer_id, occurred_at::date, provider, model, source, count(*), sum(input_tokens), sum(output_tokens), sum(cost_micros)
       from usage_events where company_id = $1 group by 1, 2, 3, 4, 5, 6`,
    [companyId],
  );
  if (process.env.BENCH_EXPLAIN) console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
  log(
    '  usage_daily, and from it (statement triggers) usage_engineer_days, usage_monthly, usage_team_monthly',
  );
  // One spend entry per engineer and month, then balances from the entries (the ledger reconciles).
  await db.query(
    `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
     select $1, gen_random_uuid(), a.id, s.id, sum(m.cost_micros), 'SPEND', 'bench-spend:' || a.id || ':' || m.month, m.month
       from usage_monthly m
       join ledger_accounts a on a.owner_id = m.engineer_id and a.kind = 'ENGINEER_ALLOWANCE'
       join ledger_accounts s on s.owner_id = m.engineer_id and s.kind = 'ENGINEER_SPEND'
      where m.company_id = $1 group by a.id, s.id, m.month having sum(m.cost_micros) > 0`,
    [companyId],
  );
  await db.query(
    `update ledger_accounts a set balance_micros = coalesce(t.net, 0)
       from (select account_id, sum(amount) as net from (
               select to_account_id as account_id, amount_micros as amount from ledger_entries where company_id = $1
               union all select from_account_id, -amount_micros from ledger_entries where company_id = $1) x
             group by account_id) t
      where a.id = t.account_id and a.company_id = $1`,
    [companyId],
  );
  log('  ledger');
  await db.query('commit');
  // What autovacuum does in a running system: statistics, and the visibility map for index-only scans.
  await db.query('vacuum analyze');
  log('  vacuumed and analyzed');
  const [{ events, daily, days, monthly }] = (
    await db.query(`select (select count(*) from usage_events)::int as events, (select count(*) from usage_daily)::int as daily,
      (select count(*) from usage_engineer_days)::int as days, (select count(*) from usage_monthly)::int as monthly`)
  ).rows;
  log(
    `data: ${events.toLocaleString('en-US')} usage events; rollup rows: usage_daily ${daily.toLocaleString('en-US')}, usage_engineer_days ${days.toLocaleString('en-US')}, usage_monthly ${monthly.toLocaleString('en-US')}`,
  );

  // Building takes longer than an access token lives: sign in again for the timings.
  const credentials = { email: 'bench@bench.test', password: 'a long passphrase for timing' };
  token = (await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: credentials }))
    .login.accessToken;
  // The manager page's query: the summary over everyone, who runs out first, the first page of the
  // engineers' table (the API filters, sorts and pages), the cumulative line, spend by model and tool.
  const FIELDS = `engineerId name teamId allowanceMicros accruedMicros spentMicros heldMicros availableMicros burn7Micros
    burn30Micros historyDays runsOutOn earliest latest confidence horizon runsOutBeforeHorizon underUse`;
  const pageQuery = (engineers) => `query($teamId: ID!) { teamBurn(teamId: $teamId) {
    teamId teamName currency periodStart periodEnd asOf
    summary { engineers allowanceMicros accruedMicros spentMicros heldMicros availableMicros burn7Micros burn30Micros
              runningOut underUse lastWeekMicros weekBeforeMicros weekOverWeekBp }
    runningOut: engineers(show: RUNS_OUT, sort: RUNS_OUT, limit: 10) { matching rows { ${FIELDS} } }
    engineers${engineers} { matching offset rows { ${FIELDS} } }
    points { date accruedMicros spentMicros } byModel { key costMicros events } bySource { key costMicros events } } }`;
  const QUERY = pageQuery('(sort: RUNS_OUT, offset: 0, limit: 50)');
  // The same with every engineer's row (an export, or an API client that asks for all).
  const EVERY_ROW_QUERY = pageQuery('(sort: NAME)');
  // CPU per call, from /proc: the API process, and the rest of the machine less this script (PostgreSQL).
  const timeApi = async (teamId, beforeEach, query = QUERY) => {
    const ms = [];
    let last;
    let before;
    for (let i = 0; i < RUNS + 5; i++) {
      if (beforeEach) await beforeEach();
      if (i === 5)
        before = { api: processCpu([server.child.pid]), self: process.cpuUsage(), machine: machineCpu() };
      const t0 = performance.now();
      last = await gql(query, { teamId }, token);
      if (i >= 5) ms.push(performance.now() - t0);
    }
    const api = processCpu([server.child.pid]) - before.api;
    const self = process.cpuUsage(before.self);
    const busy = machineCpu().busy - before.machine.busy;
    const cpu = {
      apiMs: (api * 1000) / RUNS,
      postgresMs: Math.max(0, (busy - api - (self.user + self.system) / 1e6) * 1000) / RUNS,
    };
    return { ...stats(ms), all: ms, cpu, burn: last.teamBurn };
  };
  if (process.env.BENCH_AB) {
    // A/B on the same data and the same machine: each build in turn, alternating, the company query only
    // (the connection above goes with the first server's PostgreSQL).
    const variants = process.env.BENCH_AB.split(',').map((entry) => {
      const [label, path] = entry.split('=');
      return { label, path: resolve(path) };
    });
    const results = new Map(variants.map((variant) => [variant.label, []]));
    db.on('error', () => undefined);
    await db.end().catch(() => undefined);
    for (let round = 0; round < Number(process.env.BENCH_AB_ROUNDS ?? 2); round++)
      for (const variant of variants) {
        server.child.kill('SIGTERM');
        await new Promise((r) => server.child.once('exit', r));
        server = await startServer(variant.path);
        token = (
          await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: credentials })
        ).login.accessToken;
        const load = loadavg()[0].toFixed(2);
        const timed = await timeApi(rootTeam);
        results.get(variant.label).push(timed);
        log(
          `  ${variant.label} round ${round + 1}: p50 ${fmt(timed.p50)} p95 ${fmt(timed.p95)} API CPU ${timed.cpu.apiMs.toFixed(1)} ms/call (load ${load}) running out ${timed.burn.summary.runningOut}`,
        );
      }
    for (const [label, runs] of results) {
      const all = runs.flatMap((run) => run.all);
      log(
        `${label}: all rounds p50 ${fmt(
          percentile(
            [...all].sort((a, b) => a - b),
            50,
          ),
        )} p95 ${fmt(
          percentile(
            [...all].sort((a, b) => a - b),
            95,
          ),
        )} (${all.length} calls)`,
      );
    }
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
  const company = await timeApi(rootTeam);
  const everyRow = await timeApi(rootTeam, undefined, EVERY_ROW_QUERY);
  const team = await timeApi(teams[0]);
  // The API keeps the closed days (months before this one, days before today) until late data changes them.
  // Here every call follows such a change: one engineer's usage of yesterday is rewritten (as a late batch
  // would), so each call reads the closed days again. The write is not timed.
  const [late] = (
    await db.query(
      `select engineer_id, day, provider, model, source from usage_daily where company_id = $1 and day = $2::date - 1 limit 1`,
      [companyId, today],
    )
  ).rows;
  const afterLate = await timeApi(rootTeam, () =>
    db.query(
      `update usage_daily set events = events where company_id = $1 and engineer_id = $2 and day = $3 and provider = $4 and model = $5 and source = $6`,
      [companyId, late.engineer_id, late.day, late.provider, late.model, late.source],
    ),
  );

  // The same figures from the raw events: spend per engineer, per month, per model and per tool over the
  // period, and each engineer's daily spend over the last 30 days (what the rollups answer).
  const ids = (await db.query(`select id from bench_engineers`)).rows.map((row) => row.id);
  const raw = async (engineerIds, runs) => {
    const ms = [];
    let spent;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const totals = await db.query(
        `select engineer_id, to_char(date_trunc('month', occurred_at), 'YYYY-MM-DD') as month, provider || '/' || model as model, source,
                sum(cost_micros)::text as micros, count(*) as events
           from usage_events where company_id = $1 and engineer_id = any($2) and occurred_at >= $3::date
          group by grouping sets ((engineer_id), (2), (provider, model), (source))`,
        [companyId, engineerIds, yearStart],
      );
      await db.query(
        `select engineer_id, occurred_at::date as day, sum(cost_micros)::text as micros from usage_events
          where company_id = $1 and engineer_id = any($2) and occurred_at >= $3::date - 29 group by 1, 2`,
        [companyId, engineerIds, today],
      );
      ms.push(performance.now() - t0);
      spent = totals.rows
        .filter((row) => row.engineer_id)
        .reduce((sum, row) => sum + BigInt(row.micros), 0n)
        .toString();
    }
    return { ...stats(ms), spent };
  };
  const rawCompany = await raw(ids, 3);
  const teamIds = (
    await db.query(`select engineer_id from team_memberships where team_id = $1`, [teams[0]])
  ).rows.map((row) => row.engineer_id);
  if (everyRow.burn.engineers.rows.length !== ENGINEERS || company.burn.engineers.rows.length !== 50)
    throw new Error('the page and the whole table have the wrong number of rows');
  if (everyRow.burn.summary.spentMicros !== company.burn.summary.spentMicros)
    throw new Error('the page and the whole table disagree on the summary');
  const rawTeam = await raw(teamIds, 5);
  if (afterLate.burn.summary.spentMicros !== company.burn.summary.spentMicros)
    throw new Error('the closed days read again disagree with those kept');
  if (rawCompany.spent !== company.burn.summary.spentMicros)
    throw new Error(
      `rollups and raw events disagree: ${company.burn.summary.spentMicros} vs ${rawCompany.spent}`,
    );

  console.log(
    `\nTeam burn over ${events.toLocaleString('en-US')} usage events, ${ENGINEERS} engineers (load before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')})`,
  );
  console.log('                                        p50 ms   p95 ms  runs');
  console.log(
    `  teamBurn, whole company (API)       ${fmt(company.p50)} ${fmt(company.p95)}  ${company.runs}   target p95 ≤ ${TARGET_P95_MS} ms: ${company.p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}`,
  );
  console.log(
    `    (the manager page's query: summary of all ${company.burn.summary.engineers}, who runs out first, the table's first page of ${company.burn.engineers.rows.length})`,
  );
  console.log(
    `  same, every engineer's row (export)  ${fmt(everyRow.p50)} ${fmt(everyRow.p95)}  ${everyRow.runs}   (${everyRow.burn.engineers.rows.length} rows)`,
  );
  console.log(
    `  same, each call after late usage    ${fmt(afterLate.p50)} ${fmt(afterLate.p95)}  ${afterLate.runs}   (the closed days read again)`,
  );
  console.log(
    `  same figures from raw events (SQL)  ${fmt(rawCompany.p50)} ${fmt(rawCompany.p95)}  ${rawCompany.runs}   raw / API p50: ${(rawCompany.p50 / company.p50).toFixed(1)}×`,
  );
  console.log(
    `  CPU per whole-company call: API ${company.cpu.apiMs.toFixed(1)} ms, PostgreSQL (rest of the machine) ${company.cpu.postgresMs.toFixed(1)} ms, on ${availableParallelism()} cores`,
  );
  console.log(
    `  teamBurn, one team of ${team.burn.summary.engineers} (API)     ${fmt(team.p50)} ${fmt(team.p95)}  ${team.runs}`,
  );
  console.log(
    `  same figures from raw events (SQL)  ${fmt(rawTeam.p50)} ${fmt(rawTeam.p95)}  ${rawTeam.runs}   raw / API p50: ${(rawTeam.p50 / team.p50).toFixed(1)}×`,
  );
  console.log(
    `  company spend in the period: ${company.burn.summary.spentMicros} micro-USD (rollups = raw events); ${company.burn.summary.runningOut} engineers run out before period end, ${company.burn.summary.underUse} under-use`,
  );
  await db.end();
} finally {
  if (server) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  if (!process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
}
