import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const CREATE_ENDPOINT = `mutation Create($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url format } } }`;
const DELIVERIES = `query { alertDeliveries(limit: 50) { id recipient status attempts lastError } }`;
/** What an internal service answers: it must never come back through the delivery log. */
const INTERNAL_ANSWER = 'root:x:0:0 internal-metadata-token-8c1f2e';

/** A loopback HTTP server standing for an internal service; counts the requests that reach it. */
async function startInternal(
  host: string,
  status: number,
): Promise<{ port: number; hits(): number; server: Server }> {
  let hits = 0;
  const server = createServer((request, response) => {
    hits++;
    request.resume();
    request.on('end', () =>
      response.writeHead(status, { 'content-type': 'text/plain' }).end(INTERNAL_ANSWER),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  return { port: (server.address() as AddressInfo).port, hits: () => hits, server };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * SSRF through webhooks (issue 13): an ADMIN must not make the server call loopback, private, link-local or
 * metadata addresses, nor read an answer back through the delivery log. This server's operator allows only
 * 127.0.0.2 (OUTBOUND_ALLOWED_NETWORKS), where the allowed receiver listens; 127.0.0.1 stays refused.
 */
describe('webhooks: no server-side request forgery', () => {
  let t: TestApp;
  let admin: SignedUp;
  let internal: Awaited<ReturnType<typeof startInternal>>;
  let allowed: Awaited<ReturnType<typeof startInternal>>;

  beforeAll(async () => {
    internal = await startInternal('127.0.0.1', 200);
    allowed = await startInternal('127.0.0.2', 500);
    t = await startTestApp({
      OUTBOUND_ALLOWED_NETWORKS: '127.0.0.2',
      ALERT_SWEEP_SECONDS: '1',
      LOG_LEVEL: 'info',
    });
    admin = await signUp(t, 'Ssrf Co', 'admin@ssrf.test');
  });

  afterAll(async () => {
    await t?.close();
    internal?.server.close();
    allowed?.server.close();
  });

  /** Queues one webhook delivery of a minimal alert event to `endpointId` (one attempt). */
  async function queueDelivery(endpointId: string, url: string): Promise<string> {
    const id = randomUUID();
    const event = { id: randomUUID(), type: 'budget.overage', text: 'test event' };
    await t.adminQuery(
      `insert into alert_deliveries (company_id, id, kind, channel, recipient, endpoint_id, subject, payload, status, max_attempts)
       values ($1, $2, 'ALERT', 'WEBHOOK', $3, $4, 'budget.overage', $5, 'PENDING', 1)`,
      [admin.companyId, id, url, endpointId, JSON.stringify(event)],
    );
    return id;
  }

  async function settled(id: string): Promise<{ status: string; lastError: string | null }> {
    return until(`delivery ${id}`, async () => {
      const result = await t.gql<{
        alertDeliveries: { id: string; status: string; lastError: string | null }[];
      }>(DELIVERIES, {}, { token: admin.token });
      const row = result.data?.alertDeliveries.find((delivery) => delivery.id === id);
      return row && row.status !== 'PENDING' ? row : undefined;
    });
  }

  it('refuses at registration every loopback, private, link-local and metadata form, naming the field', async () => {
    const port = internal.port;
    for (const url of [
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/`,
      `http://2130706433:${port}/`,
      `http://0x7f000001:${port}/`,
      `http://0177.0.0.1:${port}/`,
      `http://127.1:${port}/`,
      `http://0.0.0.0:${port}/`,
      `http://[::]:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
      'http://10.0.0.5/hook',
      'http://192.168.0.10/hook',
    ]) {
      const result = await t.gql(CREATE_ENDPOINT, { input: { url } }, { token: admin.token });
      expect({ url, code: result.errors?.[0].extensions.code }).toEqual({ url, code: 'BAD_USER_INPUT' });
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'url', message: expect.stringMatching(/private or local address/) },
      ]);
    }
    expect(await t.adminQuery(`select id from webhook_endpoints`)).toEqual([]);
    expect(internal.hits()).toBe(0);
  });

  it('refuses at connect time a host name that resolves to loopback (a URL stored before, or a rebinding name)', async () => {
    // Written past the registration check, as a name that resolved elsewhere when it was registered.
    const url = `http://localhost:${internal.port}/hook`;
    // Registered at an allowed address (its signing secret sealed as usual), then pointed at the name.
    const created = await t.gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      CREATE_ENDPOINT,
      { input: { url: `http://127.0.0.2:${allowed.port}/hook` } },
      { token: admin.token },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const endpointId = created.data.createWebhookEndpoint.endpoint.id;
    await t.adminQuery(`update webhook_endpoints set url = $2 where id = $1`, [endpointId, url]);
    const delivery = await settled(await queueDelivery(endpointId, url));
    expect(delivery.status).toBe('FAILED');
    expect(delivery.lastError).toMatch(/^refused: localhost: loopback address/);
    expect(internal.hits()).toBe(0);
  });

  it('keeps only the status and its standard reason in the delivery log, never the answer body', async () => {
    const url = `http://127.0.0.2:${allowed.port}/hook`;
    const created = await t.gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      CREATE_ENDPOINT,
      { input: { url } },
      { token: admin.token },
    );
    expect(created.errors).toBeUndefined();
    const delivery = await settled(await queueDelivery(created.data!.createWebhookEndpoint.endpoint.id, url));
    expect(allowed.hits()).toBe(1);
    expect(delivery).toMatchObject({ status: 'FAILED', lastError: 'HTTP 500 Internal Server Error' });
    const log = await t.adminQuery<{ last_error: string }>(`select last_error from alert_deliveries`);
    expect(JSON.stringify(log)).not.toContain('internal-metadata-token');
    expect(t.output()).not.toContain('internal-metadata-token');
  });
});
