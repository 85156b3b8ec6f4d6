import type { FundTeamPoolInput, TeamPoolFieldsFragment } from '../../gql/graphql';
import { csvAmount, readAmount } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';

export type TeamPoolRow = TeamPoolFieldsFragment;

/** What the pool can still give: its balance less what open authorizations hold. */
export function poolAvailable(pool: TeamPoolRow): bigint {
  return BigInt(pool.balanceMicros) - BigInt(pool.heldMicros);
}

export function poolCsvColumns(currency: string): CsvColumn<TeamPoolRow>[] {
  return [
    { header: 'Team', value: (pool) => pool.teamName },
    { header: `Balance (${currency})`, value: (pool) => csvAmount(pool.balanceMicros, currency) },
    { header: `Held (${currency})`, value: (pool) => csvAmount(pool.heldMicros, currency) },
    {
      header: `Available (${currency})`,
      value: (pool) => csvAmount(poolAvailable(pool).toString(), currency),
    },
    { header: 'Overflow', value: (pool) => (pool.overflow ? 'on' : 'off') },
  ];
}

export interface FundValues {
  teamId: string;
  amount: string;
  memo: string;
}

export const FUND_LABELS: Record<keyof FundValues, string> = {
  teamId: 'Team',
  amount: 'Amount',
  memo: 'Memo',
};

/** The largest single funding the API takes (10,000,000 in the company currency). */
const MAX_FUNDING_MICROS = 10_000_000n * 1_000_000n;

export function readFundForm(
  values: FundValues,
  currency: string,
):
  | { input: FundTeamPoolInput; errors: null }
  | { input: null; errors: Partial<Record<keyof FundValues, string>> } {
  const errors: Partial<Record<keyof FundValues, string>> = {};
  if (!values.teamId) errors.teamId = 'Choose the team';
  if (values.amount.trim() === '') errors.amount = `${FUND_LABELS.amount} is required`;
  else {
    const read = readAmount(values.amount, currency);
    if (read.problem !== null) errors.amount = `${FUND_LABELS.amount} ${read.problem}`;
    else if (read.micros <= 0n) errors.amount = `${FUND_LABELS.amount} must be more than 0`;
    else if (read.micros > MAX_FUNDING_MICROS)
      errors.amount = `${FUND_LABELS.amount} must be at most 10,000,000`;
  }
  if (values.memo.trim().length > 200) errors.memo = `${FUND_LABELS.memo} must be at most 200 characters`;
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      teamId: values.teamId,
      amount: values.amount.trim(),
      ...(values.memo.trim() ? { memo: values.memo.trim() } : {}),
    },
    errors: null,
  };
}
