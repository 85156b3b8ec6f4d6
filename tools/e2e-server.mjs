// Starts the production build (API + web on one port) against a fresh embedded PostgreSQL, for the
// browser tests (Playwright's webServer). Build first: `nx run-many -t build -p api web`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const main = join(root, 'dist/apps/api/apps/api/src/main.js');
if (!existsSync(main) || !existsSync(join(root, 'dist/apps/web/index.html'))) {
  console.error('Build first: npx nx run-many -t build -p api web');
  process.exit(1);
}
mkdirSync(join(root, 'tmp'), { recursive: true });
const dataDir = mkdtempSync(join(root, 'tmp', 'e2e-'));
const port = process.env.E2E_PORT ?? '3111';
// A run pinned to a business date (BUSINESS_DATE) cannot be production, which refuses a pinned clock.
const nodeEnv = process.env.BUSINESS_DATE ? 'test' : 'production';
const child = spawn(process.execPath, [main], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: nodeEnv,
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TOKENROLL_DATA_DIR: dataDir,
    DATABASE_URL: '',
    DATABASE_APP_URL: '',
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
});
const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code) => {
  cleanup();
  process.exit(code ?? 0);
});
