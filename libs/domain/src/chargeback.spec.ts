import fc from 'fast-check';
import { allocateShared, parseStatementPeriod } from './chargeback';
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
