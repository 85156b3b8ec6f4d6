import { describe, expect, it } from 'vitest';
import { amountReader } from './amounts';

describe('amountReader (every amount field of a form: policy, request limits)', () => {
  const labels = { cap: 'Annual cap', threshold: 'Auto-approval threshold' };

  it('reads amounts as the server does, to the micro-unit', () => {
    const errors = {};
    const read = amountReader({ cap: '185,000.50', threshold: '' }, labels, 'USD', errors);
    expect(read('cap', true)).toBe(185_000_500_000n);
    expect(read('threshold', false)).toBeNull();
    expect(errors).toEqual({});
  });

  it('names the field in each problem', () => {
    const errors: Partial<Record<keyof typeof labels, string>> = {};
    const read = amountReader({ cap: '-5', threshold: '' }, labels, 'USD', errors);
    expect(read('cap', false)).toBeNull();
    expect(read('threshold', true)).toBeNull();
    expect(errors).toEqual({
      cap: 'Annual cap must not be negative',
      threshold: 'Auto-approval threshold is required',
    });
    const again: Partial<Record<keyof typeof labels, string>> = {};
    amountReader({ cap: 'lots', threshold: '1' }, labels, 'USD', again)('cap', true);
    expect(again.cap).toBe('Annual cap must be an amount like 185000 or 185,000.00');
  });
});
