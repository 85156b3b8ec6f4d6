// Shared by the benchmarks in e2e/bench: a free loopback port, percentiles, and CPU accounting read
// from Linux /proc (by process, for a PostgreSQL cluster, and for the whole machine).
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
