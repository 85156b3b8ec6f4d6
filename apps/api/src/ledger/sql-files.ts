import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The ledger's PL/pgSQL lives in readable, versioned files (`ledger/sql/<name>_v<N>.sql`) that migrations
 * load, like Lago's db/views/*_vNN.sql: a new version is a new file and a new migration, never an edit.
 * The api's build copies every `*.sql` under apps/api/src beside the compiled code (apps/api/project.json),
 * so the same path works from the sources (tests, ts-node) and from dist/.
 */
export const LEDGER_SQL_DIR = join(__dirname, 'sql');

export function ledgerSql(file: string): string {
  const path = join(LEDGER_SQL_DIR, file);
  if (!existsSync(path))
    throw new Error(`The ledger's SQL file ${path} is missing (the api build copies apps/api/src/**/*.sql)`);
  return readFileSync(path, 'utf8');
}
