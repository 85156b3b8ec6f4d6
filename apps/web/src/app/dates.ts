/**
 * How calendar dates look in the web. The calendar rules themselves (next month, days between, fiscal
 * years…) live in `@tokenroll/domain`; "today" for a business decision is the company's business date
 * from the server (`useBusinessDate`), never the browser's clock.
 */

const monthFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const axisDayFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

function formatWith(format: Intl.DateTimeFormat, isoDay: string, shown: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? shown : format.format(date);
}

/** 'YYYY-MM' → "Nov 2026". */
export function formatMonth(month: string): string {
  return formatWith(monthFormat, `${month}-01`, month);
}

/** 'YYYY-MM' → "November 2026". */
export function formatMonthLong(month: string): string {
  return formatWith(longMonthFormat, `${month}-01`, month);
}

/** A calendar date 'YYYY-MM-DD' → "Nov 1, 2026", never shifted by the time zone. */
export function formatIsoDay(day: string | null | undefined): string {
  if (!day) return '—';
  return formatWith(dayFormat, day, day);
}

/** A calendar date 'YYYY-MM-DD' → "Nov 1" (a chart's axis), never shifted by the time zone. */
export function formatAxisDay(day: string): string {
  return formatWith(axisDayFormat, day, day);
}
