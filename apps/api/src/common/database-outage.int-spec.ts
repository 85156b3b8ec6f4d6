import { createServer, Server, Socket, connect } from 'node:net';
import { testInstant } from '../test/business-date';
import { FundedEngineer, fundedEngineer, machine } from '../test/metering-fixtures';
import {
  createTestDatabase,
  dropTestDatabase,
  freePort,
  signUp,
  SignedUp,
  startTestApp,
  TestApp,
} from '../test/test-app';

/**
 * A TCP relay on loopback between the api and the test PostgreSQL: the api's only way to its database.
 * `down()` cuts every open connection and stops listening (new connections are refused, as when the
 * server is gone); `blackHole()` accepts connections and never answers (a server that hangs: the pool's
 * connection timeout fires); `up()` relays again.
 */
class DatabaseRelay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private mode: 'relay' | 'black-hole' = 'relay';

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async up(): Promise<void> {
    this.mode = 'relay';
    if (this.server) return;
    const server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => client.destroy());
      if (this.mode === 'black-hole') return;
      const upstream = connect(this.target.port, this.target.host);
      this.sockets.add(upstream);
      upstream.on('close', () => {
        this.sockets.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async blackHole(): Promise<void> {
    await this.down();
    await this.up();
    this.mode = 'black-hole';
  }
}

const relayed = (url: string, port: number) => {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
};

describe('PostgreSQL unreachable: 503 with Retry-After on every surface, and back when it returns', () => {
  let t: TestApp;
  let relay: DatabaseRelay;
  let admin: SignedUp;
  let engineer: FundedEngineer;

  beforeAll(async () => {
    const db = await createTestDatabase();
    const target = new URL(db.appUrl);
    relay = new DatabaseRelay(await freePort(), {
      host: target.hostname,
      port: Number(target.port || 5432),
    });
    await relay.up();
    t = await startTestApp(
      {
        DATABASE_URL: relayed(db.ownerUrl, relay.port),
        DATABASE_APP_URL: relayed(db.appUrl, relay.port),
      },
      db,
    );
    admin = await signUp(t, 'Outage Inc', 'ops@outage.test');
    engineer = await fundedEngineer(t, admin, { email: 'dev@outage.test', allowanceMicros: 50_000_000n });
  });
  afterAll(async () => {
    await relay.up();
    await t.close();
    await dropTestDatabase(t.db.name);
  });

  const usage = (key: string) => ({
    events: [
      {
        source: 'gateway',
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        inputTokens: 100,
        outputTokens: 50,
        occurredAt: testInstant(-60_000),
        idempotencyKey: `outage-${key}`,
      },
    ],
  });
  const otlp = {
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'user.email', value: { stringValue: 'dev@outage.test' } }] },
        scopeMetrics: [
          {
            metrics: [
              {
                name: 'claude_code.token.usage',
                unit: 'tokens',
                sum: {
                  aggregationTemporality: 1,
                  dataPoints: [
                    {
                      attributes: [
                        { key: 'type', value: { stringValue: 'input' } },
                        { key: 'model', value: { stringValue: 'claude-sonnet-4-6' } },
                      ],
                      timeUnixNano: String(BigInt(Date.parse(testInstant(-30_000))) * 1_000_000n),
                      asDouble: 10,
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    ],
  };

  /** The three machine endpoints of the finding and a GraphQL query, each as an outage should answer. */
  async function expectUnavailable(label: string) {
    const answers = {
      usage: await machine(t, engineer.key, 'POST', '/v1/usage', usage(label)),
      otlp: await machine(t, engineer.key, 'POST', '/v1/otlp/v1/metrics', otlp),
      authorizations: await machine(t, engineer.key, 'POST', '/v1/authorizations', {
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        estimatedInputTokens: 100,
        maxOutputTokens: 100,
        requestId: `outage-${label}`,
      }),
    };
    for (const [name, answer] of Object.entries(answers)) {
      expect({ name, status: answer.status }).toEqual({ name, status: 503 });
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ title: 'SERVICE_UNAVAILABLE', status: 503 });
    }
    for (const path of ['/v1/usage', '/v1/otlp/v1/metrics', '/v1/authorizations']) {
      const response = await fetch(`${t.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${engineer.key}`, 'content-type': 'application/json' },
        body: JSON.stringify(path === '/v1/otlp/v1/metrics' ? otlp : usage(`${label}-h`)),
      });
      expect({ path, status: response.status }).toEqual({ path, status: 503 });
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    const graphql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const body = (await graphql.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(graphql.status).toBe(503);
    expect(graphql.headers.get('retry-after')).toMatch(/^\d+$/);
  }

  it('answers normally while the database is there', async () => {
    expect((await machine(t, engineer.key, 'POST', '/v1/usage', usage('before'))).status).toBe(200);
  });

  it('the database goes away (connections cut, new ones refused): 503 + Retry-After, GraphQL included', async () => {
    await relay.down();
    await expectUnavailable('down');
  });

  it('the database hangs (no connection within the pool timeout): 503 + Retry-After', async () => {
    await relay.blackHole();
    const started = Date.now();
    const answer = await machine(t, engineer.key, 'POST', '/v1/usage', usage('hang'));
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ title: 'SERVICE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 40_000);

  it('answers normally again once the database is back', async () => {
    await relay.down();
    await relay.up();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await machine(t, engineer.key, 'POST', '/v1/usage', usage(`after-${attempt}`))).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  });

  it('logged the outage as such, never as an unexpected request error', () => {
    // (Background listeners, e.g. the alerts job's, may log the lost connection: they are not requests.)
    const requestErrors = t
      .output()
      .split('\n')
      .filter((line) => /"level":50/.test(line) && /"context":"(Errors|GraphQL)"/.test(line));
    expect(t.output()).toMatch(/database unavailable/);
    expect(requestErrors).toEqual([]);
  });
});
