import { testToday } from '../test/business-date';
import { addMember, pdfText, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const OFFER_FIELDS = `id status engineerId teamName terms { annualAllowanceMicros monthlyMicros firstPeriodStart firstPeriodEnd firstYearMicros totalCompMicros allowanceBasisText }`;
const CREATE = `mutation($input: OfferInputDto!) { createOffer(input: $input) { ${OFFER_FIELDS} } }`;
const STATUS = `mutation($input: ChangeOfferStatusInput!) { changeOfferStatus(input: $input) { ${OFFER_FIELDS} } }`;

type OfferResult = {
  id: string;
  status: string;
  engineerId: string | null;
  terms: Record<string, string>;
};

describe('offers: the token line in every offer, statuses, acceptance creates the engineer, the letter as a PDF', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let teamId: string;
  const year = Number(testToday().slice(0, 4)) + 1;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signUp(t, 'Offerly', 'admin@offerly.test');
    hr = await addMember(t, admin, 'hr@offerly.test', ['HR']);
    teamId = (
      await t.gql<{ createTeam: { id: string } }>(
        `mutation { createTeam(input: { name: "Agents", costCentre: "CC-9" }) { id } }`,
        {},
        { token: hr.token },
      )
    ).data!.createTeam.id;
  });

  afterAll(() => t.close());

  const base = () => ({
    candidateName: 'Katherine Johnson',
    candidateEmail: 'katherine@offerly.test',
    title: 'Staff Engineer',
    level: 'L6',
    teamId,
    startDate: `${year}-04-16`,
    annualPay: '240000',
    currency: 'USD',
    bonusAmount: '20000',
    equity: '10,000 options over 4 years',
  });

  it('shows the prorated first-year allowance, the monthly accrual and total compensation', async () => {
    const created = await t.gql<{ createOffer: OfferResult }>(CREATE, { input: base() }, { token: hr.token });
    expect(created.errors).toBeUndefined();
    const offer = created.data!.createOffer;
    expect(offer.status).toBe('DRAFT');
    // 50% of 240,000 = 120,000 a year = 10,000 a month; from April 16: 15/30 of April + 8 full months.
    expect(offer.terms).toEqual({
      annualAllowanceMicros: '120000000000',
      monthlyMicros: '10000000000',
      firstPeriodStart: `${year}-01-01`,
      firstPeriodEnd: `${year}-12-31`,
      firstYearMicros: '85000000000',
      totalCompMicros: '380000000000',
      allowanceBasisText: '50% of base pay',
    });
  });

  it('goes draft → sent → accepted and creates the engineer with the override from the offer', async () => {
    const created = await t.gql<{ createOffer: OfferResult }>(
      CREATE,
      {
        input: {
          ...base(),
          candidateEmail: 'dorothy@offerly.test',
          candidateName: 'Dorothy Vaughan',
          overrideKind: 'RATIO',
          overrideRatioBp: 6000,
          overrideReason: 'Agent platform lead',
        },
      },
      { token: hr.token },
    );
    const id = created.data!.createOffer.id;
    expect(created.data!.createOffer.terms.annualAllowanceMicros).toBe('144000000000');
    const early = await t.gql(STATUS, { input: { id, status: 'ACCEPTED' } }, { token: hr.token });
    expect(early.errors?.[0].extensions.code).toBe('CONFLICT');
    await t.gql(STATUS, { input: { id, status: 'SENT' } }, { token: hr.token });
    const accepted = await t.gql<{ changeOfferStatus: OfferResult }>(
      STATUS,
      { input: { id, status: 'ACCEPTED' } },
      { token: hr.token },
    );
    expect(accepted.data?.changeOfferStatus.status).toBe('ACCEPTED');
    const engineerId = accepted.data!.changeOfferStatus.engineerId!;
    const detail = await t.gql<{
      engineer: {
        engineer: { status: string; basePay: { annualMicros: string } };
        allowance: { annualMicros: string; schedule: unknown[] };
      };
    }>(
      `query($id: ID!) { engineer(id: $id) { engineer { status basePay { annualMicros } } allowance { annualMicros schedule { month } } } }`,
      { id: engineerId },
      { token: hr.token },
    );
    expect(detail.data?.engineer.engineer).toEqual({
      status: 'OFFER',
      basePay: { annualMicros: '240000000000' },
    });
    const again = await t.gql(STATUS, { input: { id, status: 'WITHDRAWN' } }, { token: hr.token });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    const [engineers] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from engineers where email = 'dorothy@offerly.test'`,
    );
    expect(engineers.n).toBe(1);
  });

  it('prints a letter with the token allowance line: how it accrues, rolls over and is forfeited', async () => {
    const created = await t.gql<{ createOffer: OfferResult }>(
      CREATE,
      { input: { ...base(), candidateEmail: 'mary@offerly.test', candidateName: 'Mary Jackson' } },
      { token: hr.token },
    );
    const response = await fetch(`${t.url}/v1/offers/${created.data!.createOffer.id}/letter.pdf`, {
      headers: { authorization: `Bearer ${hr.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('offer-Mary-Jackson.pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Offerly');
    expect(text).toContain('Dear Mary Jackson');
    expect(text).toContain('Annual base pay: $240,000.00');
    expect(text).toContain('Token allowance: $120,000.00 a year (50% of base pay)');
    expect(text).toContain('It accrues monthly: $10,000.00 at the start of each month');
    expect(text).toContain(
      `Your first fiscal year runs from ${year}-01-01 to ${year}-12-31: your allowance for it is $85,000.00.`,
    );
    expect(text).toContain('Unused allowance does not roll over');
    expect(text).toContain('Unused allowance is forfeited on your last day of employment.');
    expect(text).toContain('Total annual compensation (cash and tokens): $380,000.00');
  });

  it('the letter is for ADMIN and HR only', async () => {
    const engineer = await addMember(t, admin, 'eng@offerly.test', ['ENGINEER']);
    const list = await t.gql<{ offers: { id: string }[] }>(`{ offers { id } }`, {}, { token: hr.token });
    const response = await fetch(`${t.url}/v1/offers/${list.data!.offers[0].id}/letter.pdf`, {
      headers: { authorization: `Bearer ${engineer.token}` },
    });
    expect(response.status).toBe(403);
    const offers = await t.gql(`{ offers { id } }`, {}, { token: engineer.token });
    expect(offers.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    ['an unknown team', { teamId: '00000000-0000-4000-8000-000000000000' }, 'teamId'],
    ['another currency', { currency: 'EUR' }, 'currency'],
    ['an override without a reason', { overrideKind: 'RATIO', overrideRatioBp: 7000 }, 'overrideReason'],
    [
      'a ratio over 100% without a cap',
      { overrideKind: 'RATIO', overrideRatioBp: 12000, overrideReason: 'x' },
      'override.ratioBp',
    ],
    ['negative pay', { annualPay: '-1' }, 'annualPay'],
    ['a bad start date', { startDate: `${year}-13-01` }, 'startDate'],
  ])('refuses %s, naming the field, writing nothing', async (_label, change, field) => {
    const [before] = await t.adminQuery<{ n: number }>('select count(*)::int as n from offers');
    const result = await t.gql(CREATE, { input: { ...base(), ...change } }, { token: hr.token });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toContain(field);
    const [after] = await t.adminQuery<{ n: number }>('select count(*)::int as n from offers');
    expect(after.n).toBe(before.n);
  });
});
