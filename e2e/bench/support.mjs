// Shared by the benchmarks in e2e/bench: a free loopback port, the built api started on its own embedded
// PostgreSQL, percentiles, and CPU accounting read from Linux /proc (by process, for a PostgreSQL cluster, and
// for the whole machine).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 right now. */
export const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

/**
 * Starts the built api (`main`) in production mode on a free loopback port, with its embedded PostgreSQL in
 * `dataDir`, no demo and no jobs; resolves once /healthz answers. `nodeArgs`: e.g. `--cpu-prof`.
 */
export async function startApi(main, dataDir, nodeArgs = []) {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      TOKENROLL_DATA_DIR: dataDir,
      DATABASE_URL: '',
      DATABASE_APP_URL: '',
      JWT_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    if (child.exitCode !== null || i > 600) throw new Error(`api did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url, output: () => output };
}

/** The p-th percentile (nearest rank) of an ascending array. */
export const percentile = (sorted, p) =>
  sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1))];

const CLOCK_TICKS = 100;

/** CPU seconds the processes used so far (user + system). */
export function processCpu(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* gone, or not Linux */
    }
  }
  return ticks / CLOCK_TICKS;
}

/** The postmaster and its children (backends, workers). */
export function postgresPids(postmaster) {
  try {
    return [
      postmaster,
      ...readdirSync('/proc')
        .filter((name) => /^\d+$/.test(name))
        .filter((pid) => {
          try {
            const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
            return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
          } catch {
            return false;
          }
        })
        .map(Number),
    ];
  } catch {
    return [];
  }
}

/** CPU seconds of the whole machine so far: busy and total. */
export function machineCpu() {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: (total - ticks[3] - ticks[4]) / CLOCK_TICKS, total: total / CLOCK_TICKS };
  } catch {
    return { busy: 0, total: 0 };
  }
}
