import fc from 'fast-check';
import { chargeOverages, overageOf } from './overage';

describe('overage', () => {
  it('is how far a balance is below zero', () => {
    expect(overageOf(-1_795_000_000n)).toBe(1_795_000_000n);
    expect(overageOf(0n)).toBe(0n);
    expect(overageOf(5n)).toBe(0n);
  });

  it('is the part of each charge the balance did not cover', () => {
    // The case: 5.00 left, a settle of 1,800.00 → 1,795.00 over.
    expect(chargeOverages(5_000_000n, [1_800_000_000n])).toEqual([1_795_000_000n]);
    // Ten events of 9,000.00 on a 5.00 budget: the first is over by 8,995.00, the rest whole.
    expect(chargeOverages(5_000_000n, Array(10).fill(9_000_000_000n))).toEqual([
      8_995_000_000n,
      ...Array(9).fill(9_000_000_000n),
    ]);
    expect(chargeOverages(10n, [4n, 6n, 0n, 1n])).toEqual([0n, 0n, 0n, 1n]);
    expect(chargeOverages(-3n, [2n])).toEqual([2n]);
    expect(() => chargeOverages(10n, [-1n])).toThrow(RangeError);
  });

  it('adds up to how much further below zero the charges took the balance, each within its charge', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { maxLength: 20 }),
        (before, charges) => {
          const overages = chargeOverages(before, charges);
          const total = charges.reduce((sum, charge) => sum + charge, 0n);
          expect(overages.reduce((sum, overage) => sum + overage, 0n)).toBe(
            overageOf(before - total) - overageOf(before),
          );
          overages.forEach((overage, i) => {
            expect(overage >= 0n && overage <= charges[i]).toBe(true);
          });
        },
      ),
    );
  });
});
