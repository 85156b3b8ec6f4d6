import { addAccountingMonths } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { testToday } from '../../test/business-date';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../../test/test-app';

const INVOICE_FIELDS = `id provider month currency amountMicros companyCurrency rateMicros convertedMicros source enteredBy
  lines { lineNo model amountMicros convertedMicros }`;
const ENTER = `mutation($input: EnterProviderInvoiceInput!) { enterProviderInvoice(input: $input) { ${INVOICE_FIELDS} } }`;
const IMPORT = `mutation($input: ImportProviderInvoiceCsvInput!) { importProviderInvoiceCsv(input: $input) { ${INVOICE_FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeProviderInvoice(id: $id) }`;
const INVOICES = `query($month: String!) { providerInvoices(month: $month) { ${INVOICE_FIELDS} } }`;
const EXPLANATION = `explanation { unpricedEvents unpricedMicros unpricedWithoutEstimate unmappedEvents unmappedMicros lateEvents lateMicros unexplainedMicros }`;
const RECONCILIATION = `query($month: String!) { reconciliation(month: $month) {
  month currency closed toleranceBp computedMicros invoicedMicros differenceMicros
  providers { provider status computedMicros invoicedMicros differenceMicros toleranceMicros ${EXPLANATION}
    models { model computedMicros invoicedMicros differenceMicros ${EXPLANATION} } } } }`;

interface Explanation {
  unpricedEvents: number;
  unpricedMicros: string;
  unpricedWithoutEstimate: number;
  unmappedEvents: number;
  unmappedMicros: string;
  lateEvents: number;
  lateMicros: string;
  unexplainedMicros: string | null;
}
interface ProviderRow {
  provider: string;
  status: string;
  computedMicros: string;
  invoicedMicros: string | null;
  differenceMicros: string;
  toleranceMicros: string;
  explanation: Explanation;
  models: {
    model: string;
    computedMicros: string;
    invoicedMicros: string | null;
    differenceMicros: string | null;
    explanation: Explanation;
  }[];
}
interface Invoice {
  id: string;
  provider: string;
  currency: string;
  amountMicros: string;
  rateMicros: string;
  convertedMicros: string;
  source: string;
  enteredBy: string | null;
  lines: { lineNo: number; model: string; amountMicros: string; convertedMicros: string }[];
}

const M = 1_000_000n;
const micros = (units: number) => String(BigInt(Math.round(units * 1_000_000)));

/** Last month (over, open) in the company's zone (UTC here). */
const current = testToday().slice(0, 7);
const month = addAccountingMonths(current, -1);
const next = current;

