import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

/**
 * One PostgreSQL for the whole integration run: DATABASE_URL when set (it must be allowed to create roles
 * and databases), else an embedded server in tmp/jest-pg. Each test file then creates its own database.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = join(__dirname, '../../../../tmp/jest-pg');
  rmSync(dir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres(dir, (line) => process.stderr.write(`${line}\n`));
  process.env.TEST_ADMIN_DATABASE_URL = server.adminUrl;
  (globalThis as { __TOKENROLL_PG__?: { stop(): Promise<void> } }).__TOKENROLL_PG__ = server;
}
