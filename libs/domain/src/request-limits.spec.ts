import fc from 'fast-check';
import {
  DEFAULT_REQUEST_LIMITS,
  giftLimitMicros,
  MAX_REQUEST_AMOUNT_MICROS,
  PENDING_REASON_CODES,
  pendingReason,
  pendingReasonLimit,
  RequestLimits,
  requestLimitsProblems,
} from './request-limits';

const USD = 1_000_000n;
const fields = (limits: RequestLimits) => requestLimitsProblems(limits).map((p) => p.field);

describe('request limits', () => {
  it('accepts the defaults (50.00 auto-approved, 100.00 a period each, HR above 1,000.00, gifts 20%)', () => {
    expect(requestLimitsProblems(DEFAULT_REQUEST_LIMITS)).toEqual([]);
    expect(DEFAULT_REQUEST_LIMITS).toEqual({
      autoApproveMicros: 50n * USD,
      autoApprovePerPeriodMicros: 100n * USD,
      hrApprovalAboveMicros: 1000n * USD,
      giftLimitBp: 2000,
    });
  });

  it('refuses negative and absurd amounts, naming each field', () => {
    expect(
      requestLimitsProblems({
        autoApproveMicros: -1n,
        autoApprovePerPeriodMicros: MAX_REQUEST_AMOUNT_MICROS + 1n,
        hrApprovalAboveMicros: -5n,
        giftLimitBp: -1,
      }),
    ).toEqual([
      { field: 'autoApproveMicros', message: 'must not be negative' },
      { field: 'autoApprovePerPeriodMicros', message: 'must be at most 1,000,000' },
      { field: 'hrApprovalAboveMicros', message: 'must not be negative' },
      { field: 'giftLimitBp', message: 'must not be negative' },
    ]);
  });

  it('refuses an HR threshold below the auto-approval threshold, and a per-period cap below one request', () => {
    expect(requestLimitsProblems({ ...DEFAULT_REQUEST_LIMITS, autoApproveMicros: 2000n * USD })).toEqual([
      { field: 'hrApprovalAboveMicros', message: 'must not be below the auto-approval threshold' },
      {
        field: 'autoApprovePerPeriodMicros',
        message: 'must be at least the auto-approval threshold (one request)',
      },
    ]);
    // Equal is fine; 0 turns auto-approval off.
    expect(
      fields({
        autoApproveMicros: 0n,
        autoApprovePerPeriodMicros: 0n,
        hrApprovalAboveMicros: 0n,
        giftLimitBp: 0,
      }),
    ).toEqual([]);
  });

  it('takes the gift limit in whole basis points from 0 to 100%', () => {
    expect(fields({ ...DEFAULT_REQUEST_LIMITS, giftLimitBp: 10_001 })).toEqual(['giftLimitBp']);
    expect(fields({ ...DEFAULT_REQUEST_LIMITS, giftLimitBp: 12.5 })).toEqual(['giftLimitBp']);
    expect(fields({ ...DEFAULT_REQUEST_LIMITS, giftLimitBp: 10_000 })).toEqual([]);
  });

  it('property: valid limits are exactly the ordered, in-range ones', () => {
    const amount = fc.bigInt({ min: -10n * USD, max: MAX_REQUEST_AMOUNT_MICROS + 10n * USD });
    fc.assert(
      fc.property(amount, amount, amount, fc.integer({ min: -100, max: 10_100 }), (auto, cap, hr, bp) => {
        const inRange = (v: bigint) => v >= 0n && v <= MAX_REQUEST_AMOUNT_MICROS;
        const expected =
          inRange(auto) &&
          inRange(cap) &&
          inRange(hr) &&
          hr >= auto &&
          cap >= auto &&
          bp >= 0 &&
          bp <= 10_000;
        const limits = {
          autoApproveMicros: auto,
          autoApprovePerPeriodMicros: cap,
          hrApprovalAboveMicros: hr,
          giftLimitBp: bp,
        };
        expect(requestLimitsProblems(limits).length === 0).toBe(expected);
      }),
    );
  });

  it('property: the gift limit never exceeds the share of the period allowance and loses under a micro-unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 10_000 }),
        (total, bp) => {
          const limit = giftLimitMicros(total, bp);
          expect(limit * 10_000n <= total * BigInt(bp)).toBe(true);
          expect((limit + 1n) * 10_000n > total * BigInt(bp)).toBe(true);
          expect(limit <= total).toBe(true);
        },
      ),
    );
    expect(giftLimitMicros(5n * USD, 2000)).toBe(USD);
    expect(giftLimitMicros(-5n * USD, 2000)).toBe(0n);
  });
});

describe('pendingReason', () => {
  const limits = { autoApproveMicros: 50_000_000n, autoApprovePerPeriodMicros: 500_000_000n };
  const temporary = (amountMicros: bigint, status = 'PENDING_MANAGER') => ({
    status,
    kind: 'TEMPORARY',
    amountMicros,
  });

  it('says the cap is reached when the request would take the engineer past it (the 12 × 50 case)', () => {
    // Ten requests of 50 were approved at once (500 of a 500 cap): the eleventh waits for the manager.
    expect(pendingReason(temporary(50_000_000n), limits, 500_000_000n)).toBe('AUTO_APPROVAL_CAP_REACHED');
    // 460 approved: 50 more would be 510 > 500.
    expect(pendingReason(temporary(50_000_000n), limits, 460_000_000n)).toBe('AUTO_APPROVAL_CAP_REACHED');
    // 450 approved: 50 more is exactly the cap, so the cap is not why it waits.
    expect(pendingReason(temporary(50_000_000n), limits, 450_000_000n)).toBe('POOL_SHORT');
  });

  it('puts the threshold before the cap, and names the HR step and permanent requests', () => {
    expect(pendingReason(temporary(50_000_001n), limits, 500_000_000n)).toBe('ABOVE_AUTO_APPROVAL');
    expect(pendingReason({ ...temporary(10n), kind: 'PERMANENT' }, limits, 0n)).toBe('PERMANENT');
    expect(pendingReason(temporary(2_000_000_000n, 'PENDING_HR'), limits, 0n)).toBe('HR_STEP');
  });

  it('is null once the request is decided', () => {
    for (const status of ['APPROVED', 'REJECTED', 'CANCELLED'])
      expect(pendingReason(temporary(10n, status), limits, 0n)).toBeNull();
  });
});

describe('pendingReasonLimit', () => {
  const limits = {
    autoApproveMicros: 50_000_000n,
    autoApprovePerPeriodMicros: 500_000_000n,
    hrApprovalAboveMicros: 1_000_000_000n,
  };

  it('names the limit each reason cites, and none for the pool or a permanent increase', () => {
    expect(PENDING_REASON_CODES.map((code) => [code, pendingReasonLimit(code, limits)])).toEqual([
      ['HR_STEP', 1_000_000_000n],
      ['PERMANENT', null],
      ['ABOVE_AUTO_APPROVAL', 50_000_000n],
      ['AUTO_APPROVAL_CAP_REACHED', 500_000_000n],
      ['POOL_SHORT', null],
    ]);
  });
});
