// `npm test`: every check of the repository, in order, ending with one line `N passed, N failed`.
// Lint, typecheck and build run through Nx (cached); test suites write JSON reports that are summed here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'tmp/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
// The unpinned steps run at the real date; the pinned steps below set BUSINESS_DATE themselves.
delete env.BUSINESS_DATE;

/**
 * Business dates that have broken payroll systems before: the date-sensitive suites run at each of them
 * (the server under test reads BUSINESS_DATE; the tests build their dates from the same clock).
 * 2027-04-01 is the first day of an April fiscal year (apps/api/src/test/business-calendar.int-spec.ts
 * sets one); 2027-04-30 the last day of a 30-day month.
 */
const PINNED_DATES = ['2026-12-31', '2027-01-01', '2028-02-29', '2027-04-30', '2027-04-01'];
/** The browser suite runs at today and at this one. */
const BROWSER_PINNED_DATE = '2026-12-31';
/**
 * The integration suites whose answers depend on today: allowances and the ledger (people, allowances'
 * true-up, accounting periods, offers, jobs),
 * burn and forecasts (burn, alerts), requests and transfers, metering against budgets, an April fiscal
 * year (test/business-calendar), the demo data and chargeback (statements and closes of recent months). The others (auth, members, keys, pricing catalog,
 * roster import, tenancy, ops, bad input, the authorize fast paths) do not read the business date.
 */
const DATE_SENSITIVE_INT_SPECS = [
  'apps/api/src/people/people.int-spec.ts',
  'apps/api/src/people/new-hires.int-spec.ts',
  'apps/api/src/allowances/',
  'apps/api/src/ledger/',
  'apps/api/src/clock/',
  'apps/api/src/offers/',
  // Not jobs/job-failure: retries and the failure alert do not depend on the day.
  'apps/api/src/jobs/jobs.int-spec.ts',
  // Not burn/closed-part: it pins its own server apart from the real day on purpose.
  'apps/api/src/burn/burn.int-spec.ts',
  'apps/api/src/burn/forecast.int-spec.ts',
  'apps/api/src/burn/unpriced.int-spec.ts',
  'apps/api/src/burn/accrual-line.int-spec.ts',
  // Not alerts/webhook-ssrf: which addresses are refused does not depend on the day.
  'apps/api/src/alerts/alerts.int-spec.ts',
  'apps/api/src/transfers/',
  'apps/api/src/metering/metering.int-spec.ts',
  'apps/api/src/metering/overage.int-spec.ts',
  'apps/api/src/metering/usage-periods.int-spec.ts',
  'apps/api/src/test/',
  'apps/api/src/database/seed/',
  // Statements, close, allocation, exports and reconciliation: months relative to today, closed in order.
  'apps/api/src/chargeback/',
];
const only = process.argv.slice(2);
const results = [];

