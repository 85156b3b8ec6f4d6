import { isIsoDate } from '@tokenroll/domain';
import { readAmount } from '../../app/money';

/** A required calendar date from a date input ('YYYY-MM-DD'). */
export function validateDay(label: string) {
  return (value: string): string | null => {
    if (value.trim() === '') return `${label} is required`;
    return isIsoDate(value.trim()) ? null : `${label} must be a date like 2026-04-01`;
  };
}

/** A required annual pay, read like the server reads it, and more than zero. */
export function validatePay(label: string, currency: string) {
  return (value: string): string | null => {
    if (value.trim() === '') return `${label} is required`;
    const read = readAmount(value, currency);
    if (read.problem !== null) return `${label} ${read.problem}`;
    return read.micros === 0n ? `${label} must be more than zero` : null;
  };
}
