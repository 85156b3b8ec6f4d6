/**
 * Money: an exact amount of one currency, stored as `bigint` micro-units
 * (1 micro = 0.000001 of the currency's major unit).
 *
 * Rules (see libs/domain/README.md):
 * - Arithmetic never goes through a JS `number`.
 * - Rounding is "round half away from zero" (called half-up here): 0.5 -> 1 and -0.5 -> -1.
 * - Allocation uses the largest-remainder method; parts always add up exactly to the total
 *   and ties are broken by lower index first.
 *
 * Standard JS only (BigInt, Intl): runs in Node (CommonJS) and in browser bundles.
 */

export const MICROS_PER_UNIT = 1_000_000n;

/** Number of decimal digits carried by micro-units. */
const MICRO_DIGITS = 6;

export type MoneyErrorCode =
  'INVALID_AMOUNT' | 'CURRENCY_MISMATCH' | 'INVALID_CURRENCY' | 'INVALID_ALLOCATION';

export class MoneyError extends Error {
  readonly code: MoneyErrorCode;

  constructor(code: MoneyErrorCode, message: string) {
    super(message);
    this.name = 'MoneyError';
    this.code = code;
    // Keeps `instanceof MoneyError` working if this file is down-levelled to ES5 by a bundler.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

// ---------------------------------------------------------------------------
// Currencies
// ---------------------------------------------------------------------------

const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * ISO 4217 minor-unit digits for currencies that do not use the default of 2.
 * Source: ISO 4217 list one (currencies whose minor unit is "N.A." such as XAU/XDR use 2).
 */
const NON_DEFAULT_DECIMALS: Readonly<Record<string, number>> = Object.freeze({
  // 0 decimals
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  // 3 decimals
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  // 4 decimals
  CLF: 4,
  UYW: 4,
});

/** True when `code` has the ISO 4217 shape: exactly three uppercase ASCII letters. */
export function isCurrencyCode(code: string): boolean {
  return typeof code === 'string' && CURRENCY_CODE.test(code);
}

function assertCurrency(code: string): void {
  if (!isCurrencyCode(code)) {
    throw new MoneyError(
      'INVALID_CURRENCY',
      `Invalid currency code ${describe(code)}: expected three uppercase letters (ISO 4217), e.g. "USD"`,
    );
  }
}

/**
 * Minor-unit digits of a currency: 2 by default, 0 for JPY/KRW/VND/CLP/ISK/UGX/..., 3 for
 * BHD/KWD/OMR/JOD/TND/IQD/LYD, 4 for CLF/UYW. Throws INVALID_CURRENCY for a malformed code.
 */
export function currencyDecimals(code: string): number {
  assertCurrency(code);
  return Object.prototype.hasOwnProperty.call(NON_DEFAULT_DECIMALS, code) ? NON_DEFAULT_DECIMALS[code] : 2;
}

// ---------------------------------------------------------------------------
// Exact integer helpers
// ---------------------------------------------------------------------------

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function assertBigInt(value: unknown, what: string): asserts value is bigint {
  if (typeof value !== 'bigint') {
    throw new MoneyError('INVALID_AMOUNT', `${what} must be a bigint, got ${typeof value}`);
  }
}

/**
 * `numerator / denominator` rounded to the nearest integer, with exact halves rounded away
 * from zero (2.5 -> 3, -2.5 -> -3). Exact for any size. Throws INVALID_AMOUNT when
 * `denominator` is zero.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  assertBigInt(numerator, 'numerator');
  assertBigInt(denominator, 'denominator');
  if (denominator === 0n) {
    throw new MoneyError('INVALID_AMOUNT', 'Cannot divide by zero (denominator is 0)');
  }
  const negative = numerator < 0n !== denominator < 0n;
  const n = abs(numerator);
  const d = abs(denominator);
  let quotient = n / d;
  if ((n % d) * 2n >= d) quotient += 1n;
  return negative ? -quotient : quotient;
}

/**
 * Splits `total` into `weights.length` integer parts proportional to `weights` using the
 * largest-remainder (Hamilton) method:
 * every part is the floor of its exact share, then the leftover units go, one each, to the
 * parts with the largest remainders (ties: lower index first).
 *
 * Guarantees: the parts sum exactly to `total`; each part is the floor or the ceiling of its
 * exact share `total * w / sum(w)`; a zero weight gets 0. A negative total is allocated as
 * its absolute value and every part negated.
 *
 * Throws INVALID_ALLOCATION when `weights` is empty, contains a negative or non-bigint
 * weight, or sums to zero.
 */
export function allocateLargestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  assertBigInt(total, 'total');
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new MoneyError('INVALID_ALLOCATION', 'Cannot allocate over an empty list of weights');
  }
  let weightSum = 0n;
  weights.forEach((weight, index) => {
    if (typeof weight !== 'bigint') {
      throw new MoneyError(
        'INVALID_ALLOCATION',
        `Weight at index ${index} must be a bigint, got ${typeof weight}`,
      );
    }
    if (weight < 0n) {
      throw new MoneyError('INVALID_ALLOCATION', `Weight at index ${index} is negative (${weight})`);
    }
    weightSum += weight;
  });
  if (weightSum === 0n) {
    throw new MoneyError('INVALID_ALLOCATION', 'At least one weight must be greater than zero');
  }

