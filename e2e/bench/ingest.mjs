// Benchmark: usage ingestion (POST /v1/usage, batches of 1,000 events for ~100 engineers, mixed models,
// unique idempotency keys, times within the current month) from a few concurrent clients with a company
// key, against a floor measured in the same run on the same PostgreSQL: the same number of rows written
// straight into a scratch copy of usage_events (same columns and indexes), 1,000 rows per COPY … FROM STDIN
// (pg-copy-streams, CSV) at the same concurrency. Prints events/s, the ratio to the floor and the target,
// then checks that usage_events and the usage_daily rollups hold exactly what was accepted. Needs a built
// api (npm run build).
// Usage: node e2e/bench/ingest.mjs [seconds=10] [clients=4] [engineers=100]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { freePort, machineCpu, percentile, postgresPids, processCpu } from './support.mjs';
import copyStreams from 'pg-copy-streams';

const root = resolve(import.meta.dirname, '../..');
const seconds = Number(process.argv[2] ?? 10);
const clients = Number(process.argv[3] ?? 4);
const engineerCount = Number(process.argv[4] ?? 100);
const BATCH = 1000;
const TARGET_EVENTS_PER_SECOND = 20_000;
// BENCH_API_MAIN: another build of the api to measure (e.g. a copy of dist/ kept apart from rebuilds).
const main = resolve(process.env.BENCH_API_MAIN ?? join(root, 'dist/apps/api/apps/api/src/main.js'));
if (!existsSync(main)) throw new Error('Build the api first: npx nx build api');
const loadBefore = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');

const MODELS = [
  ['anthropic', 'claude-sonnet-4-6'],
  ['anthropic', 'claude-haiku-4-5'],
  ['anthropic', 'claude-opus-4-7'],
  ['openai', 'gpt-5.4'],
  ['openai', 'gpt-5-mini'],
  ['google', 'gemini-2.5-flash'],
];
const SOURCES = ['bench-cli', 'bench-ide'];

