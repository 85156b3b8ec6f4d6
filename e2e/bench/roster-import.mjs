// Benchmark: importing a 10,000-row roster CSV through the API (dry run and apply) against a floor
// measured in the same run: the same rows bulk-inserted straight into PostgreSQL with one unnest
// statement per table. Prints milliseconds and the ratio to the floor. Needs a built api (npm run build).
// Usage: node e2e/bench/roster-import.mjs [rows]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');
const rows = Number(process.argv[2] ?? 10_000);
const main = join(root, 'dist/apps/api/apps/api/src/main.js');
if (!existsSync(main)) throw new Error('Build the api first: npx nx build api');

const port = await new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => done(free));
  });
});
mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'bench-'));
let output = '';
const child = spawn(process.execPath, [main], {
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
});
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
const url = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 300) throw new Error(`api did not start:\n${output}`);
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
  const signed = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
    i: {
      companyName: 'Bench',
      name: 'Bench Admin',
      email: 'bench@bench.test',
      password: 'a long passphrase for timing',
    },
  });
  const token = signed.signUp.accessToken;
  await gql(`mutation { createTeam(input: { name: "Engineering", costCentre: "CC-1" }) { id } }`, {}, token);

  const lines = ['name,email,team,start_date,base_pay,currency'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `Person ${i},person${i}@bench.test,Engineering,2026-0${1 + (i % 9)}-1${i % 10},${150000 + (i % 100) * 1000},USD`,
    );
  const csv = lines.join('\n');
  const upload = async (mode) => {
    const started = performance.now();
    const response = await fetch(`${url}/v1/roster/import?mode=${mode}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const body = await response.json();
    const ms = performance.now() - started;
    if (mode === 'apply' && body.created !== rows)
      throw new Error(`apply created ${body.created}: ${JSON.stringify(body).slice(0, 500)}`);
    return ms;
  };
  const dryRun = await upload('dry-run');
  const apply = await upload('apply');

  // Floor: the same rows written straight to PostgreSQL (one statement per table), in a scratch schema.
  const adminUrl = readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3];
  const client = new pg.Client({
    host: '127.0.0.1',
    port: Number(adminUrl),
    user: 'postgres',
    password: 'tokenroll_embedded',
    database: 'tokenroll',
  });
  await client.connect();
  await client.query('create schema floor');
  await client.query(
    'create table floor.engineers (id uuid primary key, name text, email text unique, start_date date)',
  );
  await client.query(
    'create table floor.base_pay (id uuid primary key, engineer_id uuid, effective_from date, annual_micros bigint)',
  );
  const ids = Array.from({ length: rows }, () => randomUUID());
  const started = performance.now();
  await client.query('begin');
  await client.query(
    'insert into floor.engineers select * from unnest($1::uuid[], $2::text[], $3::text[], $4::date[])',
    [
      ids,
      ids.map((_, i) => `Person ${i}`),
      ids.map((_, i) => `person${i}@bench.test`),
      ids.map((_, i) => `2026-0${1 + (i % 9)}-1${i % 10}`),
    ],
  );
  await client.query(
    'insert into floor.base_pay select gen_random_uuid(), * from unnest($1::uuid[], $2::date[], $3::bigint[])',
    [
      ids,
      ids.map((_, i) => `2026-0${1 + (i % 9)}-1${i % 10}`),
      ids.map((_, i) => String((150000 + (i % 100) * 1000) * 1_000_000)),
    ],
  );
  await client.query('commit');
  const floor = performance.now() - started;
  await client.end();

  console.log(`roster import of ${rows} rows`);
  console.log(`  floor (raw PostgreSQL bulk insert of the same rows): ${floor.toFixed(0)} ms`);
  console.log(
    `  API dry run (parse + validate + diff):               ${dryRun.toFixed(0)} ms  (${(dryRun / floor).toFixed(1)}x floor)`,
  );
  console.log(
    `  API apply (all-or-nothing, audit included):          ${apply.toFixed(0)} ms  (${(apply / floor).toFixed(1)}x floor)`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
