import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fieldErrorOf, gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const user = makeUser(['HR'], {
  company: {
    id: 'company-1',
    name: 'Analytical Engines',
    currency: 'USD',
    createdAt: '2026-01-05T10:00:00.000Z',
    timeZone: 'UTC',
    today: '2026-12-31',
  },
});

const policy = {
  __typename: 'AllowancePolicy',
  basisKind: 'RATIO',
  ratioBp: 6000,
  annualMicros: null,
  floorMicros: null,
  capMicros: null,
  fiscalYearStartMonth: 1,
  accrual: 'MONTHLY',
  rolloverKind: 'NONE',
  rolloverCapMicros: null,
  currency: 'USD',
  updatedAt: null,
  effectiveFrom: null,
};

const teams = [
  {
    __typename: 'Team',
    id: 'eng',
    name: 'Engineering',
    parentId: null,
    costCentre: 'CC-1',
    managerUserId: null,
    managerName: null,
    engineerCount: 0,
  },
  {
    __typename: 'Team',
    id: 'plat',
    name: 'Platform',
    parentId: 'eng',
    costCentre: 'CC-2',
    managerUserId: null,
    managerName: null,
    engineerCount: 2,
  },
];

const offer = (status: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Offer',
  id: 'o1',
  candidateName: 'Grace Hopper',
  candidateEmail: 'grace@example.com',
  title: 'Senior Engineer',
  level: null,
  location: null,
  teamId: 'plat',
  teamName: 'Platform',
  startDate: '2026-12-01',
  annualPayMicros: '200000000000',
  currency: 'USD',
  overrideKind: null,
  overrideRatioBp: null,
  overrideAnnualMicros: null,
  overrideReason: null,
  bonusMicros: null,
  equity: null,
  status,
  engineerId: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  terms: {
    __typename: 'OfferTerms',
    annualAllowanceMicros: '120000000000',
    allowanceBasisText: '60% of base pay',
    monthlyMicros: '10000000000',
    firstPeriodStart: '2026-01-01',
    firstPeriodEnd: '2026-12-31',
    firstYearMicros: '10000000000',
    totalCompMicros: '320000000000',
  },
  ...overrides,
});

function renderOffer(path: string, respond?: (op: RecordedOperation) => unknown) {
  return renderApp({
    path,
    user,
    respond: (op) => {
      const custom = respond?.(op);
      if (custom) return custom as never;
      if (op.operationName === 'AllowancePolicy') return { data: { allowancePolicy: policy } };
      if (op.operationName === 'Teams') return { data: { teams } };
      if (op.operationName === 'Offers') return { data: { offers: [offer('DRAFT')] } };
      if (op.operationName === 'Offer') return { data: { offer: offer('DRAFT') } };
      return { data: null };
    },
  });
}

