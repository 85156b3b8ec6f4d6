// Benchmark: the FOCUS 1.2 export (`GET /v1/exports/focus?period=FYyyyy`) of a whole fiscal year for a big
// company, streamed by the api from the charge lines (a cursor per month) through a finance:read key, beside
// a raw SQL floor in the same run on the same PostgreSQL: `COPY (SELECT …) TO STDOUT` of the same rows
// (usage rollups joined to the team of the day and its cost centre), the least any export can cost.
// Prints rows/s of each, the ratio, and the api's peak memory while streaming (target: RSS < 300 MB: a year
// for 2,000 engineers must never sit in memory).
//
// The data set is written straight into the tables (as the superuser, like a restore would): engineers in
// 40 teams (each its own cost centre), their daily usage rollups (usage_daily: engineer × day × provider ×
// model × tool) on the working days of last fiscal year. Usage is what the charge lines of an open month
// read; no month is closed, so every month is computed on read (the heavier path).
// Needs a built api (npx nx build api).
// Usage: node e2e/bench/focus-export.mjs [engineers=2000] [combosPerDay=3] [months=12]
//   e.g. `npm run bench:focus -- 50 2 3` for a quick run. BENCH_NODE_ARGS starts the api with node flags (e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof').
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { startApi, machineCpu, processCpu } from './support.mjs';

const root = resolve(import.meta.dirname, '../..');
const ENGINEERS = Number(process.argv[2] ?? 2000);
const COMBOS = Math.max(1, Math.min(6, Number(process.argv[3] ?? 3)));
const MONTHS = Math.max(1, Math.min(12, Number(process.argv[4] ?? 12)));
const TEAMS = 40;
const TARGET_RSS_MB = 300;
const main = resolve(join(root, 'dist/apps/api/apps/api/src/main.js'));
if (!existsSync(main)) throw new Error('Build the api first: npx nx build api');

const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const mb = (kb) => (kb / 1024).toFixed(0);

/** Resident memory of a process now and its peak so far (kB), from /proc. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'bench-focus-'));
let server;

const startServer = () =>
  startApi(main, dataDir, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));

/** Counts rows (lines) and bytes of a CSV stream without keeping it. */
function counter() {
  const seen = { bytes: 0, lines: 0 };
  const sink = new Writable({
    write(chunk, _encoding, done) {
      seen.bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) seen.lines++;
      done();
    },
  });
  return { seen, sink };
}

