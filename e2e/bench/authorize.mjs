// Benchmark: real-time authorization (POST /v1/authorizations) through the API against a floor measured
// in the same run on the same PostgreSQL: the conditional reservation UPDATE alone, in BEGIN/COMMIT, from
// a pg pool of the same concurrency (one account per client, and one hot account shared by all, which is
// what the API does: every hold of an engineer lands on their one allowance row). GET /healthz gives the
// framework floor. Closed loop: C keep-alive connections, each sending its next request when the last one
// is answered. Prints ops/s, p50, p99, the ratios, and the targets beside them.
// Needs a built api (npm run build). Usage: node e2e/bench/authorize.mjs [seconds=10] [connections=32]
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort, machineCpu, percentile, postgresPids, processCpu } from './support.mjs';

const root = resolve(import.meta.dirname, '../..');
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 32);
// BENCH_API_MAIN: another build of the api to measure (e.g. a copy of dist/ kept apart from rebuilds).
const main = resolve(process.env.BENCH_API_MAIN ?? join(root, 'dist/apps/api/apps/api/src/main.js'));
if (!existsSync(main)) throw new Error('Build the api first: npx nx build api');

const loadBefore = loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
const TARGET = { authorizePerSecond: 3000, authorizeP99Ms: 10 };
const ESTIMATE = {
  provider: 'anthropic',
  model: 'claude-sonnet-4-6',
  estimatedInputTokens: 2000,
  maxOutputTokens: 1000,
};
const HOLD_MICROS = 2000n * 3n + 1000n * 15n; // $3 / $15 per 1M tokens: 0.021 USD per hold

mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'bench-'));
// Counts the SQL statements each server sends (BEGIN and COMMIT included), reported on SIGUSR2.
const counter = join(dataDir, 'count-queries.cjs');
writeFileSync(
  counter,
  `const { Client } = require(${JSON.stringify(join(root, 'node_modules/pg'))});
   let n = 0; const query = Client.prototype.query;
   Client.prototype.query = function (...args) { n++; return query.apply(this, args); };
   process.on('SIGUSR2', () => process.stdout.write('\\n{"queriesSent":' + n + '}\\n'));`,
);
const servers = [];
const postmasterPid = () =>
  Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

