import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../app/table/csv';
import { poolAvailable, poolCsvColumns, readFundForm, type TeamPoolRow } from './pools';

const pool: TeamPoolRow = {
  teamId: 't1',
  teamName: 'Product',
  balanceMicros: '500000000',
  heldMicros: '1250000',
  overflow: true,
};

describe('team pools', () => {
  it('makes available the balance less what is held', () => {
    expect(poolAvailable(pool)).toBe(498_750_000n);
  });

  it('exports pools with exact amounts', () => {
    expect(buildTableCsv(poolCsvColumns('USD'), [pool])).toBe(
      'Team,Balance (USD),Held (USD),Available (USD),Overflow\r\nProduct,500.00,1.25,498.75,on\r\n',
    );
  });

  it('reads a funding', () => {
    expect(readFundForm({ teamId: 't1', amount: ' 1,500.50 ', memo: ' Q4 ' }, 'USD')).toEqual({
      input: { teamId: 't1', amount: '1,500.50', memo: 'Q4' },
      errors: null,
    });
    expect(readFundForm({ teamId: 't1', amount: '20', memo: '' }, 'USD').input).toEqual({
      teamId: 't1',
      amount: '20',
    });
  });

  it('asks for a team and a positive amount within the limit', () => {
    expect(readFundForm({ teamId: '', amount: '0', memo: '' }, 'USD').errors).toEqual({
      teamId: 'Choose the team',
      amount: 'Amount must be more than 0',
    });
    expect(readFundForm({ teamId: 't1', amount: '10,000,000.01', memo: '' }, 'USD').errors).toEqual({
      amount: 'Amount must be at most 10,000,000',
    });
    expect(readFundForm({ teamId: 't1', amount: 'lots', memo: '' }, 'USD').errors).toEqual({
      amount: 'Amount must be an amount like 185000 or 185,000.00',
    });
  });
});