try {
  server = await startServer();
  const pgPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const db = new pg.Client({
    connectionString: `postgres://postgres:tokenroll_embedded@127.0.0.1:${pgPort}/tokenroll`,
  });
  await db.connect();
  db.on('error', () => undefined); // the server (and its PostgreSQL) stops in `finally`
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
  const token = signUp.accessToken;
  const companyId = signUp.user.company.id;
  const key = (
    await gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: 'BI', scopes: ['finance:read'] } },
      token,
    )
  ).createApiKey.secret;

  // Last fiscal year (the company's fiscal start month), or its last MONTHS months for a quicker run.
  const fiscalStart = (await gql(`{ allowancePolicy { fiscalYearStartMonth } }`, {}, token)).allowancePolicy
    .fiscalYearStartMonth;
  const today = new Date().toISOString().slice(0, 10);
  let fyYear = Number(today.slice(0, 4)) - 1;
  if (Number(today.slice(5, 7)) < fiscalStart) fyYear -= 1;
  const fyStart = `${fyYear}-${String(fiscalStart).padStart(2, '0')}-01`;
  const period = `FY${fyYear}`;
  const [{ from, to }] = (
    await db.query(
      `select to_char($1::date + make_interval(months => 12 - $2::int), 'YYYY-MM-DD') as from,
              to_char($1::date + interval '12 months' - interval '1 day', 'YYYY-MM-DD') as to`,
      [fyStart, MONTHS],
    )
  ).rows;
  log(
    `building ${ENGINEERS} engineers in ${TEAMS} teams, up to ${COMBOS} model × tool rows a working day, ${from} to ${to} (${period})`,
  );
  await db.query(`set work_mem = '256MB'`);
  await db.query('begin');
  await db.query(
    `insert into teams (company_id, id, name, cost_centre)
     select $1, gen_random_uuid(), 'Team ' || lpad(i::text, 2, '0'), 'CC-' || lpad(i::text, 3, '0') from generate_series(1, $2) i`,
    [companyId, TEAMS],
  );
  await db.query(
    `insert into engineers (company_id, id, name, email, start_date)
     select $1, gen_random_uuid(), 'Engineer ' || lpad(i::text, 4, '0'), 'e' || i || '@bench.test', date '2020-01-01'
       from generate_series(1, $2) i`,
    [companyId, ENGINEERS],
  );
  await db.query(
    `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from)
     select $1, gen_random_uuid(), e.id, t.id, date '2020-01-01'
       from (select id, row_number() over (order by name) - 1 as n from engineers where company_id = $1) e
       join (select id, row_number() over (order by name) - 1 as n from teams where company_id = $1) t on t.n = e.n % $2`,
    [companyId, TEAMS],
  );
  // Daily rollups: each engineer, each working day, 1..COMBOS (provider, model, tool) rows.
  await db.query(
    `insert into usage_daily (company_id, engineer_id, day, provider, model, source, events, input_tokens, output_tokens,
                              cache_read_tokens, cache_write_tokens, cost_micros)
     select $1, e.id, d::date, m.provider, m.model, m.source, 5 + (e.n + c) % 40,
            200000 + ((e.n * 31 + c * 7 + extract(doy from d)::int) % 97) * 10000, 20000 + ((e.n + c) % 13) * 4000,
            100000, 5000, 1000000 + ((e.n * 7 + c) % 50) * 37000
       from (select id, row_number() over (order by name) - 1 as n from engineers where company_id = $1) e
       cross join generate_series($2::date, $3::date, interval '1 day') d
       cross join generate_series(0, $4::int - 1) c
       cross join lateral (select (array['anthropic','anthropic','openai','google','anthropic','openai'])[1 + c] as provider,
                                  (array['claude-sonnet-4-6','claude-opus-4-6','gpt-5.2','gemini-3-pro','claude-haiku-4-5','gpt-5.2-mini'])[1 + c] as model,
                                  (array['claude-code','cursor','api'])[1 + (e.n + c) % 3] as source) m
      where extract(isodow from d) < 6 and c < 1 + (e.n % $4::int)`,
    [companyId, from, to, COMBOS],
  );
  await db.query('commit');
  await db.query('vacuum analyze');
  const [{ rows: dailyRows }] = (
    await db.query(`select count(*)::int as rows from usage_daily where company_id = $1`, [companyId])
  ).rows;
  log(`data: ${dailyRows.toLocaleString('en-US')} usage_daily rows`);

  // The floor: the same rows, attributed to the team of the day and its cost centre, as CSV by COPY.
  const floor = counter();
  const floorStart = performance.now();
  await pipeline(
    db.query(
      copyTo(`copy (
        select u.day, u.engineer_id, e.name, t.id, t.name, t.cost_centre, u.provider, u.model, u.source,
               u.input_tokens, u.output_tokens, u.cache_read_tokens, u.cache_write_tokens, u.cost_micros
          from usage_daily u
          join engineers e on e.company_id = u.company_id and e.id = u.engineer_id
          join lateral (select m.team_id from team_memberships m
                         where m.company_id = u.company_id and m.engineer_id = u.engineer_id and m.effective_from <= u.day
                         order by m.effective_from desc limit 1) m on true
          join teams t on t.company_id = u.company_id and t.id = m.team_id
         where u.company_id = '${companyId}' and u.day between '${from}' and '${to}'
         order by u.day, t.cost_centre, t.name, e.name, u.provider, u.model, u.source) to stdout with (format csv)`),
    ),
    floor.sink,
  );
  const floorSeconds = (performance.now() - floorStart) / 1000;
  log(`floor: ${floor.seen.lines.toLocaleString('en-US')} rows in ${floorSeconds.toFixed(1)} s`);

  // The api: the whole fiscal year streamed, its memory sampled every 50 ms.
  const pid = server.child.pid;
  const before = memory(pid);
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, memory(pid).rss);
    } catch {
      /* gone */
    }
  }, 50);
  const cpuBefore = { api: processCpu([pid]), machine: machineCpu() };
  const api = counter();
  const apiStart = performance.now();
  const response = await fetch(`${server.url}/v1/exports/focus?period=${period}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  if (response.status !== 200)
    throw new Error(`export answered ${response.status}: ${await response.text()}`);
  const firstByte = (performance.now() - apiStart) / 1000;
  await pipeline(response.body, api.sink);
  const apiSeconds = (performance.now() - apiStart) / 1000;
  clearInterval(sampler);
  const after = memory(pid);
  peakRss = Math.max(peakRss, after.rss);
  const apiCpu = processCpu([pid]) - cpuBefore.api;
  const busy = machineCpu().busy - cpuBefore.machine.busy;
  const apiRows = api.seen.lines - 1; // the header
  if (apiRows !== floor.seen.lines)
    throw new Error(
      `the export has ${apiRows} rows, the floor ${floor.seen.lines}: they must be the same lines`,
    );

  const rate = (rows, seconds) => Math.round(rows / seconds).toLocaleString('en-US');
  console.log(
    `\nFOCUS export of ${period} (${MONTHS} months), ${ENGINEERS} engineers, ${TEAMS} teams (load before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; ${availableParallelism()} cores)`,
  );
  console.log(
    `  api  GET /v1/exports/focus   ${apiRows.toLocaleString('en-US').padStart(12)} rows  ${apiSeconds.toFixed(1).padStart(7)} s  ${rate(apiRows, apiSeconds).padStart(10)} rows/s  ${(api.seen.bytes / 1e6).toFixed(0)} MB, first byte after ${firstByte.toFixed(2)} s`,
  );
  console.log(
    `  floor COPY (SELECT …) TO STDOUT ${floor.seen.lines.toLocaleString('en-US').padStart(12)} rows  ${floorSeconds.toFixed(1).padStart(7)} s  ${rate(floor.seen.lines, floorSeconds).padStart(10)} rows/s  ${(floor.seen.bytes / 1e6).toFixed(0)} MB`,
  );
  console.log(
    `  api / floor rows/s: ${(floorSeconds / apiSeconds).toFixed(2)}× (the floor ${(apiSeconds / floorSeconds).toFixed(1)}× faster)`,
  );
  console.log(
    `  api memory: RSS ${mb(before.rss)} MB before, peak ${mb(peakRss)} MB while streaming (sampled every 50 ms), ${mb(after.rss)} MB after; target peak < ${TARGET_RSS_MB} MB: ${peakRss / 1024 < TARGET_RSS_MB ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  CPU during the export: api ${apiCpu.toFixed(1)} s, rest of the machine (PostgreSQL, this script) ${Math.max(0, busy - apiCpu).toFixed(1)} s`,
  );
  await db.end();
} finally {
  if (server) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  if (!process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
}
