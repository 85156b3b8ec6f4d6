/**
 * Pricing: what a model call costs, in bigint micro-units of the price's currency.
 *
 * Rules (see libs/domain/README.md, "pricing.ts"):
 * - Rates are micro-units per 1M tokens, per token kind. `null` = the catalog has no price.
 * - A call's cost is exact: Σ tokens_k × rate_k, then ONE half-up rounding to the micro
 *   (divide by 1,000,000). Never a float in the arithmetic.
 * - A kind with tokens but no rate is counted at 0 and listed in `unpricedKinds`, so the caller
 *   flags the event; it is never silently $0.
 * - Prices are effective-dated: a change applies from its `effectiveFrom` date, past usage keeps
 *   the old price.
 *
 * Standard JS only (BigInt): runs in Node (CommonJS) and in browser bundles.
 */

import { compareDates, IsoDate, parseIsoDate } from './dates';
import { MICROS_PER_UNIT, roundHalfUp } from './money';

export type TokenKind = 'input' | 'output' | 'cacheRead' | 'cacheWrite5m' | 'cacheWrite1h';

/** All token kinds, in the order used for `unpricedKinds`. */
export const TOKEN_KINDS: readonly TokenKind[] = Object.freeze([
  'input',
  'output',
  'cacheRead',
  'cacheWrite5m',
  'cacheWrite1h',
]);

/** Micro-units of the price currency per 1M tokens, per kind; null = the catalog has no price for that kind. */
export type TokenRates = Record<TokenKind, bigint | null>;

/**
 * When the request's prompt tokens (input + cacheRead + cacheWrite5m + cacheWrite1h) exceed
 * `aboveInputTokens`, the WHOLE request (output included) uses the tier's rates, falling back to
 * the base rate for kinds the tier omits (missing or null).
 */
export interface PriceTier {
  aboveInputTokens: number;
  rates: Partial<TokenRates>;
}

export interface ModelPrice {
  provider: string;
  model: string;
  effectiveFrom: IsoDate;
  currency: string;
  rates: TokenRates;
  tiers: PriceTier[];
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWrite5mTokens?: number;
  cacheWrite1hTokens?: number;
}

/** `unpricedKinds`: kinds with tokens > 0 but no rate, counted at 0 and listed (in `TOKEN_KINDS` order). */
export interface UsageCost {
  costMicros: bigint;
  tier: PriceTier | null;
  unpricedKinds: TokenKind[];
}

/** An admin mapping: a model name matching `pattern` (glob, `*` = any run of characters) is priced as `model`. */
export interface ModelPattern {
  provider: string;
  pattern: string;
  model: string;
}

/** Largest accepted token count per kind and per event (an absurd count is a bad event, not a bill). */
export const MAX_TOKENS_PER_KIND = 100_000_000;

const TOKENS_PER_RATE_UNIT = 1_000_000n; // rates are per 1M tokens

const USAGE_FIELDS: readonly { field: keyof TokenUsage; kind: TokenKind; required: boolean }[] = [
  { field: 'inputTokens', kind: 'input', required: true },
  { field: 'outputTokens', kind: 'output', required: true },
  { field: 'cacheReadTokens', kind: 'cacheRead', required: false },
  { field: 'cacheWrite5mTokens', kind: 'cacheWrite5m', required: false },
  { field: 'cacheWrite1hTokens', kind: 'cacheWrite1h', required: false },
];

// ---------------------------------------------------------------------------
// Usage validation
// ---------------------------------------------------------------------------

function tokenCountProblem(value: unknown, required: boolean): string | null {
  if (value === undefined || value === null) return required ? 'is required' : null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
  if (!Number.isInteger(value)) return 'must be a whole number of tokens';
  if (value < 0) return 'must not be negative';
  if (value > MAX_TOKENS_PER_KIND) return `must not be above ${MAX_TOKENS_PER_KIND.toLocaleString('en-US')}`;
  return null;
}

/**
 * Problems of a usage record, for the api and the ingest pipeline: each count must be a whole
 * number from 0 to 100,000,000. The three cache counts are optional (missing = 0).
 */
