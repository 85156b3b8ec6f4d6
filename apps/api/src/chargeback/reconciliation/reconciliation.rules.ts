import { compareDates, IsoDate, Money } from '@tokenroll/domain';
import Papa from 'papaparse';
import { AppError, FieldError } from '../../common/app-error';

/** Micro-units of the USD (the exchange rates are units of a currency per 1 USD). */
const USD_RATE = 1_000_000n;

export type ReconciliationStatus = 'OK' | 'OUTSIDE_TOLERANCE' | 'MISSING';

/** Half-up division of non-negative integers. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** The rate of `currency` (micros per 1 USD) in force on `day`, from effective-dated rows. */
export function rateOn(
  rates: { currency: string; effectiveFrom: IsoDate; microsPerUsd: bigint }[],
  currency: string,
  day: IsoDate,
): bigint | undefined {
  if (currency === 'USD') return USD_RATE;
  let found: { effectiveFrom: IsoDate; microsPerUsd: bigint } | undefined;
  for (const rate of rates)
    if (
      rate.currency.trim() === currency &&
      compareDates(rate.effectiveFrom, day) <= 0 &&
      (!found || compareDates(found.effectiveFrom, rate.effectiveFrom) <= 0)
    )
      found = rate;
  return found?.microsPerUsd;
}

/**
 * Micros of the company currency per 1 unit of the invoice currency on `day` (1 000 000 when they are the
 * same), or undefined when either currency has no rate in force that day.
 */
export function invoiceRate(
  rates: { currency: string; effectiveFrom: IsoDate; microsPerUsd: bigint }[],
  invoiceCurrency: string,
  companyCurrency: string,
  day: IsoDate,
): bigint | undefined {
  if (invoiceCurrency === companyCurrency) return USD_RATE;
  const from = rateOn(rates, invoiceCurrency, day);
  const to = rateOn(rates, companyCurrency, day);
  if (from === undefined || to === undefined) return undefined;
  return divideHalfUp(to * USD_RATE, from);
}

/**
 * An invoice amount in the company currency: amount × (company units per USD) ÷ (invoice units per USD),
 * rounded half-up once, from the two rates themselves (not the rounded cross rate).
 */
export function convertInvoiceAmount(
  rates: { currency: string; effectiveFrom: IsoDate; microsPerUsd: bigint }[],
  amountMicros: bigint,
  invoiceCurrency: string,
  companyCurrency: string,
  day: IsoDate,
): bigint | undefined {
  if (invoiceCurrency === companyCurrency) return amountMicros;
  const from = rateOn(rates, invoiceCurrency, day);
  const to = rateOn(rates, companyCurrency, day);
  if (from === undefined || to === undefined) return undefined;
  return divideHalfUp(amountMicros * to, from);
}

/**
 * OK when |invoiced − computed| ≤ tolerance × invoiced (basis points, of the invoiced amount), else
 * OUTSIDE_TOLERANCE; MISSING when there is no invoice (`invoiced` undefined).
 */
export function toleranceStatus(
  invoicedMicros: bigint | undefined,
  computedMicros: bigint,
  toleranceBp: number,
): ReconciliationStatus {
  if (invoicedMicros === undefined) return 'MISSING';
  const difference = invoicedMicros - computedMicros;
  const absolute = difference < 0n ? -difference : difference;
  // |d| ≤ invoiced × bp / 10 000, compared without rounding.
  return absolute * 10_000n <= invoicedMicros * BigInt(toleranceBp) ? 'OK' : 'OUTSIDE_TOLERANCE';
}

/** A decimal amount as typed (`1,234.56`), in micro-units; never negative. Bad input names `field`. */
export function parseInvoiceAmount(field: string, text: string, currency: string): bigint {
  const trimmed = (text ?? '').trim();
  if (trimmed.startsWith('-')) throw AppError.badInput([{ field, message: 'must not be negative' }]);
  let micros: bigint;
  try {
    micros = Money.parse(trimmed, /^[A-Z]{3}$/.test(currency) ? currency : 'USD').micros;
  } catch {
    throw AppError.badInput([{ field, message: 'must be an amount like 1234.56' }]);
  }
  if (micros < 0n) throw AppError.badInput([{ field, message: 'must not be negative' }]);
  if (micros > 1_000_000_000n * 1_000_000n)
    throw AppError.badInput([{ field, message: 'must be at most 1,000,000,000' }]);
  return micros;
}

export interface ParsedInvoiceCsv {
  /** Which shape the header matched. */
  shape: 'SIMPLE' | 'ANTHROPIC_COST_REPORT' | 'OPENAI_COSTS';
  currency: string | null;
  /** One line per model (rows of the same model are summed, in first-seen order). */
  lines: { model: string; amountMicros: bigint }[];
}

