import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWANCE_POLICY } from '@tokenroll/domain';
import type { AllowancePolicyFieldsFragment } from '../../gql/graphql';
import {
  policyFormValues,
  policyInput,
  previewPolicy,
  readPolicyForm,
  type PolicyFormValues,
} from './policy';

const saved: AllowancePolicyFieldsFragment = {
  basisKind: 'RATIO',
  ratioBp: 5000,
  annualMicros: null,
  floorMicros: null,
  capMicros: null,
  fiscalYearStartMonth: 1,
  accrual: 'MONTHLY',
  rolloverKind: 'NONE',
  rolloverCapMicros: null,
  currency: 'USD',
  updatedAt: null,
  effectiveFrom: null,
};
const defaults = policyFormValues(saved);
const values = (changes: Partial<PolicyFormValues>): PolicyFormValues => ({ ...defaults, ...changes });

describe('policy form ↔ domain policy', () => {
  it('takes the day a change applies from (empty: today), and refuses a day that is not a date', () => {
    expect(policyInput(values({ effectiveFrom: '2026-10-01' })).effectiveFrom).toBe('2026-10-01');
    expect(policyInput(defaults).effectiveFrom).toBeNull();
    expect(readPolicyForm(values({ effectiveFrom: '2026-02-30' }), 'USD').errors).toEqual({
      effectiveFrom: 'Applies from must be a date like 2026-04-01',
    });
  });

  it('reads the default policy back as the domain default', () => {
    expect(defaults).toEqual({
      basisKind: 'RATIO',
      ratioBp: '50',
      annualAmount: '',
      floorAmount: '',
      capAmount: '',
      fiscalYearStartMonth: '1',
      accrual: 'MONTHLY',
      rolloverKind: 'NONE',
      rolloverCapAmount: '',
      effectiveFrom: '',
    });
    expect(readPolicyForm(defaults, 'USD')).toEqual({ policy: DEFAULT_ALLOWANCE_POLICY, errors: {} });
  });

  it('shows saved amounts in plain units', () => {
    const form = policyFormValues({
      ...saved,
      basisKind: 'FIXED',
      ratioBp: null,
      annualMicros: '24000500000',
      floorMicros: '1000000000',
      capMicros: '300000000000',
      rolloverKind: 'CAPPED',
      rolloverCapMicros: '10000000000',
      fiscalYearStartMonth: 4,
      accrual: 'UPFRONT',
    });
    expect(form).toMatchObject({
      basisKind: 'FIXED',
      ratioBp: '',
      annualAmount: '24000.5',
      floorAmount: '1000',
      capAmount: '300000',
      rolloverCapAmount: '10000',
      fiscalYearStartMonth: '4',
      accrual: 'UPFRONT',
      rolloverKind: 'CAPPED',
    });
  });

  it('maps every field to the domain policy', () => {
    const reading = readPolicyForm(
      values({
        ratioBp: '60',
        floorAmount: '5,000',
        capAmount: '150000.50',
        fiscalYearStartMonth: '4',
        accrual: 'UPFRONT',
        rolloverKind: 'CAPPED',
        rolloverCapAmount: '2500',
      }),
      'USD',
    );
    expect(reading.policy).toEqual({
      basis: { kind: 'RATIO', ratioBp: 6000 },
      floorMicros: 5_000_000_000n,
      capMicros: 150_000_500_000n,
      fiscalYearStartMonth: 4,
      accrual: 'UPFRONT',
      rollover: { kind: 'CAPPED', capMicros: 2_500_000_000n },
    });
    expect(
      readPolicyForm(values({ basisKind: 'FIXED', annualAmount: '24000' }), 'USD').policy?.basis,
    ).toEqual({
      kind: 'FIXED',
      annualMicros: 24_000_000_000n,
    });
  });

  it('puts the domain rules next to the form fields', () => {
    expect(readPolicyForm(values({ ratioBp: '150' }), 'USD').errors).toEqual({
      ratioBp: 'A ratio over 100% of base pay (10000 basis points) is only allowed with an annual cap',
    });
    expect(readPolicyForm(values({ ratioBp: '150', capAmount: '300000' }), 'USD').errors).toEqual({});
    expect(readPolicyForm(values({ floorAmount: '10', capAmount: '5' }), 'USD').errors).toEqual({
      floorAmount: 'Annual floor must not be above the annual cap',
    });
    expect(readPolicyForm(values({ ratioBp: '' }), 'USD').errors).toEqual({
      ratioBp: 'Ratio of base pay is required',
    });
    expect(readPolicyForm(values({ ratioBp: 'half' }), 'USD').errors).toEqual({
      ratioBp: 'Ratio of base pay must be a percentage like 50 or 12.5',
    });
    expect(readPolicyForm(values({ basisKind: 'FIXED' }), 'USD').errors).toEqual({
      annualAmount: 'Annual amount is required',
    });
    expect(readPolicyForm(values({ rolloverKind: 'CAPPED' }), 'USD').errors).toEqual({
      rolloverCapAmount: 'Rollover cap is required',
    });
    expect(readPolicyForm(values({ capAmount: '1e5' }), 'USD').errors).toEqual({
      capAmount: 'Annual cap must be an amount like 185000 or 185,000.00',
    });
  });

  it('builds the API input: ratio in basis points, only the amounts that apply', () => {
    expect(policyInput(values({ ratioBp: '60', annualAmount: '999', capAmount: ' 200,000 ' }))).toEqual({
      basisKind: 'RATIO',
      ratioBp: 6000,
      annualAmount: null,
      floorAmount: null,
      capAmount: '200,000',
      fiscalYearStartMonth: 1,
      accrual: 'MONTHLY',
      rolloverKind: 'NONE',
      rolloverCapAmount: null,
      effectiveFrom: null,
    });
    expect(
      policyInput(
        values({
          basisKind: 'FIXED',
          annualAmount: '24000',
          rolloverKind: 'CAPPED',
          rolloverCapAmount: '1000',
        }),
      ),
    ).toMatchObject({ basisKind: 'FIXED', ratioBp: null, annualAmount: '24000', rolloverCapAmount: '1000' });
  });
});

