import fc from 'fast-check';
import Papa from 'papaparse';
import { decimalToMicros } from './focus';
import { glJournal, glJournalCsv, glTotals, GL_CSV_COLUMNS, type GlAccounts } from './gl-journal';

const accounts: GlAccounts = { expenseAccount: '6400', payableAccount: '2100', accrualAccount: '2190' };
const l = (costCentre: string, costMicros: bigint) => ({ costCentre, costMicros });

describe('glJournal', () => {
  it('debits expense and credits payable per cost centre of a closed month, on its last day', () => {
    const journal = glJournal(
      [{ month: '2026-11', closed: true, lines: [l('CC-2', 5n), l('CC-1', 1_000_000n), l('CC-2', 7n)] }],
      accounts,
      'EUR',
    );
    expect(journal).toEqual([
      {
        journalDate: '2026-11-30',
        reference: 'TR-2026-11-CC-1',
        account: '6400',
        costCentre: 'CC-1',
        debitMicros: 1_000_000n,
        creditMicros: 0n,
        currency: 'EUR',
        memo: 'AI tooling chargeback 2026-11, cost centre CC-1',
      },
      expect.objectContaining({
        account: '2100',
        costCentre: 'CC-1',
        debitMicros: 0n,
        creditMicros: 1_000_000n,
      }),
      expect.objectContaining({ account: '6400', costCentre: 'CC-2', debitMicros: 12n }),
      expect.objectContaining({ account: '2100', costCentre: 'CC-2', creditMicros: 12n }),
    ]);
  });

  it('credits the accrual account while the month is open', () => {
    const journal = glJournal([{ month: '2026-12', closed: false, lines: [l('CC-1', 3n)] }], accounts, 'USD');
    expect(journal.map((line) => line.account)).toEqual(['6400', '2190']);
    expect(journal[1].memo).toContain('accrued');
    expect(journal[0].journalDate).toBe('2026-12-31');
  });

  it('books a negative cost centre the other way round and skips a zero one', () => {
    const journal = glJournal(
      [{ month: '2026-02', closed: true, lines: [l('CC-1', -9n), l('CC-0', 4n), l('CC-0', -4n)] }],
      accounts,
      'USD',
    );
    expect(journal).toEqual([
      expect.objectContaining({
        account: '6400',
        debitMicros: 0n,
        creditMicros: 9n,
        journalDate: '2026-02-28',
      }),
      expect.objectContaining({ account: '2100', debitMicros: 9n, creditMicros: 0n }),
    ]);
  });

  it('writes one entry per month of a quarter', () => {
    const journal = glJournal(
      ['2026-10', '2026-11', '2026-12'].map((month, i) => ({ month, closed: i < 2, lines: [l('CC', 100n)] })),
      accounts,
      'USD',
    );
    expect(journal.map((line) => `${line.journalDate} ${line.account}`)).toEqual([
      '2026-10-31 6400',
      '2026-10-31 2100',
      '2026-11-30 6400',
      '2026-11-30 2100',
      '2026-12-31 6400',
      '2026-12-31 2190',
    ]);
  });

  it('Σ debits = Σ credits, and expense debits − credits = the period total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            closed: fc.boolean(),
            lines: fc.array(
              fc.record({
                costCentre: fc.constantFrom('CC-1', 'CC-2', 'CC-3', 'R&D, "x"'),
                costMicros: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 12n }),
              }),
              { maxLength: 30 },
            ),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (months) => {
          const input = months.map((m, i) => ({ ...m, month: `2026-${String(i + 1).padStart(2, '0')}` }));
          const journal = glJournal(input, accounts, 'USD');
          const total = input.flatMap((m) => m.lines).reduce((sum, line) => sum + line.costMicros, 0n);
          const { debitMicros, creditMicros } = glTotals(journal);
          expect(debitMicros).toBe(creditMicros);
          const expense = journal.filter((line) => line.account === '6400');
          expect(expense.reduce((sum, line) => sum + line.debitMicros - line.creditMicros, 0n)).toBe(total);
          for (const line of journal) {
            expect(line.debitMicros >= 0n && line.creditMicros >= 0n).toBe(true);
            expect(line.debitMicros === 0n || line.creditMicros === 0n).toBe(true);
          }
          // With no negative cost centre, Σ debits is the period total itself.
          if (input.every((m) => m.lines.every((line) => line.costMicros >= 0n)))
            expect(debitMicros).toBe(total);
          // The CSV carries the same figures.
          const rows = Papa.parse<Record<string, string>>(glJournalCsv(journal), {
            header: true,
            skipEmptyLines: 'greedy',
          }).data;
          const sum = (key: 'Debit' | 'Credit') =>
            rows.reduce((acc, row) => acc + (row[key] ? decimalToMicros(row[key]) : 0n), 0n);
          expect(sum('Debit')).toBe(debitMicros);
          expect(sum('Credit')).toBe(creditMicros);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('glJournalCsv', () => {
  it('writes the import shape: header, dates, exact decimals, empty unused side', () => {
    const csv = glJournalCsv(
      glJournal([{ month: '2026-11', closed: true, lines: [l('CC-1', 1_234_567n)] }], accounts, 'USD'),
    );
    expect(csv.split('\r\n')).toEqual([
      GL_CSV_COLUMNS.join(','),
      '2026-11-30,TR-2026-11-CC-1,6400,CC-1,1.234567,,USD,"AI tooling chargeback 2026-11, cost centre CC-1"',
      '2026-11-30,TR-2026-11-CC-1,2100,CC-1,,1.234567,USD,"AI tooling chargeback 2026-11, cost centre CC-1 (provider payable)"',
      '',
    ]);
  });
});
