import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The name of the app's second pool: reads beside a request's own transaction (TenancyService.readAside). */
export const ASIDE_DATA_SOURCE = 'aside';

/** The one data-source definition, for the app (as the app role) and for migrations (as the owner role). */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Never log queries: failed-query logs would carry parameters (emails, password hashes).
    logging: false,
    ...extra,
    // A pool that cannot hand out a connection within 10 s gives up ("timeout exceeded when trying to
    // connect"): the request answers 503 with Retry-After instead of waiting for ever.
    extra: {
      max: 20,
      application_name: 'tokenroll',
      connectionTimeoutMillis: 10_000,
      ...((extra as { extra?: Record<string, unknown> }).extra ?? {}),
    },
  } as DataSourceOptions;
}

export function createDataSource(url: string, extra: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(url, extra));
}

export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const source = createDataSource(ownerUrl);
  await source.initialize();
  try {
    const ran = await source.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await source.destroy();
  }
}

/** SQL that would bring the database in line with the entities; empty when entities and migrations agree. */
export async function pendingSchemaChanges(ownerUrl: string): Promise<string[]> {
  const source = createDataSource(ownerUrl);
  await source.initialize();
  try {
    const sql = await source.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await source.destroy();
  }
}
