import { describe, expect, it } from 'vitest';
import {
  annualAllowance,
  DEFAULT_ALLOWANCE_POLICY,
  firstYearAllowance,
  type AllowancePolicy,
} from '@tokenroll/domain';
import {
  emptyOfferForm,
  offerFormValues,
  offerInput,
  previewOffer,
  readOfferForm,
  savedOfferFigures,
  type OfferFormValues,
} from './offerForm';
import type { OfferRow } from './offers';

const POLICY_60: AllowancePolicy = { ...DEFAULT_ALLOWANCE_POLICY, basis: { kind: 'RATIO', ratioBp: 6000 } };

const values = (overrides: Partial<OfferFormValues> = {}): OfferFormValues => ({
  ...emptyOfferForm('2026-12-01'),
  candidateName: ' Grace Hopper ',
  candidateEmail: 'grace@example.com ',
  title: 'Senior Engineer',
  teamId: 'team-1',
  annualPay: '200,000',
  ...overrides,
});

const saved = (overrides: Partial<OfferRow> = {}): OfferRow => ({
  id: 'o1',
  candidateName: 'Grace Hopper',
  candidateEmail: 'grace@example.com',
  title: 'Senior Engineer',
  level: null,
  location: 'Berlin',
  teamId: 'team-1',
  teamName: 'Platform',
  startDate: '2026-12-01',
  annualPayMicros: '200000000000',
  currency: 'USD',
  overrideKind: 'RATIO',
  overrideRatioBp: 7550,
  overrideAnnualMicros: null,
  overrideReason: 'Leads the platform',
  bonusMicros: '20000500000',
  equity: null,
  status: 'DRAFT',
  engineerId: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  terms: {
    annualAllowanceMicros: '151000000000',
    allowanceBasisText: '75.5% of base pay',
    monthlyMicros: '12583333333',
    firstPeriodStart: '2026-01-01',
    firstPeriodEnd: '2026-12-31',
    firstYearMicros: '12583333333',
    totalCompMicros: '371000500000',
  },
  ...overrides,
});

describe('offer form → createOffer input', () => {
  it('trims the text, sends amounts as plain decimals and leaves out the override with the policy', () => {
    expect(
      offerInput(values({ bonusAmount: '20,000.50', level: ' ', equity: ' 4,000 options ' }), 'USD'),
    ).toEqual({
      candidateName: 'Grace Hopper',
      candidateEmail: 'grace@example.com',
      title: 'Senior Engineer',
      level: null,
      location: null,
      teamId: 'team-1',
      startDate: '2026-12-01',
      annualPay: '200000',
      currency: 'USD',
      bonusAmount: '20000.5',
      equity: '4,000 options',
      overrideKind: null,
      overrideRatioBp: null,
      overrideAnnualAmount: null,
      overrideReason: null,
    });
  });

  it('sends a ratio override in basis points, a fixed one as an amount, each with the reason', () => {
    const ratio = offerInput(
      values({
        overrideKind: 'RATIO',
        overrideRatioBp: '62.5',
        overrideAnnualAmount: '9',
        overrideReason: ' Lead ',
      }),
      'USD',
    );
    expect(ratio).toMatchObject({
      overrideKind: 'RATIO',
      overrideRatioBp: 6250,
      overrideAnnualAmount: null,
      overrideReason: 'Lead',
    });
    const fixed = offerInput(
      values({
        overrideKind: 'FIXED',
        overrideRatioBp: '60',
        overrideAnnualAmount: '100,000',
        overrideReason: 'x',
      }),
      'USD',
    );
    expect(fixed).toMatchObject({
      overrideKind: 'FIXED',
      overrideRatioBp: null,
      overrideAnnualAmount: '100000',
    });
  });

  it('round-trips a saved offer through the form', () => {
    const form = offerFormValues(saved());
    expect(form).toMatchObject({
      annualPay: '200000',
      bonusAmount: '20000.5',
      overrideKind: 'RATIO',
      overrideRatioBp: '75.5',
      overrideReason: 'Leads the platform',
      location: 'Berlin',
      level: '',
    });
    expect(offerInput(form, 'USD')).toMatchObject({
      annualPay: '200000',
      bonusAmount: '20000.5',
      overrideRatioBp: 7550,
    });
  });
});

