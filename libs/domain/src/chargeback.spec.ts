import fc from 'fast-check';
import {
  allocateShared,
  firstOpenMonthAt,
  MonthClose,
  parseStatementPeriod,
  unattributedSign,
} from './chargeback';
import { FieldProblemError } from './dates';

describe('allocateShared', () => {
  const basis = [
    { teamId: 'b', attributedMicros: 300n, headcount: 1 },
    { teamId: 'a', attributedMicros: 100n, headcount: 3 },
    { teamId: 'c', attributedMicros: 0n, headcount: 0 },
  ];
  it('splits pro rata to attributed spend, the parts adding up exactly', () => {
    expect(allocateShared(1_000_001n, 'PRO_RATA', basis)).toEqual([
      { teamId: 'a', amountMicros: 250_000n },
      { teamId: 'b', amountMicros: 750_001n },
    ]);
  });
  it('splits by headcount', () => {
    expect(allocateShared(100n, 'HEADCOUNT', basis)).toEqual([
      { teamId: 'a', amountMicros: 75n },
      { teamId: 'b', amountMicros: 25n },
    ]);
  });
  it('keeps the amount central under CENTRAL', () => {
    expect(allocateShared(-42n, 'CENTRAL', basis)).toEqual([{ teamId: null, amountMicros: -42n }]);
  });
  it('refuses a policy without a basis, naming allocationPolicy', () => {
    const none = [{ teamId: 'a', attributedMicros: 0n, headcount: 0 }];
    for (const policy of ['PRO_RATA', 'HEADCOUNT'] as const) {
      try {
        allocateShared(5n, policy, none);
        throw new Error('expected a FieldProblemError');
      } catch (error) {
        expect(error).toBeInstanceOf(FieldProblemError);
        expect((error as FieldProblemError).problems[0].field).toBe('allocationPolicy');
      }
    }
  });
  it('always adds up to the amount, whatever the basis (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.constantFrom('PRO_RATA' as const, 'HEADCOUNT' as const),
        fc.array(
          fc.record({
            attributedMicros: fc.bigInt({ min: 1n, max: 10n ** 10n }),
            headcount: fc.integer({ min: 1, max: 500 }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (amount, policy, teams) => {
          const shares = allocateShared(
            amount,
            policy,
            teams.map((team, index) => ({ ...team, teamId: `t${index}` })),
          );
          expect(shares.reduce((sum, share) => sum + share.amountMicros, 0n)).toBe(amount);
        },
      ),
    );
  });
});

describe('parseStatementPeriod', () => {
  it('reads a month, a quarter and a fiscal year', () => {
    expect(parseStatementPeriod('period', '2026-11', 1).months).toEqual(['2026-11']);
    expect(parseStatementPeriod('period', '2026-Q4', 1).months).toEqual(['2026-10', '2026-11', '2026-12']);
    const fy = parseStatementPeriod('period', 'FY2026', 4);
    expect(fy.months[0]).toBe('2026-04');
    expect(fy.months[11]).toBe('2027-03');
  });
  it('names the field of a bad period', () => {
    for (const bad of ['2026-13', '2026-Q5', 'FY26', 'november']) {
      expect(() => parseStatementPeriod('period', bad, 1)).toThrow(/period/);
    }
  });
});

describe('unattributed usage: counted once as shared, moved when mapped after its month closed', () => {
  const closes: MonthClose[] = [
    { month: '2026-09', closedAt: new Date('2026-10-03T10:00:00Z') },
    { month: '2026-10', closedAt: new Date('2026-11-04T10:00:00Z') },
  ];
  const at = (iso: string) => new Date(iso);

  it('the first open month at an instant follows the closes', () => {
    expect(firstOpenMonthAt(closes, at('2026-10-01T00:00:00Z'))).toBeNull();
    expect(firstOpenMonthAt(closes, at('2026-10-03T10:00:00Z'))).toBe('2026-10');
    expect(firstOpenMonthAt(closes, at('2026-11-20T00:00:00Z'))).toBe('2026-11');
  });

  it('an unattributed record counts in its own month, or in the month open when it arrived late', () => {
    const onTime = { occurredMonth: '2026-10', receivedAt: at('2026-10-20T00:00:00Z'), resolvedAt: null };
    expect(['2026-09', '2026-10', '2026-11'].map((m) => unattributedSign(m, onTime, closes))).toEqual([
      0, 1, 0,
    ]);
    const late = { occurredMonth: '2026-09', receivedAt: at('2026-11-10T00:00:00Z'), resolvedAt: null };
    expect(['2026-09', '2026-10', '2026-11'].map((m) => unattributedSign(m, late, closes))).toEqual([
      0, 0, 1,
    ]);
  });

  it('mapped after its home closed: reversed once, in the month open at the mapping; mapped before: never counted', () => {
    const afterClose = {
      occurredMonth: '2026-10',
      receivedAt: at('2026-10-20T00:00:00Z'),
      resolvedAt: at('2026-11-10T00:00:00Z'),
    };
    expect(['2026-10', '2026-11', '2026-12'].map((m) => unattributedSign(m, afterClose, closes))).toEqual([
      0, -1, 0,
    ]);
    const beforeClose = { ...afterClose, resolvedAt: at('2026-11-01T00:00:00Z') };
    expect(['2026-10', '2026-11'].map((m) => unattributedSign(m, beforeClose, closes))).toEqual([0, 0]);
  });

  it('property: over all months, a record counts once while unattributed and nets to zero once mapped after close', () => {
    const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 60 * 24 }),
        fc.option(fc.integer({ min: 0, max: 60 * 24 }), { nil: null }),
        (occurred, receivedHours, resolvedAfterHours) => {
          const receivedAt = new Date(
            Date.parse(`${months[occurred]}-15T00:00:00Z`) + receivedHours * 3_600_000,
          );
          const resolvedAt =
            resolvedAfterHours === null
              ? null
              : new Date(receivedAt.getTime() + resolvedAfterHours * 3_600_000);
          const record = { occurredMonth: months[occurred], receivedAt, resolvedAt };
          const signs = months.map((m) => unattributedSign(m, record, closes));
          const unresolved = months.map((m) => unattributedSign(m, { ...record, resolvedAt: null }, closes));
          // Unattributed, it counts exactly once (in its home month).
          expect(unresolved.filter((sign) => sign !== 0)).toEqual([1]);
          if (resolvedAt === null) return expect(signs).toEqual(unresolved);
          // Mapped: never a +1; one −1 exactly when its home month had closed (its shared amount frozen).
          const home = months[unresolved.indexOf(1)];
          const homeClose = closes.find((close) => close.month === home);
          const frozen = homeClose !== undefined && homeClose.closedAt <= resolvedAt;
          expect(signs.filter((sign) => sign !== 0)).toEqual(frozen ? [-1] : []);
        },
      ),
    );
  });
});
