import { currencyDecimals, isIsoDate, Money, selfHostedRatePerMillion } from '@tokenroll/domain';
import type {
  CreateModelPatternInput,
  ModelPriceFieldsFragment,
  SetCompanyModelPriceInput,
  SetExchangeRateInput,
} from '../../gql/graphql';
import { amountText, formatMicros, percentToBasisPoints, readAmount } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';

export type PriceRow = ModelPriceFieldsFragment;

/** Catalog (list) prices are in USD; company prices, patterns and rates are set in USD too. */
export const PRICE_CURRENCY = 'USD';

export const ORIGIN_LABELS: Record<string, string> = {
  CATALOG: 'List price',
  COMPANY: 'Company',
};

/**
 * A rate per 1M tokens for people: the currency's usual decimals when that is exact ("$3.00"),
 * else every significant micro-unit ("$0.075", "$1.157407"). A dash when there is no rate.
 */
export function formatRate(micros: string | null | undefined, currency: string): string {
  if (micros === null || micros === undefined || micros === '') return '—';
  const value = BigInt(micros);
  const step = 10n ** BigInt(6 - currencyDecimals(currency));
  if (value % step === 0n) return formatMicros(micros, currency);
  // every digit, then no trailing zeros: "$0.075000" → "$0.075"
  return Money.of(value, currency)
    .format({ precision: 'micros' })
    .replace(/(\.\d*?[1-9])0+(?=\D*$)/, '$1');
}

/** A rate for a spreadsheet: plain decimals, exact ("3", "0.075"); empty when there is none. */
export function csvRate(micros: string | null | undefined): string {
  return amountText(micros ?? null);
}

/** The providers that appear in the rows, sorted, for the provider filter. */
export function providersOf(rows: readonly { provider: string }[]): string[] {
  return [...new Set(rows.map((row) => row.provider))].sort((a, b) =>
    a.localeCompare(b, 'en', { sensitivity: 'base' }),
  );
}

export const PRICE_CSV_COLUMNS: readonly CsvColumn<PriceRow>[] = [
  { header: 'Provider', value: (row) => row.provider },
  { header: 'Model', value: (row) => row.model },
  { header: 'Currency', value: (row) => row.currency },
  { header: 'Input per 1M', value: (row) => csvRate(row.inputMicros) },
  { header: 'Output per 1M', value: (row) => csvRate(row.outputMicros) },
  { header: 'Cache read per 1M', value: (row) => csvRate(row.cacheReadMicros) },
  { header: 'Cache write (5 min) per 1M', value: (row) => csvRate(row.cacheWrite5mMicros) },
  { header: 'Cache write (1 h) per 1M', value: (row) => csvRate(row.cacheWrite1hMicros) },
  { header: 'Long-prompt tiers', value: (row) => String(row.tierCount) },
  { header: 'Effective from', value: (row) => row.effectiveFrom },
  { header: 'Origin', value: (row) => ORIGIN_LABELS[row.origin] ?? row.origin },
  { header: 'Source', value: (row) => row.source ?? '' },
];

/** A dated model name ("claude-opus-5-5-20261101") as a pattern for its catalog model, or null. */
export function suggestPattern(model: string): { pattern: string; model: string } | null {
  const dated = /^(.+?)-(\d{8}|\d{4}-\d{2}-\d{2})$/.exec(model.trim());
  if (!dated?.[1]) return null;
  return { pattern: `${dated[1]}-*`, model: dated[1] };
}

// ---------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------

/** A positive amount with up to 6 decimals and optional thousands separators (the API's rule). */
const AMOUNT = /^\d{1,3}(,?\d{3})*(\.\d{1,6})?$|^\d+(\.\d{1,6})?$/;

function amountProblem(label: string, text: string, required: boolean): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return required ? `${label} is required` : null;
  if (!AMOUNT.test(trimmed)) return `${label} must be an amount like 2.70`;
  return null;
}

function dateProblem(label: string, text: string): string | null {
  if (text.trim() === '') return `${label} is required`;
  return isIsoDate(text.trim()) ? null : `${label} must be a date like 2026-04-01`;
}

function textProblem(label: string, text: string, max: number): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return `${label} is required`;
  if (trimmed.length > max) return `${label} must be at most ${max} characters`;
  return null;
}

type Errors<F extends string> = Partial<Record<F, string>>;

function result<F extends string, I>(
  errors: Errors<F>,
  build: () => I,
): { input: I; errors: null } | { input: null; errors: Errors<F> } {
  for (const key of Object.keys(errors) as F[]) if (!errors[key]) delete errors[key];
  return Object.keys(errors).length > 0 ? { input: null, errors } : { input: build(), errors: null };
}

export interface CompanyPriceValues {
  provider: string;
  model: string;
  effectiveFrom: string;
  inputPerMillion: string;
  outputPerMillion: string;
  cacheReadPerMillion: string;
  cacheWritePerMillion: string;
  note: string;
}

