import fc from 'fast-check';
import { ALLOCATION_POLICIES, type AllocationBasis } from './chargeback';
import { FieldProblemError } from './dates';
import {
  allocatedTotals,
  type AllocationTeam,
  type ChargeTotal,
  groupStatements,
  type StatementSet,
  statementSetProblems,
  summarize,
  totalOf,
} from './statements';

const RUNS = { numRuns: 300 };

const TEAMS: AllocationTeam[] = [
  { teamId: 't1', teamName: 'Platform', costCentre: 'CC-1' },
  { teamId: 't2', teamName: 'Data', costCentre: 'CC-1' },
  { teamId: 't3', teamName: 'Mobile', costCentre: 'CC-2' },
  { teamId: 't4', teamName: 'Web', costCentre: 'CC-3' },
];
const CENTRAL = { teamName: 'Central', costCentre: 'CENTRAL' };

const micros = fc.oneof(
  fc.bigInt({ min: -(10n ** 6n), max: 10n ** 9n }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n }),
);

/** A usage or adjustment total of a random engineer on a random team (or none: held centrally). */
const attributed: fc.Arbitrary<ChargeTotal> = fc
  .record({
    category: fc.constantFrom('USAGE' as const, 'ADJUSTMENT' as const),
    engineer: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5'),
    team: fc.option(fc.constantFrom(...TEAMS), { nil: null }),
    model: fc.constantFrom('sonnet', 'opus', 'gpt'),
    tool: fc.constantFrom('cli', 'cursor', 'api'),
    costMicros: micros,
  })
  .map((record) => ({
    category: record.category,
    engineerId: record.engineer,
    engineerName: record.engineer.toUpperCase(),
    teamId: record.team?.teamId ?? null,
    teamName: record.team?.teamName ?? CENTRAL.teamName,
    costCentre: record.team?.costCentre ?? CENTRAL.costCentre,
    provider: 'p',
    model: record.model,
    tool: record.tool,
    originalMonth: record.category === 'ADJUSTMENT' ? '2026-01' : null,
    costMicros: record.costMicros,
  }));

/** The statement set of some totals, as the api builds it (groupStatements + summarize). */
function setOf(totals: ChargeTotal[]): StatementSet {
  const grouped = groupStatements(totals);
  const statement =
    (kind: 'TEAM' | 'COST_CENTRE') => (group: { key: string; name: string; totals: ChargeTotal[] }) => ({
      ...summarize(group.totals, { kind, key: group.key, name: group.name, label: null }),
      allowances: [],
      overageMicros: 0n,
      previousTotalMicros: null,
    });
  const of = (category: ChargeTotal['category']) =>
    totalOf(totals.filter((total) => total.category === category));
  return {
    period: '2026-02',
    months: ['2026-02'],
    currency: 'USD',
    mode: 'CHARGEBACK',
    closed: false,
    totalMicros: totalOf(totals),
    usageMicros: of('USAGE'),
    adjustmentMicros: of('ADJUSTMENT'),
    sharedMicros: of('SHARED'),
    unabsorbedMicros: of('UNABSORBED'),
    teams: grouped.teams.map(statement('TEAM')),
    costCentres: grouped.costCentres.map(statement('COST_CENTRE')),
  };
}