describe('provider invoice reconciliation', () => {
  let t: TestApp;
  let admin: SignedUp;
  let finance: SignedUp;
  let engineerUser: SignedUp;
  let hr: SignedUp;

  const gql = <T>(query: string, variables: Record<string, unknown>, who: SignedUp = finance) =>
    t.gql<T>(query, variables, { token: who.token });
  const invoiceRows = async () =>
    (
      await t.adminQuery<{ n: number }>(
        `select count(*)::int as n from provider_invoices where company_id = $1`,
        [admin.companyId],
      )
    )[0].n;
  const lineRows = async () =>
    (
      await t.adminQuery<{ n: number }>(
        `select count(*)::int as n from provider_invoice_lines where company_id = $1`,
        [admin.companyId],
      )
    )[0].n;
  const reconcile = async () => {
    const result = await gql<{ reconciliation: { providers: ProviderRow[] } & Record<string, unknown> }>(
      RECONCILIATION,
      { month },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.reconciliation;
  };
  const provider = async (name: string) => (await reconcile()).providers.find((row) => row.provider === name);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Recon Ltd', 'admin@recon.test');
    finance = await addMember(t, admin, 'finance@recon.test', ['FINANCE']);
    engineerUser = await addMember(t, admin, 'dev@recon.test', ['ENGINEER']);
    hr = await addMember(t, admin, 'hr@recon.test', ['HR']);
    const c = admin.companyId;

    // A company price for the model the unmapped event names: $3 / 1M input, $15 / 1M output.
    const price = await t.gql(
      `mutation($input: SetCompanyModelPriceInput!) { setCompanyModelPrice(input: $input) { model } }`,
      {
        input: {
          provider: 'anthropic',
          model: 'claude-recon-a',
          effectiveFrom: `${addAccountingMonths(month, -2)}-01`,
          inputPerMillion: '3',
          outputPerMillion: '15',
        },
      },
      { token: admin.token },
    );
    expect(price.errors).toBeUndefined();
    const rate = await t.gql(
      `mutation($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency } }`,
      { input: { currency: 'EUR', effectiveFrom: `${addAccountingMonths(month, -2)}-01`, rate: '0.92' } },
      { token: admin.token },
    );
    expect(rate.errors).toBeUndefined();

    // Fixtures written as the superuser (metering's own tests cover how usage gets here): one engineer's
    // month of usage in the rollups, and the events among it that are unpriced or arrived late.
    const engineerId = randomUUID();
    await t.adminQuery(
      `insert into engineers (company_id, id, name, email, start_date) values ($1, $2, 'Dev', 'devx@recon.test', $3)`,
      [c, engineerId, `${addAccountingMonths(month, -6)}-01`],
    );
    const daily = async (day: string, providerName: string, model: string, events: number, cost: string) =>
      t.adminQuery(
        `insert into usage_daily (company_id, engineer_id, day, provider, model, source, events, cost_micros)
         values ($1, $2, $3, $4, $5, 'api', $6, $7)`,
        [c, engineerId, day, providerName, model, events, cost],
      );
    await daily(`${month}-05`, 'anthropic', 'claude-recon-a', 10, micros(100));
    await daily(`${month}-06`, 'anthropic', 'claude-recon-b', 4, micros(50));
    await daily(`${month}-07`, 'openai', 'gpt-recon-x', 3, micros(20));
    // Outside the month: counts nowhere.
    await daily(`${addAccountingMonths(month, -1)}-28`, 'anthropic', 'claude-recon-a', 1, micros(999));
    const event = async (
      occurredAt: string,
      receivedAt: string,
      cost: string,
      unpriced: boolean,
      reported: string | null,
    ) =>
      t.adminQuery(
        `insert into usage_events (company_id, id, engineer_id, source, provider, model, input_tokens, output_tokens,
                cost_micros, currency, unpriced, reported_cost_micros, occurred_at, received_at)
         values ($1, gen_random_uuid(), $2, 'api', 'anthropic', 'claude-recon-a', 1, 1, $3, 'USD', $4, $5, $6, $7)`,
        [c, engineerId, cost, unpriced, reported, occurredAt, receivedAt],
      );
    // Two events received after the month ended (late): $5 + $3.
    await event(`${month}-05T10:00:00Z`, `${next}-02T09:00:00Z`, micros(5), false, null);
    await event(`${month}-05T11:00:00Z`, `${next}-03T09:00:00Z`, micros(3), false, null);
    // One unpriced event booked at a stand-in $1, its tool reporting $3; one unpriced without a report.
    await event(`${month}-05T12:00:00Z`, `${month}-05T12:00:01Z`, micros(1), true, micros(3));
    await event(`${month}-05T13:00:00Z`, `${month}-05T13:00:01Z`, '0', true, null);
    // Still in the unmapped queue: 1M input + 100k output tokens of claude-recon-a = $3 + $1.50.
    const payload = (occurredAt: string) =>
      JSON.stringify({
        kind: 'usage',
        usage: {
          source: 'claude-code',
          provider: 'anthropic',
          model: 'claude-recon-a',
          inputTokens: 1_000_000,
          outputTokens: 100_000,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          idempotencyKey: randomUUID(),
          occurredAt,
        },
      });
    await t.adminQuery(
      `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload)
       values ($1, gen_random_uuid(), 'email', 'who@else.test', 'claude-code', $2, 'usage', $3)`,
      [c, randomUUID(), payload(`${month}-10T08:00:00Z`)],
    );
    // Resolved, or of another month: not counted.
    await t.adminQuery(
      `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload, resolved_at)
       values ($1, gen_random_uuid(), 'email', 'who@else.test', 'claude-code', $2, 'usage', $3, now())`,
      [c, randomUUID(), payload(`${month}-11T08:00:00Z`)],
    );
    await t.adminQuery(
      `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload)
       values ($1, gen_random_uuid(), 'email', 'who@else.test', 'claude-code', $2, 'usage', $3)`,
      [c, randomUUID(), payload(`${addAccountingMonths(month, -1)}-11T08:00:00Z`)],
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('before any invoice: every provider with usage is MISSING, its difference the whole computed cost', async () => {
    const result = await reconcile();
    expect(result).toMatchObject({ month, currency: 'USD', closed: false, toleranceBp: 100 });
    const rows = result.providers.map((row) => [
      row.provider,
      row.status,
      row.computedMicros,
      row.invoicedMicros,
    ]);
    // anthropic: 100 + 50 − 8 late = 142.
    expect(rows).toEqual([
      ['anthropic', 'MISSING', micros(142), null],
      ['openai', 'MISSING', micros(20), null],
    ]);
    expect(result.providers[0].differenceMicros).toBe(micros(-142));
    expect(result.providers[0].explanation.unexplainedMicros).toBeNull();
  });

  it('explains the difference by unpriced, unmapped and late usage, per provider and per model (hand-computed)', async () => {
    const entered = await gql<{ enterProviderInvoice: Invoice }>(ENTER, {
      input: {
        month,
        provider: 'Anthropic',
        currency: 'USD',
        amount: '160.00',
        lines: [
          { model: 'claude-recon-a', amount: '105' },
          { model: 'CLAUDE-RECON-B', amount: '55.00' },
        ],
      },
    });
    expect(entered.errors).toBeUndefined();
    expect(entered.data!.enterProviderInvoice).toMatchObject({
      provider: 'anthropic',
      currency: 'USD',
      amountMicros: micros(160),
      convertedMicros: micros(160),
      rateMicros: String(M),
      source: 'MANUAL',
      enteredBy: finance.userId,
    });

    const anthropic = (await provider('anthropic'))!;
    // difference 160 − 142 = 18 = unpriced (3 − 1) + unmapped 4.5 + late (5 + 3) + unexplained 3.5.
    expect(anthropic).toMatchObject({
      status: 'OUTSIDE_TOLERANCE',
      computedMicros: micros(142),
      invoicedMicros: micros(160),
      differenceMicros: micros(18),
      toleranceMicros: micros(1.6),
      explanation: {
        unpricedEvents: 2,
        unpricedMicros: micros(2),
        unpricedWithoutEstimate: 1,
        unmappedEvents: 1,
        unmappedMicros: micros(4.5),
        lateEvents: 2,
        lateMicros: micros(8),
        unexplainedMicros: micros(3.5),
      },
    });
    expect(
      anthropic.models.map((row) => [
        row.model,
        row.computedMicros,
        row.invoicedMicros,
        row.differenceMicros,
        row.explanation.unexplainedMicros,
      ]),
    ).toEqual([
      // a: 100 − 8 late = 92 vs 105: 13 = 2 + 4.5 + 8 − 1.5
      ['claude-recon-a', micros(92), micros(105), micros(13), micros(-1.5)],
      ['claude-recon-b', micros(50), micros(55), micros(5), micros(5)],
    ]);
  });

  it('re-entry replaces the invoice (one current, audited with before and after); within 1 % it is OK', async () => {
    const again = await gql<{ enterProviderInvoice: Invoice }>(ENTER, {
      input: { month, provider: 'anthropic', currency: 'USD', amount: '143.42' },
    });
    expect(again.errors).toBeUndefined();
    expect(await invoiceRows()).toBe(1);
    expect(await lineRows()).toBe(0);
    // |143.42 − 142| = 1.42 ≤ 1 % of 143.42 = 1.4342.
    expect((await provider('anthropic'))!.status).toBe('OK');
    const audits = await t.adminQuery<{
      action: string;
      before: { amountMicros: string } | null;
      after: { amountMicros: string };
    }>(
      `select action, before, after from audit_entries where company_id = $1 and entity_type = 'provider_invoice' order by created_at`,
      [admin.companyId],
    );
    expect(
      audits.map((row) => [row.action, row.before?.amountMicros ?? null, row.after.amountMicros]),
    ).toEqual([
      ['PROVIDER_INVOICE_ENTERED', null, micros(160)],
      ['PROVIDER_INVOICE_REPLACED', micros(160), micros(143.42)],
    ]);
    // 144 is beyond: |2| > 1.44.
    await gql(ENTER, { input: { month, provider: 'anthropic', currency: 'USD', amount: '144' } });
    expect((await provider('anthropic'))!.status).toBe('OUTSIDE_TOLERANCE');
  });

  it("converts an invoice in another currency at the company's rate in force on the month's last day", async () => {
    const result = await gql<{ enterProviderInvoice: Invoice }>(ENTER, {
      input: {
        month,
        provider: 'openai',
        currency: 'eur',
        amount: '18.40',
        lines: [
          { model: 'gpt-recon-x', amount: '9.20' },
          { model: 'gpt-other', amount: '9.20' },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    // 18.40 EUR ÷ 0.92 EUR/USD = 20.00 USD; the rate used: 1 / 0.92 USD per EUR.
    expect(result.data!.enterProviderInvoice).toMatchObject({
      currency: 'EUR',
      amountMicros: micros(18.4),
      convertedMicros: micros(20),
      rateMicros: '1086957',
      lines: [
        { lineNo: 1, model: 'gpt-recon-x', amountMicros: micros(9.2), convertedMicros: micros(10) },
        { lineNo: 2, model: 'gpt-other', amountMicros: micros(9.2), convertedMicros: micros(10) },
      ],
    });
    const openai = (await provider('openai'))!;
    expect(openai).toMatchObject({
      status: 'OK',
      computedMicros: micros(20),
      invoicedMicros: micros(20),
      differenceMicros: '0',
    });
    expect(openai.models.map((row) => [row.model, row.computedMicros, row.invoicedMicros])).toEqual([
      ['gpt-other', '0', micros(10)],
      ['gpt-recon-x', micros(20), micros(10)],
    ]);
  });

  it('imports a CSV (simple shape, and the Anthropic and OpenAI cost shapes), summing rows per model', async () => {
    const simple = await gql<{ importProviderInvoiceCsv: Invoice }>(IMPORT, {
      input: {
        month,
        provider: 'mistral',
        csv: 'Model,Amount\nmistral-large,100.50\nmistral-small,20\nmistral-large,0.50\n',
      },
    });
    expect(simple.errors).toBeUndefined();
    expect(simple.data!.importProviderInvoiceCsv).toMatchObject({
      source: 'CSV',
      currency: 'USD',
      amountMicros: micros(121),
      lines: [
        { lineNo: 1, model: 'mistral-large', amountMicros: micros(101) },
        { lineNo: 2, model: 'mistral-small', amountMicros: micros(20) },
      ],
    });
    const anthropicShape = await gql<{ importProviderInvoiceCsv: Invoice }>(IMPORT, {
      input: {
        month,
        provider: 'cohere',
        csv: `starting_at,ending_at,amount,currency,model\n${month}-01T00:00:00Z,${month}-02T00:00:00Z,12345.5,USD,command-r\n${month}-02T00:00:00Z,${month}-03T00:00:00Z,100,USD,command-r\n`,
      },
    });
    expect(anthropicShape.errors).toBeUndefined();
    // Cents: 12,445.5 ¢ = $124.455.
    expect(anthropicShape.data!.importProviderInvoiceCsv).toMatchObject({
      amountMicros: micros(124.455),
      lines: [{ model: 'command-r', amountMicros: micros(124.455) }],
    });
    const openaiShape = await gql<{ importProviderInvoiceCsv: Invoice }>(IMPORT, {
      input: {
        month,
        provider: 'groq',
        csv: 'start_time,end_time,amount_value,amount_currency,line_item,project_id\n1730419200,1730505600,0.06,eur,llama-x,proj_a\n',
      },
    });
    expect(openaiShape.errors).toBeUndefined();
    expect(openaiShape.data!.importProviderInvoiceCsv).toMatchObject({
      currency: 'EUR',
      amountMicros: micros(0.06),
      convertedMicros: '65217',
    });
    const listed = await gql<{ providerInvoices: Invoice[] }>(INVOICES, { month });
    expect(listed.data!.providerInvoices.map((invoice) => invoice.provider)).toEqual([
      'anthropic',
      'cohere',
      'groq',
      'mistral',
      'openai',
    ]);
  });

  it('a bad CSV row is a 400 naming the row and the column; nothing is stored or replaced', async () => {
    const before = [await invoiceRows(), await lineRows()];
    const badAmount = await gql(IMPORT, {
      input: { month, provider: 'mistral', csv: 'model,amount\nmistral-large,10\nmistral-small,abc\n' },
    });
    expect(badAmount.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'csv.row 2.amount', message: expect.any(String) }],
    });
    const badModel = await gql(IMPORT, { input: { month, provider: 'mistral', csv: 'model,amount\n,10\n' } });
    expect(badModel.errors![0].extensions.fields).toEqual([
      { field: 'csv.row 1.model', message: 'is required' },
    ]);
    const mixed = await gql(IMPORT, {
      input: { month, provider: 'mistral', csv: 'model,amount,currency\na,1,USD\nb,2,EUR\n' },
    });
    expect(mixed.errors![0].extensions.fields).toEqual([
      { field: 'csv.row 2.currency', message: 'must be USD like the rows before it' },
    ]);
    const noColumn = await gql(IMPORT, { input: { month, provider: 'mistral', csv: 'name,cost\na,1\n' } });
    expect(noColumn.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['csv.model', 'csv.amount']);
    const negative = await gql(IMPORT, {
      input: { month, provider: 'mistral', csv: 'model,amount\na,-1\n' },
    });
    expect(negative.errors![0].extensions.fields).toEqual([
      { field: 'csv.row 1.amount', message: 'must not be negative' },
    ]);
    expect([await invoiceRows(), await lineRows()]).toEqual(before);
    const mistral = await gql<{ providerInvoices: Invoice[] }>(INVOICES, { month });
    expect(mistral.data!.providerInvoices.find((i) => i.provider === 'mistral')!.amountMicros).toBe(
      micros(121),
    );
  });

  it('bad input is a 400 naming the field, and changes nothing', async () => {
    const before = [await invoiceRows(), await lineRows()];
    const cases: [Record<string, unknown>, string][] = [
      [{ month, provider: 'anthropic', currency: 'GBP', amount: '10' }, 'currency'],
      [{ month, provider: 'anthropic', currency: 'USD', amount: '-10' }, 'amount'],
      [{ month, provider: 'anthropic', currency: 'USD', amount: 'ten' }, 'amount'],
      [{ month: '2026-13', provider: 'anthropic', currency: 'USD', amount: '10' }, 'month'],
      [{ month: 'last month', provider: 'anthropic', currency: 'USD', amount: '10' }, 'month'],
      [
        { month: addAccountingMonths(current, 1), provider: 'anthropic', currency: 'USD', amount: '10' },
        'month',
      ],
      [{ month, provider: '', currency: 'USD', amount: '10' }, 'provider'],
      [{ month, provider: 'anthropic', currency: 'US', amount: '10' }, 'currency'],
      [
        { month, provider: 'anthropic', currency: 'USD', amount: '10', lines: [{ model: 'a', amount: '4' }] },
        'lines',
      ],
      [
        {
          month,
          provider: 'anthropic',
          currency: 'USD',
          amount: '10',
          lines: [{ model: 'a', amount: '-4' }],
        },
        'lines.0.amount',
      ],
    ];
    for (const [input, field] of cases) {
      const result = await gql(ENTER, { input });
      expect({ input, code: result.errors?.[0].extensions.code }).toEqual({ input, code: 'BAD_USER_INPUT' });
      expect({ input, fields: result.errors![0].extensions.fields!.map((f) => f.field) }).toEqual({
        input,
        fields: [field],
      });
    }
    const gbp = await gql(ENTER, { input: { month, provider: 'anthropic', currency: 'GBP', amount: '10' } });
    expect(gbp.errors![0].message).toMatch(/currency: has no exchange rate in force/);
    const future = await gql(RECONCILIATION, { month: addAccountingMonths(current, 2) });
    expect(future.errors![0].extensions.fields).toEqual([
      { field: 'month', message: 'must not be in the future' },
    ]);
    const csvFuture = await gql(IMPORT, {
      input: { month: addAccountingMonths(current, 1), provider: 'x', csv: 'model,amount\na,1\n' },
    });
    expect(csvFuture.errors![0].extensions.fields).toEqual([
      { field: 'month', message: 'must not be in the future' },
    ]);
    const missing = await gql(REMOVE, { id: randomUUID() });
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
    expect([await invoiceRows(), await lineRows()]).toEqual(before);
    // The anthropic invoice is still the last one entered.
    expect((await provider('anthropic'))!.invoicedMicros).toBe(micros(144));
  });

  it('only FINANCE and ADMIN reach invoices and the reconciliation (403 for others)', async () => {
    for (const who of [engineerUser, hr]) {
      for (const [query, variables] of [
        [RECONCILIATION, { month }],
        [INVOICES, { month }],
        [ENTER, { input: { month, provider: 'x', currency: 'USD', amount: '1' } }],
        [IMPORT, { input: { month, provider: 'x', csv: 'model,amount\na,1\n' } }],
        [REMOVE, { id: randomUUID() }],
      ] as const) {
        const result = await gql(query, variables, who);
        expect({ query, code: result.errors?.[0].extensions.code, data: result.data }).toEqual({
          query,
          code: 'FORBIDDEN',
          data: null,
        });
      }
    }
    expect((await gql(RECONCILIATION, { month }, admin)).errors).toBeUndefined();
  });

  it('removing an invoice makes its provider MISSING again (audited)', async () => {
    const listed = await gql<{ providerInvoices: Invoice[] }>(INVOICES, { month });
    const openai = listed.data!.providerInvoices.find((invoice) => invoice.provider === 'openai')!;
    const removed = await gql<{ removeProviderInvoice: boolean }>(REMOVE, { id: openai.id });
    expect(removed.data!.removeProviderInvoice).toBe(true);
    expect((await provider('openai'))!.status).toBe('MISSING');
    const [audit] = await t.adminQuery<{ action: string }>(
      `select action from audit_entries where company_id = $1 and entity_id = $2 and action = 'PROVIDER_INVOICE_REMOVED'`,
      [admin.companyId, openai.id],
    );
    expect(audit.action).toBe('PROVIDER_INVOICE_REMOVED');
    expect(
      (await t.adminQuery(`select 1 from provider_invoice_lines where invoice_id = $1`, [openai.id])).length,
    ).toBe(0);
  });
  it("the close checklist shows each provider's invoice status (closeItems), with the company's tolerance", async () => {
    const checklist = async () => {
      const result = await gql<{
        closeChecklist: {
          items: {
            kind: string;
            provider: string | null;
            status: string | null;
            open: boolean;
            amountMicros: string | null;
          }[];
        };
      }>(
        `query($month: String!) { closeChecklist(month: $month) { items { kind provider status open amountMicros } } }`,
        {
          month,
        },
      );
      expect(result.errors).toBeUndefined();
      return result
        .data!.closeChecklist.items.filter((item) => item.kind === 'PROVIDER_INVOICE')
        .map((item) => [item.provider, item.status, item.open, item.amountMicros]);
    };
    // anthropic: 144 invoiced vs 142 computed; openai: no invoice (removed) for 20 of usage.
    expect(await checklist()).toEqual(
      expect.arrayContaining([
        ['anthropic', 'OUTSIDE_TOLERANCE', true, micros(2)],
        ['openai', 'MISSING', true, micros(-20)],
      ]),
    );
    // FINANCE widens the tolerance to 2 %: anthropic's 2 of 144 is within 2.88.
    const changed = await gql(
      `mutation($input: UpdateChargebackSettingsInput!) { updateChargebackSettings(input: $input) { invoiceToleranceBp } }`,
      { input: { invoiceToleranceBp: 200 } },
    );
    expect(changed.errors).toBeUndefined();
    expect((await reconcile()).toleranceBp).toBe(200);
    expect((await provider('anthropic'))!.status).toBe('OK');
    expect(await checklist()).toEqual(expect.arrayContaining([['anthropic', 'OK', false, micros(2)]]));
  });

  it('once the month is closed, late usage is what arrived after the close (booked in a later month)', async () => {
    // The books open with a grant: an engineer hired the month before, accrued; then both months close in order.
    const team = await t.gql<{ createTeam: { id: string } }>(
      `mutation { createTeam(input: { name: "Recon", costCentre: "CC-R" }) { id } }`,
      {},
      { token: admin.token },
    );
    const hired = await t.gql(
      `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
      {
        input: {
          name: 'Early',
          email: 'early@recon.test',
          teamId: team.data!.createTeam.id,
          startDate: `${addAccountingMonths(month, -1)}-01`,
          annualPay: '120000',
          currency: 'USD',
        },
      },
      { token: admin.token },
    );
    expect(hired.errors).toBeUndefined();
    expect(
      (await t.gql(`mutation { runAccruals { granted } }`, {}, { token: admin.token })).errors,
    ).toBeUndefined();
    // The late events of the first test arrived after the month ended and before this close. Their arrival was
    // dated from the business calendar, which a pinned run may set after the real clock the close is stamped
    // with: put any such arrival just before now, so they arrived before the close on every date.
    await t.adminQuery(
      `update usage_events set received_at = now() - interval '1 minute' where company_id = $1 and received_at > now()`,
      [admin.companyId],
    );
    // The month before has the unmapped usage only (no attributed spend to share it pro rata): held centrally.
    const central = await t.gql(
      `mutation { updateChargebackSettings(input: { allocationPolicy: CENTRAL }) { allocationPolicy } }`,
      {},
      { token: finance.token },
    );
    expect(central.errors).toBeUndefined();
    for (const m of [addAccountingMonths(month, -1), month]) {
      const closed = await t.gql(
        `mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { month } }`,
        { input: { month: m, reason: 'Invoices reconciled outside Tokenroll for this test' } },
        { token: finance.token },
      );
      expect(closed.errors).toBeUndefined();
    }
    const [engineer] = await t.adminQuery<{ engineer_id: string }>(
      `select engineer_id from usage_daily where company_id = $1 limit 1`,
      [admin.companyId],
    );
    // Arrived an hour after the close: $7 of claude-recon-b (its rollup grows with it).
    await t.adminQuery(
      `insert into usage_events (company_id, id, engineer_id, source, provider, model, input_tokens, output_tokens,
              cost_micros, currency, unpriced, occurred_at, received_at)
       values ($1, gen_random_uuid(), $2, 'api', 'anthropic', 'claude-recon-b', 1, 1, $3, 'USD', false, $4, now() + interval '1 hour')`,
      [admin.companyId, engineer.engineer_id, micros(7), `${month}-20T10:00:00Z`],
    );
    await t.adminQuery(
      `update usage_daily set cost_micros = cost_micros + $2, events = events + 1
        where company_id = $1 and model = 'claude-recon-b'`,
      [admin.companyId, micros(7)],
    );
    const result = await reconcile();
    expect(result.closed).toBe(true);
    const anthropic = result.providers.find((row) => row.provider === 'anthropic')!;
    // Received before the close now counts in the month: 100 + 50 (+7 − 7 late) = 150.
    expect(anthropic.computedMicros).toBe(micros(150));
    expect(anthropic.explanation).toMatchObject({ lateEvents: 1, lateMicros: micros(7) });
    expect(anthropic.models.find((row) => row.model === 'claude-recon-b')!.explanation.lateMicros).toBe(
      micros(7),
    );
  });
});