export type CompanyPriceField = keyof CompanyPriceValues;

/** Field names are the API's input names, so server messages land next to the same fields. */
export const COMPANY_PRICE_LABELS: Record<CompanyPriceField, string> = {
  provider: 'Provider',
  model: 'Model',
  effectiveFrom: 'Effective from',
  inputPerMillion: 'Input per 1M tokens',
  outputPerMillion: 'Output per 1M tokens',
  cacheReadPerMillion: 'Cache read per 1M tokens',
  cacheWritePerMillion: 'Cache write per 1M tokens',
  note: 'Note',
};

/** The negotiated price form as API input: both input and output rates, cache rates optional. */
export function readCompanyPriceForm(values: CompanyPriceValues) {
  const L = COMPANY_PRICE_LABELS;
  const errors: Errors<CompanyPriceField> = {
    provider: textProblem(L.provider, values.provider, 40) ?? undefined,
    model: textProblem(L.model, values.model, 120) ?? undefined,
    effectiveFrom: dateProblem(L.effectiveFrom, values.effectiveFrom) ?? undefined,
    inputPerMillion: amountProblem(L.inputPerMillion, values.inputPerMillion, true) ?? undefined,
    outputPerMillion: amountProblem(L.outputPerMillion, values.outputPerMillion, true) ?? undefined,
    cacheReadPerMillion: amountProblem(L.cacheReadPerMillion, values.cacheReadPerMillion, false) ?? undefined,
    cacheWritePerMillion:
      amountProblem(L.cacheWritePerMillion, values.cacheWritePerMillion, false) ?? undefined,
    note: values.note.trim().length > 500 ? `${L.note} must be at most 500 characters` : undefined,
  };
  return result(errors, (): SetCompanyModelPriceInput => {
    const input: SetCompanyModelPriceInput = {
      provider: values.provider.trim().toLowerCase(),
      model: values.model.trim(),
      effectiveFrom: values.effectiveFrom.trim(),
      inputPerMillion: values.inputPerMillion.trim(),
      outputPerMillion: values.outputPerMillion.trim(),
    };
    if (values.cacheReadPerMillion.trim()) input.cacheReadPerMillion = values.cacheReadPerMillion.trim();
    if (values.cacheWritePerMillion.trim()) input.cacheWritePerMillion = values.cacheWritePerMillion.trim();
    if (values.note.trim()) input.note = values.note.trim();
    return input;
  });
}

export interface SelfHostedValues {
  provider: string;
  model: string;
  effectiveFrom: string;
  gpuHourCost: string;
  tokensPerSecond: string;
  utilizationBp: string;
}

export type SelfHostedField = keyof SelfHostedValues;

export const SELF_HOSTED_LABELS: Record<SelfHostedField, string> = {
  provider: 'Provider',
  model: 'Model',
  effectiveFrom: 'Effective from',
  gpuHourCost: 'GPU cost per hour',
  tokensPerSecond: 'Tokens per second per GPU',
  utilizationBp: 'Utilization',
};

const TOKENS_PER_SECOND = /^\d{1,10}(\.\d{1,3})?$/;

export interface SelfHostedFigures {
  gpuHourMicros: bigint;
  tokensPerSecond: number;
  utilizationBp: number;
  /** Micro-units of USD per 1M tokens (input and output alike). */
  rateMicros: bigint;
}

/** The calculator's figures from what was typed, or why they can't be computed (by field). */
export function readSelfHostedFigures(
  values: Pick<SelfHostedValues, 'gpuHourCost' | 'tokensPerSecond' | 'utilizationBp'>,
): { figures: SelfHostedFigures; errors: null } | { figures: null; errors: Errors<SelfHostedField> } {
  const L = SELF_HOSTED_LABELS;
  const errors: Errors<SelfHostedField> = {};
  let gpuHourMicros = 0n;
  if (values.gpuHourCost.trim() === '') errors.gpuHourCost = `${L.gpuHourCost} is required`;
  else {
    const read = readAmount(values.gpuHourCost, PRICE_CURRENCY);
    if (read.problem !== null) errors.gpuHourCost = `${L.gpuHourCost} ${read.problem}`;
    else if (read.micros <= 0n) errors.gpuHourCost = `${L.gpuHourCost} must be more than 0`;
    else gpuHourMicros = read.micros;
  }
  const tpsText = values.tokensPerSecond.trim().replace(/,/g, '');
  const tokensPerSecond = Number(tpsText);
  if (tpsText === '') errors.tokensPerSecond = `${L.tokensPerSecond} is required`;
  else if (!TOKENS_PER_SECOND.test(tpsText))
    errors.tokensPerSecond = `${L.tokensPerSecond} must be a number with at most 3 decimals`;
  else if (tokensPerSecond <= 0) errors.tokensPerSecond = `${L.tokensPerSecond} must be more than 0`;
  else if (tokensPerSecond > 1_000_000_000)
    errors.tokensPerSecond = `${L.tokensPerSecond} must be at most 1,000,000,000`;
  const utilizationBp = percentToBasisPoints(values.utilizationBp);
  if (values.utilizationBp.trim() === '') errors.utilizationBp = `${L.utilizationBp} is required`;
  else if (utilizationBp === null)
    errors.utilizationBp = `${L.utilizationBp} must be a percentage like 40 or 62.5`;
  else if (utilizationBp < 1 || utilizationBp > 10_000)
    errors.utilizationBp = `${L.utilizationBp} must be more than 0% and at most 100%`;
  if (Object.keys(errors).length > 0 || utilizationBp === null) return { figures: null, errors };
  return {
    figures: {
      gpuHourMicros,
      tokensPerSecond,
      utilizationBp,
      rateMicros: selfHostedRatePerMillion(gpuHourMicros, tokensPerSecond, utilizationBp),
    },
    errors: null,
  };
}