describe('policy preview', () => {
  it('gives the annual, monthly and first-year figures of a sample salary', () => {
    const result = previewPolicy(
      readPolicyForm(values({ ratioBp: '60' }), 'USD'),
      '200,000',
      '2026-11-01',
      'USD',
    );
    expect(result.preview).toEqual({
      annualMicros: 120_000_000_000n,
      monthlyMicros: 10_000_000_000n,
      firstYearMicros: 20_000_000_000n,
      firstYearPeriod: { start: '2026-01-01', end: '2026-12-31' },
      firstYearGrants: 2,
    });
  });

  it('prorates a start mid-month by days and follows the fiscal year', () => {
    // April fiscal year, start on 16 March: 16 of 31 days of March, then nothing more in that year
    const result = previewPolicy(
      readPolicyForm(values({ fiscalYearStartMonth: '4' }), 'USD'),
      '120000',
      '2026-03-16',
      'USD',
    );
    expect(result.preview?.firstYearPeriod).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(result.preview?.annualMicros).toBe(60_000_000_000n);
    // 60,000 / 12 × 16/31 = 2,580.645161…
    expect(result.preview?.firstYearMicros).toBe(2_580_645_161n);
    expect(result.preview?.firstYearGrants).toBe(1);
  });

  it('applies floor and cap', () => {
    const capped = previewPolicy(
      readPolicyForm(values({ capAmount: '50000' }), 'USD'),
      '200000',
      '2026-01-01',
      'USD',
    );
    expect(capped.preview?.annualMicros).toBe(50_000_000_000n);
    const floored = previewPolicy(
      readPolicyForm(values({ floorAmount: '30000' }), 'USD'),
      '20000',
      '2026-01-01',
      'USD',
    );
    expect(floored.preview?.annualMicros).toBe(30_000_000_000n);
  });

  it('says what is missing instead of guessing', () => {
    expect(
      previewPolicy(readPolicyForm(values({ ratioBp: '' }), 'USD'), '200000', '2026-01-01', 'USD'),
    ).toEqual({
      preview: null,
      problem: 'Fix the highlighted policy fields to see the preview.',
      salaryError: null,
      startDateError: null,
    });
    const bad = previewPolicy(readPolicyForm(defaults, 'USD'), 'lots', '', 'USD');
    expect(bad.preview).toBeNull();
    expect(bad.salaryError).toBe('Sample salary must be an amount like 185000 or 185,000.00');
    expect(bad.startDateError).toBe('Enter a start date');
  });
});