describe('statements (properties): Σ teams = Σ cost centres = usage + adjustments + shared + unabsorbed', () => {
  it('holds for any charge totals with any allocated shared and unabsorbed amounts, by any policy with a basis', () => {
    fc.assert(
      fc.property(
        fc.array(attributed, { maxLength: 40 }),
        fc.array(micros, { maxLength: 4 }),
        fc.array(micros, { maxLength: 3 }),
        fc.constantFrom(...ALLOCATION_POLICIES),
        fc.array(fc.nat({ max: 30 }), { minLength: TEAMS.length, maxLength: TEAMS.length }),
        (totals, shared, unabsorbed, policy, heads) => {
          const spend = new Map<string, bigint>();
          for (const total of totals)
            if (total.teamId) spend.set(total.teamId, (spend.get(total.teamId) ?? 0n) + total.costMicros);
          const basis: AllocationBasis[] = TEAMS.map((team, index) => ({
            teamId: team.teamId,
            attributedMicros: spend.get(team.teamId) ?? 0n,
            headcount: heads[index],
          }));
          const teams = new Map(TEAMS.map((team) => [team.teamId, team]));
          const all = [...totals];
          const allocate = (amount: bigint, category: 'SHARED' | 'UNABSORBED') => {
            try {
              const parts = allocatedTotals(amount, category, policy, basis, teams, CENTRAL, {
                provider: null,
                model: null,
                tool: null,
              });
              // Every split adds up to its amount exactly.
              expect(totalOf(parts)).toBe(amount);
              all.push(...parts.map(({ share: _share, ...total }) => total));
              return true;
            } catch (error) {
              // Only a policy without a basis refuses, naming allocationPolicy.
              expect(error).toBeInstanceOf(FieldProblemError);
              expect((error as FieldProblemError).problems[0].field).toBe('allocationPolicy');
              return false;
            }
          };
          for (const amount of shared) allocate(amount, 'SHARED');
          for (const amount of unabsorbed) allocate(amount, 'UNABSORBED');
          const set = setOf(all);
          expect(statementSetProblems(set)).toEqual([]);
          // Each statement's breakdowns add up to its total.
          for (const statement of [...set.teams, ...set.costCentres]) {
            expect(totalOf(statement.byCategory)).toBe(statement.totalMicros);
            expect(totalOf(statement.byModel)).toBe(statement.totalMicros);
            expect(totalOf(statement.byTool)).toBe(statement.totalMicros);
            expect(totalOf(statement.byProvider)).toBe(statement.totalMicros);
          }
        },
      ),
      RUNS,
    );
  });

  it('finds a broken set', () => {
    const total: ChargeTotal = {
      category: 'USAGE',
      engineerId: 'e1',
      engineerName: 'E1',
      teamId: 't1',
      teamName: 'Platform',
      costCentre: 'CC-1',
      provider: 'p',
      model: 'm',
      tool: 'cli',
      originalMonth: null,
      costMicros: 5n,
    };
    const set = setOf([total]);
    expect(statementSetProblems(set)).toEqual([]);
    expect(statementSetProblems({ ...set, costCentres: [] })).toEqual(['Σ cost centres 0 ≠ total 5']);
    expect(statementSetProblems({ ...set, sharedMicros: 1n })).toHaveLength(1);
  });
});

describe('summarize', () => {
  it('lists adjustments with their original month, breakdowns biggest first then by name', () => {
    const base = {
      engineerId: 'e1',
      engineerName: 'Ann',
      teamId: 't1',
      teamName: 'Platform',
      costCentre: 'CC-1',
      provider: 'anthropic',
      tool: 'cli',
    };
    const statement = summarize(
      [
        { ...base, category: 'USAGE', model: 'sonnet', originalMonth: null, costMicros: 3n },
        { ...base, category: 'USAGE', model: 'opus', originalMonth: null, costMicros: 3n },
        {
          ...base,
          category: 'ADJUSTMENT',
          model: null,
          provider: null,
          tool: null,
          originalMonth: '2026-01',
          costMicros: 2n,
        },
        {
          ...base,
          category: 'ADJUSTMENT',
          model: null,
          provider: null,
          tool: null,
          originalMonth: '2026-01',
          costMicros: -1n,
        },
      ],
      { kind: 'TEAM', key: 't1', name: 'Platform', label: null },
    );
    expect(statement.totalMicros).toBe(7n);
    expect(statement.byModel.map((row) => [row.key, row.costMicros])).toEqual([
      ['anthropic/opus', 3n],
      ['anthropic/sonnet', 3n],
      ['—', 1n],
    ]);
    expect(statement.adjustments).toEqual([
      { engineerId: 'e1', engineerName: 'Ann', originalMonth: '2026-01', costMicros: 1n },
    ]);
  });
});
