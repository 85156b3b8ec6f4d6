import fc from 'fast-check';
import { BURN_SORTS, BurnTableRow, burnTableRows, DEFAULT_BURN_VIEW, nameOrder } from './burn-table';

const M = 1_000_000n;

type Fields = Omit<BurnTableRow, 'forecast'> & BurnTableRow['forecast'];
/** A row from flat fields (the forecast's among them). */
const row = (name: string, fields: Partial<Fields> = {}): BurnTableRow => {
  const all: Fields = {
    engineerId: `id-${name}`,
    name,
    teamName: null,
    annualAllowanceMicros: 60_000n * M,
    accruedMicros: 50_000n * M,
    spentMicros: 10_000n * M,
    heldMicros: 0n,
    availableMicros: 40_000n * M,
    burn7Micros: 100n * M,
    burn30Micros: 100n * M,
    runsOutOn: null,
    earliest: null,
    confidence: 'high',
    runsOutBeforeHorizon: false,
    underUse: false,
    ...fields,
  };
  const {
    burn7Micros,
    burn30Micros,
    runsOutOn,
    earliest,
    confidence,
    runsOutBeforeHorizon,
    underUse,
    ...rest
  } = all;
  return {
    ...rest,
    forecast: { burn7Micros, burn30Micros, runsOutOn, earliest, confidence, runsOutBeforeHorizon, underUse },
  };
};

const names = (rows: BurnTableRow[]) => rows.map((r) => r.name);

const rows = [
  row('Dana', {
    runsOutOn: '2026-12-10',
    earliest: '2026-12-01',
    runsOutBeforeHorizon: true,
    spentMicros: 9n * M,
  }),
  row('ann', { teamName: 'Platform', spentMicros: 900n * M, confidence: 'low' }),
  row('Cleo', {
    runsOutOn: '2026-12-02',
    earliest: '2026-11-28',
    runsOutBeforeHorizon: true,
    teamName: 'Sales',
  }),
  row('Bo', { underUse: true, spentMicros: 1n, teamName: 'Platform Tools' }),
  row('Eve 10', { runsOutOn: '2026-12-02', earliest: '2026-11-30', runsOutBeforeHorizon: true }),
  row('Eve 9'),
];

