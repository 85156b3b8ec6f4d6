import { randomUUID } from 'node:crypto';
import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { verifyWebhookSignature } from '../alerts/webhook-signature';
import { createDataSource } from '../database/data-source';
import { MIGRATIONS } from '../database/migrations';
import { withCredentials } from '../database/provision';
import { createTestDatabase, dropTestDatabase, startTestApp, TestApp } from '../test/test-app';

/** The last migration before webhook secrets were sealed. */
const LAST_BEFORE = 'RequestsBusinessDay1795644000000';

async function migrate(ownerUrl: string, upTo?: string): Promise<void> {
  const last = upTo ? MIGRATIONS.findIndex((migration) => migration.name === upTo) : MIGRATIONS.length - 1;
  expect(last).toBeGreaterThan(0);
  const source = createDataSource(ownerUrl, { migrations: MIGRATIONS.slice(0, last + 1) });
  await source.initialize();
  try {
    await source.runMigrations({ transaction: 'each' });
  } finally {
    await source.destroy();
  }
}

/**
 * SealedWebhookSecrets1795660000000 on endpoints created while secrets were plain: the secret is carried into
 * the secret store (no plain column left), and what the app sends afterwards is signed with the same secret,
 * so receivers keep verifying.
 */
describe('the migration seals existing webhook secrets and signatures still verify', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let adminUrl: string;
  let app: TestApp | undefined;
  const admin = async <R>(sql: string, params: unknown[] = []): Promise<R[]> => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as R[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const url = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
    adminUrl = withCredentials(
      url.toString(),
      decodeURIComponent(url.username),
      decodeURIComponent(url.password),
      db.name,
    );
    await migrate(db.ownerUrl, LAST_BEFORE);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('carries each secret into ciphertext; the app signs the next delivery with the same secret', async () => {
    const hooks: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        hooks.push({ headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    const company = randomUUID();
    const other = randomUUID();
    const endpoint = randomUUID();
    const otherEndpoint = randomUUID();
    const secret = `whsec_${'A'.repeat(43)}`;
    await admin(`insert into companies (id, name) values ($1, 'Acme'), ($2, 'Other')`, [company, other]);
    await admin(
      `insert into webhook_endpoints (company_id, id, url, format, secret) values ($1, $2, $3, 'JSON', $4), ($5, $6, $3, 'JSON', 'whsec_other')`,
      [company, endpoint, hookUrl, secret, other, otherEndpoint],
    );
    const event = { id: randomUUID(), type: 'budget.overage', text: 'Ann is over budget' };
    await admin(
      `insert into alert_deliveries (company_id, id, kind, channel, recipient, endpoint_id, subject, payload, max_attempts)
       values ($1, $2, 'ALERT', 'WEBHOOK', $3, $4, 'budget.overage', $5, 3)`,
      [company, randomUUID(), hookUrl, endpoint, JSON.stringify(event)],
    );

    await migrate(db.ownerUrl);

    const columns = await admin<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'webhook_endpoints'`,
    );
    expect(columns.map((c) => c.column_name)).toContain('secret_sealed');
    expect(columns.map((c) => c.column_name)).not.toContain('secret');
    const rows = await admin<{ id: string; secret_sealed: string }>(
      `select id, secret_sealed from webhook_endpoints order by id`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.secret_sealed).toMatch(/^v1\.dev\./);
      expect(row.secret_sealed).not.toContain('whsec_');
    }
    // RLS is forced again on the table after the backfill lifted it.
    const [forced] = await admin<{ f: boolean }>(
      `select relforcerowsecurity as f from pg_class where relname = 'webhook_endpoints'`,
    );
    expect(forced.f).toBe(true);

    // The app (same development key) sends the pending delivery, signed with the original secret.
    app = await startTestApp({ ALERT_SWEEP_SECONDS: '1' }, db);
    const deadline = Date.now() + 20_000;
    while (!hooks.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    receiver.close();
    expect(hooks).toHaveLength(1);
    const header = hooks[0].headers['x-tokenroll-signature'] as string;
    expect(verifyWebhookSignature({ secret, header, body: hooks[0].body })).toBe(true);
    expect(verifyWebhookSignature({ secret: 'whsec_other', header, body: hooks[0].body })).toBe(false);
  });
});
