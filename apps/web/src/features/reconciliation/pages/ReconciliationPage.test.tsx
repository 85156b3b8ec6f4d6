import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { fieldErrorOf, gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const explanation = (over: Record<string, unknown> = {}) => ({
  __typename: 'ReconciliationExplanation',
  unpricedEvents: 0,
  unpricedMicros: '0',
  unpricedWithoutEstimate: 0,
  unmappedEvents: 0,
  unmappedMicros: '0',
  lateEvents: 0,
  lateMicros: '0',
  unexplainedMicros: null,
  ...over,
});

const anthropic = {
  __typename: 'ProviderReconciliation',
  provider: 'anthropic',
  status: 'OUTSIDE_TOLERANCE',
  computedMicros: '142000000',
  invoicedMicros: '160000000',
  differenceMicros: '18000000',
  toleranceMicros: '1600000',
  invoice: {
    __typename: 'ProviderInvoice',
    id: 'inv-1',
    currency: 'USD',
    amountMicros: '174000000',
    convertedMicros: '160000000',
    source: 'MANUAL',
    enteredAt: '2026-11-03T09:00:00.000Z',
    lines: [],
  },
  explanation: explanation({
    unpricedEvents: 2,
    unpricedMicros: '2000000',
    unpricedWithoutEstimate: 1,
    unmappedEvents: 1,
    unmappedMicros: '4500000',
    lateEvents: 2,
    lateMicros: '8000000',
    unexplainedMicros: '3500000',
  }),
  models: [
    {
      __typename: 'ModelReconciliation',
      model: 'claude-sonnet',
      computedMicros: '92000000',
      invoicedMicros: '105000000',
      differenceMicros: '13000000',
      explanation: explanation({ lateEvents: 2, lateMicros: '8000000', unexplainedMicros: '5000000' }),
    },
  ],
};

const openai = {
  __typename: 'ProviderReconciliation',
  provider: 'openai',
  status: 'MISSING',
  computedMicros: '20000000',
  invoicedMicros: null,
  differenceMicros: '-20000000',
  toleranceMicros: '0',
  invoice: null,
  explanation: explanation(),
  models: [],
};

function reconciliation(month: string, providers: unknown[]) {
  return {
    data: {
      reconciliation: {
        __typename: 'Reconciliation',
        month,
        currency: 'EUR',
        closed: false,
        lateCutoff: `${month}-01T00:00:00.000Z`,
        toleranceBp: 100,
        computedMicros: '162000000',
        invoicedMicros: '160000000',
        differenceMicros: '-2000000',
        providers,
      },
    },
  };
}

function renderPage(roles: Role[], respond?: (op: RecordedOperation) => unknown) {
  return renderApp({
    path: '/reconciliation',
    user: makeUser(roles),
    respond: (op) => {
      const answer = respond?.(op);
      if (answer) return answer as never;
      if (op.operationName === 'Reconciliation')
        return reconciliation(
          op.variables.month as string,
          op.variables.month === '2026-10' ? [anthropic, openai] : [],
        );
      return { data: null };
    },
  });
}

const providerRows = () =>
  within(screen.getByRole('table', { name: 'Reconciliation by provider' }))
    .getAllByRole('row')
    .slice(1, -1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 5)
        .map((cell) => cell.textContent),
    );

