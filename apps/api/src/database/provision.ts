import { Client } from 'pg';

/** Role names the migrations grant to; an operator creates the same roles with docker/postgres/roles.sql. */
export const OWNER_ROLE = 'tokenroll_owner';
export const APP_ROLE = 'tokenroll_app';

export interface DatabaseUrls {
  ownerUrl: string;
  appUrl: string;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function quoteIdent(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function withCredentials(base: string, user: string, password: string, database: string): string {
  const url = new URL(base);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/**
 * Creates (if missing) the owner role, the app role and the database owned by the owner, using an
 * admin connection (superuser or CREATEROLE + CREATEDB). The app role owns nothing and cannot bypass
 * row-level security. Idempotent.
 */
export async function provisionDatabase(
  adminUrl: string,
  database: string,
  passwords: { owner: string; app: string },
): Promise<DatabaseUrls> {
  const admin = new Client({
    connectionString: withCredentials(
      adminUrl,
      new URL(adminUrl).username,
      decodeURIComponent(new URL(adminUrl).password),
      'postgres',
    ),
  });
  await admin.connect();
  try {
    // Roles are cluster-wide: serialise concurrent provisioning (parallel test files) with an advisory lock.
    await admin.query('select pg_advisory_lock(8675309)');
    for (const [role, password] of [
      [OWNER_ROLE, passwords.owner],
      [APP_ROLE, passwords.app],
    ] as const) {
      const found = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
      if (found.rowCount === 0) {
        await admin.query(
          `create role ${quoteIdent(role)} login password ${quoteLiteral(password)} nosuperuser nocreatedb nocreaterole nobypassrls`,
        );
      }
    }
    const db = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (db.rowCount === 0) {
      await admin.query(`create database ${quoteIdent(database)} owner ${quoteIdent(OWNER_ROLE)}`);
    }
    await admin.query(`grant connect on database ${quoteIdent(database)} to ${quoteIdent(APP_ROLE)}`);
    await admin.query('select pg_advisory_unlock(8675309)');
  } finally {
    await admin.end();
  }
  // The public schema belongs to pg_database_owner (PostgreSQL 15+), i.e. to the owner role of this database.
  return {
    ownerUrl: withCredentials(adminUrl, OWNER_ROLE, passwords.owner, database),
    appUrl: withCredentials(adminUrl, APP_ROLE, passwords.app, database),
  };
}
