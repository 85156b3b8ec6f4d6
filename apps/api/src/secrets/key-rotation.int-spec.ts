import { randomBytes } from 'node:crypto';
import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '../alerts/webhook-signature';
import { createTestDatabase, dropTestDatabase, signUp, startTestApp, TestApp } from '../test/test-app';

const CREATE_ENDPOINT = `mutation Create($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id } } }`;

const key = () => randomBytes(32).toString('base64');

/**
 * Rotation without downtime: a new primary key goes first in SECRET_KEYS, the old one stays after it; each
 * instance re-wraps at start; then the old key can go, and the secret still signs.
 */
describe('secret store key rotation', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: TestApp | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('re-wraps sealed secrets under the new key at start; after the old key is removed deliveries still verify', async () => {
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
    const oldKey = `old:${key()}`;
    const newKey = `new:${key()}`;
    const sealed = () =>
      app!.adminQuery<{ secret_sealed: string }>(`select secret_sealed from webhook_endpoints`);

    app = await startTestApp({ SECRET_KEYS: oldKey }, db);
    const acme = await signUp(app, 'Acme', 'admin@acme.test');
    const created = await app.gql<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
      CREATE_ENDPOINT,
      { input: { url: hookUrl } },
      { token: acme.token },
    );
    const { secret, endpoint } = created.data!.createWebhookEndpoint;
    expect((await sealed())[0].secret_sealed).toMatch(/^v1\.old\./);
    await app.close();

    // The new key first, the old one still there: the instance re-wraps at start.
    app = await startTestApp({ SECRET_KEYS: `${newKey},${oldKey}` }, db);
    const deadline = Date.now() + 20_000;
    while (!(await sealed())[0].secret_sealed.startsWith('v1.new.') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await sealed())[0].secret_sealed).toMatch(/^v1\.new\./);
    await app.close();

    // The old key is gone; the endpoint's secret still opens and signs.
    app = await startTestApp({ SECRET_KEYS: newKey, ALERT_SWEEP_SECONDS: '1' }, db);
    await app.adminQuery(
      `insert into alert_deliveries (company_id, id, kind, channel, recipient, endpoint_id, subject, payload, max_attempts)
       values ($1, gen_random_uuid(), 'ALERT', 'WEBHOOK', $2, $3, 'budget.overage', $4, 3)`,
      [
        acme.companyId,
        hookUrl,
        endpoint.id,
        JSON.stringify({ id: 'x', type: 'budget.overage', text: 'over' }),
      ],
    );
    const until = Date.now() + 20_000;
    while (!hooks.length && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
    receiver.close();
    expect(hooks).toHaveLength(1);
    expect(
      verifyWebhookSignature({
        secret,
        header: hooks[0].headers['x-tokenroll-signature'] as string,
        body: hooks[0].body,
      }),
    ).toBe(true);
  });
});
