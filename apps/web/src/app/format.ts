const dateFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' });

/** "Mar 4, 2026" — for people. Invalid input is shown as is. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const dateTimeFormat = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Mar 4, 2026, 09:15 AM" — a moment for people, in the browser's time zone. Null or invalid: a dash / as is. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const countFormat = new Intl.NumberFormat('en-US');

/** A token count from the API (an integer string, possibly beyond 2^53) with grouping: "1,234,567". */
export function formatTokens(count: string | number | bigint | null | undefined): string {
  if (count === null || count === undefined || count === '') return '—';
  try {
    return countFormat.format(BigInt(count));
  } catch {
    return String(count);
  }
}

/** A token count as a bigint for sorting; null when missing or not a whole number. */
export function tokensOf(count: string | null | undefined): bigint | null {
  if (count === null || count === undefined || !/^-?\d+$/.test(count)) return null;
  return BigInt(count);
}
