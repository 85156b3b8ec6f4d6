import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { DatabaseUrls, provisionDatabase, withCredentials } from '../database/provision';
import { LogSecrets } from './log-secrets';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions: { code: string; fields?: { field: string; message: string }[] } & Record<string, unknown>;
  }[];
  setCookie: string | undefined;
}

export interface TestApp {
  url: string;
  db: DatabaseUrls & { name: string };
  /** Everything the server printed (JSON log lines). */
  output(): string;
  /**
   * Values the server must never log (seen in GraphQL variables and answers, or given here); `close()`
   * fails when its log carries any of them.
   */
  secrets: LogSecrets;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<T>>;
  /** SQL as the owner role (also under FORCE RLS: it sees no tenant rows without a company). */
  ownerQuery<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** SQL as the admin (superuser): sees every row, for checks that nothing was half-written. */
  adminQuery<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';
/** A production server on an external database needs its secret store's key (tests start some). */
export const PRODUCTION_TEST_ENV = {
  NODE_ENV: 'production',
  SECRET_KEYS: `test:${Buffer.alloc(32, 5).toString('base64')}`,
};
export const MAIN_JS = join(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');

function adminUrl(database = 'postgres'): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('TEST_ADMIN_DATABASE_URL is not set: run through jest.int.config.js');
  const parsed = new URL(url);
  return withCredentials(
    url,
    decodeURIComponent(parsed.username),
    decodeURIComponent(parsed.password),
    database,
  );
}

async function query<R>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as R[];
  } finally {
    await client.end();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A fresh database (roles provisioned, nothing migrated yet) on the test PostgreSQL. */
export async function createTestDatabase(): Promise<DatabaseUrls & { name: string }> {
  const name = `tokenroll_test_${process.env.TOKENROLL_TEST_RUN ?? '0'}_${randomBytes(6).toString('hex')}`;
  // Not the development passwords (tokenroll_*_dev): production refuses those, and some tests boot production.
  const urls = await provisionDatabase(adminUrl(), name, {
    owner: 'tokenroll_owner_test',
    app: 'tokenroll_app_test',
  });
  return { ...urls, name };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await query(adminUrl(), `drop database if exists "${name}" with (force)`);
}

/**
 * Boots the built api (`dist/`, as production runs it) as a child process on a free loopback port against
 * a fresh database; the server runs the migrations itself at start. Black-box: tests speak HTTP and SQL.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  shared?: DatabaseUrls & { name: string },
): Promise<TestApp> {
  if (!existsSync(MAIN_JS)) throw new Error(`Build the api first (npx nx build api): ${MAIN_JS} is missing`);
  const db = shared ?? (await createTestDatabase());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN_JS], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      // Production's level: what is logged at info is what close() checks for secrets.
      LOG_LEVEL: 'info',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATABASE_URL: db.ownerUrl,
      DATABASE_APP_URL: db.appUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      WEB_DIST_DIR: '/nonexistent-web-dist',
      // Scheduled jobs write to the ledger on their own; only the jobs test turns them on.
      JOBS_ENABLED: 'false',
      // The loopback receivers (webhooks, Stripe, providers) are called through the guarded client, which
      // refuses loopback unless the operator allows it: tests are that operator.
      OUTBOUND_ALLOWED_NETWORKS: '127.0.0.0/8,::1',
      // The business date the whole run is pinned to (CI runs the date-sensitive suites at several).
      ...(process.env.BUSINESS_DATE ? { BUSINESS_DATE: process.env.BUSINESS_DATE } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // Seeding the demo company comes before the server listens: it gets longer.
  const deadline = Date.now() + (env.SEED_DEMO === 'true' ? 180_000 : 50_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}:\n${output}`);
    try {
      const health = await fetch(`${url}/healthz`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`api did not become healthy in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const secrets = new LogSecrets();
  secrets.remember('the test password', TEST_PASSWORD);
  return {
    url,
    db,
    output: () => output,
    secrets,
    async gql(queryText, variables = {}, auth = {}) {
      secrets.collect(variables);
      secrets.remember('a token', auth.token);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
          ...(auth.cookie ? { cookie: auth.cookie } : {}),
          ...auth.headers,
        },
        body: JSON.stringify({ query: queryText, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GqlResult['errors'] };
      const setCookie = response.headers.get('set-cookie') ?? undefined;
      secrets.collect(body.data);
      secrets.remember('a refresh token', /tokenroll_refresh=([^;]*)/.exec(setCookie ?? '')?.[1]);
      return { status: response.status, data: (body.data ?? null) as never, errors: body.errors, setCookie };
    },
    ownerQuery: (sql, params) => query(db.ownerUrl, sql, params),
    adminQuery: (sql, params) => query(adminUrl(db.name), sql, params),
    async close() {
      child.kill('SIGTERM');
      await exited;
      if (!shared) await dropTestDatabase(db.name);
      const finds = secrets.findIn(output);
      if (finds.length)
        throw new Error(
          `The server log carries what it must never log (issue 13):\n${[...new Set(finds)].slice(0, 20).join('\n')}`,
        );
    },
  };
}

/** `tokenroll_refresh=...` from a Set-Cookie header, ready to send back as a Cookie header. */
export function refreshCookie(setCookie: string | undefined): string | undefined {
  const match = /tokenroll_refresh=([^;]*)/.exec(setCookie ?? '');
  return match && match[1] ? `tokenroll_refresh=${match[1]}` : undefined;
}

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken accessTokenExpiresAt user { id email name roles company { id name } } }
}`;

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id email roles } } }`;

