import { describe, expect, it } from 'vitest';
import { readOverrideForm, type OverrideFormValues } from './override';

const base: OverrideFormValues = {
  effectiveFrom: '2026-11-01',
  basisKind: 'RATIO',
  ratioBp: '60',
  annualAmount: '',
  reason: 'Negotiated in the offer',
};
const read = (changes: Partial<OverrideFormValues>, cap: bigint | null = null) =>
  readOverrideForm({ ...base, ...changes }, 'e1', 'USD', cap);

describe('override form', () => {
  it('sends a ratio in basis points, a fixed amount as typed, or back to the policy', () => {
    expect(read({}).input).toEqual({
      engineerId: 'e1',
      effectiveFrom: '2026-11-01',
      basisKind: 'RATIO',
      ratioBp: 6000,
      annualAmount: null,
      reason: 'Negotiated in the offer',
    });
    expect(read({ basisKind: 'FIXED', annualAmount: ' 50,000 ' }).input).toMatchObject({
      basisKind: 'FIXED',
      ratioBp: null,
      annualAmount: '50,000',
    });
    expect(read({ basisKind: 'POLICY', ratioBp: 'ignored' }).input).toMatchObject({
      basisKind: null,
      ratioBp: null,
    });
  });

  it('asks for a reason, a date and a valid basis', () => {
    expect(read({ reason: ' ', effectiveFrom: '2026-02-30' }).errors).toEqual({
      reason: 'Say why this engineer’s allowance differs from the policy',
      effectiveFrom: 'Effective from must be a date like 2026-04-01',
    });
    expect(read({ basisKind: 'FIXED', annualAmount: 'lots' }).errors).toEqual({
      annualAmount: 'Annual amount must be an amount like 185000 or 185,000.00',
    });
  });

  it('allows a ratio over 100% only under a policy cap, like the server', () => {
    expect(read({ ratioBp: '150' }).errors).toEqual({
      ratioBp: 'A ratio over 100% of base pay (10000 basis points) is only allowed with an annual cap',
    });
    expect(read({ ratioBp: '150' }, 300_000_000_000n).errors).toBeNull();
  });
});
