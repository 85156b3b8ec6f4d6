/**
 * Overage: spend charged beyond what a budget held. A hard budget reserves the worst case before a request
 * (so settled + held never exceeds it on the authorize path), but usage reported after the fact, or a settle
 * above its hold, is still charged (it happened): the part of each charge that takes the balance below zero
 * is its overage. Later grants, transfers or increases pay the debt back first.
 */

/** How far below zero a balance is (0 when it is not). */
export function overageOf(balanceMicros: bigint): bigint {
  return balanceMicros < 0n ? -balanceMicros : 0n;
}

/**
 * The overage of each charge posted in order on a balance: the part of the charge that the balance (before
 * it) did not cover. A charge on a balance already below zero is overage whole. The overages add up to how
 * much further below zero the charges took the balance. Charges must not be negative.
 */
export function chargeOverages(balanceBeforeMicros: bigint, chargesMicros: readonly bigint[]): bigint[] {
  let balance = balanceBeforeMicros;
  return chargesMicros.map((charge) => {
    if (charge < 0n) throw new RangeError('A charge is not negative');
    const after = balance - charge;
    const overage = overageOf(after) - overageOf(balance);
    balance = after;
    return overage;
  });
}