describe('burnTableRows', () => {
  it('defaults to the soonest run-out first, then the rest by name (never by spend)', () => {
    expect(names(burnTableRows(rows, DEFAULT_BURN_VIEW))).toEqual([
      'Cleo',
      'Eve 10',
      'Dana',
      'ann',
      'Bo',
      'Eve 9',
    ]);
  });

  it('sorts names case-insensitively and numbers by value', () => {
    const view = { ...DEFAULT_BURN_VIEW, sort: 'name' as const };
    expect(names(burnTableRows(rows, view))).toEqual(['ann', 'Bo', 'Cleo', 'Dana', 'Eve 9', 'Eve 10']);
    expect(names(burnTableRows(rows, { ...view, descending: true }))).toEqual([
      'Eve 10',
      'Eve 9',
      'Dana',
      'Cleo',
      'Bo',
      'ann',
    ]);
  });

  it('sorts amounts exactly, and missing values go last in both directions', () => {
    const exact = [row('a', { spentMicros: 2n ** 62n + 1n }), row('b', { spentMicros: 2n ** 62n })];
    expect(names(burnTableRows(exact, { ...DEFAULT_BURN_VIEW, sort: 'spent' }))).toEqual(['b', 'a']);
    const down = burnTableRows(rows, { ...DEFAULT_BURN_VIEW, descending: true });
    expect(names(down)).toEqual(['Dana', 'Cleo', 'Eve 10', 'ann', 'Bo', 'Eve 9']);
    const byTeam = burnTableRows(rows, { ...DEFAULT_BURN_VIEW, sort: 'team', descending: true });
    expect(names(byTeam)).toEqual(['Cleo', 'Bo', 'ann', 'Dana', 'Eve 9', 'Eve 10']);
  });

  it('sorts the band by its earliest date, signals run-out first, confidence high first', () => {
    expect(names(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, sort: 'band' }))).toEqual([
      'Cleo',
      'Eve 10',
      'Dana',
      'ann',
      'Bo',
      'Eve 9',
    ]);
    expect(names(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, sort: 'signal' }))).toEqual([
      'Cleo',
      'Dana',
      'Eve 10',
      'Bo',
      'ann',
      'Eve 9',
    ]);
    expect(
      names(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, sort: 'confidence', descending: true })).at(0),
    ).toBe('ann');
  });

  it('filters by signal and by every word of the search in the name or team', () => {
    expect(names(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, show: 'runsOut' }))).toEqual([
      'Cleo',
      'Eve 10',
      'Dana',
    ]);
    expect(names(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, show: 'underUse' }))).toEqual(['Bo']);
    expect(names(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, sort: 'name', search: 'platform' }))).toEqual([
      'ann',
      'Bo',
    ]);
    expect(names(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, search: '  PLATFORM   tools ' }))).toEqual([
      'Bo',
    ]);
    expect(burnTableRows(rows, { ...DEFAULT_BURN_VIEW, search: 'nobody' })).toEqual([]);
  });

  it('for any rows and column: a permutation, ordered by the column, ties by name', () => {
    const arbitraryRow = fc
      .record({
        name: fc.constantFrom('a', 'B', 'c', 'd'),
        id: fc.uuid(),
        spent: fc.bigInt({ min: 0n, max: 10n }),
        runsOut: fc.option(fc.constantFrom('2026-12-01', '2026-12-02'), { nil: null }),
      })
      .map((r) =>
        row(r.name, {
          engineerId: r.id,
          spentMicros: r.spent,
          runsOutOn: r.runsOut,
          runsOutBeforeHorizon: r.runsOut !== null,
        }),
      );
    fc.assert(
      fc.property(
        fc.array(arbitraryRow),
        fc.constantFrom(...BURN_SORTS),
        fc.boolean(),
        (input, sort, descending) => {
          const sorted = burnTableRows(input, { ...DEFAULT_BURN_VIEW, sort, descending });
          expect(sorted.map((r) => r.engineerId).sort()).toEqual(input.map((r) => r.engineerId).sort());
          if (sort === 'spent')
            for (let i = 1; i < sorted.length; i++) {
              const [a, b] = [sorted[i - 1], sorted[i]];
              expect(descending ? a.spentMicros >= b.spentMicros : a.spentMicros <= b.spentMicros).toBe(true);
              if (a.spentMicros === b.spentMicros)
                expect(a.name.toLowerCase() <= b.name.toLowerCase()).toBe(true);
            }
        },
      ),
    );
  });
});

describe('nameOrder', () => {
  it('ranked rows sort exactly as by name, for every column and direction', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom('Ann', 'ann', 'Éva', 'Eva', 'Engineer 10', 'Engineer 9', 'Bob', 'bob 2'),
            runsOutOn: fc.option(fc.constantFrom('2026-12-01', '2026-12-02'), { nil: null }),
            spent: fc.bigInt({ min: 0n, max: 3n }),
          }),
          { maxLength: 25 },
        ),
        fc.constantFrom(...BURN_SORTS),
        fc.boolean(),
        (specs, sort, descending) => {
          const plain = specs.map((spec, i) =>
            row(spec.name, {
              engineerId: `id-${String(i).padStart(2, '0')}`,
              runsOutOn: spec.runsOutOn,
              spentMicros: spec.spent,
            }),
          );
          const ranks = nameOrder(plain);
          const ranked = plain.map((each) => ({ ...each, nameOrder: ranks.get(each.engineerId) }));
          const view = { ...DEFAULT_BURN_VIEW, sort, descending };
          expect(burnTableRows(ranked, view).map((each) => each.engineerId)).toEqual(
            burnTableRows(plain, view).map((each) => each.engineerId),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
