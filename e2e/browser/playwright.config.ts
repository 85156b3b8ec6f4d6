import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const here = __dirname;
const workspaceRoot = path.resolve(here, '../..');
/**
 * A free loopback port, chosen once in the runner and passed to the web server and the workers through the
 * environment (workers load this file again and inherit the runner's environment): a fixed port would make
 * the run fail whenever something else on the machine holds it.
 */
function freePort(variable: 'E2E_PORT' | 'E2E_SMTP_PORT'): string {
  process.env[variable] ??= execFileSync(process.execPath, [
    '-e',
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); })",
  ]).toString();
  return process.env[variable];
}
/** The port of the production build under test (tools/e2e-server.mjs reads the same variable). */
const port = freePort('E2E_PORT');
/** The loopback SMTP port the product sends mail to; a spec starts a real SMTP server there (support.ts). */
const smtpPort = freePort('E2E_SMTP_PORT');

/**
 * `BUSINESS_DATE=2026-12-31` pins the run: the server under test gets it (tools/e2e-server.mjs) and every
 * page gets the same day through Playwright's clock (the `test` of support.ts installs it). A spec that took
 * `test` straight from @playwright/test would run its pages at the real date, so it is refused here.
 */
for (const file of readdirSync(here).filter((name) => name.endsWith('.spec.ts'))) {
  if (
    /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'@playwright\/test'/.test(
      readFileSync(path.join(here, file), 'utf8'),
    )
  )
    throw new Error(
      `${file}: import { test, expect } from './support' (its pages follow the business clock)`,
    );
}

export default defineConfig({
  testDir: here,
  outputDir: path.join(here, 'results'),
  workers: 1,
  retries: 0,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_REPORT ?? path.join(workspaceRoot, 'tmp/reports/browser.json') }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node tools/e2e-server.mjs',
    cwd: workspaceRoot,
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Mail goes to a loopback SMTP server a spec starts when it needs it (until then it is retried).
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Tokenroll <alerts@demo.tokenroll.dev>',
      ALERT_SWEEP_SECONDS: '1',
      // Webhook receivers listen on loopback, which the server refuses to call unless the operator allows it.
      OUTBOUND_ALLOWED_NETWORKS: '127.0.0.0/8,::1',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
