import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The CLI is tested against the real API: boot it with the api's own test harness (test code only).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createKey, FundedEngineer, fundedEngineer, machine } from '../../api/src/test/metering-fixtures';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testInstant } from '../../api/src/test/business-date';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { freePort, signUp, SignedUp, startTestApp, TestApp } from '../../api/src/test/test-app';
import { STATUSLINE_LOGIN, STATUSLINE_MAX, STATUSLINE_OFFLINE } from './format';

const BIN = join(__dirname, '../bin/tokenroll.mjs');
const USD = 1_000_000n;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would: plain node, a clean environment with its own HOME, optional stdin. */
function tokenroll(args: string[], env: Record<string, string> = {}, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/**
 * The business instant of the server under test (apps/api/src/clock: a pinned BUSINESS_DATE at the real time
 * of day, else now); the clock itself carries Nest decorators the CLI's compiler does not take.
 */
function businessNow(): number {
  const pinned = process.env.BUSINESS_DATE;
  return pinned ? Date.parse(`${pinned}T00:00:00.000Z`) + (Date.now() % 86_400_000) : Date.now();
}

/** Never a stack trace: no "at fn (file.js:1:2)" lines. */
const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('tokenroll CLI against the real API', () => {
  let t: TestApp;
  let admin: SignedUp;
  let ann: FundedEngineer;
  let home: string;
  /** Ann's environment without any TOKENROLL_* variable: only the config file can tell the CLI anything. */
  let plain: Record<string, string>;
  /** Ann's key and the API URL as environment variables, with an empty config folder of its own. */
  let viaEnv: Record<string, string>;

  beforeAll(async () => {
    // Build the CLI once here rather than inside the first command's time.
    const built = spawnSync(process.execPath, [join(__dirname, '../bin/build.mjs'), '--if-stale'], {
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`the CLI did not build:\n${built.stderr}`);
    t = await startTestApp();
    admin = await signUp(t, 'Acme', 'admin@acme.test');
    ann = await fundedEngineer(t, admin, { email: 'ann@acme.test', allowanceMicros: 100n * USD });
    const hoursAgo = (hours: number) => testInstant(-hours * 3_600_000);
    const usage = await machine<{ results: { status: string }[] }>(t, ann.key, 'POST', '/v1/usage', {
      events: [
        // 1M in × $3 + 100k out × $15 = $4.50
        {
          source: 'claude-code',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          inputTokens: 1_000_000,
          outputTokens: 100_000,
          occurredAt: hoursAgo(1),
          idempotencyKey: 'cli-1',
        },
        // 1M in × $1 = $1.00
        {
          source: 'cursor',
          provider: 'anthropic',
          model: 'claude-haiku-4-5',
          inputTokens: 1_000_000,
          outputTokens: 0,
          occurredAt: hoursAgo(2),
          idempotencyKey: 'cli-2',
        },
      ],
    });
    expect(usage.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    home = mkdtempSync(join(tmpdir(), 'tokenroll-cli-'));
    plain = { HOME: join(home, 'ann'), XDG_CONFIG_HOME: join(home, 'ann/.config') };
    viaEnv = {
      HOME: join(home, 'env'),
      XDG_CONFIG_HOME: join(home, 'env/.config'),
      TOKENROLL_URL: t.url,
      TOKENROLL_API_KEY: ann.key,
    };
  });

  afterAll(async () => {
    await t?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('login reads the key from stdin, checks it, saves it 0600 and later commands use it without variables', async () => {
    const before = await tokenroll(['budget'], plain);
    expect(before.status).toBe(3);
    expect(before.stderr).toMatch(/^tokenroll: no API key configured — run `tokenroll login/);

    const login = await tokenroll(['login', '--url', `${t.url}/`], plain, `${ann.key}\n`);
    expect(login.stderr).toBe('');
    expect(login.status).toBe(0);
    expect(login.stdout).toContain(`Logged in to ${t.url}\n`);
    expect(login.stdout).toContain(`Acting for  engineer ${ann.id}`);
    expect(login.stdout).toContain('Scopes      usage:write, authorize, budget:read');
    expect(login.stdout).not.toContain(ann.key);

    const file = join(plain.XDG_CONFIG_HOME, 'tokenroll/config.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ url: t.url, key: ann.key });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(plain.XDG_CONFIG_HOME, 'tokenroll')).mode & 0o777).toBe(0o700);

    const after = await tokenroll(['budget'], plain);
    expect([after.status, after.stderr]).toEqual([0, '']);
    expect(after.stdout).toContain('Available    $94.50');
  });

  it('budget shows the figures at a glance, and --json is the API’s answer', async () => {
    const api = await machine<Record<string, string | null>>(t, ann.key, 'GET', '/v1/budget');
    expect(api.status).toBe(200);
    const run = await tokenroll(['budget'], viaEnv);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Budget Jan 1, \d{4} – Dec 31, \d{4} \(USD\)$/);
    expect(run.stdout).toContain('Available    $94.50\n');
    expect(run.stdout).toMatch(/Spent {8}\$5\.50 of \$[\d,]+\.\d\d\n/);
    expect(run.stdout).toMatch(/Pace {9}\d+\.\d\d× — spending (faster|slower) than the allowance accrues/);
    // The pace is of whole days (up to yesterday): usage of the last hours may not be in it yet.
    expect(run.stdout).toMatch(/Runs out {5}(\w{3} \d{1,2}, \d{4}|lasts the period)( at \$[\d.,]+ a day)?\n/);
    expect(run.stdout).toContain('Held         $0.00');
    expect(run.stdout).not.toContain('Overage');
    expect(run.stdout).toMatch(/Enforcement {2}(hard|soft) — /);

    const json = await tokenroll(['budget', '--json'], viaEnv);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(api.body);
  });

  it('usage --since 7d gives the total and aligned tables by model and by tool', async () => {
    const run = await tokenroll(['usage', '--since', '7d'], viaEnv);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\$5\.50 in 2 events since \w{3} \d{1,2}, \d\d:\d\d \(last 7d\)$/);
    expect(lines.slice(1)).toEqual([
      '',
      'Model                         Cost  Events  Input tokens  Output tokens',
      'anthropic/claude-sonnet-4-6  $4.50       1     1,000,000        100,000',
      'anthropic/claude-haiku-4-5   $1.00       1     1,000,000              0',
      '',
      'Tool          Cost  Events  Input tokens  Output tokens',
      'claude-code  $4.50       1     1,000,000        100,000',
      'cursor       $1.00       1     1,000,000              0',
    ]);
    const json = await tokenroll(['usage', '--json'], viaEnv);
    expect(JSON.parse(json.stdout)).toMatchObject({ total: '5.500000', events: 2, currency: 'USD' });

    const bad = await tokenroll(['usage', '--since', 'yesterday'], viaEnv);
    expect([bad.status, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toBe(
      'tokenroll: since: must be like 7d, 24h, 30m or an RFC 3339 time within the last 400 days\n',
    );
  });

  it(`statusline is one line of at most ${STATUSLINE_MAX} characters, without colours in a pipe`, async () => {
    const run = await tokenroll(['statusline'], viaEnv);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^◆ \$94\.50 left( · out \w{3} \d{1,2})?( · \d+\.\d\d×)?\n$/);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(Array.from(run.stdout.trimEnd()).length).toBeLessThanOrEqual(STATUSLINE_MAX);
    expect(run.stdout).not.toContain('\u001b');
  });

  it('request asks for more and says what became of it', async () => {
    const run = await tokenroll(['request', '5', '--reason', 'Release week load testing'], viaEnv);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^(Approved automatically: \$5\.00 more \(temporary\)|Pending: \$5\.00 more \(temporary\) waits for (your manager’s|HR’s) approval)\. Request [0-9a-f-]{36}\.\n$/,
    );
    const permanent = await tokenroll(
      ['request', '250', '--reason', 'New agent workflow', '--permanent', '--json'],
      viaEnv,
    );
    expect(permanent.status).toBe(0);
    expect(JSON.parse(permanent.stdout)).toMatchObject({
      amount: '250.000000',
      currency: 'USD',
      kind: 'PERMANENT',
      status: expect.stringMatching(/^(APPROVED|PENDING)$/),
    });

    const refused = await tokenroll(['request', 'lots', '--reason', 'x'], viaEnv);
    expect([refused.status, refused.stdout]).toEqual([1, '']);
    expect(refused.stderr).toBe('tokenroll: the amount must be a number such as 50 or 12.50, not "lots"\n');
  });

  it('a revoked key exits 3 and says to log in again; statusline shows a marker and exits 0', async () => {
    const key = await createKey(t, admin, { engineerId: ann.id });
    const revoked = await t.gql(
      `mutation { revokeApiKey(id: "${key.split('.')[1]}") { id } }`,
      {},
      { token: admin.token },
    );
    expect(revoked.errors).toBeUndefined();
    const env = { ...viaEnv, TOKENROLL_API_KEY: key };
    for (const command of [['budget'], ['usage'], ['request', '5', '--reason', 'x']]) {
      const run = await tokenroll(command, env);
      expect({ command, status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
        command,
        status: 3,
        stdout: '',
        stderr: 'tokenroll: the API key is not valid or was revoked — run tokenroll login\n',
      });
    }
    const line = await tokenroll(['statusline'], env);
    expect([line.status, line.stdout, line.stderr]).toEqual([0, `${STATUSLINE_LOGIN}\n`, '']);

    const login = await tokenroll(['login', '--url', t.url, '--key', key], { HOME: join(home, 'revoked') });
    expect(login.status).toBe(3);
    expect(login.stderr).toBe(`tokenroll: ${t.url} refused the key: This API key was revoked\n`);
    expect(existsSync(join(home, 'revoked/.config/tokenroll/config.json'))).toBe(false);
  });

  it('an unreachable API exits 2 with "cannot reach"; statusline shows offline and exits 0', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const env = { ...viaEnv, TOKENROLL_URL: closed };
    const run = await tokenroll(['budget'], env);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `tokenroll: cannot reach ${closed}: connection refused\n`,
    ]);
    const line = await tokenroll(['statusline'], env);
    expect([line.status, line.stdout, line.stderr]).toEqual([0, `${STATUSLINE_OFFLINE}\n`, '']);
    // TOKENROLL_URL comes before the saved config: the logged-in user is sent to the closed port too.
    const precedence = await tokenroll(['budget'], { ...plain, TOKENROLL_URL: closed });
    expect(precedence.status).toBe(2);
  });

  it('login refuses a company key and saves nothing', async () => {
    const companyKey = await createKey(t, admin, { company: true });
    const env = { HOME: join(home, 'company') };
    const run = await tokenroll(['login', '--url', t.url], env, `${companyKey}\n`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^tokenroll: this is a company key: it acts for no single engineer/);
    expect(run.stderr).toContain('Nothing was saved.');
    expect(existsSync(join(home, 'company/.config/tokenroll/config.json'))).toBe(false);
  });

  it('a key without budget:read is refused naming the scope; other mistakes are explained, never with a stack trace', async () => {
    const narrow = await createKey(t, admin, { engineerId: ann.id, scopes: ['usage:write'] });
    const run = await tokenroll(['budget'], { ...viaEnv, TOKENROLL_API_KEY: narrow });
    expect([run.status, run.stderr]).toEqual([
      1,
      'tokenroll: this API key lacks the budget:read scope — create a key with budget:read in Tokenroll (API keys) and run tokenroll login\n',
    ]);
    const notAKey = await tokenroll(['login', '--url', t.url], { HOME: join(home, 'nokey') }, 'hunter2\n');
    expect([notAKey.status, notAKey.stderr]).toEqual([
      3,
      'tokenroll: that is not a Tokenroll API key (they start with trk_)\n',
    ]);
    const empty = await tokenroll(['login', '--url', t.url], { HOME: join(home, 'nokey') }, '');
    expect(empty.status).toBe(3);
    expect(empty.stderr).toMatch(/^tokenroll: no API key given/);
    const badUrl = await tokenroll(['budget'], { ...viaEnv, TOKENROLL_URL: 'localhost:3000' });
    expect([badUrl.status, badUrl.stderr]).toEqual([
      1,
      'tokenroll: TOKENROLL_URL must be an http:// or https:// URL, not "localhost:3000"\n',
    ]);
    for (const output of [run, notAKey, empty, badUrl]) expect(output.stderr).not.toMatch(NO_STACK);
  });

  it('usage shows unpriced usage as unpriced with its token count, never $0.00', async () => {
    const bo = await fundedEngineer(t, admin, { email: 'bo@acme.test', allowanceMicros: 100n * USD });
    const minutesAgo = (minutes: number) => new Date(businessNow() - minutes * 60_000).toISOString();
    const usage = await machine<{ results: { status: string }[] }>(t, bo.key, 'POST', '/v1/usage', {
      events: [
        // 1M in × $1 = $1.00
        {
          source: 'cursor',
          provider: 'anthropic',
          model: 'claude-haiku-4-5',
          inputTokens: 1_000_000,
          outputTokens: 0,
          occurredAt: minutesAgo(20),
          idempotencyKey: 'bo-1',
        },
        // a model with no price anywhere: recorded and flagged, its cost not known
        {
          source: 'cursor',
          provider: 'acme',
          model: 'house-model-1',
          inputTokens: 20_000,
          outputTokens: 500,
          occurredAt: minutesAgo(10),
          idempotencyKey: 'bo-2',
        },
      ],
    });
    expect(usage.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    const env = { ...viaEnv, TOKENROLL_API_KEY: bo.key };
    const run = await tokenroll(['usage', '--since', '24h'], env);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\$1\.00 \+ unpriced \(20,500 tokens\) in 2 events since /);
    expect(lines.find((line) => line.startsWith('acme/house-model-1'))).toMatch(
      /^acme\/house-model-1\s+unpriced \(20,500 tokens\)\s+1\s+20,000\s+500$/,
    );
    expect(lines.find((line) => line.startsWith('cursor'))).toContain('$1.00 + unpriced (20,500 tokens)');
    expect(run.stdout).not.toContain('$0.00');
    const json = JSON.parse((await tokenroll(['usage', '--since', '24h', '--json'], env)).stdout);
    expect(json).toMatchObject({ total: '1.000000', events: 2, unpricedEvents: 1, unpricedTokens: 20_500 });
    expect(json.byModel).toContainEqual(
      expect.objectContaining({ key: 'acme/house-model-1', unpricedEvents: 1, unpricedTokens: 20_500 }),
    );
  });
});
