// Benchmark: chargeback statements of the open month (computed on read, never stored) through GraphQL
// (`statement` for one team, `statements` for every team and cost centre) over 2,000 engineers in 40 teams
// (8 cost centres of 5 teams) and 10 million usage events in the open month, beside the same figures summed
// by raw SQL in the same run on the same PostgreSQL: the floor over the rollups the api reads (usage_daily,
// attributed to the team of each day) and the sum over the raw events. Targets: p95 ≤ 1 s for one team's
// statement, ≤ 3 s for all of them.
//
// The data set is written straight into the tables (as the superuser, like a restore would), set-based:
// engineers, effective-dated team memberships (a tenth of the engineers moved team on the 10th of the month,
// so attribution by day is exercised), pay, this month's grants in the ledger, the usage events of the month
// so far, the rollups derived from them by SQL exactly as the ingest path keeps them (usage_daily; its
// statement triggers keep the burn rollups), and one spend entry per engineer (balances from the entries, so
// the ledger reconciles). Building 10M events takes a while on a small machine (and ~3 GB in tmp/): pass a
// smaller scale to try it. The timings are of the queries only.
// Needs a built api (npx nx build api).
// Usage: node e2e/bench/statements.mjs [events=10000000] [engineers=2000] [runs=20]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startApi, machineCpu, percentile, processCpu } from './support.mjs';

const root = resolve(import.meta.dirname, '../..');
const EVENTS = Number(process.argv[2] ?? 10_000_000);
const ENGINEERS = Number(process.argv[3] ?? 2000);
const RUNS = Number(process.argv[4] ?? 20);
const TEAMS = 40;
const COST_CENTRES = 8;
const TARGET_TEAM_P95_MS = 1000;
const TARGET_ALL_P95_MS = 3000;
const main = resolve(join(root, 'dist/apps/api/apps/api/src/main.js'));
if (!existsSync(main)) throw new Error('Build the api first: npx nx build api');

const stats = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
};
const fmt = (n) => n.toFixed(1).padStart(8);
const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'bench-statements-'));
let server;

const startServer = () => startApi(main, dataDir);