const port = await freePort();
mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'bench-'));
// Counts the SQL statements the server sends (BEGIN and COMMIT included), reported on SIGUSR2.
const counter = join(dataDir, 'count-queries.cjs');
writeFileSync(
  counter,
  `const { Client } = require(${JSON.stringify(join(root, 'node_modules/pg'))});
   let n = 0; const query = Client.prototype.query;
   Client.prototype.query = function (...args) { n++; return query.apply(this, args); };
   process.on('SIGUSR2', () => process.stdout.write('\\n{"queriesSent":' + n + '}\\n'));`,
);
let output = '';
const child = spawn(
  process.execPath,
  [
    '--require',
    counter,
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    main,
  ],
  {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      TOKENROLL_DATA_DIR: dataDir,
      DATABASE_URL: '',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
const url = `http://127.0.0.1:${port}`;

async function queriesSent() {
  const before = (output.match(/"queriesSent":\d+/g) ?? []).length;
  child.kill('SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const all = output.match(/"queriesSent":(\d+)/g) ?? [];
    if (all.length > before) return Number(all[all.length - 1].split(':')[1]);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no query count from the server');
}

const agent = new Agent({ keepAlive: true, maxSockets: clients });
const post = (path, headers, body) =>
  new Promise((done, fail) => {
    const req = request({ agent, host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });

/** CPU seconds the API server and PostgreSQL used during `work` (PostgreSQL's processes sampled every
 * 100 ms, so backends that exit during the run still count), and how busy the machine was. */
async function withCpu(work) {
  const postmaster = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const first = new Map();
  const last = new Map();
  const samplePostgres = () => {
    for (const pid of postgresPids(postmaster)) {
      const seconds = processCpu([pid]);
      if (!first.has(pid)) first.set(pid, seconds);
      last.set(pid, seconds);
    }
  };
  samplePostgres();
  const started = new Set(first.keys());
  const before = { api: processCpu([child.pid]), machine: machineCpu() };
  const sampler = setInterval(samplePostgres, 100);
  let result;
  try {
    result = await work();
  } finally {
    clearInterval(sampler);
  }
  samplePostgres();
  let pg = 0;
  for (const [pid, seconds] of last) pg += seconds - (started.has(pid) ? first.get(pid) : 0);
  const machine = machineCpu();
  result.cpu = {
    api: processCpu([child.pid]) - before.api,
    pg,
    machineBusy: (machine.busy - before.machine.busy) / (machine.total - before.machine.total || 1),
  };
  return result;
}

/** `workers` loops sending batches back to back for `ms`; every answered batch counts (none is lost). */
async function closedLoop(workers, ms, once) {
  const latencies = [];
  const started = performance.now();
  const deadline = started + ms;
  let rows = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        // Awaited first, then added: `rows += await …` reads `rows` before the await and loses what the other
        // workers added meanwhile (with 4 clients it counted about a quarter of the rows).
        const accepted = await once(worker, i);
        rows += accepted;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const sorted = Float64Array.from(latencies).sort();
  return {
    batches: latencies.length,
    rows,
    elapsed,
    perSecond: (rows / elapsed) * 1000,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    if (child.exitCode !== null || i > 600) throw new Error(`api did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const gql = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const signed = await gql(
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
  const token = signed.signUp.accessToken;
  const companyId = signed.signUp.user.company.id;
  const team = await gql(
    `mutation { createTeam(input: { name: "Engineering", costCentre: "CC-1" }) { id } }`,
    {},
    token,
  );
  const emails = Array.from({ length: engineerCount }, (_, i) => `engineer${i}@bench.test`);
  for (const [i, email] of emails.entries())
    await gql(
      `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
      {
        input: {
          name: `Engineer ${i}`,
          email,
          teamId: team.createTeam.id,
          startDate: '2026-01-01',
          annualPay: '150000',
          currency: 'USD',
        },
      },
      token,
    );
  const key = (
    await gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: 'collector', scopes: ['usage:write'], company: true } },
      token,
    )
  ).createApiKey.secret;

  // Times within the current month, up to a minute ago.
  const now = Date.now();
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  const run = randomUUID().slice(0, 8);
  const eventOf = (batch, k) => {
    const n = batch * BATCH + k;
    const [provider, model] = MODELS[(n * 7) % MODELS.length];
    return {
      engineerEmail: emails[(n * 13) % emails.length],
      source: SOURCES[n % SOURCES.length],
      provider,
      model,
      inputTokens: 500 + (n % 5000),
      outputTokens: 100 + (n % 2000),
      cacheReadTokens: n % 3 === 0 ? 1000 : 0,
      occurredAt: new Date(monthStart + ((n * 7919) % Math.max(1, now - 60_000 - monthStart))).toISOString(),
      idempotencyKey: `${run}-${n}`,
      tags: { repo: `repo-${n % 10}` },
    };
  };

  let batchNo = 0;
  let accepted = 0;
  let notAccepted = 0;
  let sentEvents = 0;
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const sendBatch = async () => {
    const batch = batchNo++;
    const body = JSON.stringify({ events: Array.from({ length: BATCH }, (_, k) => eventOf(batch, k)) });
    sentEvents += BATCH;
    const response = await post('/v1/usage', { ...headers, 'content-length': Buffer.byteLength(body) }, body);
    if (response.status !== 200) {
      notAccepted += BATCH;
      throw new Error(`batch ${batch}: HTTP ${response.status} ${response.body.slice(0, 500)}`);
    }
    const { results } = JSON.parse(response.body);
    const ok = results.filter((r) => r.status === 'accepted').length;
    accepted += ok;
    notAccepted += results.length - ok;
    return ok;
  };

  const warmUp = await closedLoop(clients, Math.min(2000, seconds * 200), sendBatch); // warm-up (JIT, pool, pages)
  const pgPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const pgUrl = (user, password) => `postgres://${user}:${password}@127.0.0.1:${pgPort}/tokenroll`;
  const admin = new pg.Client({ connectionString: pgUrl('postgres', 'tokenroll_embedded') });
  await admin.connect();
  admin.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  // Planner statistics as autovacuum keeps them in a running system (it would analyze these fresh tables
  // only after its one-minute nap).
  await admin.query(
    'analyze usage_event_keys, usage_events, usage_daily, ledger_accounts, ledger_entries, engineers',
  );
  /** One measured run with `workers` clients: events/s, batch latency, SQL statements and CPU per batch. */
  const measure = async (workers) => {
    const queriesBefore = await queriesSent();
    const result = await withCpu(() => closedLoop(workers, seconds * 1000, sendBatch));
    result.queriesPerBatch = ((await queriesSent()) - queriesBefore) / result.batches;
    result.workers = workers;
    return result;
  };
  // One client alone, then the concurrent clients: the difference is what concurrent batches cost each other.
  const runs = clients > 1 ? [await measure(1), await measure(clients)] : [await measure(1)];
  const api = runs[runs.length - 1];

  // The floor on the same PostgreSQL: the rows the API accepted in the measured window, 1,000 per COPY,
  // at the same concurrency, into a scratch copy of usage_events.
  await admin.query(`create schema floor`);
  await admin.query(`create table floor.usage_events (like public.usage_events including all)`);
  const engineerIds = new Map(
    (await admin.query(`select id, email from engineers where company_id = $1`, [companyId])).rows.map(
      (r) => [r.email, r.id],
    ),
  );
  const floorRows = Math.max(...runs.map((r) => r.rows));
  const floorBatches = Math.ceil(floorRows / BATCH);
  const pool = new pg.Pool({ connectionString: pgUrl('postgres', 'tokenroll_embedded'), max: clients });
  let floorBatch = 0;
  const insertBatch = async () => {
    const batch = floorBatch++;
    if (batch >= floorBatches) return 0;
    const events = Array.from({ length: Math.min(BATCH, floorRows - batch * BATCH) }, (_, k) =>
      eventOf(1_000_000 + batch, k),
    );
    // One COPY of the batch as CSV (the tags are JSON: quoted, with their quotes doubled).
    const csv = (value) => {
      const text = String(value);
      return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    };
    const lines = events.map(
      (e) =>
        [
          companyId,
          randomUUID(),
          engineerIds.get(e.engineerEmail),
          e.source,
          e.provider,
          e.model,
          e.model,
          e.inputTokens,
          e.outputTokens,
          e.cacheReadTokens,
          0,
          e.inputTokens * 3 + e.outputTokens * 15,
          'USD',
          'f',
          JSON.stringify(e.tags),
          e.occurredAt,
        ]
          .map(csv)
          .join(',') + '\n',
    );
    const client = await pool.connect();
    try {
      await pipeline(
        Readable.from([lines.join('')]),
        client.query(
          copyStreams.from(
            `copy floor.usage_events (company_id, id, engineer_id, source, provider, model, priced_as, input_tokens,
               output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, currency, unpriced, tags, occurred_at)
             from stdin with (format csv)`,
          ),
        ),
      );
    } finally {
      client.release();
    }
    return events.length;
  };
  const floorStarted = performance.now();
  let floorInserted = 0;
  const floor = await withCpu(async () => {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (;;) {
          const n = await insertBatch();
          if (!n) break;
          floorInserted += n;
        }
      }),
    );
    return {};
  });
  const floorMs = performance.now() - floorStarted;
  await pool.end();
  const floorPerSecond = (floorInserted / floorMs) * 1000;

  // The books: every accepted event is stored once and counted once in the daily rollups, and the ledger
  // charged exactly their cost.
  const [stored] = (
    await admin.query(
      `select (select count(*)::int from usage_events where company_id = $1) as events,
              (select coalesce(sum(cost_micros), 0)::text from usage_events where company_id = $1) as cost,
              (select count(*)::int from usage_event_keys where company_id = $1) as keys,
              (select coalesce(sum(events), 0)::int from usage_daily where company_id = $1) as daily_events,
              (select coalesce(sum(cost_micros), 0)::text from usage_daily where company_id = $1) as daily_cost,
              (select count(*)::int from usage_daily where company_id = $1) as daily_rows,
              (select coalesce(sum(amount_micros), 0)::text from ledger_entries where company_id = $1 and kind = 'SPEND') as charged,
              (select count(*)::int from usage_events_default) as in_default_partition`,
      [companyId],
    )
  ).rows;
  const [ledger] = (
    await admin.query(
      `select count(*)::int as violations from ledger_accounts a
         left join (select account_id, sum(amount) as net from (
                      select to_account_id as account_id, amount_micros as amount from ledger_entries
                      union all select from_account_id, -amount_micros from ledger_entries) m group by account_id) m
           on m.account_id = a.id
        where a.balance_micros <> coalesce(m.net, 0)`,
    )
  ).rows;
  await admin.end();

  const pad = (text, width) => String(text).padStart(width);
  console.log(
    `usage ingestion benchmark: ${seconds} s, ${clients} concurrent clients, batches of ${BATCH} events, ${engineerCount} engineers, ${MODELS.length} models, ${cpus().length} CPUs, load average before ${loadBefore}`,
  );
  console.log(
    `${'what'.padEnd(52)}${pad('rows', 9)}${pad('rows/s', 9)}${pad('batch p50', 11)}${pad('batch p99', 11)}` +
      `${pad('SQL/batch', 10)}${pad('CPU ms/1,000: api', 18)}${pad('pg', 8)}${pad('machine', 9)}`,
  );
  for (const r of runs)
    console.log(
      `${`POST /v1/usage, ${r.workers} client${r.workers > 1 ? 's' : ''}`.padEnd(52)}${pad(r.rows, 9)}${pad(r.perSecond.toFixed(0), 9)}${pad(`${r.p50.toFixed(0)} ms`, 11)}${pad(`${r.p99.toFixed(0)} ms`, 11)}` +
        `${pad(r.queriesPerBatch.toFixed(1), 10)}${pad(((r.cpu.api * 1e6) / r.rows).toFixed(0), 18)}${pad(((r.cpu.pg * 1e6) / r.rows).toFixed(0), 8)}${pad(`${(r.cpu.machineBusy * 100).toFixed(0)}%`, 9)}`,
    );
  console.log(
    `${'floor: raw COPY into a usage_events copy'.padEnd(52)}${pad(floorInserted, 9)}${pad(floorPerSecond.toFixed(0), 9)}${pad('', 22)}${pad('1.0', 10)}${pad('-', 18)}${pad(((floor.cpu.pg * 1e6) / floorInserted).toFixed(0), 8)}${pad(`${(floor.cpu.machineBusy * 100).toFixed(0)}%`, 9)}`,
  );
  for (const r of runs)
    console.log(
      `  API with ${r.workers} client${r.workers > 1 ? 's' : ''} / floor: ${(r.perSecond / floorPerSecond).toFixed(2)}x`,
    );
  if (runs.length > 1)
    console.log(`  ${clients} clients / 1 client: ${(api.perSecond / runs[0].perSecond).toFixed(2)}x`);
  console.log(
    '  (CPU per 1,000 events from /proc: the API server process, every PostgreSQL process; machine = all CPUs busy, other work included)',
  );
  for (const r of runs)
    console.log(
      `target ≥ ${TARGET_EVENTS_PER_SECOND.toLocaleString('en-US')} events/s with ${r.workers} client${r.workers > 1 ? 's' : ''}: ${r.perSecond >= TARGET_EVENTS_PER_SECOND ? 'met' : 'MISSED'} (${r.perSecond.toFixed(0)} events/s)`,
    );
  // The rows the runs counted are every row accepted (the rates above are computed from them).
  const counted = warmUp.rows + runs.reduce((sum, r) => sum + r.rows, 0);
  const consistent =
    counted === accepted &&
    stored.events === accepted &&
    stored.keys === accepted &&
    stored.daily_events === accepted &&
    stored.cost === stored.daily_cost &&
    stored.cost === stored.charged &&
    ledger.violations === 0 &&
    notAccepted === 0;
  console.log(
    `books: ${sentEvents} events sent, ${accepted} accepted (${counted} counted by the runs), ${notAccepted} not accepted; usage_events ${stored.events}, keys ${stored.keys}, ` +
      `usage_daily Σevents ${stored.daily_events} in ${stored.daily_rows} rows; cost Σevents ${stored.cost} = Σdaily ${stored.daily_cost} = charged ${stored.charged} micros; ` +
      `${stored.in_default_partition} rows in the default partition; ledger violations ${ledger.violations}: ${consistent ? 'consistent' : 'INCONSISTENT'}`,
  );
  if (!consistent) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  if (child.exitCode === null) await new Promise((r) => child.on('exit', r));
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