/** The most rows a pasted or uploaded invoice file may have. */
export const MAX_CSV_ROWS = 20_000;

/**
 * Parses an invoice CSV (papaparse, header row first). Shapes, told apart by their header:
 * - SIMPLE: `model,amount[,currency]` (amount a decimal in the invoice currency, e.g. `1234.56`);
 * - ANTHROPIC_COST_REPORT: the cost report's fields as columns: `starting_at`, `amount` (a decimal string in
 *   cents, the lowest unit, as the Admin API's cost_report gives it), `currency`, `model` (or `description`);
 * - OPENAI_COSTS: the organization costs' fields as columns: `start_time`, `amount_value` (or `amount.value`,
 *   a decimal in units), `amount_currency` (or `amount.currency`, lowercase like `usd`), `line_item`.
 * Every row must parse and all rows must name one currency; a bad row is a 400 naming the row (1 = the first
 * data row) and the column, e.g. field `csv.row 3.amount`. Nothing is stored by the caller when this throws.
 */
export function parseInvoiceCsv(csv: string): ParsedInvoiceCsv {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  const has = (name: string) => headers.includes(name);
  const bad = (fields: FieldError[]) => AppError.badInput(fields);
  let shape: ParsedInvoiceCsv['shape'];
  let modelColumn: string;
  let amountColumn: string;
  let currencyColumn: string | null;
  let divisor = 1n;
  if (has('amount_value') || has('amount.value') || has('line_item')) {
    shape = 'OPENAI_COSTS';
    modelColumn = 'line_item';
    amountColumn = has('amount_value') ? 'amount_value' : 'amount.value';
    currencyColumn = has('amount_currency')
      ? 'amount_currency'
      : has('amount.currency')
        ? 'amount.currency'
        : null;
  } else if (has('starting_at') && has('amount')) {
    shape = 'ANTHROPIC_COST_REPORT';
    modelColumn = has('model') ? 'model' : 'description';
    amountColumn = 'amount';
    currencyColumn = has('currency') ? 'currency' : null;
    divisor = 100n;
  } else {
    shape = 'SIMPLE';
    modelColumn = 'model';
    amountColumn = 'amount';
    currencyColumn = has('currency') ? 'currency' : null;
  }
  const missing = [modelColumn, amountColumn].filter((column) => !has(column));
  if (missing.length)
    throw bad(
      missing.map((column) => ({
        field: `csv.${column}`,
        message: 'column is missing (expected a header row: model,amount[,currency])',
      })),
    );
  const rows = parsed.data;
  if (!rows.length) throw bad([{ field: 'csv', message: 'has no rows after the header' }]);
  if (rows.length > MAX_CSV_ROWS)
    throw bad([{ field: 'csv', message: `may have at most ${MAX_CSV_ROWS} rows` }]);
  const structural = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (structural)
    throw bad([
      {
        field: `csv.row ${(structural.row ?? 0) + 1}`,
        message: `cannot be read (${structural.message})`,
      },
    ]);

  let currency: string | null = null;
  const byModel = new Map<string, bigint>();
  rows.forEach((row, index) => {
    const at = `csv.row ${index + 1}`;
    const model = (row[modelColumn] ?? '').trim();
    if (!model) throw bad([{ field: `${at}.${modelColumn}`, message: 'is required' }]);
    if (model.length > 120)
      throw bad([{ field: `${at}.${modelColumn}`, message: 'must be at most 120 characters' }]);
    const text = (row[amountColumn] ?? '').trim();
    if (text.startsWith('-'))
      throw bad([{ field: `${at}.${amountColumn}`, message: 'must not be negative' }]);
    let micros: bigint;
    try {
      micros = Money.parse(text, 'USD').micros;
    } catch {
      throw bad([{ field: `${at}.${amountColumn}`, message: 'must be an amount like 1234.56' }]);
    }
    if (micros < 0n) throw bad([{ field: `${at}.${amountColumn}`, message: 'must not be negative' }]);
    micros = divisor === 1n ? micros : divideHalfUp(micros, divisor);
    if (currencyColumn) {
      const code = (row[currencyColumn] ?? '').trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(code))
        throw bad([{ field: `${at}.${currencyColumn}`, message: 'must be a currency code like USD' }]);
      if (currency && code !== currency)
        throw bad([
          { field: `${at}.${currencyColumn}`, message: `must be ${currency} like the rows before it` },
        ]);
      currency = code;
    }
    byModel.set(model, (byModel.get(model) ?? 0n) + micros);
  });
  return {
    shape,
    currency,
    lines: [...byModel.entries()].map(([model, amountMicros]) => ({ model, amountMicros })),
  };
}
