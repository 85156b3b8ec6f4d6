import fc from 'fast-check';
import {
  addAccountingMonths,
  assertAccountingMonth,
  closeProblem,
  lastDayOf,
  monthsOfBook,
  nextMonthToClose,
  periodStatus,
} from './accounting-periods';
import { FieldProblemError } from './dates';

describe('accounting periods', () => {
  it('names the field of a month that is not YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-1', '26-11', '2026-11-01', ''])
      expect(() => assertAccountingMonth('month', bad)).toThrow(FieldProblemError);
    expect(() => assertAccountingMonth('month', '2026-11')).not.toThrow();
  });

  it('moves by months across years and knows the last day (leap years too)', () => {
    expect(addAccountingMonths('2026-12', 1)).toBe('2027-01');
    expect(addAccountingMonths('2027-01', -1)).toBe('2026-12');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
  });

  it('every month up to the latest closed is closed', () => {
    expect(periodStatus('2026-10', { closedThrough: '2026-10' })).toBe('CLOSED');
    expect(periodStatus('2025-01', { closedThrough: '2026-10' })).toBe('CLOSED');
    expect(periodStatus('2026-11', { closedThrough: '2026-10' })).toBe('OPEN');
    expect(periodStatus('2026-11', { closedThrough: null })).toBe('OPEN');
  });

  const book = { closedThrough: '2026-09', openingMonth: '2026-01', today: '2026-12-07' };

  it('closes the next month once it has ended', () => {
    expect(closeProblem('2026-10', book)).toBeNull();
    expect(nextMonthToClose({ closedThrough: null, openingMonth: '2026-01' })).toBe('2026-01');
  });

  it('refuses a closed month, a month not ended and a month out of order, naming the field', () => {
    expect(closeProblem('2026-09', book)).toMatchObject({ field: 'month', alreadyClosed: true });
    expect(closeProblem('2026-12', { ...book, closedThrough: '2026-11' })).toMatchObject({
      field: 'month',
      alreadyClosed: false,
      message: expect.stringContaining('after its last day (2026-12-31)'),
    });
    expect(closeProblem('2026-11', book)).toMatchObject({
      field: 'month',
      message: expect.stringContaining('2026-10 is the next to close'),
    });
    // The last day itself is not "after the last day".
    expect(
      closeProblem('2026-11', { closedThrough: '2026-10', openingMonth: '2026-01', today: '2026-11-30' }),
    ).toMatchObject({
      message: expect.stringContaining('after its last day'),
    });
    expect(
      closeProblem('2026-11', { closedThrough: '2026-10', openingMonth: '2026-01', today: '2026-12-01' }),
    ).toBeNull();
  });

  it('lists the months of the book from the opening month to today', () => {
    expect(monthsOfBook({ openingMonth: '2026-11', today: '2027-01-01', closedThrough: null })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
  });

  it('property: closing month after month in order, each once it ended, closes every ended month and no other', () => {
    const month = fc
      .record({ year: fc.integer({ min: 2000, max: 2090 }), month: fc.integer({ min: 1, max: 12 }) })
      .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        month,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 28 }),
        (opening, ahead, day) => {
          const today = `${addAccountingMonths(opening, ahead)}-${String(day).padStart(2, '0')}`;
          let closedThrough: string | null = null;
          for (let i = 0; i < 60; i++) {
            const next = nextMonthToClose({ closedThrough, openingMonth: opening });
            if (closeProblem(next, { closedThrough, openingMonth: opening, today })) break;
            closedThrough = next;
          }
          const expected = ahead === 0 ? null : addAccountingMonths(today.slice(0, 7), -1);
          expect(closedThrough).toBe(expected);
          for (const m of monthsOfBook({ openingMonth: opening, today, closedThrough }))
            expect(periodStatus(m, { closedThrough })).toBe(m < today.slice(0, 7) ? 'CLOSED' : 'OPEN');
        },
      ),
    );
  });
});
