import { describe, expect, it } from 'vitest';
import {
  basisPointsToPercent,
  csvAmount,
  formatMicros,
  microsOf,
  percentToBasisPoints,
  readAmount,
} from './money';

describe('money helpers', () => {
  it('formats API micro-units with the domain Money, a dash when hidden', () => {
    expect(formatMicros('120000000000', 'USD')).toBe('$120,000.00');
    expect(formatMicros('10000000000', 'EUR')).toBe('€10,000.00');
    expect(formatMicros(null, 'USD')).toBe('—');
    expect(microsOf('5')).toBe(5n);
    expect(microsOf(null)).toBeNull();
  });

  it('writes plain decimals for a spreadsheet, rounded to the currency', () => {
    expect(csvAmount('120000000000', 'USD')).toBe('120000.00');
    expect(csvAmount('1005000', 'USD')).toBe('1.01');
    expect(csvAmount('-2500000', 'USD')).toBe('-2.50');
    expect(csvAmount('1500000000', 'JPY')).toBe('1500');
    expect(csvAmount('5000', 'USD')).toBe('0.01');
    expect(csvAmount(null, 'USD')).toBe('');
  });

  it('reads typed amounts like the server', () => {
    expect(readAmount('185,000.00', 'USD')).toEqual({ micros: 185_000_000_000n, problem: null });
    expect(readAmount(' 200000 ', 'USD')).toEqual({ micros: 200_000_000_000n, problem: null });
    expect(readAmount('12,34', 'USD').problem).toBe('must be an amount like 185000 or 185,000.00');
    expect(readAmount('-5', 'USD').problem).toBe('must not be negative');
  });

  it('converts percentages and basis points exactly', () => {
    expect(percentToBasisPoints('60')).toBe(6000);
    expect(percentToBasisPoints('12.5')).toBe(1250);
    expect(percentToBasisPoints('0.01')).toBe(1);
    expect(percentToBasisPoints('33.33%')).toBe(3333);
    expect(percentToBasisPoints('12.345')).toBeNull();
    expect(percentToBasisPoints('abc')).toBeNull();
    expect(percentToBasisPoints('')).toBeNull();
    expect(basisPointsToPercent(6000)).toBe('60');
    expect(basisPointsToPercent(1250)).toBe('12.5');
    expect(basisPointsToPercent(3333)).toBe('33.33');
    expect(basisPointsToPercent(5)).toBe('0.05');
  });
});
