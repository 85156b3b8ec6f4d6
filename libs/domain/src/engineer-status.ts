import { compareDates, IsoDate } from './dates';

export type EngineerStatus = 'OFFER' | 'ACTIVE' | 'LEAVER';

/** Offer until the start date, active from it, leaver after the last employed day. */
export function engineerStatus(startDate: IsoDate, endDate: IsoDate | null, today: IsoDate): EngineerStatus {
  if (endDate && compareDates(today, endDate) > 0) return 'LEAVER';
  if (compareDates(today, startDate) < 0) return 'OFFER';
  return 'ACTIVE';
}
