import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { OutboundClient, outboundErrorReason } from './outbound-http';
import { OutboundPolicy } from './outbound-policy';

/** Every address form the SSRF finding named, and the neighbours an attacker would try next. */
const REFUSED_URLS = [
  'http://127.0.0.1:8080/',
  'http://localhost/',
  'http://localhost./',
  'http://sub.localhost/',
  'http://2130706433/',
  'http://0x7f000001/',
  'http://0177.0.0.1/',
  'http://127.1/',
  'http://0.0.0.0/',
  'http://0/',
  'http://[::]/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fd00:ec2::254]/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
  'http://10.0.0.1/',
  'http://172.16.5.4/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://[64:ff9b::7f00:1]/',
  'http://intranet/',
];

describe('OutboundPolicy', () => {
  const policy = new OutboundPolicy();

  it.each(REFUSED_URLS)('refuses %s before any lookup', (url) => {
    expect(policy.urlRefusal(url)).toMatch(/private or local address/);
  });

  it('allows public addresses and names; refuses other schemes and credentials', () => {
    expect(policy.urlRefusal('https://hooks.slack.com/services/x')).toBeNull();
    expect(policy.urlRefusal('http://93.184.215.14/hook')).toBeNull();
    expect(policy.urlRefusal('http://[2606:4700::1111]/')).toBeNull();
    expect(policy.urlRefusal('file:///etc/passwd')).toMatch(/http or https/);
    expect(policy.urlRefusal('http://u:p@example.com/')).toMatch(/user name or password/);
  });

  it('judges resolved addresses, IPv4-mapped IPv6 as the IPv4 it carries', () => {
    for (const address of [
      '127.0.0.1',
      '::1',
      '::ffff:127.0.0.1',
      '169.254.169.254',
      '0.0.0.0',
      '::',
      'fd12::1',
    ])
      expect(policy.refusal(address)).not.toBeNull();
    expect(policy.refusal('8.8.8.8')).toBeNull();
    expect(policy.refusal('::ffff:8.8.8.8')).toBeNull();
  });

  it("allows exactly the operator's networks", () => {
    const allowing = new OutboundPolicy(['127.0.0.2', '10.1.0.0/16']);
    expect(allowing.refusal('127.0.0.2')).toBeNull();
    expect(allowing.refusal('::ffff:127.0.0.2')).toBeNull();
    expect(allowing.refusal('10.1.200.3')).toBeNull();
    expect(allowing.refusal('127.0.0.1')).not.toBeNull();
    expect(allowing.refusal('10.2.0.1')).not.toBeNull();
    expect(allowing.urlRefusal('http://localhost:4000/')).not.toBeNull();
    expect(new OutboundPolicy(['127.0.0.0/8', '::1']).urlRefusal('http://localhost:4000/')).toBeNull();
  });
});

describe('OutboundClient', () => {
  let server: Server;
  let port: number;
  let hits = 0;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      hits++;
      response.writeHead(200).end('internal secret 4242');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses at connect time a public-looking name that resolves to 127.0.0.1 (DNS rebinding)', async () => {
    // A resolver that answers loopback for the name, as a rebinding DNS server would on the second lookup.
    const client = new OutboundClient(new OutboundPolicy(), (_name, _options, callback) =>
      callback(null, [{ address: '127.0.0.1', family: 4 }]),
    );
    expect(client.urlRefusal(`http://rebind.example.com:${port}/`)).toBeNull();
    const before = hits;
    const error = await client.fetch(`http://rebind.example.com:${port}/`).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(outboundErrorReason(error)).toMatch(
      /^refused: rebind\.example\.com: loopback address 127\.0\.0\.1/,
    );
    expect(hits).toBe(before);
  });

  it('refuses when any address of the name is private (a mixed answer cannot slip one through)', async () => {
    const client = new OutboundClient(new OutboundPolicy(), (_name, _options, callback) =>
      callback(null, [
        { address: '93.184.215.14', family: 4 },
        { address: '::1', family: 6 },
      ]),
    );
    await expect(client.fetch(`http://mixed.example.com:${port}/`)).rejects.toThrow(/refused/);
  });

  it.each(['127.0.0.1', '2130706433', '[::ffff:127.0.0.1]', 'localhost'])(
    'refuses http://%s even when the caller skips the registration check',
    async (host) => {
      const client = new OutboundClient(new OutboundPolicy());
      const before = hits;
      await expect(client.fetch(`http://${host}:${port}/`)).rejects.toThrow(/refused/);
      expect(hits).toBe(before);
    },
  );

  it('calls a loopback server the operator allowed, and answers a standard Response', async () => {
    const client = new OutboundClient(new OutboundPolicy(['127.0.0.1']));
    const response = await client.fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('internal secret 4242');
    const byName = await client.fetch(`http://localhost:${port}/`).catch((caught: Error) => caught);
    // localhost may resolve to ::1 too, which this operator did not allow.
    if (byName instanceof Response) expect(byName.status).toBe(200);
    else expect(outboundErrorReason(byName)).toMatch(/refused|ECONNREFUSED/);
  });
});

describe('OutboundClient as a custom fetch', () => {
  it('takes Headers and form parameters as a library passes them', async () => {
    let received = '';
    let contentType = '';
    const server = createServer((request, response) => {
      contentType = request.headers['content-type'] ?? '';
      request.on('data', (chunk: Buffer) => (received += chunk.toString()));
      request.on('end', () =>
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      const client = new OutboundClient(new OutboundPolicy(['127.0.0.1']));
      const response = await client.fetch(`http://127.0.0.1:${port}/token`, {
        method: 'POST',
        headers: new Headers({ accept: 'application/json' }),
        body: new URLSearchParams({ grant_type: 'authorization_code', code: 'abc' }),
      });
      expect(await response.json()).toEqual({ ok: true });
      expect(received).toBe('grant_type=authorization_code&code=abc');
      expect(contentType).toMatch(/^application\/x-www-form-urlencoded/);
    } finally {
      server.close();
    }
  });
});