  const amount = abs(total);
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let allocated = 0n;
  for (const weight of weights) {
    const scaled = amount * weight;
    const part = scaled / weightSum;
    parts.push(part);
    remainders.push(scaled % weightSum);
    allocated += part;
  }

  // leftover < number of parts with a non-zero remainder, so only those ever get +1.
  let leftover = amount - allocated;
  if (leftover > 0n) {
    const order = weights.map((_weight, index) => index);
    order.sort((a, b) => {
      if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
      return a - b;
    });
    for (const index of order) {
      if (leftover === 0n) break;
      parts[index] += 1n;
      leftover -= 1n;
    }
  }

  return total < 0n ? parts.map((part) => -part) : parts;
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

function describe(value: unknown): string {
  if (typeof value !== 'string') return `(${typeof value})`;
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function invalidAmount(text: string, reason: string): MoneyError {
  return new MoneyError('INVALID_AMOUNT', `Invalid amount ${describe(text)}: ${reason}`);
}

/** Converts unsigned integer and fraction digit strings into micros, rounding half-up. */
function digitsToMicros(negative: boolean, integerDigits: string, fractionDigits: string): bigint {
  let magnitude: bigint;
  if (fractionDigits.length <= MICRO_DIGITS) {
    magnitude = BigInt((integerDigits || '0') + fractionDigits.padEnd(MICRO_DIGITS, '0'));
  } else {
    const scale = 10n ** BigInt(fractionDigits.length - MICRO_DIGITS);
    magnitude = roundHalfUp(BigInt((integerDigits || '0') + fractionDigits), scale);
  }
  return negative ? -magnitude : magnitude;
}

const GROUPED_INTEGER = /^\d{1,3}(,\d{3})+$/;
const EXPONENT_FORM = /^[\d.,]*\d[\d.,]*[eE][+-]?\d*$/;
const NOT_A_NUMBER = /^nan$/i;
const INFINITE = /^(inf|infinity|∞)$/i;

/** Lenient human-input parser; see `Money.parse`. Returns micros. */
function parseHumanAmount(text: string): bigint {
  if (typeof text !== 'string') {
    throw new MoneyError('INVALID_AMOUNT', `Invalid amount ${describe(text)}: expected a string`);
  }
  const trimmed = text.trim();
  if (trimmed === '') throw invalidAmount(text, 'the amount is empty');

  let body = trimmed;
  let negative = false;
  if (body[0] === '-' || body[0] === '+') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  if (body === '') throw invalidAmount(text, 'a sign must be followed by digits');
  if (NOT_A_NUMBER.test(body)) throw invalidAmount(text, 'NaN is not an amount');
  if (INFINITE.test(body)) throw invalidAmount(text, 'infinite amounts are not allowed');
  if (EXPONENT_FORM.test(body)) {
    throw invalidAmount(text, 'exponent notation (like "1e5") is not supported; write the digits out');
  }
  const offset = trimmed.length - body.length;
  const unexpected = /[^0-9.,]/.exec(body);
  if (unexpected) {
    const char = unexpected[0];
    const position = offset + unexpected.index;
    const hint = /\s/.test(char) ? ' (spaces are only allowed around the amount)' : '';
    throw invalidAmount(text, `unexpected character ${JSON.stringify(char)} at position ${position}${hint}`);
  }

  const pieces = body.split('.');
  if (pieces.length > 2) throw invalidAmount(text, 'more than one decimal point');
  const integerPart = pieces[0];
  const fractionPart = pieces.length === 2 ? pieces[1] : undefined;

  if (fractionPart !== undefined) {
    if (fractionPart.includes(',')) {
      throw invalidAmount(text, 'thousands separator "," is not allowed after the decimal point');
    }
    if (fractionPart === '') {
      throw invalidAmount(
        text,
        integerPart === '' ? 'no digits' : 'the decimal point must be followed by at least one digit',
      );
    }
  }
  if (integerPart.includes(',') && !GROUPED_INTEGER.test(integerPart)) {
    throw invalidAmount(
      text,
      'misplaced thousands separator "," (groups of exactly three digits are required, e.g. "1,234,567.89")',
    );
  }

  return digitsToMicros(negative, integerPart.replace(/,/g, ''), fractionPart ?? '');
}

const STRICT_DECIMAL = /^(-?)(\d+)(?:\.(\d{1,6}))?$/;
const STRICT_INTEGER = /^-?\d+$/;

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

export interface MoneyFormatOptions {
  /** BCP 47 locale. Defaults to 'en-US' so output does not depend on the runtime. */
  locale?: string;
  /** 'currency' (default): rounded half-up to the currency's decimals; 'micros': all 6 decimals. */
  precision?: 'currency' | 'micros';
}

/** A piece of a learned pattern: literal text (symbol, sign, spaces...) or the number slot. */
type PatternToken = { kind: 'text'; text: string } | { kind: 'number' };

interface NumberPattern {
  positive: PatternToken[];
  negative: PatternToken[];
  /** Locale digits for 0..9. */
  digits: string[];
  groupSeparator: string;
  decimalSeparator: string;
  /** 0 when the locale does not group. */
  primaryGroup: number;
  secondaryGroup: number;
  /** Minimum digits to the left of the first separator for grouping to kick in (ICU minimumGroupingDigits). */
  minimumGrouping: number;
}

const NUMBER_PART_TYPES = new Set(['integer', 'group', 'decimal', 'fraction']);
/** Contains every digit once and enough of them to show the secondary grouping size. */
const SAMPLE = 1234567890;
const patternCache = new Map<string, NumberPattern>();
const PATTERN_CACHE_LIMIT = 200;

function toTokens(parts: Intl.NumberFormatPart[]): PatternToken[] {
  const tokens: PatternToken[] = [];
  for (const part of parts) {
    if (NUMBER_PART_TYPES.has(part.type)) {
      if (tokens.length === 0 || tokens[tokens.length - 1].kind !== 'number') tokens.push({ kind: 'number' });
    } else {
      tokens.push({ kind: 'text', text: part.value });
    }
  }
  return tokens;
}

/**
 * Learns how `locale` writes `currency` with `fractionDigits` decimals by formatting small,
 * exactly representable sample numbers. No amount ever goes through Intl.
 */
function numberPattern(locale: string, currency: string, fractionDigits: number): NumberPattern {
  const key = `${locale}|${currency}|${fractionDigits}`;
  const cached = patternCache.get(key);
  if (cached) return cached;

  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  const positiveParts = formatter.formatToParts(SAMPLE);
  const integerChunks = positiveParts.filter((part) => part.type === 'integer').map((part) => part.value);
  const digitChars = Array.from(integerChunks.join(''));
  // SAMPLE is "1234567890": digit d sits at index d - 1, and 0 at the end.
  const digits =
    digitChars.length === 10
      ? Array.from({ length: 10 }, (_unused, d) => digitChars[(d + 9) % 10])
      : ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

  const chunkLength = (chunk: string) => Array.from(chunk).length;
  const primaryGroup = integerChunks.length > 1 ? chunkLength(integerChunks[integerChunks.length - 1]) : 0;
  const secondaryGroup =
    integerChunks.length > 2 ? chunkLength(integerChunks[integerChunks.length - 2]) : primaryGroup;

  let minimumGrouping = 1;
  if (primaryGroup > 0) {
    minimumGrouping = 10 - primaryGroup; // SAMPLE is grouped, so this is an upper bound
    for (let k = 1; k < 10 - primaryGroup; k++) {
      const parts = formatter.formatToParts(10 ** (primaryGroup + k - 1));
      if (parts.some((part) => part.type === 'group')) {
        minimumGrouping = k;
        break;
      }
    }
  }

  const pattern: NumberPattern = {
    positive: toTokens(positiveParts),
    negative: toTokens(formatter.formatToParts(-SAMPLE)),
    digits,
    groupSeparator: positiveParts.find((part) => part.type === 'group')?.value ?? '',
    decimalSeparator: positiveParts.find((part) => part.type === 'decimal')?.value ?? '.',
    primaryGroup,
    secondaryGroup,
    minimumGrouping,
  };
  if (patternCache.size >= PATTERN_CACHE_LIMIT) patternCache.clear();
  patternCache.set(key, pattern);
  return pattern;
}

function groupDigits(integerDigits: string, pattern: NumberPattern): string {
  const { primaryGroup, secondaryGroup, minimumGrouping, groupSeparator } = pattern;
  if (primaryGroup === 0 || integerDigits.length < primaryGroup + minimumGrouping) return integerDigits;
  const groups = [integerDigits.slice(-primaryGroup)];
  let rest = integerDigits.slice(0, -primaryGroup);
  while (rest.length > secondaryGroup) {
    groups.unshift(rest.slice(-secondaryGroup));
    rest = rest.slice(0, -secondaryGroup);
  }
  if (rest !== '') groups.unshift(rest);
  return groups.join(groupSeparator);
}

/** Splits a non-negative scaled integer into integer and fraction digit strings. */
function splitScaled(magnitude: bigint, fractionDigits: number): [string, string] {
  const text = magnitude.toString().padStart(fractionDigits + 1, '0');
  if (fractionDigits === 0) return [text, ''];
  return [text.slice(0, -fractionDigits), text.slice(-fractionDigits)];
}

// ---------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------

export interface MoneyJSON {
  micros: string;
  currency: string;
}

/** Immutable exact amount of one currency. */
export class Money {
  readonly micros: bigint;
  readonly currency: string;

  private constructor(micros: bigint, currency: string) {
    this.micros = micros;
    this.currency = currency;
    Object.freeze(this);
  }

  /** Money from micro-units (1_000_000n = 1 unit). */
  static of(micros: bigint, currency: string): Money {
    assertBigInt(micros, 'micros');
    assertCurrency(currency);
    return new Money(micros, currency);
  }

  static zero(currency: string): Money {
    return Money.of(0n, currency);
  }

  /**
   * Lenient parser for human input. Accepts surrounding whitespace, an optional leading
   * "-" or "+", comma thousands separators in groups of three ("1,234,567.89"), a leading
   * decimal point (".5"), and any number of decimals: beyond 6 it rounds half away from
   * zero to the micro. Rejects (INVALID_AMOUNT, with the reason in the message) empty input,
   * letters and other characters, several decimal points, exponent notation, NaN,
   * Infinity, misplaced commas, and a trailing decimal point.
   */
  static parse(text: string, currency: string): Money {
    assertCurrency(currency);
    return new Money(parseHumanAmount(text), currency);
  }

  /**
   * Strict machine form, the output of `toDecimalString()`: `-?\d+(\.\d{1,6})?`.
   * No whitespace, plus sign, commas or more than 6 decimals.
   */
  static fromDecimalString(text: string, currency: string): Money {
    assertCurrency(currency);
    const match = typeof text === 'string' ? STRICT_DECIMAL.exec(text) : null;
    if (!match) {
      throw new MoneyError(
        'INVALID_AMOUNT',
        `Invalid decimal string ${describe(text)}: expected digits with an optional "-" and up to 6 decimals, e.g. "-1234.5"`,
      );
    }
    return new Money(digitsToMicros(match[1] === '-', match[2], match[3] ?? ''), currency);
  }

  /** Inverse of `toJSON()`. */
  static fromJSON(json: MoneyJSON): Money {
    const micros = json?.micros;
    if (typeof micros !== 'string' || !STRICT_INTEGER.test(micros)) {
      throw new MoneyError(
        'INVALID_AMOUNT',
        `Invalid micros ${describe(micros)}: expected an integer string`,
      );
    }
    return Money.of(BigInt(micros), json.currency);
  }

  /** Exact sum of `items`, all in `currency`; an empty list gives zero. */
  static sum(items: readonly Money[], currency: string): Money {
    assertCurrency(currency);
    let total = 0n;
    for (const item of items) {
      if (item.currency !== currency) {
        throw new MoneyError('CURRENCY_MISMATCH', `Cannot sum ${item.currency} into a ${currency} total`);
      }
      total += item.micros;
    }
    return new Money(total, currency);
  }

  private sameCurrency(other: Money, operation: string): void {
    if (other.currency !== this.currency) {
      throw new MoneyError('CURRENCY_MISMATCH', `Cannot ${operation} ${this.currency} and ${other.currency}`);
    }
  }

  plus(other: Money): Money {
    this.sameCurrency(other, 'add');
    return new Money(this.micros + other.micros, this.currency);
  }

  minus(other: Money): Money {
    this.sameCurrency(other, 'subtract');
    return new Money(this.micros - other.micros, this.currency);
  }

  negate(): Money {
    return new Money(-this.micros, this.currency);
  }

  times(factor: bigint): Money {
    assertBigInt(factor, 'factor');
    return new Money(this.micros * factor, this.currency);
  }

  /** `micros * numerator / denominator`, rounded half away from zero to the micro. */
  mulRatio(numerator: bigint, denominator: bigint): Money {
    assertBigInt(numerator, 'numerator');
    return new Money(roundHalfUp(this.micros * numerator, denominator), this.currency);
  }

  /** Splits this amount by `weights` (largest remainder, see `allocateLargestRemainder`). */
  allocate(weights: readonly bigint[]): Money[] {
    return allocateLargestRemainder(this.micros, weights).map((micros) => new Money(micros, this.currency));
  }

  /** Throws CURRENCY_MISMATCH when currencies differ. */
  compare(other: Money): -1 | 0 | 1 {
    this.sameCurrency(other, 'compare');
    if (this.micros === other.micros) return 0;
    return this.micros < other.micros ? -1 : 1;
  }

  /** Same amount and same currency (different currencies are simply not equal). */
  equals(other: Money): boolean {
    return other instanceof Money && this.currency === other.currency && this.micros === other.micros;
  }

  isZero(): boolean {
    return this.micros === 0n;
  }

  isNegative(): boolean {
    return this.micros < 0n;
  }

  isPositive(): boolean {
    return this.micros > 0n;
  }

  /** Exact, always 6 decimals, "." separator, no grouping: "1234.560000", "-0.000001". */
  toDecimalString(): string {
    const [integerDigits, fractionDigits] = splitScaled(abs(this.micros), MICRO_DIGITS);
    return `${this.micros < 0n ? '-' : ''}${integerDigits}.${fractionDigits}`;
  }

  /** Amount in the currency's minor units (cents for USD, yen for JPY), rounded half away from zero. */
  toMinorUnits(): bigint {
    const decimals = currencyDecimals(this.currency);
    if (decimals >= MICRO_DIGITS) return this.micros * 10n ** BigInt(decimals - MICRO_DIGITS);
    return roundHalfUp(this.micros, 10n ** BigInt(MICRO_DIGITS - decimals));
  }

  /**
   * Exact localized text, e.g. "$1,234,567,890,123.46" or "-1.234,50 $" (de-DE).
   * Intl.NumberFormat is only used to learn the locale's symbol, separators, digits and
   * sign placement from a small sample; the digits themselves come from bigint math.
   * A value that rounds to zero is shown without a minus sign.
   */
  format(options: MoneyFormatOptions = {}): string {
    const locale = options.locale ?? 'en-US';
    const precision = options.precision ?? 'currency';
    const fractionDigits = precision === 'micros' ? MICRO_DIGITS : currencyDecimals(this.currency);
    const scaled = precision === 'micros' ? this.micros : this.toMinorUnits();
    const pattern = numberPattern(locale, this.currency, fractionDigits);

    const [integerDigits, fraction] = splitScaled(abs(scaled), fractionDigits);
    const localDigits = (ascii: string) => ascii.replace(/\d/g, (d) => pattern.digits[Number(d)]);
    let number = localDigits(groupDigits(integerDigits, pattern));
    if (fractionDigits > 0) number += pattern.decimalSeparator + localDigits(fraction);

    const tokens = scaled < 0n ? pattern.negative : pattern.positive;
    return tokens.map((token) => (token.kind === 'number' ? number : token.text)).join('');
  }

  toJSON(): MoneyJSON {
    return { micros: this.micros.toString(), currency: this.currency };
  }

  /** e.g. "12.500000 USD". */
  toString(): string {
    return `${this.toDecimalString()} ${this.currency}`;
  }
}