/** Save input for a self-hosted model: the server derives the same rate from the same figures. */
export function readSelfHostedForm(values: SelfHostedValues) {
  const L = SELF_HOSTED_LABELS;
  const read = readSelfHostedFigures(values);
  const errors: Errors<SelfHostedField> = {
    ...(read.errors ?? {}),
    provider: textProblem(L.provider, values.provider, 40) ?? undefined,
    model: textProblem(L.model, values.model, 120) ?? undefined,
    effectiveFrom: dateProblem(L.effectiveFrom, values.effectiveFrom) ?? undefined,
  };
  // without figures there are errors, so the input is never built from nothing
  const figures = read.figures;
  return result(errors, (): SetCompanyModelPriceInput => ({
    provider: values.provider.trim().toLowerCase(),
    model: values.model.trim(),
    effectiveFrom: values.effectiveFrom.trim(),
    selfHosted: figures && {
      gpuHourCost: amountText(figures.gpuHourMicros),
      tokensPerSecond: figures.tokensPerSecond,
      utilizationBp: figures.utilizationBp,
    },
  }));
}

export interface UtilizationPoint {
  utilization: string;
  /** USD per 1M tokens, a plain number for the chart only. */
  rate: number;
}

/** $/1M tokens at 10%, 20% … 100% utilization: the lower the utilization, the dearer a token. */
export function utilizationCurve(gpuHourMicros: bigint, tokensPerSecond: number): UtilizationPoint[] {
  const points: UtilizationPoint[] = [];
  for (let bp = 1_000; bp <= 10_000; bp += 1_000) {
    const micros = selfHostedRatePerMillion(gpuHourMicros, tokensPerSecond, bp);
    points.push({ utilization: `${bp / 100}%`, rate: Number(micros) / 1_000_000 });
  }
  return points;
}

export interface PatternValues {
  provider: string;
  pattern: string;
  model: string;
}

export const PATTERN_LABELS: Record<keyof PatternValues, string> = {
  provider: 'Provider',
  pattern: 'Pattern',
  model: 'Priced as',
};

export function readPatternForm(values: PatternValues) {
  const errors: Errors<keyof PatternValues> = {
    provider: textProblem(PATTERN_LABELS.provider, values.provider, 40) ?? undefined,
    pattern: textProblem(PATTERN_LABELS.pattern, values.pattern, 120) ?? undefined,
    model: textProblem(PATTERN_LABELS.model, values.model, 120) ?? undefined,
  };
  return result(errors, (): CreateModelPatternInput => ({
    provider: values.provider.trim().toLowerCase(),
    pattern: values.pattern.trim(),
    model: values.model.trim(),
  }));
}

export interface ExchangeRateValues {
  currency: string;
  effectiveFrom: string;
  rate: string;
}

export const EXCHANGE_RATE_LABELS: Record<keyof ExchangeRateValues, string> = {
  currency: 'Currency',
  effectiveFrom: 'Effective from',
  rate: 'Units per 1 USD',
};

export function readExchangeRateForm(values: ExchangeRateValues) {
  const L = EXCHANGE_RATE_LABELS;
  const currency = values.currency.trim().toUpperCase();
  const errors: Errors<keyof ExchangeRateValues> = {
    currency:
      currency === ''
        ? `${L.currency} is required`
        : /^[A-Z]{3}$/.test(currency)
          ? undefined
          : `${L.currency} must be a three-letter code like EUR`,
    effectiveFrom: dateProblem(L.effectiveFrom, values.effectiveFrom) ?? undefined,
    rate:
      amountProblem(L.rate, values.rate, true) ??
      (/^[0,.]+$/.test(values.rate.trim()) ? `${L.rate} must be more than 0` : undefined),
  };
  return result(errors, (): SetExchangeRateInput => ({
    currency,
    effectiveFrom: values.effectiveFrom.trim(),
    rate: values.rate.trim(),
  }));
}
