import {
  auditChanges,
  auditValue,
  changesForReader,
  HIDDEN_PAY,
  isPayFigure,
  leavesNoActiveAdmin,
} from './audit-changes';

describe('audit changes', () => {
  it('names each changed field with its value before and after', () => {
    expect(auditChanges({ roles: ['ADMIN'] }, { roles: ['ADMIN', 'HR'] })).toEqual([
      { field: 'roles', before: 'ADMIN', after: 'ADMIN, HR' },
    ]);
    expect(
      auditChanges(
        { name: 'Core', costCentre: 'CC-1', companyId: 'c' },
        { name: 'Platform', costCentre: 'CC-1', companyId: 'c' },
      ),
    ).toEqual([{ field: 'name', before: 'Core', after: 'Platform' }]);
  });

  it('treats a missing side as no value, and leaves out fields without a value on both sides', () => {
    expect(auditChanges(null, { endDate: '2026-05-31', title: null })).toEqual([
      { field: 'endDate', before: null, after: '2026-05-31' },
    ]);
    expect(auditChanges({ endDate: '2026-05-31' }, null)).toEqual([
      { field: 'endDate', before: '2026-05-31', after: null },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges('not an object', [1, 2])).toEqual([]);
  });

  it('leaves out bookkeeping fields and unchanged values', () => {
    expect(
      auditChanges(
        { createdAt: '2026-01-01', updatedAt: 'x', accrualsDueOn: 'a', active: true },
        { createdAt: '2026-02-01', updatedAt: 'y', accrualsDueOn: 'b', active: true },
      ),
    ).toEqual([]);
  });

  it('keeps values as text: bigint digits, dates in ISO, objects as JSON', () => {
    expect(auditValue(185_000_000_000n)).toBe('185000000000');
    expect(auditValue(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01T00:00:00.000Z');
    expect(auditValue({ a: 1 })).toBe('{"a":1}');
    expect(auditValue([null, 'x'])).toBe('—, x');
    expect(auditValue(false)).toBe('false');
    expect(auditValue(undefined)).toBeNull();
  });

  it('hides pay figures from a reader who may not see pay, and only those', () => {
    const changes = auditChanges(
      { annualMicros: '100', effectiveFrom: '2026-01-01' },
      { annualMicros: '120', effectiveFrom: '2026-06-01' },
    );
    expect(changesForReader('PAY_CHANGED', changes, false)).toEqual([
      { field: 'annualMicros', before: HIDDEN_PAY, after: HIDDEN_PAY },
      { field: 'effectiveFrom', before: '2026-01-01', after: '2026-06-01' },
    ]);
    expect(changesForReader('PAY_CHANGED', changes, true)).toEqual(changes);
    // An allowance override's annual amount is not pay.
    expect(changesForReader('ALLOWANCE_OVERRIDE_SET', changes, false)).toEqual(changes);
    expect(isPayFigure('ENGINEER_CREATED', 'annualPayMicros')).toBe(true);
    expect(isPayFigure('OFFER_UPDATED', 'bonusMicros')).toBe(true);
    expect(isPayFigure('TEAM_UPDATED', 'name')).toBe(false);
  });

  it('keeps "no value" visible when pay is hidden', () => {
    expect(
      changesForReader('ENGINEER_CREATED', [{ field: 'annualPayMicros', before: null, after: '5' }], false),
    ).toEqual([{ field: 'annualPayMicros', before: null, after: HIDDEN_PAY }]);
  });
});

describe('an active ADMIN remains', () => {
  it('refuses to take the last active ADMIN away, allows it when another remains', () => {
    expect(leavesNoActiveAdmin(['a'], 'a', false)).toBe(true);
    expect(leavesNoActiveAdmin(['a', 'b'], 'a', false)).toBe(false);
    expect(leavesNoActiveAdmin(['a'], 'a', true)).toBe(false);
    expect(leavesNoActiveAdmin(['a'], 'b', false)).toBe(false);
    expect(leavesNoActiveAdmin([], 'a', false)).toBe(true);
  });
});