export interface SignedUp {
  token: string;
  cookie: string;
  userId: string;
  companyId: string;
  email: string;
}

export async function signUp(t: TestApp, companyName: string, email: string): Promise<SignedUp> {
  const result = await t.gql<{
    signUp: { accessToken: string; user: { id: string; company: { id: string } } };
  }>(SIGN_UP, {
    input: { companyName, name: `Admin of ${companyName}`, email, password: TEST_PASSWORD },
  });
  if (!result.data) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return {
    token: result.data.signUp.accessToken,
    cookie: refreshCookie(result.setCookie) ?? '',
    userId: result.data.signUp.user.id,
    companyId: result.data.signUp.user.company.id,
    email,
  };
}

export const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { id email roles status acceptUrl } }`;
export const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { id email roles company { id } } } }`;

export function tokenFromAcceptUrl(acceptUrl: string): string {
  return decodeURIComponent(new URL(acceptUrl).searchParams.get('token') ?? '');
}

/** Invites `email` with `roles` as `admin` and accepts the invitation; returns the new member's session. */
export async function addMember(
  t: TestApp,
  admin: SignedUp,
  email: string,
  roles: string[],
): Promise<SignedUp> {
  const invited = await t.gql<{ inviteMember: { acceptUrl: string } }>(
    INVITE,
    { input: { email, roles } },
    { token: admin.token },
  );
  if (!invited.data) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
  const accepted = await t.gql<{
    acceptInvitation: { accessToken: string; user: { id: string; company: { id: string } } };
  }>(ACCEPT, {
    input: {
      token: tokenFromAcceptUrl(invited.data.inviteMember.acceptUrl),
      name: email.split('@')[0],
      password: TEST_PASSWORD,
    },
  });
  if (!accepted.data) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
  return {
    token: accepted.data.acceptInvitation.accessToken,
    cookie: refreshCookie(accepted.setCookie) ?? '',
    userId: accepted.data.acceptInvitation.user.id,
    companyId: accepted.data.acceptInvitation.user.company.id,
    email,
  };
}

/**
 * The text of a PDF, extracted with pdf-parse in a plain Node process (pdf.js loads workers through
 * dynamic import, which Jest's sandbox does not allow).
 */
export function pdfText(pdf: Buffer): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const result = await parser.getText();
      await parser.destroy();
      process.stdout.write(result.text);
    });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    input: pdf,
    cwd: join(__dirname, '../../../..'),
    maxBuffer: 10 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdf-parse failed: ${result.stderr.toString()}`);
  return result.stdout.toString();
}
