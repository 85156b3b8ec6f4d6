import { testInstant } from '../test/business-date';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { fundedEngineer, FundedEngineer, machine } from '../test/metering-fixtures';
import { addMember, freePort, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;

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

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const REQUEST = `mutation R($input: RequestIncreaseInput!) { requestIncrease(input: $input) { id status needsHr } }`;
const APPROVE = `mutation A($id: ID!, $comment: String) { approveIncreaseRequest(id: $id, comment: $comment) { id status } }`;
const ONE = `query One($id: ID!) { increaseRequest(id: $id) { id status canDecide engineerName
  engineerBudget { currency allowanceMicros spentMicros availableMicros runsOutOn } } }`;

describe('approval mail: a request routed to a manager or HR, and the link in alert mail', () => {
  let t: TestApp;
  let smtp: { mails: Mail[]; close(): Promise<void> };
  let smtpPort: number;
  let acme: SignedUp;
  let boss: SignedUp;
  let hr: SignedUp;
  let ann: SignedUp;
  let eve: SignedUp;
  let annEngineer: FundedEngineer;
  let platformId: string;

  const mailsTo = (address: string, subject: RegExp) =>
    smtp.mails.filter((mail) => mail.envelopeTo.includes(address) && subject.test(mail.subject));
  const ask = async (who: SignedUp, amount: string, kind = 'TEMPORARY') => {
    const answer = await t.gql<{ requestIncrease: { id: string; status: string; needsHr: boolean } }>(
      REQUEST,
      { input: { amount, kind, reason: 'Agent migration of the billing service' } },
      { token: who.token },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.requestIncrease;
  };

  beforeAll(async () => {
    smtpPort = await freePort();
    smtp = await startSmtp(smtpPort);
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Tokenroll <alerts@tokenroll.test>',
      ALERT_RETRY_SECONDS: '1',
      ALERT_SWEEP_SECONDS: '1',
    });
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    boss = await addMember(t, acme, 'boss@acme.test', ['MANAGER']);
    hr = await addMember(t, acme, 'hr@acme.test', ['HR']);
    ann = await addMember(t, acme, 'ann@acme.test', ['ENGINEER']);
    eve = await addMember(t, acme, 'eve@acme.test', ['ENGINEER']);
    // Boss manages Engineering; Platform below it has no manager of its own: Ann's requests go to Boss.
    const [engineering] = await t.adminQuery<{ id: string }>(
      `insert into teams (company_id, id, name, cost_centre, manager_user_id) values ($1, gen_random_uuid(), 'Engineering', 'CC-1', $2) returning id`,
      [acme.companyId, boss.userId],
    );
    const [platform] = await t.adminQuery<{ id: string }>(
      `insert into teams (company_id, id, name, cost_centre, parent_id) values ($1, gen_random_uuid(), 'Platform', 'CC-2', $2) returning id`,
      [acme.companyId, engineering.id],
    );
    platformId = platform.id;
    annEngineer = await fundedEngineer(t, acme, {
      email: 'ann@acme.test',
      allowanceMicros: 100n * USD,
      teamId: platformId,
    });
    // $200 a year of pay at the default 50%: a $100 allowance, so a small spend crosses 50%.
    await t.adminQuery(`update base_pay set annual_micros = 200000000 where engineer_id = $1`, [
      annEngineer.id,
    ]);
    await fundedEngineer(t, acme, { email: 'eve@acme.test', allowanceMicros: 10n * USD });
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('a request above the auto-approval threshold mails the manager a link to decide it', async () => {
    const request = await ask(ann, '60.00');
    expect(request.status).toBe('PENDING_MANAGER');
    const mail = await until(
      'the request-to-approve mail',
      async () => mailsTo('boss@acme.test', /^Request to approve/)[0],
    );
    expect(mail.subject).toBe('Request to approve: ann asks for $60.00 more AI allowance');
    expect(mail.from).toContain('alerts@tokenroll.test');
    expect(mail.text).toContain(`Reason: Agent migration of the billing service`);
    expect(mail.text).toContain(`${t.url}/approvals/${request.id}`);
    // Nobody else is asked; the engineer is never asked to approve their own.
    expect(smtp.mails.filter((m) => /^Request to approve/.test(m.subject))).toHaveLength(1);
    // The log shows it as an APPROVAL mail.
    const log = await t.gql<{ alertDeliveries: { kind: string; recipient: string; status: string }[] }>(
      `{ alertDeliveries(limit: 50) { kind recipient status } }`,
      {},
      { token: acme.token },
    );
    expect(log.data!.alertDeliveries).toContainEqual({
      kind: 'APPROVAL',
      recipient: 'boss@acme.test',
      status: 'SENT',
    });
  });

  it('one request, as each sees it: who may decide, the engineer’s budget, hidden from others', async () => {
    const [mail] = mailsTo('boss@acme.test', /^Request to approve: ann asks for \$60\.00/);
    const id = /\/approvals\/([0-9a-f-]{36})/.exec(mail.text)![1];
    const asBoss = await t.gql<{
      increaseRequest: {
        status: string;
        canDecide: boolean;
        engineerBudget: { currency: string; allowanceMicros: string | null } | null;
      };
    }>(ONE, { id }, { token: boss.token });
    expect(asBoss.errors).toBeUndefined();
    // The manager decides on spend and burn: the allowance is not theirs to see by default (issue 13).
    expect(asBoss.data!.increaseRequest).toMatchObject({
      status: 'PENDING_MANAGER',
      canDecide: true,
      engineerBudget: {
        currency: 'USD',
        allowanceMicros: null,
        availableMicros: null,
        spentMicros: expect.any(String),
      },
    });
    const asHr = await t.gql<{ increaseRequest: { engineerBudget: { allowanceMicros: string } } }>(
      ONE,
      { id },
      { token: hr.token },
    );
    expect(asHr.data!.increaseRequest.engineerBudget.allowanceMicros).toBe(String(100n * USD));
    const asAnn = await t.gql<{ increaseRequest: { canDecide: boolean } }>(ONE, { id }, { token: ann.token });
    expect(asAnn.data!.increaseRequest.canDecide).toBe(false);
    const asEve = await t.gql(ONE, { id }, { token: eve.token });
    expect(asEve.errors?.[0].extensions.code).toBe('NOT_FOUND');
    // Approving one's own request is refused, naming the request.
    const own = await t.gql(APPROVE, { id, comment: 'self-service' }, { token: ann.token });
    expect(own.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(own.errors?.[0].extensions.fields).toEqual([
      { field: 'id', message: 'is your own request: your manager decides it' },
    ]);
  });

  it('above the HR threshold: the manager is asked first, then every HR member, each with the link', async () => {
    const request = await ask(ann, '1500.00');
    expect(request).toMatchObject({ status: 'PENDING_MANAGER', needsHr: true });
    const first = await until('the manager’s mail', async () =>
      mailsTo('boss@acme.test', /asks for \$1,500\.00/).find((m) => m.text.includes(request.id)),
    );
    expect(first.text).toContain('after you, HR decides too');
    expect(mailsTo('hr@acme.test', /^Request to approve/)).toHaveLength(0);

    const step = await t.gql<{ approveIncreaseRequest: { status: string } }>(
      APPROVE,
      { id: request.id, comment: 'Worth it for the migration' },
      { token: boss.token },
    );
    expect(step.data!.approveIncreaseRequest.status).toBe('PENDING_HR');
    const second = await until('the HR mail', async () => mailsTo('hr@acme.test', /^Request to approve/)[0]);
    expect(second.subject).toBe('Request to approve: ann asks for $1,500.00 more AI allowance');
    expect(second.text).toContain('Their manager approved it (“Worth it for the migration”)');
    expect(second.text).toContain(`${t.url}/approvals/${request.id}`);
    const asHr = await t.gql<{ increaseRequest: { canDecide: boolean } }>(
      ONE,
      { id: request.id },
      { token: hr.token },
    );
    expect(asHr.data!.increaseRequest.canDecide).toBe(true);
  });

  it('an alert mail to the manager links the engineer’s pending request they may decide; the engineer’s does not', async () => {
    const [pendingMail] = mailsTo('boss@acme.test', /^Request to approve: ann asks for \$60\.00/);
    const pendingId = /\/approvals\/([0-9a-f-]{36})/.exec(pendingMail.text)![1];
    // Threshold alerts reach a manager only when the company lets managers see allowances (issue 13).
    await t.gql(
      `mutation { setManagersSeeAllowances(enabled: true) { managersSeeAllowances } }`,
      {},
      {
        token: acme.token,
      },
    );
    const spent = await machine<{ results: { status: string }[] }>(t, annEngineer.key, 'POST', '/v1/usage', {
      events: [
        {
          source: 'cli',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          inputTokens: 20_000_000, // $60 of a $100 allowance: 60 %
          outputTokens: 0,
          occurredAt: testInstant(),
          idempotencyKey: 'approval-mail-1',
        },
      ],
    });
    expect(spent.status).toBe(200);
    const evaluated = await t.gql<{ evaluateAlerts: number }>(
      `mutation { evaluateAlerts }`,
      {},
      { token: acme.token },
    );
    expect(evaluated.data!.evaluateAlerts).toBeGreaterThanOrEqual(1);
    const toBoss = await until(
      'the manager’s 50% alert',
      async () => mailsTo('boss@acme.test', /^ann has used 50%/)[0],
    );
    expect(toBoss.text).toContain(`ann has asked for $60.00 more (temporary, for this period)`);
    expect(toBoss.text).toContain(`Approve or reject it here: ${t.url}/approvals/${pendingId}`);
    const toAnn = await until(
      'Ann’s 50% alert',
      async () => mailsTo('ann@acme.test', /^You have used 50%/)[0],
    );
    expect(toAnn.text).not.toContain('/approvals/');

    // Once decided, the next alert carries no link.
    await t.gql(APPROVE, { id: pendingId, comment: 'ok' }, { token: boss.token });
    await machine(t, annEngineer.key, 'POST', '/v1/usage', {
      events: [
        {
          source: 'cli',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          inputTokens: 0,
          outputTokens: 1_700_000, // +$25.50
          occurredAt: testInstant(),
          idempotencyKey: 'approval-mail-2',
        },
      ],
    });
    // The 1500 request now waits for HR: the manager may not decide it, so no link either.
    await t.gql(`mutation { evaluateAlerts }`, {}, { token: acme.token });
    const later = await until(
      'the manager’s 80% alert',
      async () => mailsTo('boss@acme.test', /^ann has used 80%/)[0],
    );
    expect(later.text).not.toContain('/approvals/');
  });

  it('mail settings show the sender and the SMTP host without secrets; a test mail reaches the admin', async () => {
    const settings = await t.gql<{ mailSettings: { from: string; configured: boolean; host: string } }>(
      `{ mailSettings { from configured host } }`,
      {},
      { token: acme.token },
    );
    expect(settings.data!.mailSettings).toEqual({
      from: 'Tokenroll <alerts@tokenroll.test>',
      configured: true,
      host: `127.0.0.1:${smtpPort}`,
    });
    const forbidden = await t.gql(`{ mailSettings { from } }`, {}, { token: boss.token });
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const sent = await t.gql<{ sendTestEmail: { sent: boolean; to: string; error: string | null } }>(
      `mutation { sendTestEmail { sent to error } }`,
      {},
      { token: acme.token },
    );
    expect(sent.data!.sendTestEmail).toEqual({ sent: true, to: 'admin@acme.test', error: null });
    const mail = await until(
      'the test mail',
      async () => mailsTo('admin@acme.test', /^Tokenroll test email$/)[0],
    );
    expect(mail.text).toContain(`through 127.0.0.1:${smtpPort}`);
    const log = await t.gql<{ alertDeliveries: { kind: string; status: string; recipient: string }[] }>(
      `{ alertDeliveries(limit: 50) { kind status recipient } }`,
      {},
      { token: acme.token },
    );
    expect(log.data!.alertDeliveries).toContainEqual({
      kind: 'TEST',
      status: 'SENT',
      recipient: 'admin@acme.test',
    });
  });
});
