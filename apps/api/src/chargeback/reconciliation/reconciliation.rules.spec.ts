import { AppError } from '../../common/app-error';
import {
  convertInvoiceAmount,
  invoiceRate,
  parseInvoiceAmount,
  parseInvoiceCsv,
  rateOn,
  toleranceStatus,
} from './reconciliation.rules';

const rates = [
  { currency: 'EUR', effectiveFrom: '2026-01-01', microsPerUsd: 920_000n },
  { currency: 'EUR', effectiveFrom: '2026-10-15', microsPerUsd: 900_000n },
  { currency: 'GBP', effectiveFrom: '2026-01-01', microsPerUsd: 800_000n },
];

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.fields;
    throw error;
  }
  throw new Error('did not throw');
};

describe('reconciliation rules', () => {
  it('takes the rate in force on the day (effective-dated), USD being 1', () => {
    expect(rateOn(rates, 'EUR', '2026-10-14')).toBe(920_000n);
    expect(rateOn(rates, 'EUR', '2026-10-31')).toBe(900_000n);
    expect(rateOn(rates, 'EUR', '2025-12-31')).toBeUndefined();
    expect(rateOn(rates, 'USD', '2020-01-01')).toBe(1_000_000n);
  });

  it('converts an invoice into the company currency from both rates, rounding once, half-up', () => {
    // 92 EUR at 0.92 EUR/USD = 100 USD.
    expect(convertInvoiceAmount(rates, 92_000_000n, 'EUR', 'USD', '2026-09-30')).toBe(100_000_000n);
    // 100 USD in EUR at 0.90.
    expect(convertInvoiceAmount(rates, 100_000_000n, 'USD', 'EUR', '2026-10-31')).toBe(90_000_000n);
    // GBP → EUR through USD: 80 GBP = 100 USD = 90 EUR.
    expect(convertInvoiceAmount(rates, 80_000_000n, 'GBP', 'EUR', '2026-10-31')).toBe(90_000_000n);
    // 1 micro EUR at 0.92 → 1.087 micro USD → 1.
    expect(convertInvoiceAmount(rates, 1n, 'EUR', 'USD', '2026-09-30')).toBe(1n);
    expect(convertInvoiceAmount(rates, 5n, 'EUR', 'EUR', '2020-01-01')).toBe(5n);
    expect(convertInvoiceAmount(rates, 5n, 'CHF', 'USD', '2026-10-31')).toBeUndefined();
    expect(convertInvoiceAmount(rates, 5n, 'EUR', 'USD', '2025-10-31')).toBeUndefined();
    expect(invoiceRate(rates, 'EUR', 'USD', '2026-09-30')).toBe(1_086_957n);
  });

  it('is OK within the tolerance of the invoiced amount (inclusive), MISSING without an invoice', () => {
    expect(toleranceStatus(100_000_000n, 99_000_000n, 100)).toBe('OK');
    expect(toleranceStatus(100_000_000n, 101_000_000n, 100)).toBe('OK');
    expect(toleranceStatus(100_000_000n, 98_999_999n, 100)).toBe('OUTSIDE_TOLERANCE');
    expect(toleranceStatus(0n, 0n, 100)).toBe('OK');
    expect(toleranceStatus(0n, 1n, 100)).toBe('OUTSIDE_TOLERANCE');
    expect(toleranceStatus(undefined, 0n, 100)).toBe('MISSING');
  });

  it('reads amounts as typed, never negative', () => {
    expect(parseInvoiceAmount('amount', '1,234.56', 'USD')).toBe(1_234_560_000n);
    expect(fieldsOf(() => parseInvoiceAmount('amount', '-1', 'USD'))).toEqual([
      { field: 'amount', message: 'must not be negative' },
    ]);
    expect(fieldsOf(() => parseInvoiceAmount('amount', '1e5', 'USD'))).toEqual([
      { field: 'amount', message: 'must be an amount like 1234.56' },
    ]);
  });

  it('reads the three CSV shapes', () => {
    expect(parseInvoiceCsv('\uFEFFModel, Amount ,Currency\r\na,1.5,usd\r\nb,2,USD\r\na,0.5,USD\r\n')).toEqual(
      {
        shape: 'SIMPLE',
        currency: 'USD',
        lines: [
          { model: 'a', amountMicros: 2_000_000n },
          { model: 'b', amountMicros: 2_000_000n },
        ],
      },
    );
    expect(
      parseInvoiceCsv('starting_at,amount,currency,description\n2026-10-01T00:00:00Z,150.5,USD,claude x\n'),
    ).toEqual({
      shape: 'ANTHROPIC_COST_REPORT',
      currency: 'USD',
      lines: [{ model: 'claude x', amountMicros: 1_505_000n }],
    });
    expect(parseInvoiceCsv('start_time,amount.value,amount.currency,line_item\n1,0.06,usd,gpt\n')).toEqual({
      shape: 'OPENAI_COSTS',
      currency: 'USD',
      lines: [{ model: 'gpt', amountMicros: 60_000n }],
    });
  });

  it('names the row and column of a bad CSV row', () => {
    expect(fieldsOf(() => parseInvoiceCsv('model,amount\na,1\nb,x\n'))).toEqual([
      { field: 'csv.row 2.amount', message: 'must be an amount like 1234.56' },
    ]);
    expect(fieldsOf(() => parseInvoiceCsv('model,amount,currency\na,1,dollars\n'))).toEqual([
      { field: 'csv.row 1.currency', message: 'must be a currency code like USD' },
    ]);
    expect(fieldsOf(() => parseInvoiceCsv('model,amount\n'))).toEqual([
      { field: 'csv', message: 'has no rows after the header' },
    ]);
    expect(fieldsOf(() => parseInvoiceCsv('model,amount\n"a,1\n'))[0].field).toMatch(/^csv\.row \d+$/);
  });
});