try {
  server = await startServer();
  const pgPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const db = new pg.Client({
    connectionString: `postgres://postgres:tokenroll_embedded@127.0.0.1:${pgPort}/tokenroll`,
  });
  await db.connect();
  // The server stops its embedded PostgreSQL when it exits: that ends this connection too (not an error).
  db.on('error', () => undefined);
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
  const credentials = { email: 'bench@bench.test', password: 'a long passphrase for timing' };
  const { signUp } = await gql(
    `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { company { id } } } }`,
    { i: { companyName: 'Bench', name: 'Bench Finance', ...credentials } },
  );
  let token = signUp.accessToken;
  const companyId = signUp.user.company.id;
  const teams = [];
  for (let i = 1; i <= TEAMS; i++)
    teams.push(
      (
        await gql(
          `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
          {
            input: {
              name: `Team ${String(i).padStart(2, '0')}`,
              costCentre: `CC-${String(1 + (i % COST_CENTRES)).padStart(2, '0')}`,
            },
          },
          token,
        )
      ).createTeam.id,
    );

  // The open month (the business clock is the real one here): its first day to today.
  const today = new Date().toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  const monthStart = `${month}-01`;
  const moveDay = today >= `${month}-10` ? `${month}-10` : today;
  log(
    `building ${ENGINEERS} engineers in ${TEAMS} teams and ${EVENTS.toLocaleString('en-US')} usage events (${monthStart} to ${today})`,
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
  // Each engineer in team n % 40; every tenth moved to the next team on the 10th (attribution by day).
  await db.query(
    `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from)
     select $1::uuid, gen_random_uuid(), id, ($2::uuid[])[1 + n % $3], date '2025-06-01' from bench_engineers
     union all
     select $1::uuid, gen_random_uuid(), id, ($2::uuid[])[1 + (n + 1) % $3], $4::date from bench_engineers where n % 10 = 3`,
    [companyId, teams, TEAMS, moveDay],
  );
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
     select $1, gen_random_uuid(), kind, id from bench_engineers, unnest(array['ENGINEER_ALLOWANCE', 'SPEND']) kind`,
    [companyId],
  );
  // This month's grant: a twelfth of half the pay, on the first.
  await db.query(
    `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
     select $1, gen_random_uuid(), f.id, a.id, p.annual_micros / 2 / 12, 'GRANT', 'bench:' || a.id || ':' || $2, $2::date
       from bench_engineers e
       join base_pay p on p.engineer_id = e.id
       join ledger_accounts a on a.owner_id = e.id and a.kind = 'ENGINEER_ALLOWANCE'
       join ledger_accounts f on f.company_id = $1 and f.kind = 'COMPANY_FUNDING'`,
    [companyId, monthStart],
  );
  await db.query('commit');
  await db.query('analyze');
  // The month's events: engineer n gets a share ∝ 1/√n (a few heavy users, a long tail of light ones), on
  // days spread over the month so far (never after now), across six models of four providers and three tools.
  const chunk = 1_000_000;
  const days = (Date.parse(today) - Date.parse(monthStart)) / 86_400_000 + 1;
  await db.query('begin');
  for (let from = 0; from < EVENTS; from += chunk) {
    await db.query(
      `insert into usage_events (company_id, id, engineer_id, source, provider, model, input_tokens, output_tokens,
                                 cache_read_tokens, cost_micros, currency, occurred_at, tags)
       select $1, gen_random_uuid(), e.id,
              (array['claude-code', 'cursor', 'api'])[1 + (g % 7) % 3],
              (array['anthropic', 'anthropic', 'openai', 'google', 'anthropic', 'self-hosted'])[1 + (g % 11) % 6],
              (array['claude-sonnet-4-6', 'claude-opus-4-8', 'gpt-5.4', 'gemini-2.5-pro', 'claude-haiku-4-5', 'llama-4-70b'])[1 + (g % 11) % 6],
              t.input, t.output, t.input * 8, (t.input * 3 + t.output * 15) * (1 + (g % 11) % 4) * 4, 'USD',
              least($3::date + ((g * 7919) % $4) * interval '1 day' + (g % 86400) * interval '1 second', now() - interval '1 minute'),
              jsonb_build_object('repo', 'repo-' || (g % 17))
         from generate_series($5::bigint, $6::bigint) g
         join bench_engineers e on e.n = floor(power(((g * 104729) % 1000003)::float8 / 1000003, 2) * $2)::int
         cross join lateral (select 20000 + (g % 50) * 8000 as input, 2000 + (g % 13) * 1500 as output) t`,
      [companyId, ENGINEERS, monthStart, days, from, Math.min(from + chunk, EVENTS) - 1],
    );
    log(`  ${(Math.min(from + chunk, EVENTS) / 1e6).toFixed(1)}M events`);
  }
  await db.query('commit');
  await db.query('analyze usage_events');
  log('deriving the rollups and the ledger spend');
  await db.query('begin');
  await db.query(
    `insert into usage_daily (company_id, engineer_id, day, provider, model, source, events, input_tokens, output_tokens,
                              cache_read_tokens, cost_micros)
     select company_id, engineer_id, occurred_at::date, provider, model, source, count(*), sum(input_tokens),
            sum(output_tokens), sum(cache_read_tokens), sum(cost_micros)
       from usage_events where company_id = $1 group by 1, 2, 3, 4, 5, 6`,
    [companyId],
  );
  log('  usage_daily, and from it (statement triggers) the burn rollups');
  await db.query(
    `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
     select $1, gen_random_uuid(), a.id, s.id, sum(d.cost_micros), 'SPEND', 'bench-spend:' || a.id, max(d.day)::timestamptz
       from usage_daily d
       join ledger_accounts a on a.owner_id = d.engineer_id and a.kind = 'ENGINEER_ALLOWANCE'
       join ledger_accounts s on s.owner_id = d.engineer_id and s.kind = 'SPEND'
      where d.company_id = $1 group by a.id, s.id having sum(d.cost_micros) > 0`,
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
  await db.query('commit');
  await db.query('vacuum analyze');
  log('  ledger; vacuumed and analyzed');
  const [{ events, daily }] = (
    await db.query(
      `select (select count(*) from usage_events)::int as events, (select count(*) from usage_daily)::int as daily`,
    )
  ).rows;
  log(
    `data: ${events.toLocaleString('en-US')} usage events in ${month}; usage_daily rows: ${daily.toLocaleString('en-US')}`,
  );

  // Building takes longer than an access token lives: sign in again for the timings.
  token = (await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: credentials }))
    .login.accessToken;
  const AMOUNTS = `key name costMicros`;
  const STATEMENT = `kind key name totalMicros previousTotalMicros
    byCategory { ${AMOUNTS} } byEngineer { ${AMOUNTS} } byModel { ${AMOUNTS} } byProvider { ${AMOUNTS} } byTool { ${AMOUNTS} }
    adjustments { engineerId originalMonth costMicros }
    allowances { engineerId grantedMicros spentMicros overageMicros } overageMicros`;
  const TEAM_QUERY = `query($period: String!, $key: String!) { statement(period: $period, kind: TEAM, key: $key) { ${STATEMENT} } }`;
  const ALL_QUERY = `query($period: String!) { statements(period: $period) { period closed totalMicros usageMicros
    teams { ${STATEMENT} } costCentres { ${STATEMENT} } } }`;
  // CPU per call, from /proc: the API process, and the rest of the machine less this script (PostgreSQL).
  const timeApi = async (query, variables) => {
    const ms = [];
    let last;
    let before;
    for (let i = 0; i < RUNS + 2; i++) {
      if (i === 2)
        before = { api: processCpu([server.child.pid]), self: process.cpuUsage(), machine: machineCpu() };
      const t0 = performance.now();
      last = await gql(query, variables, token);
      if (i >= 2) ms.push(performance.now() - t0);
    }
    const api = processCpu([server.child.pid]) - before.api;
    const self = process.cpuUsage(before.self);
    const busy = machineCpu().busy - before.machine.busy;
    const cpu = {
      apiMs: (api * 1000) / RUNS,
      postgresMs: Math.max(0, (busy - api - (self.user + self.system) / 1e6) * 1000) / RUNS,
    };
    return { ...stats(ms), cpu, data: last };
  };
  const teamTimed = await timeApi(TEAM_QUERY, { period: month, key: teams[0] });
  const allTimed = await timeApi(ALL_QUERY, { period: month });

  // The same figures by SQL: each team's spend by engineer, model, provider and tool, attributed to the team
  // of each day (the latest membership effective on it), from the rollups the api reads (the floor), and
  // the same sums over the raw events.
  const floorSql = (source, dayOf, teamFilter) => `
    with m as (select engineer_id, team_id, effective_from,
                      lead(effective_from) over (partition by engineer_id order by effective_from) as until
                 from team_memberships where company_id = $1),
         u as (select x.engineer_id, m.team_id, x.provider, x.model, x.source, x.cost_micros
                 from ${source} x
                 join m on m.engineer_id = x.engineer_id and ${dayOf} >= m.effective_from
                       and (m.until is null or ${dayOf} < m.until)
                where x.company_id = $1 and ${dayOf} >= $2::date and ${dayOf} < $2::date + interval '1 month'
                  ${teamFilter})
    select team_id, engineer_id, provider, model, source, sum(cost_micros)::text as micros
      from u group by grouping sets ((team_id), (team_id, engineer_id), (team_id, provider, model), (team_id, provider), (team_id, source))`;
  const timeSql = async (sql, params, runs) => {
    const ms = [];
    let rows;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      rows = (await db.query(sql, params)).rows;
      ms.push(performance.now() - t0);
    }
    const totals = new Map(
      rows
        .filter((row) => !row.engineer_id && !row.provider && !row.source)
        .map((row) => [row.team_id, row.micros]),
    );
    return { ...stats(ms), totals };
  };
  const teamFloor = await timeSql(
    floorSql('usage_daily', 'x.day', 'and m.team_id = $3'),
    [companyId, monthStart, teams[0]],
    RUNS,
  );
  const allFloor = await timeSql(
    floorSql('usage_daily', 'x.day', ''),
    [companyId, monthStart],
    Math.min(RUNS, 10),
  );
  const teamRaw = await timeSql(
    floorSql('usage_events', 'x.occurred_at::date', 'and m.team_id = $3'),
    [companyId, monthStart, teams[0]],
    3,
  );
  const allRaw = await timeSql(
    floorSql('usage_events', 'x.occurred_at::date', ''),
    [companyId, monthStart],
    2,
  );

  // The api's figures are the SQL's: one team, every team, and Σ teams = Σ cost centres = the month's total.
  const team = teamTimed.data.statement;
  const set = allTimed.data.statements;
  const usageOf = (statement) => statement.byCategory.find((c) => c.key === 'USAGE')?.costMicros ?? '0';
  const problems = [];
  if (usageOf(team) !== teamFloor.totals.get(teams[0]))
    problems.push(`team usage: api ${usageOf(team)} vs SQL ${teamFloor.totals.get(teams[0])}`);
  if (teamRaw.totals.get(teams[0]) !== teamFloor.totals.get(teams[0]))
    problems.push('rollups and raw events disagree for the team');
  for (const statement of set.teams) {
    const sql = allFloor.totals.get(statement.key) ?? '0';
    if (usageOf(statement) !== sql)
      problems.push(`${statement.name}: api ${usageOf(statement)} vs SQL ${sql}`);
  }
  const sum = (list) => list.reduce((total, statement) => total + BigInt(statement.totalMicros), 0n);
  if (sum(set.teams) !== BigInt(set.totalMicros) || sum(set.costCentres) !== BigInt(set.totalMicros))
    problems.push(
      `Σ teams ${sum(set.teams)}, Σ cost centres ${sum(set.costCentres)}, total ${set.totalMicros}`,
    );
  const sqlTotal = [...allRaw.totals.values()].reduce((total, micros) => total + BigInt(micros), 0n);
  if (BigInt(set.usageMicros) !== sqlTotal)
    problems.push(`usage: api ${set.usageMicros} vs raw SQL ${sqlTotal}`);

  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  console.log(
    `\nStatements of the open month ${month}: ${events.toLocaleString('en-US')} usage events (${daily.toLocaleString('en-US')} rollup rows), ${ENGINEERS} engineers, ${TEAMS} teams, ${COST_CENTRES} cost centres (load ${load}, ${availableParallelism()} cores)`,
  );
  console.log('                                              p50 ms   p95 ms  runs');
  console.log(
    `  statement, one team of ${team.byEngineer.length} (GraphQL)   ${fmt(teamTimed.p50)} ${fmt(teamTimed.p95)}  ${teamTimed.runs}   target p95 ≤ ${TARGET_TEAM_P95_MS} ms: ${teamTimed.p95 <= TARGET_TEAM_P95_MS ? 'met' : 'MISSED'}`,
  );
  console.log(
    `    same figures, SQL over the rollups (floor) ${fmt(teamFloor.p50)} ${fmt(teamFloor.p95)}  ${teamFloor.runs}   api / floor p50: ${(teamTimed.p50 / teamFloor.p50).toFixed(1)}×`,
  );
  console.log(
    `    same figures, SQL over the raw events     ${fmt(teamRaw.p50)} ${fmt(teamRaw.p95)}  ${teamRaw.runs}   raw / api p50: ${(teamRaw.p50 / teamTimed.p50).toFixed(1)}×`,
  );
  console.log(
    `  statements, all ${set.teams.length} teams + ${set.costCentres.length} cost centres ${fmt(allTimed.p50)} ${fmt(allTimed.p95)}  ${allTimed.runs}   target p95 ≤ ${TARGET_ALL_P95_MS} ms: ${allTimed.p95 <= TARGET_ALL_P95_MS ? 'met' : 'MISSED'}`,
  );
  console.log(
    `    same figures, SQL over the rollups (floor) ${fmt(allFloor.p50)} ${fmt(allFloor.p95)}  ${allFloor.runs}   api / floor p50: ${(allTimed.p50 / allFloor.p50).toFixed(1)}×`,
  );
  console.log(
    `    same figures, SQL over the raw events     ${fmt(allRaw.p50)} ${fmt(allRaw.p95)}  ${allRaw.runs}   raw / api p50: ${(allRaw.p50 / allTimed.p50).toFixed(1)}×`,
  );
  console.log(
    `  CPU per call: one team API ${teamTimed.cpu.apiMs.toFixed(1)} ms + PostgreSQL ${teamTimed.cpu.postgresMs.toFixed(1)} ms; all API ${allTimed.cpu.apiMs.toFixed(1)} ms + PostgreSQL ${allTimed.cpu.postgresMs.toFixed(1)} ms`,
  );
  console.log(
    `  month total ${set.totalMicros} micro-USD (usage ${set.usageMicros}); api = SQL for every team: ${problems.length ? 'NO' : 'yes'}`,
  );
  await db.end();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (server) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  if (!process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
}