describe('offer form checks', () => {
  it('accepts a complete offer', () => {
    expect(readOfferForm(values(), 'USD', null).errors).toEqual({});
  });

  it('names every missing field', () => {
    expect(readOfferForm(emptyOfferForm(), 'USD', null).errors).toEqual({
      candidateName: 'Candidate name is required',
      candidateEmail: 'Email is required',
      title: 'Title is required',
      teamId: 'Choose a team',
      startDate: 'Start date is required',
      annualPay: 'Annual base pay is required',
    });
  });

  it('requires a reason with an override, and checks it with the domain rule', () => {
    expect(
      readOfferForm(values({ overrideKind: 'RATIO', overrideRatioBp: '60' }), 'USD', null).errors,
    ).toEqual({
      overrideReason: 'Say why this offer’s allowance differs from the policy',
    });
    // over 100% needs an annual cap in the policy (allowanceBasisProblems)
    expect(
      readOfferForm(
        values({ overrideKind: 'RATIO', overrideRatioBp: '150', overrideReason: 'x' }),
        'USD',
        null,
      ).errors,
    ).toEqual({
      overrideRatioBp:
        'A ratio over 100% of base pay (10000 basis points) is only allowed with an annual cap',
    });
    expect(
      readOfferForm(
        values({ overrideKind: 'RATIO', overrideRatioBp: '150', overrideReason: 'x' }),
        'USD',
        300_000_000_000n,
      ).errors,
    ).toEqual({});
    expect(
      readOfferForm(
        values({ overrideKind: 'FIXED', overrideAnnualAmount: 'lots', overrideReason: 'x' }),
        'USD',
        null,
      ).errors,
    ).toEqual({ overrideAnnualAmount: 'Allowance amount must be an amount like 185000 or 185,000.00' });
  });

  it('reads amounts like the server and rejects what it would reject', () => {
    expect(readOfferForm(values({ annualPay: '0' }), 'USD', null).errors).toEqual({
      annualPay: 'Annual base pay must be more than zero',
    });
    expect(readOfferForm(values({ bonusAmount: '-5' }), 'USD', null).errors.bonusAmount).toBeDefined();
    expect(readOfferForm(values({ level: 'L'.repeat(41) }), 'USD', null).errors).toEqual({
      level: 'Level must be at most 40 characters',
    });
  });
});

describe('live total-comp preview', () => {
  it('gives the domain figures for the policy: 60% of 200,000 from December 1st', () => {
    const result = previewOffer(values({ bonusAmount: '20,000', equity: '4,000 options' }), POLICY_60, 'USD');
    const pay = 200_000_000_000n;
    const firstYear = firstYearAllowance(POLICY_60, pay, '2026-12-01');
    expect(result.figures).toEqual({
      basePayMicros: pay,
      bonusMicros: 20_000_000_000n,
      annualAllowanceMicros: annualAllowance(POLICY_60, pay),
      basisText: '60% of base pay',
      monthlyMicros: firstYear.monthlyMicros,
      firstYearMicros: firstYear.totalMicros,
      startDate: '2026-12-01',
      firstPeriodStart: '2026-01-01',
      firstPeriodEnd: '2026-12-31',
      equity: '4,000 options',
      totalCompMicros: pay + 20_000_000_000n + 120_000_000_000n,
    });
    expect(result.figures?.annualAllowanceMicros).toBe(120_000_000_000n);
    expect(result.figures?.monthlyMicros).toBe(10_000_000_000n);
    expect(result.figures?.firstYearMicros).toBe(10_000_000_000n);
  });

  it('prorates a mid-month start by days and follows a fixed override', () => {
    const form = values({
      startDate: '2026-06-16',
      overrideKind: 'FIXED',
      overrideAnnualAmount: '90,000',
      overrideReason: 'x',
    });
    const result = previewOffer(form, POLICY_60, 'USD');
    const override = { kind: 'FIXED' as const, annualMicros: 90_000_000_000n };
    expect(result.figures?.annualAllowanceMicros).toBe(90_000_000_000n);
    expect(result.figures?.basisText).toBe('a fixed annual amount');
    expect(result.figures?.firstYearMicros).toBe(
      firstYearAllowance(POLICY_60, 200_000_000_000n, '2026-06-16', override).totalMicros,
    );
  });

  it('applies the policy cap like the domain does', () => {
    const capped: AllowancePolicy = { ...POLICY_60, capMicros: 100_000_000_000n };
    expect(previewOffer(values(), capped, 'USD').figures?.annualAllowanceMicros).toBe(100_000_000_000n);
  });

  it('says what is missing instead of showing figures', () => {
    expect(previewOffer(values({ annualPay: '' }), POLICY_60, 'USD')).toEqual({
      figures: null,
      problem: 'Enter the annual base pay and the start date to see the terms.',
    });
    expect(
      previewOffer(values({ overrideKind: 'RATIO', overrideRatioBp: 'x' }), POLICY_60, 'USD').problem,
    ).toBe('Fix the highlighted amounts to see the terms.');
    expect(previewOffer(values(), null, 'USD').figures).toBeNull();
  });

  it('agrees with the terms the server computed for the same offer', () => {
    const offer = saved();
    const live = previewOffer(offerFormValues(offer), POLICY_60, 'USD').figures;
    const fromServer = savedOfferFigures(offer);
    expect(live?.annualAllowanceMicros).toBe(fromServer.annualAllowanceMicros);
    expect(live?.basisText).toBe(fromServer.basisText);
    expect(live?.monthlyMicros).toBe(fromServer.monthlyMicros);
    expect(live?.firstYearMicros).toBe(fromServer.firstYearMicros);
    expect(live?.totalCompMicros).toBe(fromServer.totalCompMicros);
  });
});
