import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

/**
 * One PostgreSQL for the whole integration run: DATABASE_URL when set (it must be allowed to create roles
 * and databases), else an embedded server kept in tmp/jest-pg. Each test file creates its own database,
 * named after this run's process id; databases left by runs whose process is gone are dropped here (so
 * runs in parallel on one server leave each other alone).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres(
      join(__dirname, '../../../../tmp/jest-pg'),
      (line) => process.stderr.write(`${line}\n`),
      { throwaway: true },
    );
    adminUrl = server.adminUrl;
    (globalThis as { __TOKENROLL_PG__?: { stop(): Promise<void> } }).__TOKENROLL_PG__ = server;
  }
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TOKENROLL_TEST_RUN = String(process.pid);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const left = await admin.query(
      `select datname from pg_database where datname like 'tokenroll\\_test\\_%'`,
    );
    for (const { datname } of left.rows as { datname: string }[]) {
      const run = Number(/^tokenroll_test_(\d+)_/.exec(datname)?.[1] ?? 0);
      if (run && isAlive(run)) continue;
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await admin.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
