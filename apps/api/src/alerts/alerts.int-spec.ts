import { testDay, testInstant, testToday } from '../test/business-date';
import { simpleParser } from 'mailparser';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { fundedEngineer, machine, midPeriodPolicy } from '../test/metering-fixtures';
import { addMember, freePort, INVITE, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' }; // $3 in, $15 out per 1M tokens

interface Mail {
  envelopeTo: string[];
  from: string;
  subject: string;
  text: string;
}

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtp(port: number): Promise<{ mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

interface Hook {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A webhook receiver on loopback; it answers 500 to the next `failures` requests to /hook. */
async function startReceiver(): Promise<{
  url: string;
  hooks: Hook[];
  fail(n: number): void;
  server: Server;
}> {
  const hooks: Hook[] = [];
  let failures = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      hooks.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      if (request.url === '/hook' && failures > 0) {
        failures--;
        response.writeHead(500).end('busy, try later');
        return;
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hooks, fail: (n) => (failures = n), server };
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

interface Delivery {
  id: string;
  kind: string;
  channel: string;
  recipient: string;
  subject: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

const DELIVERIES = `query { alertDeliveries(limit: 500) { id kind channel recipient subject status attempts lastError sentAt } }`;
const EVALUATE = `mutation { evaluateAlerts }`;
const CREATE_ENDPOINT = `mutation Create($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url format } } }`;

let sequence = 0;

/**
 * The forecast's pace is of whole days (up to yesterday): spend lands yesterday, so the run-out forecast sees
 * it, unless today starts the (calendar) period: then it lands now, counts toward the thresholds, and no
 * run-out can be forecast yet (no whole day of the period is behind today).
 */
const paced = !testToday().endsWith('-01-01');
const spentAt = () => (paced ? `${testDay(-1)}T12:00:00Z` : testInstant(-60_000));
/** How many run-out alerts an engineer spending fast gets: one when it can be forecast. */
const runOut = paced ? 1 : 0;

describe('alerts: thresholds by mail and signed webhooks, retried until delivered', () => {
  let t: TestApp;
  let smtpPort: number;
  let smtp: { mails: Mail[]; close(): Promise<void> } | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let acme: SignedUp;
  let mia: SignedUp;
  let platformId: string;

  async function deliveries(): Promise<Delivery[]> {
    const result = await t.gql<{ alertDeliveries: Delivery[] }>(DELIVERIES, {}, { token: acme.token });
    expect(result.errors).toBeUndefined();
    return result.data!.alertDeliveries;
  }

  /** Waits until nothing is left to send, then returns the log. */
  async function settled(): Promise<Delivery[]> {
    return until('every delivery to be sent', async () => {
      const all = await deliveries();
      return all.some((delivery) => delivery.status === 'PENDING') ? undefined : all;
    });
  }

  async function evaluate(): Promise<number> {
    const result = await t.gql<{ evaluateAlerts: number }>(EVALUATE, {}, { token: acme.token });
    expect(result.errors).toBeUndefined();
    return result.data!.evaluateAlerts;
  }

  /** Spends `inputTokens` × $3/1M + `outputTokens` × $15/1M through the machine API with the engineer's key. */
  async function spend(key: string, inputTokens: number, outputTokens: number): Promise<void> {
    const answer = await machine<{ results: { status: string }[] }>(t, key, 'POST', '/v1/usage', {
      events: [
        {
          source: 'cli',
          ...SONNET,
          inputTokens,
          outputTokens,
          occurredAt: spentAt(),
          idempotencyKey: `alerts-${++sequence}`,
        },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results[0].status).toBe('accepted');
  }

  /** An engineer in Platform with a $100 allowance for the year (and $100 in their account). */
  async function engineer(email: string) {
    const funded = await fundedEngineer(t, acme, { email, allowanceMicros: 100n * USD, teamId: platformId });
    // $200 a year of pay at the default 50% ratio: a $100 allowance, so a few events cross thresholds.
    await t.adminQuery(`update base_pay set annual_micros = 200000000 where engineer_id = $1`, [funded.id]);
    return funded;
  }

  const mailsTo = (address: string, subject: RegExp) =>
    (smtp?.mails ?? []).filter((mail) => mail.envelopeTo.includes(address) && subject.test(mail.subject));

  beforeAll(async () => {
    smtpPort = await freePort(); // nothing listens there yet: the first test starts with SMTP down
    receiver = await startReceiver();
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'alerts@tokenroll.test',
      ALERT_RETRY_SECONDS: '1',
      ALERT_SWEEP_SECONDS: '1',
    });
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    await midPeriodPolicy(t, acme); // today mid-period on every pinned date
    mia = await addMember(t, acme, 'mia@acme.test', ['MANAGER']);
    // Mia manages Engineering; Platform (under it) has no manager of its own: its engineers' alerts go to Mia.
    const [engineering] = await t.adminQuery<{ id: string }>(
      `insert into teams (company_id, id, name, cost_centre, manager_user_id) values ($1, gen_random_uuid(), 'Engineering', 'CC-1', $2) returning id`,
      [acme.companyId, mia.userId],
    );
    const [platform] = await t.adminQuery<{ id: string }>(
      `insert into teams (company_id, id, name, cost_centre, parent_id) values ($1, gen_random_uuid(), 'Platform', 'CC-2', $2) returning id`,
      [acme.companyId, engineering.id],
    );
    platformId = platform.id;
    // Mia gets the full alerts here because the company lets managers see allowances; by default she gets
    // spend and run-out only (the test 'by default a manager's mail ...' below).
    await t.gql(
      `mutation { setManagersSeeAllowances(enabled: true) { managersSeeAllowances } }`,
      {},
      {
        token: acme.token,
      },
    );
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it('with the SMTP server down, an invitation mail stays pending with the error and is retried; once a server listens, it is sent', async () => {
    const invited = await t.gql<{ inviteMember: { acceptUrl: string } }>(
      INVITE,
      { input: { email: 'late@acme.test', roles: ['ENGINEER'] } },
      { token: acme.token },
    );
    expect(invited.errors).toBeUndefined();
    const failing = await until('two failed attempts', async () => {
      const found = (await deliveries()).find((d) => d.recipient === 'late@acme.test');
      return found && found.attempts >= 2 ? found : undefined;
    });
    expect(failing).toMatchObject({ kind: 'INVITATION', channel: 'EMAIL', status: 'PENDING', sentAt: null });
    expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);

    smtp = await startSmtp(smtpPort);
    const sent = await until('the invitation to be sent', async () => {
      const found = (await deliveries()).find((d) => d.recipient === 'late@acme.test');
      return found?.status === 'SENT' ? found : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.lastError).toBeNull();
    const [mail] = mailsTo('late@acme.test', /invited to Acme/);
    expect(mail.from).toBe('alerts@tokenroll.test');
    expect(mail.text).toContain(invited.data!.inviteMember.acceptUrl);
    // The sign-up link is not kept in the log once sent.
    const [row] = await t.adminQuery<{ payload: unknown }>(
      `select payload from alert_deliveries where id = $1`,
      [sent.id],
    );
    expect(row.payload).toBeNull();
  });

  it('an invitation goes out by mail right away when SMTP is up, and the link is still returned', async () => {
    const invited = await t.gql<{ inviteMember: { acceptUrl: string } }>(
      INVITE,
      { input: { email: 'new@acme.test', roles: ['ENGINEER'] } },
      { token: acme.token },
    );
    expect(invited.data!.inviteMember.acceptUrl).toMatch(/\/accept-invite\?token=/);
    const mail = await until('the invitation mail', async () => mailsTo('new@acme.test', /invited/)[0]);
    expect(mail.text).toContain(invited.data!.inviteMember.acceptUrl);
  });

  it('an engineer crossing 50% then 80% gets each alert once, and so does their manager; evaluating again sends nothing', async () => {
    const ann = await engineer('ann@acme.test');
    const annUser = await addMember(t, acme, 'ann@acme.test', ['ENGINEER']);
    const budget = await t.gql<{ budget: { allowanceMicros: string } }>(
      `query($id: ID) { budget(engineerId: $id) { allowanceMicros } }`,
      { id: ann.id },
      { token: acme.token },
    );
    expect(budget.data?.budget.allowanceMicros).toBe('100000000');

    await spend(ann.key, 20_000_000, 0); // $60: 60%
    expect(await evaluate()).toBeGreaterThanOrEqual(1);
    await settled();
    await until('the 50% mails', async () =>
      mailsTo('ann@acme.test', /50%/).length && mailsTo('mia@acme.test', /50%/).length ? true : undefined,
    );
    expect(mailsTo('ann@acme.test', /80%/)).toHaveLength(0);

    await spend(ann.key, 0, 1_700_000); // +$25.50: 85.5%
    expect(await evaluate()).toBeGreaterThanOrEqual(1);
    expect(await evaluate()).toBe(0);
    await settled();
    await until('the 80% mails', async () =>
      mailsTo('ann@acme.test', /80%/).length && mailsTo('mia@acme.test', /80%/).length ? true : undefined,
    );
    expect(await evaluate()).toBe(0);
    await settled();

    expect(mailsTo('ann@acme.test', /You have used 50% of your AI allowance/)).toHaveLength(1);
    expect(mailsTo('ann@acme.test', /You have used 80% of your AI allowance/)).toHaveLength(1);
    expect(mailsTo('mia@acme.test', /^ann has used 50% of their AI allowance/)).toHaveLength(1);
    expect(mailsTo('mia@acme.test', /^ann has used 80% of their AI allowance/)).toHaveLength(1);
    expect(mailsTo('ann@acme.test', /100%/)).toHaveLength(0);
    // Spending $2.85 a day with $14.50 left, the budget runs out before the year ends: one forecast alert each.
    expect(mailsTo('ann@acme.test', /runs out on \d{4}-\d{2}-\d{2}/)).toHaveLength(runOut);
    expect(mailsTo('mia@acme.test', /^ann's AI allowance runs out on/)).toHaveLength(runOut);
    const [eighty] = mailsTo('ann@acme.test', /80%/);
    expect(eighty.from).toBe('alerts@tokenroll.test');
    expect(eighty.text).toContain('$85.50 of your $100.00 AI allowance');

    const alerts = await t.adminQuery<{ kind: string; threshold_bp: number }>(
      `select kind, threshold_bp from alerts where engineer_id = $1 order by kind, threshold_bp`,
      [ann.id],
    );
    expect(alerts).toEqual([
      ...(paced ? [{ kind: 'RUN_OUT', threshold_bp: 0 }] : []),
      { kind: 'THRESHOLD', threshold_bp: 5000 },
      { kind: 'THRESHOLD', threshold_bp: 8000 },
    ]);

    // What each was sent: Ann her own alerts, Mia those about Ann.
    const MINE = `{ myAlerts { kind thresholdBp engineerName aboutYou spentMicros } }`;
    const annSees = await t.gql<{
      myAlerts: { kind: string; thresholdBp: number | null; aboutYou: boolean }[];
    }>(MINE, {}, { token: annUser.token });
    expect(annSees.data!.myAlerts.map((a) => `${a.kind}:${a.thresholdBp}:${a.aboutYou}`).sort()).toEqual([
      ...(paced ? ['RUN_OUT:null:true'] : []),
      'THRESHOLD:5000:true',
      'THRESHOLD:8000:true',
    ]);
    const miaSees = await t.gql<{ myAlerts: { engineerName: string; aboutYou: boolean }[] }>(
      MINE,
      {},
      { token: mia.token },
    );
    expect(miaSees.data!.myAlerts).toHaveLength(2 + runOut);
    expect(miaSees.data!.myAlerts.every((a) => a.engineerName === 'ann' && !a.aboutYou)).toBe(true);
    // The delivery log is for admins.
    const forbidden = await t.gql(DELIVERIES, {}, { token: annUser.token });
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('webhooks: a signed JSON event (retried after a 500) and a Slack-compatible text, each verified with the endpoint secret', async () => {
    const json = await t.gql<{
      createWebhookEndpoint: { secret: string; endpoint: { id: string; format: string } };
    }>(CREATE_ENDPOINT, { input: { url: `${receiver.url}/hook` } }, { token: acme.token });
    expect(json.errors).toBeUndefined();
    expect(json.data!.createWebhookEndpoint.endpoint.format).toBe('JSON');
    const secret = json.data!.createWebhookEndpoint.secret;
    expect(secret).toMatch(/^whsec_/);
    const slack = await t.gql<{ createWebhookEndpoint: { secret: string } }>(
      CREATE_ENDPOINT,
      { input: { url: `${receiver.url}/slack`, format: 'SLACK' } },
      { token: acme.token },
    );
    const slackSecret = slack.data!.createWebhookEndpoint.secret;
    const listed = await t.gql<{ webhookEndpoints: Record<string, unknown>[] }>(
      `{ webhookEndpoints { id url format } }`,
      {},
      { token: acme.token },
    );
    expect(listed.data!.webhookEndpoints).toHaveLength(2);
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    receiver.fail(1);
    const bob = await engineer('bob@acme.test');
    await spend(bob.key, 20_000_000, 1_700_000); // $85.50
    expect(await evaluate()).toBe(2 + runOut); // 50%, 80%, runs out
    const log = await settled();
    const hooks = log.filter((d) => d.channel === 'WEBHOOK');
    expect(hooks).toHaveLength(2 * (2 + runOut));
    expect(hooks.filter((d) => d.status !== 'SENT')).toEqual([]);
    expect(hooks.some((d) => d.attempts === 2 && d.recipient === `${receiver.url}/hook`)).toBe(true);

    const received = receiver.hooks.filter((hook) => hook.path === '/hook');
    expect(received.length).toBe(3 + runOut); // one refused, then each delivered
    for (const hook of received) {
      expect(
        verifyWebhookSignature({
          secret,
          header: hook.headers['x-tokenroll-signature'] as string,
          body: hook.body,
        }),
      ).toBe(true);
      // The Slack endpoint's secret does not verify it.
      expect(
        verifyWebhookSignature({
          secret: slackSecret,
          header: hook.headers['x-tokenroll-signature'] as string,
          body: hook.body,
        }),
      ).toBe(false);
    }
    const events = received.map((hook) => JSON.parse(hook.body.toString('utf8')));
    const crossed = events.find((event) => event.thresholdBp === 8000);
    expect(crossed).toMatchObject({
      type: 'budget.threshold_crossed',
      companyId: acme.companyId,
      engineer: { id: bob.id, name: 'bob', email: 'bob@acme.test' },
      currency: 'USD',
      allowanceMicros: '100000000',
      spentMicros: '85500000',
    });
    expect(events.some((event) => event.type === 'budget.runs_out' && event.runsOutOn)).toBe(paced);
    // A tampered body does not verify with the same header.
    const original = received.find((hook) => JSON.parse(hook.body.toString()).thresholdBp === 8000)!;
    const tampered = Buffer.from(original.body.toString('utf8').replace('85500000', '1'));
    expect(
      verifyWebhookSignature({
        secret,
        header: original.headers['x-tokenroll-signature'] as string,
        body: tampered,
      }),
    ).toBe(false);

    const slackHooks = receiver.hooks.filter((hook) => hook.path === '/slack');
    expect(slackHooks).toHaveLength(2 + runOut);
    for (const hook of slackHooks) {
      const body = JSON.parse(hook.body.toString('utf8'));
      expect(Object.keys(body)).toEqual(['text']);
      expect(
        verifyWebhookSignature({
          secret: slackSecret,
          header: hook.headers['x-tokenroll-signature'] as string,
          body: hook.body,
        }),
      ).toBe(true);
    }
    expect(slackHooks.map((hook) => JSON.parse(hook.body.toString()).text)).toContainEqual(
      expect.stringMatching(/^bob has used 80% of their AI allowance: \$85\.50 of \$100\.00 spent/),
    );
  });

  it('deletes a webhook endpoint (once: then it does not exist)', async () => {
    const listed = await t.gql<{ webhookEndpoints: { id: string; format: string }[] }>(
      `{ webhookEndpoints { id format } }`,
      {},
      { token: acme.token },
    );
    const slack = listed.data!.webhookEndpoints.find((endpoint) => endpoint.format === 'SLACK')!;
    const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
    expect((await t.gql(DELETE, { id: slack.id }, { token: acme.token })).data).toEqual({
      deleteWebhookEndpoint: true,
    });
    const again = await t.gql(DELETE, { id: slack.id }, { token: acme.token });
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(again.errors?.[0].extensions.fields?.[0].field).toBe('id');
    const after = await t.gql<{ webhookEndpoints: unknown[] }>(
      `{ webhookEndpoints { id } }`,
      {},
      { token: acme.token },
    );
    expect(after.data!.webhookEndpoints).toHaveLength(1);
  });

  it('overage: usage beyond a hard budget raises one OVERAGE alert per period (mail and webhook, with the amount) and team burn flags it', async () => {
    const olga = await fundedEngineer(t, acme, {
      email: 'olga@acme.test',
      allowanceMicros: 5n * USD,
      teamId: platformId,
      enforcement: 'HARD',
    });
    const hooksBefore = receiver.hooks.filter((hook) => hook.path === '/hook').length;
    await spend(olga.key, 10_000_000, 0); // $30 against $5: the balance is $25 below zero
    expect(await evaluate()).toBeGreaterThanOrEqual(1);
    await settled();
    const overageMails = () => mailsTo('olga@acme.test', /beyond your AI allowance/);
    await until('the overage mails', async () =>
      overageMails().length && mailsTo('mia@acme.test', /^olga has spent/).length ? true : undefined,
    );
    expect(overageMails().map((mail) => mail.subject)).toEqual([
      'You have spent $25.00 beyond your AI allowance',
    ]);
    expect(overageMails()[0].text).toContain('the balance is $25.00 below zero');
    expect(mailsTo('mia@acme.test', /^olga has spent \$25\.00 beyond their AI allowance$/)).toHaveLength(1);
    const overageHooks = () =>
      receiver.hooks
        .filter((hook) => hook.path === '/hook')
        .slice(hooksBefore)
        .filter((hook) => hook.headers['x-tokenroll-event'] === 'budget.overage');
    const hook = await until('the overage webhook', async () => overageHooks()[0]);
    expect(JSON.parse(hook.body.toString())).toMatchObject({
      type: 'budget.overage',
      engineer: { id: olga.id, name: 'olga' },
      thresholdBp: null,
      overageMicros: String(25n * USD),
    });

    // Once per period: deeper in overage, evaluated again, nothing more of this kind.
    await spend(olga.key, 10_000_000, 0);
    await evaluate();
    await settled();
    const overages = await t.adminQuery<{ n: number; overage: string }>(
      `select count(*)::int as n, max(overage_micros)::text as overage from alerts where engineer_id = $1 and kind = 'OVERAGE'`,
      [olga.id],
    );
    expect(overages).toEqual([{ n: 1, overage: String(25n * USD) }]);
    expect(overageMails()).toHaveLength(1);
    expect(overageHooks()).toHaveLength(1);
    const olgaSees = await addMember(t, acme, 'olga@acme.test', ['ENGINEER']);
    const mine = await t.gql<{ myAlerts: { kind: string; overageMicros: string }[] }>(
      `{ myAlerts { kind overageMicros } }`,
      {},
      { token: olgaSees.token },
    );
    expect(mine.data!.myAlerts.filter((alert) => alert.kind === 'OVERAGE')).toEqual([
      { kind: 'OVERAGE', overageMicros: String(25n * USD) },
    ]);

    // Team burn shows who is in overage and by how much (now $55).
    const burn = await t.gql<{
      teamBurn: {
        summary: { inOverage: number; overageMicros: string };
        engineers: {
          rows: { engineerId: string; inOverage: boolean; overageMicros: string; availableMicros: string }[];
        };
      };
    }>(
      `query($teamId: ID!) { teamBurn(teamId: $teamId) { summary { inOverage overageMicros }
         engineers { rows { engineerId inOverage overageMicros availableMicros } } } }`,
      { teamId: platformId },
      { token: acme.token },
    );
    expect(burn.errors).toBeUndefined();
    const rows = burn.data!.teamBurn.engineers.rows;
    expect(rows.find((row) => row.engineerId === olga.id)).toEqual({
      engineerId: olga.id,
      inOverage: true,
      overageMicros: String(55n * USD),
      availableMicros: '0',
    });
    expect(rows.filter((row) => row.engineerId !== olga.id).every((row) => !row.inOverage)).toBe(true);
    expect(burn.data!.teamBurn.summary).toEqual({ inOverage: 1, overageMicros: String(55n * USD) });
  });

  it('by default a manager’s mail and alert list carry spend and run-out, never an allowance figure or a threshold', async () => {
    await t.gql(
      `mutation { setManagersSeeAllowances(enabled: false) { managersSeeAllowances } }`,
      {},
      {
        token: acme.token,
      },
    );
    try {
      const zed = await fundedEngineer(t, acme, {
        email: 'zed@acme.test',
        allowanceMicros: 100n * USD,
        teamId: platformId,
        enforcement: 'SOFT',
      });
      await t.adminQuery(`update base_pay set annual_micros = 200000000 where engineer_id = $1`, [zed.id]);
      await spend(zed.key, 20_000_000, 0); // $60 of $100: past 50%
      await spend(zed.key, 0, 4_000_000); // +$60: $20 beyond the allowance
      expect(await evaluate()).toBeGreaterThanOrEqual(2);
      await settled();
      await until('zed’s own mails', async () =>
        mailsTo('zed@acme.test', /beyond your AI allowance/).length ? true : undefined,
      );
      // Zed gets every alert with the figures; Mia no threshold (a share of the allowance beside the spend
      // is the allowance), and the overage without its amount.
      expect(mailsTo('zed@acme.test', /You have used 50% of your AI allowance/)).toHaveLength(1);
      const toMia = (smtp?.mails ?? []).filter(
        (mail) => mail.envelopeTo.includes('mia@acme.test') && /zed/.test(mail.subject),
      );
      expect(toMia.map((mail) => mail.subject)).toEqual(
        expect.arrayContaining(['zed has spent beyond their AI allowance']),
      );
      expect(toMia.filter((mail) => /%/.test(mail.subject))).toEqual([]);
      for (const mail of toMia) {
        expect(mail.text).toContain('zed has spent $120.00 on AI tools');
        expect(mail.text).not.toContain('$100.00');
        expect(mail.text).not.toContain('$20.00');
        expect(mail.text).not.toMatch(/Available now/);
      }
      const mine = await t.gql<{
        myAlerts: {
          engineerName: string;
          kind: string;
          allowanceMicros: string | null;
          availableMicros: string | null;
          overageMicros: string | null;
          spentMicros: string;
        }[];
      }>(
        `{ myAlerts { engineerName kind allowanceMicros availableMicros overageMicros spentMicros } }`,
        {},
        {
          token: mia.token,
        },
      );
      const aboutZed = mine.data!.myAlerts.filter((alert) => alert.engineerName === 'zed');
      expect(aboutZed.map((alert) => alert.kind)).toContain('OVERAGE');
      expect(aboutZed.map((alert) => alert.kind)).not.toContain('THRESHOLD');
      for (const alert of aboutZed)
        expect(alert).toMatchObject({ allowanceMicros: null, availableMicros: null, overageMicros: null });
    } finally {
      await t.gql(
        `mutation { setManagersSeeAllowances(enabled: true) { managersSeeAllowances } }`,
        {},
        {
          token: acme.token,
        },
      );
    }
  });

  it('the signature helper refuses a wrong secret, a tampered body, a stale timestamp and a malformed header', () => {
    const body = '{"hello":"world"}';
    const now = 1_800_000_000;
    const header = signWebhook('whsec_a', body, now);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret: 'whsec_a', header, body, now })).toBe(true);
    expect(verifyWebhookSignature({ secret: 'whsec_b', header, body, now })).toBe(false);
    expect(verifyWebhookSignature({ secret: 'whsec_a', header, body: body + ' ', now })).toBe(false);
    expect(verifyWebhookSignature({ secret: 'whsec_a', header, body, now: now + 301 })).toBe(false);
    expect(verifyWebhookSignature({ secret: 'whsec_a', header: 'v1=abc', body, now })).toBe(false);
    expect(verifyWebhookSignature({ secret: 'whsec_a', header: undefined, body, now })).toBe(false);
  });

  it('refuses a webhook URL that is not http(s), naming the field; bad thresholds name theirs', async () => {
    for (const url of ['ftp://x', 'not a url', 'javascript:alert(1)']) {
      const result = await t.gql(CREATE_ENDPOINT, { input: { url } }, { token: acme.token });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['url']);
    }
    const UPDATE = `mutation($input: UpdateAlertSettingsInput!) {
      updateAlertSettings(input: $input) { thresholdsBp runOutAlert mailEnabled webhooksEnabled mailConfigured } }`;
    for (const thresholdsBp of [
      [0],
      [20001],
      Array.from({ length: 11 }, (_, i) => (i + 1) * 100),
      [5000, 5000],
    ]) {
      const result = await t.gql(UPDATE, { input: { thresholdsBp } }, { token: acme.token });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.[0].field).toBe('thresholdsBp');
    }
    const updated = await t.gql(UPDATE, { input: { thresholdsBp: [9000, 2500] } }, { token: acme.token });
    expect(updated.data).toEqual({
      updateAlertSettings: {
        thresholdsBp: [2500, 9000],
        runOutAlert: true,
        mailEnabled: true,
        webhooksEnabled: true,
        mailConfigured: true,
      },
    });
    const asManager = await t.gql(UPDATE, { input: { mailEnabled: false } }, { token: mia.token });
    expect(asManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('an instance without SMTP records mail as skipped, with the reason; with jobs on, the evaluation job finds a crossing by itself', async () => {
    const cat = await engineer('cat@acme.test');
    await spend(cat.key, 20_000_000, 0); // $60, not evaluated yet
    const bare = await startTestApp({ ALERT_SWEEP_SECONDS: '1', JOBS_ENABLED: 'true' }, t.db);
    try {
      // Tokens are signed per server (each test server has its own JWT secret): sign in on this one.
      const login = await bare.gql<{ login: { accessToken: string } }>(
        `mutation { login(input: { email: "admin@acme.test", password: "correct horse battery staple" }) { accessToken } }`,
      );
      const invited = await bare.gql(
        INVITE,
        { input: { email: 'nomail@acme.test', roles: ['ENGINEER'] } },
        { token: login.data!.login.accessToken },
      );
      expect(invited.errors).toBeUndefined();
      const [row] = await t.adminQuery<{ status: string; last_error: string; attempts: number }>(
        `select status, last_error, attempts from alert_deliveries where recipient = 'nomail@acme.test'`,
      );
      expect(row).toEqual({ status: 'SKIPPED', last_error: 'skipped: no SMTP configured', attempts: 0 });

      // The job (queued at start, run through pg-boss) evaluates every company: Cat crossed 25% (the
      // thresholds are now 25% and 90%). Its mails were queued by this SMTP-less instance: skipped.
      const alerts = await until('the job to create Cat’s alert', async () => {
        const rows = await t.adminQuery<{ kind: string; threshold_bp: number }>(
          `select kind, threshold_bp from alerts where engineer_id = $1 order by kind, threshold_bp`,
          [cat.id],
        );
        return rows.length ? rows : undefined;
      });
      expect(alerts).toContainEqual({ kind: 'THRESHOLD', threshold_bp: 2500 });
      const mails = await t.adminQuery<{ status: string }>(
        `select d.status from alert_deliveries d join alerts a on a.id = d.alert_id
          where a.engineer_id = $1 and d.channel = 'EMAIL'`,
        [cat.id],
      );
      expect(mails.length).toBeGreaterThanOrEqual(2);
      expect(mails.every((mail) => mail.status === 'SKIPPED')).toBe(true);
    } finally {
      await bare.close();
    }
  });
});
