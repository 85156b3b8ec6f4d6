import { AppConfig } from '../config/config';
import { runMigrations } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { provisionDatabase } from './provision';

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  /** Superuser URL of the embedded server (embedded mode only). */
  adminUrl?: string;
  stop(): Promise<void>;
}

/**
 * Finds or starts the database, makes sure the owner and app roles exist, and runs pending migrations
 * as the owner:
 * - DATABASE_URL unset: an embedded PostgreSQL under TOKENROLL_DATA_DIR, database `tokenroll`.
 * - DATABASE_URL and DATABASE_APP_URL set: used as they are (an operator created the roles).
 * - only DATABASE_URL set: treated as an admin connection; roles and the named database are created.
 */
export async function prepareDatabase(
  config: AppConfig,
  log: (message: string) => void,
  options: { migrate?: boolean; database?: string } = {},
): Promise<PreparedDatabase> {
  const passwords = { owner: config.databaseOwnerPassword, app: config.databaseAppPassword };
  let urls: { ownerUrl: string; appUrl: string };
  let stop = async () => undefined as void;
  let embedded = false;
  let adminUrl: string | undefined;
  if (!config.databaseUrl) {
    const server = await startEmbeddedPostgres(config.dataDir, log);
    urls = await provisionDatabase(server.adminUrl, options.database ?? 'tokenroll', passwords);
    stop = () => server.stop();
    embedded = true;
    adminUrl = server.adminUrl;
  } else if (config.databaseAppUrl) {
    urls = { ownerUrl: config.databaseUrl, appUrl: config.databaseAppUrl };
  } else {
    const name =
      options.database ?? (decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1)) || 'tokenroll');
    urls = await provisionDatabase(config.databaseUrl, name, passwords);
  }
  if (options.migrate !== false) {
    const ran = await runMigrations(urls.ownerUrl);
    log(ran.length ? `ran migrations: ${ran.join(', ')}` : 'database schema is up to date');
  }
  return { ...urls, embedded, adminUrl, stop };
}
