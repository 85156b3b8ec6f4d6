import { toIsoDate } from '@tokenroll/domain';

/** Today in the browser's calendar, as 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The 1st of the current month, as 'YYYY-MM-DD'. */
export function firstOfMonthIso(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, 1);
}

const monthFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** 'YYYY-MM' → "Nov 2026". */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : monthFormat.format(date);
}

/** A calendar date 'YYYY-MM-DD' → "Nov 1, 2026", never shifted by the time zone. */
export function formatIsoDay(day: string | null | undefined): string {
  if (!day) return '—';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** The 1st of next month, as 'YYYY-MM-DD' (a usual start date for an offer). */
export function firstOfNextMonthIso(now: Date = new Date()): string {
  const month = now.getMonth() + 1;
  return month === 12 ? toIsoDate(now.getFullYear() + 1, 1, 1) : toIsoDate(now.getFullYear(), month + 1, 1);
}