describe('reconciliation page', () => {
  it('shows last month by provider: computed, invoiced, difference, status and the explanation', async () => {
    const { log } = renderPage(['FINANCE']);
    await screen.findByRole('table', { name: 'Reconciliation by provider' });
    expect(log.find((op) => op.operationName === 'Reconciliation')?.variables).toEqual({ month: '2026-10' });
    expect(providerRows()).toEqual([
      ['anthropic', 'Outside tolerance', '€142.00', '€160.00$174.00 (USD)', '€18.00'],
      ['openai', 'Invoice missing', '€20.00', '—', '-€20.00'],
    ]);
    expect(
      screen.getByText(
        'unpriced €2.00 (2 events) · 1 unpriced events without an estimate · unmapped €4.50 (1 events) · late €8.00 (2 events)',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Unexplained: €3.50')).toBeTruthy();
    expect(screen.getByText(/Tolerance 1% of the invoice/)).toBeTruthy();
    expect(screen.getByText(/no invoice yet/)).toBeTruthy();
  });

  it('drills down to the models of a provider', async () => {
    renderPage(['ADMIN']);
    await userEvent.click(await screen.findByRole('button', { name: 'Models of anthropic' }));
    const models = screen.getByRole('table', { name: 'Models of anthropic' });
    const cells = within(within(models).getAllByRole('row')[1])
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual(['claude-sonnet', '€92.00', '€105.00', '€13.00']);
    expect(cells[4]).toContain('Unexplained: €5.00');
    await userEvent.click(screen.getByRole('button', { name: 'Hide models' }));
    expect(screen.queryByRole('table', { name: 'Models of anthropic' })).toBeNull();
  });

  it('picks another month, and says when there is nothing to reconcile', async () => {
    const { log } = renderPage(['FINANCE']);
    await screen.findByRole('table', { name: 'Reconciliation by provider' });
    await userEvent.selectOptions(screen.getByLabelText('Month'), '2026-09');
    expect(await screen.findByText('Nothing to reconcile for September 2026')).toBeTruthy();
    expect(
      log.filter((op) => op.operationName === 'Reconciliation').map((op) => op.variables.month),
    ).toContain('2026-09');
  });

  it('enters an invoice with its lines, and shows the server refusal next to the field', async () => {
    let entered: Record<string, unknown> | null = null;
    renderPage(['FINANCE'], (op) => {
      if (op.operationName !== 'EnterProviderInvoice') return undefined;
      const input = op.variables.input as Record<string, unknown>;
      if (input.currency === 'GBP')
        return gqlError('BAD_USER_INPUT', 'currency: has no exchange rate', [
          { field: 'currency', message: 'has no exchange rate in force on 2026-10-31 (GBP to EUR)' },
        ]);
      entered = input;
      return {
        data: {
          enterProviderInvoice: {
            __typename: 'ProviderInvoice',
            id: 'inv-2',
            provider: 'openai',
            month: '2026-10',
            currency: 'USD',
            amountMicros: '21000000',
            convertedMicros: '19320000',
          },
        },
      };
    });
    await screen.findByRole('table', { name: 'Reconciliation by provider' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Provider' }), 'openai');
    const currency = screen.getByRole('textbox', { name: /^Currency/ });
    await userEvent.clear(currency);
    await userEvent.type(currency, 'GBP');
    await userEvent.type(screen.getByRole('textbox', { name: /^Amount/ }), '21.00');
    await userEvent.click(screen.getByRole('button', { name: 'Save invoice' }));
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByRole('textbox', { name: /^Currency/ }))).toBe(
        'Currency has no exchange rate in force on 2026-10-31 (GBP to EUR)',
      ),
    );
    await userEvent.clear(currency);
    await userEvent.type(currency, 'usd');
    await userEvent.type(
      screen.getByRole('textbox', { name: /Lines per model/ }),
      'gpt-5, 20.00\ngpt-5-mini 1',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save invoice' }));
    expect(await screen.findByText('Invoice of openai saved for October 2026.')).toBeTruthy();
    expect(entered).toEqual({
      month: '2026-10',
      provider: 'openai',
      currency: 'USD',
      amount: '21.00',
      lines: [
        { model: 'gpt-5', amount: '20.00' },
        { model: 'gpt-5-mini', amount: '1' },
      ],
    });
  });

  it('checks the form before sending it', async () => {
    const { log } = renderPage(['FINANCE']);
    await screen.findByRole('table', { name: 'Reconciliation by provider' });
    await userEvent.type(screen.getByRole('textbox', { name: /^Amount/ }), '-5');
    await userEvent.type(screen.getByRole('textbox', { name: /Lines per model/ }), 'no amount here');
    await userEvent.click(screen.getByRole('button', { name: 'Save invoice' }));
    expect(fieldErrorOf(screen.getByRole('textbox', { name: 'Provider' }))).toBe('Provider is required');
    expect(fieldErrorOf(screen.getByRole('textbox', { name: /^Amount/ }))).toBe(
      'Amount must not be negative',
    );
    expect(fieldErrorOf(screen.getByRole('textbox', { name: /Lines per model/ }))).toContain(
      'Line 1 must read',
    );
    expect(log.some((op) => op.operationName === 'EnterProviderInvoice')).toBe(false);
  });

  it('puts a server refusal of one line next to the lines, naming the line', async () => {
    renderPage(['FINANCE'], (op) =>
      op.operationName === 'EnterProviderInvoice'
        ? gqlError('BAD_USER_INPUT', 'lines: must add up to the amount', [
            { field: 'lines', message: 'must add up to the amount (add a line for the rest, e.g. "other")' },
          ])
        : undefined,
    );
    await screen.findByRole('table', { name: 'Reconciliation by provider' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Provider' }), 'openai');
    await userEvent.type(screen.getByRole('textbox', { name: /^Amount/ }), '10');
    await userEvent.type(screen.getByRole('textbox', { name: /Lines per model/ }), 'gpt-5, 4');
    await userEvent.click(screen.getByRole('button', { name: 'Save invoice' }));
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByRole('textbox', { name: /Lines per model/ }))).toBe(
        'Lines must add up to the amount (add a line for the rest, e.g. "other")',
      ),
    );
    expect(fieldErrorOf(screen.getByRole('textbox', { name: /^Amount/ }))).toBeNull();
  });

  it('imports a pasted CSV; a bad row is named next to the file', async () => {
    let csvSent: string | null = null;
    renderPage(['FINANCE'], (op) => {
      if (op.operationName !== 'ImportProviderInvoiceCsv') return undefined;
      const input = op.variables.input as { csv: string };
      if (input.csv.includes('abc'))
        return gqlError('BAD_USER_INPUT', 'csv.row 2.amount: must be an amount like 1234.56', [
          { field: 'csv.row 2.amount', message: 'must be an amount like 1234.56' },
        ]);
      csvSent = input.csv;
      return {
        data: {
          importProviderInvoiceCsv: {
            __typename: 'ProviderInvoice',
            id: 'inv-3',
            provider: 'mistral',
            month: '2026-10',
            currency: 'EUR',
            amountMicros: '12000000',
            convertedMicros: '12000000',
            lines: [
              { __typename: 'ProviderInvoiceLine', lineNo: 1 },
              { __typename: 'ProviderInvoiceLine', lineNo: 2 },
            ],
          },
        },
      };
    });
    await screen.findByRole('table', { name: 'Reconciliation by provider' });
    await userEvent.click(screen.getByRole('tab', { name: 'Import a CSV' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Provider' }), 'mistral');
    const csv = screen.getByRole('textbox', { name: 'Invoice CSV' });
    await userEvent.type(csv, 'model,amount{enter}large,10{enter}small,abc');
    await userEvent.click(screen.getByRole('button', { name: 'Import CSV' }));
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByRole('textbox', { name: 'Invoice CSV' }))).toBe(
        'Row 2, column amount must be an amount like 1234.56',
      ),
    );
    await userEvent.clear(csv);
    await userEvent.type(csv, 'model,amount{enter}large,10{enter}small,2');
    await userEvent.click(screen.getByRole('button', { name: 'Import CSV' }));
    expect(
      await screen.findByText('Imported 2 line(s) as the mistral invoice of October 2026.'),
    ).toBeTruthy();
    expect(csvSent).toBe('model,amount\nlarge,10\nsmall,2');
  });

  it('shows an error with a retry when the reconciliation cannot load', async () => {
    let fail = true;
    renderPage(['FINANCE'], (op) => {
      if (op.operationName === 'Reconciliation' && fail) {
        fail = false;
        return gqlError('INTERNAL_SERVER_ERROR', 'Internal error');
      }
      return undefined;
    });
    expect(await screen.findByText("We couldn't load the reconciliation")).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /retry|try again/i }));
    expect(await screen.findByRole('table', { name: 'Reconciliation by provider' })).toBeTruthy();
  });

  it('is not open to other roles', async () => {
    const { log } = renderPage(['HR']);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Reconciliation' })).toBeNull());
    expect(log.some((op) => op.operationName === 'Reconciliation')).toBe(false);
  });
});
