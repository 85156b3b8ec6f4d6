import { currencyDecimals, Money, MoneyError } from '@tokenroll/domain';

/** "$120,000.00" from the API's micro-units string; a dash when the figure is hidden or missing. */
export function formatMicros(micros: string | null | undefined, currency: string): string {
  if (micros === null || micros === undefined || micros === '') return '—';
  return Money.of(BigInt(micros), currency).format();
}

/** Micro-units as a bigint for sorting; null when hidden or missing. */
export function microsOf(micros: string | null | undefined): bigint | null {
  return micros === null || micros === undefined || micros === '' ? null : BigInt(micros);
}

/**
 * An amount for a spreadsheet cell: the currency's decimals, "." separator, no grouping or symbol
 * ("120000.00"); empty when hidden. Rounded like `Money.format` (half away from zero).
 */
export function csvAmount(micros: string | null | undefined, currency: string): string {
  if (micros === null || micros === undefined || micros === '') return '';
  const minor = Money.of(BigInt(micros), currency).toMinorUnits();
  const decimals = currencyDecimals(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

/**
 * Reads an amount a person typed ("185000", "185,000.00") the way the server does (`Money.parse`).
 * Returns the micro-units, or a message fit to follow the field label.
 */
export function readAmount(
  text: string,
  currency: string,
): { micros: bigint; problem: null } | { micros: null; problem: string } {
  try {
    const micros = Money.parse(text, currency).micros;
    if (micros < 0n) return { micros: null, problem: 'must not be negative' };
    return { micros, problem: null };
  } catch (error) {
    if (error instanceof MoneyError)
      return { micros: null, problem: 'must be an amount like 185000 or 185,000.00' };
    throw error;
  }
}

const PERCENT = /^\s*(\d{1,5})(?:\.(\d{1,2}))?\s*%?\s*$/;

/** "60" → 6000 basis points, "12.5" → 1250; null when it is not a percentage with at most 2 decimals. */
export function percentToBasisPoints(text: string): number | null {
  const match = PERCENT.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 6000 → "60", 1250 → "12.5". */
export function basisPointsToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * Micro-units as a plain amount a person can edit and the API reads: "185000", "185000.5"; no
 * grouping, symbol or trailing zeros. Empty for null.
 */
export function amountText(micros: string | bigint | null | undefined): string {
  if (micros === null || micros === undefined || micros === '') return '';
  const whole = BigInt(micros);
  const negative = whole < 0n;
  const abs = negative ? -whole : whole;
  const units = abs / 1_000_000n;
  const fraction = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  const text = fraction ? `${units}.${fraction}` : units.toString();
  return negative ? `-${text}` : text;
}
