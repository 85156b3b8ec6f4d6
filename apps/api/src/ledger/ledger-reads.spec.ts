import { spendable } from './ledger-reads.service';

const account = (balanceMicros: bigint, heldMicros = 0n) => ({ balanceMicros, heldMicros });

describe('spendable: what an engineer may still spend (own allowance, then an overflowing team pool)', () => {
  it('adds the allowance left and the pool left, never below zero each', () => {
    expect(spendable({ allowance: account(5n, 2n), pool: account(10n, 4n) })).toEqual({
      ownMicros: 3n,
      poolMicros: 6n,
    });
    expect(spendable({ allowance: account(5n, 7n), pool: account(10n, 12n) })).toEqual({
      ownMicros: 0n,
      poolMicros: 0n,
    });
  });

  it('without accounts, nothing', () => {
    expect(spendable({ allowance: null, pool: null })).toEqual({ ownMicros: 0n, poolMicros: 0n });
    expect(spendable({ allowance: null, pool: account(10n) })).toEqual({ ownMicros: 0n, poolMicros: 10n });
  });

  it('an engineer in overage (allowance balance below zero) draws nothing on the pool', () => {
    expect(spendable({ allowance: account(-1n), pool: account(100n) })).toEqual({
      ownMicros: 0n,
      poolMicros: 0n,
    });
    // At exactly zero (used up, not over) the pool still overflows; holds alone are not overage.
    expect(spendable({ allowance: account(0n), pool: account(100n) })).toEqual({
      ownMicros: 0n,
      poolMicros: 100n,
    });
    expect(spendable({ allowance: account(1n, 5n), pool: account(100n) })).toEqual({
      ownMicros: 0n,
      poolMicros: 100n,
    });
  });
});