export function usageProblems(usage: TokenUsage): { field: string; message: string }[] {
  if (typeof usage !== 'object' || usage === null) {
    return [{ field: 'usage', message: 'must be an object with token counts' }];
  }
  const problems: { field: string; message: string }[] = [];
  for (const { field, required } of USAGE_FIELDS) {
    const message = tokenCountProblem(usage[field], required);
    if (message) problems.push({ field, message });
  }
  return problems;
}

function assertUsage(usage: TokenUsage): void {
  const problems = usageProblems(usage);
  if (problems.length > 0) {
    throw new RangeError(
      `Invalid token usage: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`,
    );
  }
}

function tokensOf(usage: TokenUsage): Record<TokenKind, bigint> {
  return {
    input: BigInt(usage.inputTokens),
    output: BigInt(usage.outputTokens),
    cacheRead: BigInt(usage.cacheReadTokens ?? 0),
    cacheWrite5m: BigInt(usage.cacheWrite5mTokens ?? 0),
    cacheWrite1h: BigInt(usage.cacheWrite1hTokens ?? 0),
  };
}

function assertRate(rate: unknown, where: string): void {
  if (rate === null || rate === undefined) return;
  if (typeof rate !== 'bigint' || rate < 0n) {
    throw new RangeError(
      `Invalid rate at ${where}: expected null or a non-negative bigint (micros per 1M tokens)`,
    );
  }
}

function assertPrice(price: ModelPrice): void {
  if (
    typeof price !== 'object' ||
    price === null ||
    typeof price.rates !== 'object' ||
    price.rates === null
  ) {
    throw new RangeError('Invalid price: expected a ModelPrice with rates');
  }
  for (const kind of TOKEN_KINDS) assertRate(price.rates[kind], `${price.model}.rates.${kind}`);
  (price.tiers ?? []).forEach((tier, index) => {
    if (!Number.isSafeInteger(tier.aboveInputTokens) || tier.aboveInputTokens < 0) {
      throw new RangeError(
        `Invalid tier ${index} of ${price.model}: aboveInputTokens must be a whole number >= 0`,
      );
    }
    for (const kind of TOKEN_KINDS) assertRate(tier.rates?.[kind], `${price.model}.tiers[${index}].${kind}`);
  });
}

// ---------------------------------------------------------------------------
// Cost of an event
// ---------------------------------------------------------------------------

/** The tier with the highest threshold that `promptTokens` exceeds (ties: the first listed), or null. */
function tierFor(price: ModelPrice, promptTokens: number): PriceTier | null {
  let chosen: PriceTier | null = null;
  for (const tier of price.tiers ?? []) {
    if (
      promptTokens > tier.aboveInputTokens &&
      (chosen === null || tier.aboveInputTokens > chosen.aboveInputTokens)
    ) {
      chosen = tier;
    }
  }
  return chosen;
}

function rateFor(price: ModelPrice, tier: PriceTier | null, kind: TokenKind): bigint | null {
  return tier?.rates[kind] ?? price.rates[kind];
}

/**
 * Exact cost of one event: Σ tokens_k × rate_k over all kinds, then one half-up rounding to the
 * micro. The tier is chosen by prompt tokens (input + cache reads + cache writes) and applies to
 * the whole request. Throws a RangeError for invalid usage (see `usageProblems`).
 */
export function usageCost(price: ModelPrice, usage: TokenUsage): UsageCost {
  assertPrice(price);
  assertUsage(usage);
  const tokens = tokensOf(usage);
  const prompt = tokens.input + tokens.cacheRead + tokens.cacheWrite5m + tokens.cacheWrite1h;
  const tier = tierFor(price, Number(prompt));
  let exact = 0n; // micros × 1M tokens
  const unpricedKinds: TokenKind[] = [];
  for (const kind of TOKEN_KINDS) {
    if (tokens[kind] === 0n) continue;
    const rate = rateFor(price, tier, kind);
    if (rate === null) unpricedKinds.push(kind);
    else exact += tokens[kind] * rate;
  }
  return { costMicros: roundHalfUp(exact, TOKENS_PER_RATE_UNIT), tier, unpricedKinds };
}