function run(command, args, extraEnv = {}) {
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return { ok: child.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function record(suite, passed, failed, seconds, note = '') {
  results.push({ suite, passed, failed, seconds, note });
  console.log(
    `\n=== ${suite}: ${passed} passed, ${failed} failed (${seconds} s)${note ? ` — ${note}` : ''}\n`,
  );
}

/** A step that is one check: pass or fail. */
function check(suite, command, args, extraEnv) {
  if (only.length && !only.some((name) => suite.startsWith(name))) return;
  const { ok, seconds } = run(command, args, extraEnv);
  record(suite, ok ? 1 : 0, ok ? 0 : 1, seconds);
}

/** A step whose runner writes a Jest-style JSON report (Jest and Vitest both do). */
function suite(name, command, args, reportFile, extraEnv) {
  if (only.length && !only.some((n) => name.startsWith(n))) return;
  const { ok, seconds } = run(command, args, extraEnv);
  if (!existsSync(reportFile)) return record(name, 0, 1, seconds, 'no report written');
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  const passed = report.numPassedTests;
  record(
    name,
    passed,
    ok ? failed : Math.max(failed, 1),
    seconds,
    passed + failed === 0 ? 'no tests ran' : '',
  );
}

function playwright(name, args, reportName, extraEnv) {
  if (only.length && !only.some((n) => name.startsWith(n))) return;
  const reportFile = join(reports, reportName);
  const { ok, seconds } = run(bin('playwright'), args, { E2E_REPORT: reportFile, ...extraEnv });
  if (!existsSync(reportFile)) return record(name, 0, 1, seconds, 'no report written');
  const stats = JSON.parse(readFileSync(reportFile, 'utf8')).stats;
  const failed = stats.unexpected + stats.flaky;
  record(name, stats.expected, ok ? failed : Math.max(failed, 1), seconds);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The generated web operation types match the committed schema and documents. */
function codegenCheck() {
  const name = 'web codegen up to date';
  if (only.length && !only.some((n) => name.startsWith(n))) return;
  const out = join(root, 'tmp/codegen-check/');
  rmSync(out, { recursive: true, force: true });
  const { ok, seconds } = run(bin('graphql-codegen'), ['--config', 'apps/web/codegen.ts', '--silent'], {
    CODEGEN_OUT: out,
  });
  const committed = join(root, 'apps/web/src/gql');
  let same = ok && existsSync(out);
  if (same) {
    const files = listFiles(out)
      .map((file) => relative(out, file))
      .sort();
    const existing = listFiles(committed)
      .map((file) => relative(committed, file))
      .sort();
    same =
      JSON.stringify(files) === JSON.stringify(existing) &&
      files.every(
        (file) => readFileSync(join(out, file), 'utf8') === readFileSync(join(committed, file), 'utf8'),
      );
  }
  if (!same) console.error('apps/web/src/gql is stale: run `npm run codegen` and commit the result.');
  record(name, same ? 1 : 0, same ? 0 : 1, seconds);
}

const nx = bin('nx');
// CI proves a fresh clone: it never replays Nx's cache (kept outside the checkout on this machine).
const nxCache = process.env.CI ? ['--skip-nx-cache'] : [];
check('format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
for (const project of ['domain', 'api', 'web', 'e2e', 'cli'])
  check(`lint ${project}`, nx, ['run', `${project}:lint`, '--output-style=static', ...nxCache]);
for (const project of ['domain', 'api', 'web', 'e2e', 'cli'])
  check(`typecheck ${project}`, nx, ['run', `${project}:typecheck`, '--output-style=static', ...nxCache]);
suite(
  'domain unit + property tests',
  bin('jest'),
  ['-c', 'libs/domain/jest.config.js', '--ci', '--json', `--outputFile=${join(reports, 'domain.json')}`],
  join(reports, 'domain.json'),
);
suite(
  'api unit tests',
  bin('jest'),
  ['-c', 'apps/api/jest.config.js', '--ci', '--json', `--outputFile=${join(reports, 'api-unit.json')}`],
  join(reports, 'api-unit.json'),
);
check('build api (production)', nx, ['run', 'api:build', '--output-style=static', ...nxCache]);
check('build web (production)', nx, ['run', 'web:build', '--output-style=static', ...nxCache]);
// The sign-in page's compressed JavaScript stays within 250 KB (entry + its static imports, as served).
check('web first-load budget (≤ 250 KB compressed JS)', process.execPath, ['tools/web-budget.mjs']);
suite(
  'api integration tests (real PostgreSQL; schema.gql and migrations checks)',
  bin('jest'),
  ['-c', 'apps/api/jest.int.config.js', '--ci', '--json', `--outputFile=${join(reports, 'api-int.json')}`],
  join(reports, 'api-int.json'),
);
suite(
  'cli tests (the built CLI against the real api)',
  bin('jest'),
  ['-c', 'apps/cli/jest.config.js', '--ci', '--json', `--outputFile=${join(reports, 'cli.json')}`],
  join(reports, 'cli.json'),
);
codegenCheck();
suite(
  'web unit tests',
  bin('vitest'),
  [
    'run',
    '--config',
    'apps/web/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, 'web.json')}`,
  ],
  join(reports, 'web.json'),
);
playwright('browser tests (Chromium)', ['test', '-c', 'e2e/browser/playwright.config.ts'], 'browser.json');

// The same checks at pinned business dates: each run is its own step in the summary.
for (const date of PINNED_DATES)
  suite(
    `api integration @${date}`,
    bin('jest'),
    [
      '-c',
      'apps/api/jest.int.config.js',
      '--ci',
      '--json',
      `--outputFile=${join(reports, `api-int@${date}.json`)}`,
      ...DATE_SENSITIVE_INT_SPECS,
    ],
    join(reports, `api-int@${date}.json`),
    { BUSINESS_DATE: date },
  );
playwright(
  `browser tests (Chromium) @${BROWSER_PINNED_DATE}`,
  ['test', '-c', 'e2e/browser/playwright.config.ts'],
  `browser@${BROWSER_PINNED_DATE}.json`,
  { BUSINESS_DATE: BROWSER_PINNED_DATE },
);

console.log('\nSummary');
for (const r of results)
  console.log(
    `  ${r.failed ? 'FAIL' : 'ok  '}  ${r.suite}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`,
  );
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