/** Starts the built api: the first one with its embedded PostgreSQL, more ones on that database. */
async function startServer(database) {
  const port = await freePort();
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
        DATABASE_URL: database?.ownerUrl ?? '',
        DATABASE_APP_URL: database?.appUrl ?? '',
        JWT_SECRET: database ? randomBytes(32).toString('hex') : '',
        SEED_DEMO: 'false',
        JOBS_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        // One key sends thousands of requests a second here: lift the machine rate limits (their in-memory
        // lease is still on the measured path) so the run measures authorization, not the limit.
        RATE_LIMIT_PER_KEY: '1000000000',
        RATE_LIMIT_PER_COMPANY: '1000000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const server = { child, url: `http://127.0.0.1:${port}`, port, output: () => output };
  servers.push(server);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${server.url}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    if (child.exitCode !== null || i > 600) throw new Error(`api did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

/** How many statements a server has sent to PostgreSQL so far. */
async function queriesSent(server) {
  const before = (server.output().match(/"queriesSent":\d+/g) ?? []).length;
  server.child.kill('SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const all = server.output().match(/"queriesSent":(\d+)/g) ?? [];
    if (all.length > before) return Number(all[all.length - 1].split(':')[1]);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no query count from the server');
}

/** CPU seconds of each live process, by pid. */
function cpuByPid(pids) {
  return new Map(pids.map((pid) => [pid, processCpu([pid])]));
}
/**
 * Runs `work` and adds the CPU it cost per operation: the API servers, PostgreSQL (every process of the
 * cluster, sampled every 100 ms so that backends which exit during the run still count), this load
 * generator, and how busy the whole machine was (other work included).
 */
async function withCpu(apiPids, work) {
  const first = new Map();
  const last = new Map();
  const samplePostgres = () => {
    for (const [pid, seconds] of cpuByPid(postgresPids(postmasterPid()))) {
      if (!first.has(pid)) first.set(pid, seconds);
      last.set(pid, seconds);
    }
  };
  samplePostgres();
  const before = { api: processCpu(apiPids), self: process.cpuUsage(), machine: machineCpu() };
  const started = new Set(first.keys());
  const sampler = setInterval(samplePostgres, 100);
  let result;
  try {
    result = await work();
  } finally {
    clearInterval(sampler);
  }
  samplePostgres();
  const machine = machineCpu();
  const self = process.cpuUsage(before.self);
  // A backend that started during the run counts from zero; one that was there counts from its first sample.
  let pgSeconds = 0;
  for (const [pid, seconds] of last) pgSeconds += seconds - (started.has(pid) ? first.get(pid) : 0);
  result.cpu = {
    apiMs: ((processCpu(apiPids) - before.api) * 1000) / result.ops,
    pgMs: (pgSeconds * 1000) / result.ops,
    clientMs: (self.user + self.system) / 1000 / result.ops,
    machineBusy: (machine.busy - before.machine.busy) / (machine.total - before.machine.total || 1),
  };
  return result;
}

/**
 * Closed-loop load: `concurrency` workers, each running `once(worker, i)` back to back for `ms`.
 * Returns ops/s and latency percentiles of the operations finished inside the window, and the outcomes.
 */
async function closedLoop(concurrency, ms, once) {
  const latencies = [];
  const outcomes = new Map();
  let stop = false;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; !stop; i++) {
        const t0 = performance.now();
        const outcome = await once(worker, i);
        const t1 = performance.now();
        if (t1 > deadline) {
          stop = true;
          break;
        }
        latencies.push(t1 - t0);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
  const elapsed = Math.min(performance.now(), deadline) - started;
  const sorted = Float64Array.from(latencies).sort();
  return {
    ops: latencies.length,
    perSecond: (latencies.length / elapsed) * 1000,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    outcomes: Object.fromEntries(outcomes),
  };
}

/** A keep-alive HTTP client with at most `sockets` connections per server; resolves status and body. */
function httpClient(sockets) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return (url, method, path, headers, body) =>
    new Promise((done, fail) => {
      const target = new URL(path, url);
      const req = request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method, headers },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => done({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
          res.on('error', fail);
        },
      );
      req.on('error', fail);
      req.end(body);
    });
}

try {
  const first = await startServer();
  const pgPort = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const pgUrl = (user, password, database = 'tokenroll') =>
    `postgres://${user}:${password}@127.0.0.1:${pgPort}/${database}`;
  const admin = new pg.Client({ connectionString: pgUrl('postgres', 'tokenroll_embedded') });
  await admin.connect();
  admin.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));

  const gql = async (query, variables, token) => {
    const response = await fetch(`${first.url}/graphql`, {
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
  // Engineers with a large HARD budget each (10 million USD, granted from the company funding account
  // as a balanced ledger entry: no request of the run may be refused) and an engineer API key each.
  const budget = 10_000_000_000_000n;
  const account = async (kind, owner) =>
    (
      await admin.query(
        `insert into ledger_accounts (company_id, id, kind, owner_id) values ($1, gen_random_uuid(), $2, $3)
         on conflict (company_id, kind, owner_id) do update set kind = excluded.kind returning id`,
        [companyId, kind, owner],
      )
    ).rows[0].id;
  const fundingId = await account('COMPANY_FUNDING', companyId);
  const fundedEngineer = async (name, email) => {
    const { createEngineer } = await gql(
      `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
      {
        input: {
          name,
          email,
          teamId: team.createTeam.id,
          startDate: '2026-01-01',
          annualPay: '150000',
          currency: 'USD',
        },
      },
      token,
    );
    const id = createEngineer.id;
    await admin.query(`update engineers set budget_enforcement = 'HARD' where id = $1`, [id]);
    const allowanceId = await account('ENGINEER_ALLOWANCE', id);
    await admin.query('begin');
    await admin.query(
      `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
       values ($1, gen_random_uuid(), $2, $3, $4, 'GRANT', $5, now() - interval '1 day')`,
      [companyId, fundingId, allowanceId, budget.toString(), `bench-grant-${id}`],
    );
    await admin.query(`update ledger_accounts set balance_micros = balance_micros - $2 where id = $1`, [
      fundingId,
      budget.toString(),
    ]);
    await admin.query(`update ledger_accounts set balance_micros = balance_micros + $2 where id = $1`, [
      allowanceId,
      budget.toString(),
    ]);
    await admin.query('commit');
    const { createApiKey } = await gql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: `bench ${email}`, scopes: ['authorize', 'budget:read'], engineerId: id } },
      token,
    );
    return { id, allowanceId, key: createApiKey.secret };
  };
  // One busy engineer whose tools send every request (one allowance row: the API's hot row), and one
  // engineer per connection for the same load spread over many accounts.
  const busy = await fundedEngineer('Busy Engineer', 'busy@bench.test');
  const spread = [];
  for (let i = 0; i < connections; i++)
    spread.push(await fundedEngineer(`Engineer ${i}`, `engineer${i}@bench.test`));
  const everyone = [busy, ...spread];

  const http = httpClient(connections);
  const ms = seconds * 1000;
  const warm = Math.min(1000, ms / 5);
  const run = randomUUID().slice(0, 8);
  let held201 = 0; // every 201, warm-up and answers after a window's end included
  const authorize = (...args) => authorizeAs(() => busy.key)(...args);
  const authorizeSpread = (...args) => authorizeAs((worker) => spread[worker].key)(...args);
  const healthz = (targets) => async (worker) => {
    const { status } = await http(targets[worker % targets.length].url, 'GET', '/healthz', {});
    return status;
  };
  const authorizeAs = (keyOf) => (targets, label) => async (worker, i) => {
    const body = JSON.stringify({ ...ESTIMATE, requestId: `${run}-${label}-${worker}-${i}` });
    const { status } = await http(
      targets[worker % targets.length].url,
      'POST',
      '/v1/authorizations',
      {
        authorization: `Bearer ${keyOf(worker)}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
      body,
    );
    if (status === 201) held201++;
    return status;
  };

  const results = {};
  const measureApi = async (label, targets, once) => {
    await closedLoop(connections, warm, once(targets, `${label}-warm`));
    // Planner statistics as autovacuum keeps them in a running system (it would analyze these fresh
    // tables only after its one-minute nap): without them, lookups of one hold scan all the company's.
    await admin.query('analyze holds, ledger_accounts, api_keys, engineers');
    const before = await Promise.all(targets.map(queriesSent));
    const result = await withCpu(
      targets.map((t) => t.child.pid),
      () => closedLoop(connections, ms, once(targets, label)),
    );
    const after = await Promise.all(targets.map(queriesSent));
    result.queriesPerOp = after.reduce((s, n, i) => s + n - before[i], 0) / result.ops;
    results[label] = result;
  };
  await measureApi('healthz', [first], healthz);
  await measureApi('authorize', [first], authorize);
  await measureApi('authorize, 1 engineer/conn', [first], authorizeSpread);

  // The floor: the reservation alone, from a pg pool of the same size, on a scratch copy of ledger_accounts
  // (same columns, constraints and indexes; the real ledger stays untouched).
  await admin.query(`create schema floor`);
  await admin.query(`create table floor.ledger_accounts (like public.ledger_accounts including all)`);
  await admin.query(
    `insert into floor.ledger_accounts (company_id, id, kind, owner_id, balance_micros)
     select $1, gen_random_uuid(), 'ENGINEER_ALLOWANCE', gen_random_uuid(), $2 from generate_series(0, $3)`,
    [companyId, budget.toString(), connections],
  );
  await admin.query(
    `grant all on schema floor to tokenroll_app; grant all on floor.ledger_accounts to tokenroll_app`,
  );
  const floorIds = (await admin.query(`select id from floor.ledger_accounts order by id`)).rows.map(
    (r) => r.id,
  );
  const pool = new pg.Pool({
    connectionString: pgUrl('tokenroll_app', 'tokenroll_app_dev'),
    max: connections,
  });
  const reservation = `update floor.ledger_accounts set held_micros = held_micros + $2
     where id = $1 and balance_micros - held_micros >= $2 returning id`;
  /** BEGIN; UPDATE; COMMIT: three round trips, the row locked from the UPDATE to the COMMIT's WAL flush. */
  const reserve = (accountOf) => async (worker) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const updated = await client.query(reservation, [accountOf(worker), HOLD_MICROS.toString()]);
      await client.query('commit');
      return updated.rowCount === 1 ? 'reserved' : 'refused';
    } finally {
      client.release();
    }
  };
  /** The UPDATE alone (autocommit): one round trip, optionally without waiting for the WAL flush. */
  const reserveOnce = (accountOf, asyncCommit) => async (worker) => {
    const client = await pool.connect();
    try {
      if (asyncCommit && !client.asyncCommit) {
        await client.query('set synchronous_commit = off');
        client.asyncCommit = true;
      } else if (!asyncCommit && client.asyncCommit) {
        await client.query('set synchronous_commit = on');
        client.asyncCommit = false;
      }
      const updated = await client.query(reservation, [accountOf(worker), HOLD_MICROS.toString()]);
      return updated.rowCount === 1 ? 'reserved' : 'refused';
    } finally {
      client.release();
    }
  };
  const measureFloor = async (label, once, queriesPerOp) => {
    await closedLoop(connections, warm, once);
    results[label] = { ...(await withCpu([], () => closedLoop(connections, ms, once))), queriesPerOp };
  };
  await measureFloor(
    'raw, one account per client',
    reserve((worker) => floorIds[worker + 1]),
    3,
  );
  await measureFloor(
    'raw, one hot account',
    reserve(() => floorIds[0]),
    3,
  );
  // What the hot row allows when the lock is held for one statement only (see the report's suggestions).
  await measureFloor(
    'raw hot, 1 statement',
    reserveOnce(() => floorIds[0], false),
    1,
  );
  await measureFloor(
    'raw hot, 1 stmt, async commit',
    reserveOnce(() => floorIds[0], true),
    1,
  );
  await pool.end();

  // Two instances on the same database, half the connections each: does a second process help?
  const second = await startServer({
    ownerUrl: pgUrl('tokenroll_owner', 'tokenroll_owner_dev'),
    appUrl: pgUrl('tokenroll_app', 'tokenroll_app_dev'),
  });
  await measureApi('healthz, 2 instances', [first, second], healthz);
  await measureApi('authorize, 2 instances', [first, second], authorize);
  await measureApi('authorize, 1 eng/conn, 2 inst.', [first, second], authorizeSpread);

  // The books after the run: one HELD hold per 201, reserved on the engineer's allowance, ledger balanced.
  const accepted = held201;
  const [holds] = (
    await admin.query(
      `select count(*)::int as n, coalesce(sum(engineer_held_micros), 0)::text as held from holds where engineer_id = any($1) and status = 'HELD'`,
      [everyone.map((e) => e.id)],
    )
  ).rows;
  const [allowance] = (
    await admin.query(`select sum(held_micros)::text as held from ledger_accounts where id = any($1)`, [
      everyone.map((e) => e.allowanceId),
    ])
  ).rows;
  await admin.end();

  const rows = Object.entries(results);
  const nonOk = (label, r) =>
    Object.entries(r.outcomes)
      .filter(
        ([status]) =>
          status !== (label.startsWith('authorize') ? '201' : label.startsWith('raw') ? 'reserved' : '200'),
      )
      .reduce((sum, [, n]) => sum + n, 0);
  const pad = (text, width) => String(text).padStart(width);
  console.log(
    `authorization benchmark: ${seconds} s per row, ${connections} concurrent connections, ${cpus().length} CPUs, load average before ${loadBefore}`,
  );
  console.log(
    `${'what'.padEnd(33)}${pad('ops', 8)}${pad('ops/s', 8)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('SQL/op', 7)}${pad('not ok', 7)}` +
      `${pad('CPU ms/op: api', 16)}${pad('pg', 6)}${pad('client', 8)}${pad('machine busy', 14)}`,
  );
  for (const [label, r] of rows)
    console.log(
      `${label.padEnd(33)}${pad(r.ops, 8)}${pad(r.perSecond.toFixed(0), 8)}${pad(r.p50.toFixed(2), 9)}${pad(r.p99.toFixed(2), 9)}${pad(r.queriesPerOp.toFixed(1), 7)}${pad(nonOk(label, r), 7)}` +
        `${pad(r.cpu.apiMs ? r.cpu.apiMs.toFixed(2) : '-', 16)}${pad(r.cpu.pgMs.toFixed(2), 6)}${pad(r.cpu.clientMs.toFixed(2), 8)}${pad(`${(r.cpu.machineBusy * 100).toFixed(0)}%`, 14)}`,
    );
  const a = results.authorize;
  const a2 = results['authorize, 2 instances'];
  const ratio = (x, y) => `${(x / y).toFixed(2)}x`;
  console.log(
    '(CPU per operation from /proc: the API server processes, every PostgreSQL process, this load generator; machine busy = all CPUs, other work included)',
  );
  console.log('ratios (throughput)');
  console.log(
    `  authorize / raw one hot account:        ${ratio(a.perSecond, results['raw, one hot account'].perSecond)}`,
  );
  console.log(
    `  authorize / raw one account per client: ${ratio(a.perSecond, results['raw, one account per client'].perSecond)}`,
  );
  console.log(`  authorize / healthz:                    ${ratio(a.perSecond, results.healthz.perSecond)}`);
  console.log(`  authorize 2 instances / 1 instance:     ${ratio(a2.perSecond, a.perSecond)}`);
  const spread1 = results['authorize, 1 engineer/conn'];
  const spread2 = results['authorize, 1 eng/conn, 2 inst.'];
  console.log(
    `  authorize 1 engineer/conn / raw one account per client: ${ratio(spread1.perSecond, results['raw, one account per client'].perSecond)}`,
  );
  console.log(
    `  authorize 1 engineer/conn / healthz:                    ${ratio(spread1.perSecond, results.healthz.perSecond)}`,
  );
  const verdict = (r) =>
    `${r.perSecond >= TARGET.authorizePerSecond ? 'met' : 'MISSED'} (${r.perSecond.toFixed(0)}/s vs ≥ ${TARGET.authorizePerSecond}/s), ` +
    `p99 ${r.p99 <= TARGET.authorizeP99Ms ? 'met' : 'MISSED'} (${r.p99.toFixed(2)} ms vs ≤ ${TARGET.authorizeP99Ms} ms)`;
  console.log(`target, one engineer, 1 instance:        ${verdict(a)}`);
  console.log(`target, one engineer, 2 instances:       ${verdict(a2)}`);
  console.log(`target, engineer per conn, 1 instance:   ${verdict(spread1)}`);
  console.log(`target, engineer per conn, 2 instances:  ${verdict(spread2)}`);
  console.log(
    `books: ${accepted} holds answered 201, ${holds.n} HELD in the database, ${holds.held} micros held = allowance held ${allowance.held}: ${
      accepted === holds.n && holds.held === allowance.held ? 'consistent' : 'INCONSISTENT'
    }; answers other than 201: ${rows.filter(([l]) => l.startsWith('authorize')).reduce((s, [l, r]) => s + nonOk(l, r), 0)}`,
  );
  if (accepted !== holds.n || holds.held !== allowance.held) process.exitCode = 1;
  if (rows.some(([label, r]) => nonOk(label, r) > 0)) process.exitCode = 1;
} finally {
  for (const server of servers.reverse()) {
    server.child.kill('SIGTERM');
    if (server.child.exitCode === null) await new Promise((r) => server.child.on('exit', r));
  }
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