/**
 * Amount to hold before a call: the tier chosen by the input estimate, the estimate at the input
 * rate and the output cap at the output rate, one half-up rounding. Throws a RangeError for an
 * invalid count, and an Error when a needed rate (input or output with tokens > 0) is missing:
 * use `fallbackPrice` for such a model instead of holding $0.
 */
export function worstCaseCost(
  price: ModelPrice,
  estimatedInputTokens: number,
  maxOutputTokens: number,
): bigint {
  assertPrice(price);
  const problems = [
    ['estimatedInputTokens', tokenCountProblem(estimatedInputTokens, true)],
    ['maxOutputTokens', tokenCountProblem(maxOutputTokens, true)],
  ].filter(([, message]) => message !== null);
  if (problems.length > 0) {
    throw new RangeError(`Invalid hold estimate: ${problems.map((p) => p.join(' ')).join('; ')}`);
  }
  const tier = tierFor(price, estimatedInputTokens);
  let exact = 0n;
  for (const [kind, count] of [
    ['input', estimatedInputTokens],
    ['output', maxOutputTokens],
  ] as const) {
    if (count === 0) continue;
    const rate = rateFor(price, tier, kind);
    if (rate === null) {
      throw new Error(
        `Cannot compute a hold for ${price.provider}/${price.model}: it has no ${kind} rate (use fallbackPrice)`,
      );
    }
    exact += BigInt(count) * rate;
  }
  return roundHalfUp(exact, TOKENS_PER_RATE_UNIT);
}

// ---------------------------------------------------------------------------
// Which price applies
// ---------------------------------------------------------------------------

function sameName(a: string, b: string): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}

/**
 * Case-insensitive glob match of the whole `text`: `*` matches any run of characters (also
 * none); every other character is literal. Linear-backtracking, so no pathological patterns.
 */