const buttonNames = () =>
  within(screen.getByRole('form', { name: 'Offer' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('new offer', () => {
  it("defaults the start date to the 1st of the month after the company's business date, not the browser's", async () => {
    // The session's company.today is 2026-12-31: the next month is in the next year.
    renderOffer('/offers/new');
    const form = await screen.findByRole('form', { name: 'Offer' }, { timeout: 12000 });
    expect(within(form).getByLabelText<HTMLInputElement>(/^Start date/).value).toBe('2027-01-01');
  });

  it('previews the total comp with the domain rule and sends the mapped input', async () => {
    const { log, router } = renderOffer('/offers/new', (op) =>
      op.operationName === 'CreateOffer' ? { data: { createOffer: offer('DRAFT') } } : null,
    );
    const form = await screen.findByRole('form', { name: 'Offer' }, { timeout: 12000 });
    const ui = within(form);
    await screen.findByRole('option', { name: /Platform/ }, { timeout: 12000 });
    await userEvent.type(ui.getByLabelText(/^Candidate name/), 'Grace Hopper');
    await userEvent.type(ui.getByLabelText(/^Candidate email/), 'grace@example.com');
    await userEvent.type(ui.getByLabelText(/^Title/), 'Senior Engineer');
    await userEvent.selectOptions(ui.getByLabelText(/^Team/), 'plat');
    await userEvent.clear(ui.getByLabelText(/^Start date/));
    await userEvent.type(ui.getByLabelText(/^Start date/), '2026-12-01');
    await userEvent.type(ui.getByLabelText(/^Annual base pay/), '200,000');
    await userEvent.type(ui.getByLabelText(/^Annual bonus/), '20,000');

    expect(screen.getByTestId('offer-preview-allowance').textContent).toBe('$120,000.00');
    expect(screen.getByTestId('offer-preview-allowance-hint').textContent).toBe('60% of base pay');
    expect(screen.getByTestId('offer-preview-monthly').textContent).toBe('$10,000.00');
    expect(screen.getByTestId('offer-preview-first-year').textContent).toBe('$10,000.00');
    expect(screen.getByTestId('offer-preview-total').textContent).toBe('$340,000.00');
    expect(buttonNames()).toEqual(['Save draft']);

    await userEvent.click(ui.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/offers/o1'), { timeout: 12000 });
    const create = log.find((op) => op.operationName === 'CreateOffer');
    expect(create?.variables).toEqual({
      input: {
        candidateName: 'Grace Hopper',
        candidateEmail: 'grace@example.com',
        title: 'Senior Engineer',
        level: null,
        location: null,
        teamId: 'plat',
        startDate: '2026-12-01',
        annualPay: '200000',
        currency: 'USD',
        bonusAmount: '20000',
        equity: null,
        overrideKind: null,
        overrideRatioBp: null,
        overrideAnnualAmount: null,
        overrideReason: null,
      },
    });
    expect(await screen.findByText('Draft saved.', {}, { timeout: 12000 })).toBeTruthy();
  });

  it('asks for a reason with an override before sending anything', async () => {
    const { log } = renderOffer('/offers/new');
    const form = await screen.findByRole('form', { name: 'Offer' });
    const ui = within(form);
    await userEvent.type(ui.getByLabelText(/^Annual base pay/), '200000');
    await userEvent.click(ui.getByText('Share of base pay'));
    await userEvent.type(ui.getByLabelText(/^Allowance ratio/), '75');
    expect(screen.getByTestId('offer-preview-allowance').textContent).toBe('$150,000.00');
    expect(screen.getByTestId('offer-preview-allowance-hint').textContent).toBe('75% of base pay');
    await userEvent.click(ui.getByRole('button', { name: 'Save draft' }));
    expect(fieldErrorOf(ui.getByLabelText(/^Reason for the override/))).toBe(
      'Say why this offer’s allowance differs from the policy',
    );
    expect(log.some((op) => op.operationName === 'CreateOffer')).toBe(false);
  });

  it('puts a server field message next to its field', async () => {
    renderOffer('/offers/new', (op) =>
      op.operationName === 'CreateOffer'
        ? gqlError('BAD_USER_INPUT', 'Invalid input', [
            { field: 'input.startDate', message: 'must be a date like 2026-04-01' },
          ])
        : null,
    );
    const form = await screen.findByRole('form', { name: 'Offer' }, { timeout: 12000 });
    const ui = within(form);
    await screen.findByRole('option', { name: /Platform/ }, { timeout: 12000 });
    await userEvent.type(ui.getByLabelText(/^Candidate name/), 'Grace');
    await userEvent.type(ui.getByLabelText(/^Candidate email/), 'grace@example.com');
    await userEvent.type(ui.getByLabelText(/^Title/), 'Engineer');
    await userEvent.selectOptions(ui.getByLabelText(/^Team/), 'plat');
    await userEvent.type(ui.getByLabelText(/^Annual base pay/), '200000');
    await userEvent.click(ui.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(fieldErrorOf(ui.getByLabelText(/^Start date/))).toBe(
        'Start date must be a date like 2026-04-01',
      ),
    );
  });
});

describe('saved offer', () => {
  const blobs: Blob[] = [];
  const originalCreate = URL.createObjectURL;
  beforeEach(() => {
    blobs.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    };
  });
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    vi.unstubAllGlobals();
  });

  it('a draft is saved, sent or withdrawn, and its letter downloads with the bearer token', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('%PDF-1.7', {
          status: 200,
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': 'attachment; filename="offer-Grace-Hopper.pdf"',
          },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderOffer('/offers/o1');
    await screen.findByRole('heading', { name: 'Grace Hopper', level: 1 });
    expect(buttonNames()).toEqual(['Save draft', 'Send', 'Withdraw', 'Download offer letter (PDF)']);

    await userEvent.click(screen.getByRole('button', { name: 'Download offer letter (PDF)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(fetchMock).toHaveBeenCalledWith(
      '/v1/offers/o1/letter.pdf',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer token-1' }) }),
    );
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe('offer-Grace-Hopper.pdf');
    click.mockRestore();
  });

  it('a sent offer is read-only and is accepted, then links to the new engineer', async () => {
    const { log } = renderOffer('/offers/o1', (op) => {
      if (op.operationName === 'Offer') return { data: { offer: offer('SENT') } };
      if (op.operationName === 'ChangeOfferStatus')
        return { data: { changeOfferStatus: offer('ACCEPTED', { engineerId: 'e9' }) } };
      return null;
    });
    await screen.findByRole('heading', { name: 'Grace Hopper', level: 1 });
    expect(buttonNames()).toEqual([
      'Mark accepted',
      'Mark declined',
      'Withdraw',
      'Download offer letter (PDF)',
    ]);
    // inside the disabled fieldset
    expect(screen.getByLabelText(/^Candidate name/).matches(':disabled')).toBe(true);
    // not a draft: the server's terms
    expect(screen.getByTestId('offer-preview-total').textContent).toBe('$320,000.00');

    await userEvent.click(screen.getByRole('button', { name: 'Mark accepted' }));
    const link = await screen.findByRole('link', { name: "Open Grace Hopper's engineer page" });
    expect(link.getAttribute('href')).toBe('/engineers/e9');
    expect(log.find((op) => op.operationName === 'ChangeOfferStatus')?.variables).toEqual({
      input: { id: 'o1', status: 'ACCEPTED' },
    });
    expect(buttonNames()).toEqual(['Download offer letter (PDF)']);
  });

  it('shows why a status change was refused', async () => {
    renderOffer('/offers/o1', (op) =>
      op.operationName === 'ChangeOfferStatus'
        ? gqlError('CONFLICT', 'The offer changed meanwhile; reload it')
        : null,
    );
    await screen.findByRole('heading', { name: 'Grace Hopper', level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The offer changed meanwhile; reload it',
    );
  });
});
