import { FundedEngineer } from './metering-fixtures';
import { SignedUp, TestApp } from './test-app';

/** The figures of a statement set the invariant is about. */
export interface StatementTotals {
  totalMicros: string;
  usageMicros: string;
  adjustmentMicros: string;
  sharedMicros: string;
  unabsorbedMicros: string;
  teams: { totalMicros: string }[];
  costCentres: { totalMicros: string }[];
}

/** Σ of the statements' totals. */
export const sumOf = (list: { totalMicros: string }[]): bigint =>
  list.reduce((total, row) => total + BigInt(row.totalMicros), 0n);

/** The chargeback invariant: Σ teams = Σ cost centres = total = usage + adjustments + shared + unabsorbed. */
export function expectStatementsAddUp(set: StatementTotals): void {
  const total = BigInt(set.totalMicros);
  expect(sumOf(set.teams)).toBe(total);
  expect(sumOf(set.costCentres)).toBe(total);
  expect(
    BigInt(set.usageMicros) +
      BigInt(set.adjustmentMicros) +
      BigInt(set.sharedMicros) +
      BigInt(set.unabsorbedMicros),
  ).toBe(total);
}

/**
 * A grant effective at `at` from the company's funding account (balanced, as the accrual posts it): opens the
 * books at its month. Written as the superuser: a fixture, not the flow under test.
 */
export async function grantAt(
  t: TestApp,
  admin: SignedUp,
  engineer: FundedEngineer,
  micros: bigint,
  at: Date,
  reference: string,
): Promise<void> {
  const [funding] = await t.adminQuery<{ id: string }>(
    `select id from ledger_accounts where kind = 'COMPANY_FUNDING' and owner_id = $1`,
    [admin.companyId],
  );
  await t.adminQuery(
    `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
     values ($1, gen_random_uuid(), $2, $3, $4, 'GRANT', $5, $6)`,
    [admin.companyId, funding.id, engineer.allowanceAccountId, micros.toString(), reference, at],
  );
  await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros - $2 where id = $1`, [
    funding.id,
    micros.toString(),
  ]);
  await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros + $2 where id = $1`, [
    engineer.allowanceAccountId,
    micros.toString(),
  ]);
}