export function matchesModelPattern(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let starText = 0;
  while (ti < t.length) {
    if (pi < p.length && p[pi] !== '*' && p[pi] === t[ti]) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      starText = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++starText;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** Latest price with effectiveFrom <= at for this provider + model (case-insensitive); ties: first listed. */
function exactInForce(
  prices: readonly ModelPrice[],
  provider: string,
  model: string,
  at: IsoDate,
): ModelPrice | undefined {
  let best: ModelPrice | undefined;
  for (const price of prices) {
    if (!sameName(price.provider, provider) || !sameName(price.model, model)) continue;
    if (compareDates(price.effectiveFrom, at) > 0) continue;
    if (best === undefined || compareDates(price.effectiveFrom, best.effectiveFrom) > 0) best = price;
  }
  return best;
}

/**
 * The price in force: exact provider + model (case-insensitive) with the latest effectiveFrom <= at;
 * else the first admin pattern (same provider) that matches, mapped to its target model's price in
 * force (patterns are not chained; if that target has no price in force, the result is undefined).
 * Throws a RangeError for an invalid date.
 */
export function priceInForce(
  prices: readonly ModelPrice[],
  provider: string,
  model: string,
  at: IsoDate,
  patterns?: readonly ModelPattern[],
): ModelPrice | undefined {
  parseIsoDate(at);
  const exact = exactInForce(prices, provider, model, at);
  if (exact) return exact;
  const mapping = (patterns ?? []).find(
    (candidate) => sameName(candidate.provider, provider) && matchesModelPattern(candidate.pattern, model),
  );
  return mapping ? exactInForce(prices, provider, mapping.model, at) : undefined;
}

/** Rate order where a missing rate sorts below every real one. */
function compareRates(a: bigint | null, b: bigint | null): number {
  const x = a ?? -1n;
  const y = b ?? -1n;
  return x === y ? 0 : x > y ? 1 : -1;
}

/**
 * Fallback for authorizing an unpriced model: the most expensive priced model of that provider
 * (case-insensitive) in force at `at`, by output rate, then input rate (base rates; ties: first
 * listed). A price with neither an input nor an output rate is not "priced" and is skipped.
 */
export function fallbackPrice(
  prices: readonly ModelPrice[],
  provider: string,
  at: IsoDate,
): ModelPrice | undefined {
  parseIsoDate(at);
  const seen = new Set<string>();
  let best: ModelPrice | undefined;
  for (const price of prices) {
    if (!sameName(price.provider, provider)) continue;
    const key = price.model.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const current = exactInForce(prices, provider, price.model, at);
    if (!current || (current.rates.output === null && current.rates.input === null)) continue;
    if (
      best === undefined ||
      compareRates(current.rates.output, best.rates.output) > 0 ||
      (compareRates(current.rates.output, best.rates.output) === 0 &&
        compareRates(current.rates.input, best.rates.input) > 0)
    ) {
      best = current;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Rates from other sources
// ---------------------------------------------------------------------------

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Splits a non-negative decimal (plain or exponent form) into an integer of `scale` implied
 * decimals, or returns null when it needs more than `scale` decimals.
 */
function scaledDecimal(text: string, scale: number): bigint | null | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? '0');
  let digits = (match[1] + fraction).replace(/^0+(?=\d)/, '');
  let decimals = fraction.length - exponent; // value = digits × 10^-decimals
  while (decimals > scale && digits.endsWith('0') && digits.length > 1) {
    digits = digits.slice(0, -1);
    decimals--;
  }
  if (/^0+$/.test(digits)) return 0n;
  if (decimals > scale) return null;
  if (scale - decimals > 30) return undefined; // absurdly large; the caller reports it as invalid
  return BigInt(digits) * 10n ** BigInt(scale - decimals);
}

/**
 * Parses a dollars-per-1M decimal like 3, 0.25, 22.5 or '22.50' into micro-units per 1M tokens,
 * exactly from its decimal text (a number is read through its shortest round-trip text, so 0.1
 * is "0.1"). Throws a RangeError for negative, non-finite or non-decimal input and for more than
 * 6 decimals (not representable in micros).
 */
export function ratePerMillionFromDecimal(value: number | string): bigint {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError(`Invalid rate ${String(value)}: expected a finite number`);
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    throw new RangeError(
      `Invalid rate (${typeof value}): expected a decimal number or string like "3" or "0.25"`,
    );
  }
  if (text.startsWith('-')) {
    throw new RangeError(`Invalid rate ${JSON.stringify(text)}: a price per 1M tokens cannot be negative`);
  }
  const micros = scaledDecimal(text.startsWith('+') ? text.slice(1) : text, 6);
  if (micros === undefined) {
    throw new RangeError(
      `Invalid rate ${JSON.stringify(text)}: expected a decimal like "3", "0.25" or "22.5"`,
    );
  }
  if (micros === null) {
    throw new RangeError(
      `Invalid rate ${JSON.stringify(text)}: more than 6 decimals cannot be stored in micros`,
    );
  }
  return micros;
}

const MAX_TOKENS_PER_SECOND = 1_000_000_000;

/**
 * Self-hosted price per 1M tokens, in micros:
 * GPU $/hour ÷ (tokens/s × 3600 × utilization) × 1e6, computed exactly and rounded half-up once.
 * `tokensPerSecond`: > 0 with at most 3 decimals; `utilizationBp`: whole basis points 1..10000
 * (10000 = 100%). At 20% utilization a token costs 5× what it costs at 100%.
 * Throws a RangeError with the reason for 0, negative or out-of-range input.
 */
export function selfHostedRatePerMillion(
  gpuHourMicros: bigint,
  tokensPerSecond: number,
  utilizationBp: number,
): bigint {
  if (typeof gpuHourMicros !== 'bigint' || gpuHourMicros <= 0n) {
    throw new RangeError(
      `Invalid GPU cost per hour ${String(gpuHourMicros)}: expected micros as a bigint greater than 0`,
    );
  }
  if (
    typeof tokensPerSecond !== 'number' ||
    !Number.isFinite(tokensPerSecond) ||
    tokensPerSecond <= 0 ||
    tokensPerSecond > MAX_TOKENS_PER_SECOND
  ) {
    throw new RangeError(
      `Invalid throughput ${String(tokensPerSecond)} tokens/s: expected a number greater than 0 and at most ${MAX_TOKENS_PER_SECOND.toLocaleString('en-US')}`,
    );
  }
  const milliTokensPerSecond = scaledDecimal(String(tokensPerSecond), 3);
  if (milliTokensPerSecond === null || milliTokensPerSecond === undefined || milliTokensPerSecond === 0n) {
    throw new RangeError(
      `Invalid throughput ${String(tokensPerSecond)} tokens/s: at most 3 decimals are allowed`,
    );
  }
  if (!Number.isInteger(utilizationBp) || utilizationBp < 1 || utilizationBp > 10_000) {
    throw new RangeError(
      `Invalid utilization ${String(utilizationBp)} bp: expected whole basis points from 1 to 10000 (10000 = 100%)`,
    );
  }
  // micros/hour × 1e6 tokens ÷ (milli-tokens/s ÷ 1000 × 3600 s/h × bp ÷ 10000)
  const numerator = gpuHourMicros * TOKENS_PER_RATE_UNIT * 1_000n * 10_000n;
  const denominator = milliTokensPerSecond * 3_600n * BigInt(utilizationBp);
  return roundHalfUp(numerator, denominator);
}

/**
 * Converts micro-units of one currency to another at `rateMicrosPerUnit` micro-units of the
 * target per 1 unit of the source (920000 = 0.92 EUR per USD), rounded half-up (away from zero
 * for negative amounts). Throws a RangeError for a rate that is not a bigint > 0.
 */
export function convertMicros(micros: bigint, rateMicrosPerUnit: bigint): bigint {
  if (typeof micros !== 'bigint')
    throw new RangeError(`Invalid amount (${typeof micros}): expected bigint micros`);
  if (typeof rateMicrosPerUnit !== 'bigint' || rateMicrosPerUnit <= 0n) {
    throw new RangeError(
      `Invalid exchange rate ${String(rateMicrosPerUnit)}: expected micros of the target per 1 unit of the source, greater than 0`,
    );
  }
  return roundHalfUp(micros * rateMicrosPerUnit, MICROS_PER_UNIT);
}

// ---------------------------------------------------------------------------
// What usage is charged
// ---------------------------------------------------------------------------

export interface UsageCharge {
  /** In `currency` (the price's), rounded per event. */
  costMicros: bigint;
  currency: string;
  /** True when the model's own price did not cover every token kind used (charged at the fallback instead). */
  unpriced: boolean;
  /** The price that set the charge. */
  chargedAt: 'PRICE' | 'FALLBACK';
}

/**
 * What an event is charged: its model's price when that price covers every kind of token used; otherwise
 * (no price, or a rate missing for a kind used) the provider's fallback price (`fallbackPrice`, the same
 * price its hold was taken at) for the whole event, never less than what its own price covers, flagged
 * unpriced until a price arrives and trues it up. Undefined when neither price exists: nothing can be
 * charged. Usage that can be charged is never charged $0 for want of a price (a way round a hard budget).
 */
export function usageCharge(
  price: ModelPrice | undefined,
  fallback: ModelPrice | undefined,
  usage: TokenUsage,
): UsageCharge | undefined {
  const own = price ? usageCost(price, usage) : undefined;
  if (price && own && own.unpricedKinds.length === 0)
    return { costMicros: own.costMicros, currency: price.currency, unpriced: false, chargedAt: 'PRICE' };
  if (fallback) {
    const atFallback = usageCost(fallback, usage).costMicros;
    if (!price || !own || price.currency !== fallback.currency || atFallback >= own.costMicros)
      return { costMicros: atFallback, currency: fallback.currency, unpriced: true, chargedAt: 'FALLBACK' };
  }
  if (price && own)
    return { costMicros: own.costMicros, currency: price.currency, unpriced: true, chargedAt: 'PRICE' };
  return undefined;
}
