import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { canOpen } from '../../app/navigation';
import { buildTableCsv } from '../../app/table/csv';
import type { TeamsQuery } from '../../gql/graphql';
import {
  bandLabel,
  burnColumns,
  burnCsvColumns,
  chartNumber,
  chosenTeam,
  confidenceLabel,
  cumulativePoints,
  cumulativeSummary,
  DEFAULT_BURN_SORT,
  isFiltered,
  NO_BURN_FILTER,
  ofEngineers,
  pageLabel,
  reviewableTeams,
  runsOutLabel,
  shareRows,
  shareText,
  signalOf,
  overageLabel,
  teamBurnVariables,
  teamNamesIfSeveral,
  weekOverWeekColor,
  weekOverWeekLabel,
  type EngineerBurnRow,
} from './burn';

function row(id: string, name: string, overrides: Partial<EngineerBurnRow> = {}): EngineerBurnRow {
  return {
    engineerId: id,
    name,
    teamId: 'plat',
    allowanceMicros: '2400000000',
    accruedMicros: '2200000000',
    spentMicros: '1000000000',
    heldMicros: '0',
    availableMicros: '1200000000',
    overageMicros: '0',
    inOverage: false,
    burn7Micros: '10000000',
    burn30Micros: '12000000',
    historyDays: 30,
    runsOutOn: null,
    earliest: null,
    latest: null,
    confidence: 'high',
    horizon: '2026-12-31',
    runsOutBeforeHorizon: false,
    underUse: false,
    ...overrides,
  };
}

const alice = row('a', 'Alice Engineer', {
  spentMicros: '2195630000',
  availableMicros: '4370000',
  burn30Micros: '53300000',
  runsOutOn: '2026-11-24',
  earliest: '2026-11-24',
  latest: '2026-11-25',
  runsOutBeforeHorizon: true,
});
const zed = row('z', 'Zed Big', {
  spentMicros: '9000000000',
  runsOutOn: '2026-12-10',
  earliest: '2026-12-01',
  latest: null,
  confidence: 'low',
  runsOutBeforeHorizon: true,
});
const carl = row('c', 'Carl Quiet', { spentMicros: '10000000', underUse: true, teamId: 'infra' });
const bea = row('b', 'Bea Steady', { spentMicros: '5000000000', confidence: 'medium' });

type Team = TeamsQuery['teams'][number];
const team = (id: string, name: string, parentId: string | null, managerUserId: string | null): Team => ({
  id,
  name,
  parentId,
  managerUserId,
  managerName: null,
  costCentre: 'CC',
  engineerCount: 1,
});
const teams = [
  team('eng', 'Engineering', null, null),
  team('plat', 'Platform', 'eng', 'max'),
  team('infra', 'Infrastructure', 'plat', null),
  team('prod', 'Product', 'eng', null),
  team('data', 'Data', 'eng', 'max'),
];

describe('reviewableTeams', () => {
  it('gives a manager the teams they manage and the teams below them, defaulting to the first they manage', () => {
    const { choices, defaultTeamId } = reviewableTeams(teams, { id: 'max', roles: ['MANAGER'] });
    expect(choices.map((choice) => choice.value)).toEqual(['data', 'plat', 'infra']);
    // indented relative to the manager's own teams
    expect(choices.map((choice) => choice.label.trim())).toEqual(['Data', 'Platform', '└ Infrastructure']);
    expect(defaultTeamId).toBe('data');
  });

  it('gives ADMIN, HR and FINANCE every team, opening the root team', () => {
    for (const role of ['ADMIN', 'HR', 'FINANCE'] as const) {
      const { choices, defaultTeamId } = reviewableTeams(teams, { id: 'ada', roles: [role] });
      expect(choices.map((choice) => choice.value)).toEqual(['eng', 'data', 'plat', 'infra', 'prod']);
      expect(defaultTeamId).toBe('eng');
    }
  });

  it('opens the managed team first for someone who is both a manager and finance', () => {
    const { choices, defaultTeamId } = reviewableTeams(teams, { id: 'max', roles: ['FINANCE', 'MANAGER'] });
    expect(choices).toHaveLength(5);
    expect(defaultTeamId).toBe('data');
  });

  it('gives a manager of no team, or an engineer, nothing to pick', () => {
    expect(reviewableTeams(teams, { id: 'nobody', roles: ['MANAGER'] })).toEqual({
      choices: [],
      defaultTeamId: null,
    });
    expect(reviewableTeams(teams, { id: 'max', roles: ['ENGINEER'] }).choices).toEqual([]);
  });
});

describe('chosenTeam', () => {
  const choices = [
    { value: 'plat', label: 'Platform' },
    { value: 'infra', label: 'Infrastructure' },
  ];
  it('takes the team from the address when the viewer may review it', () => {
    expect(chosenTeam('infra', choices, 'plat')).toEqual({ teamId: 'infra', unknownRequest: false });
  });
  it('falls back to the default, and says so, for a team the viewer may not review', () => {
    expect(chosenTeam('prod', choices, 'plat')).toEqual({ teamId: 'plat', unknownRequest: true });
    expect(chosenTeam(null, choices, 'plat')).toEqual({ teamId: 'plat', unknownRequest: false });
  });
});

describe('labels', () => {
  it('names the run-out date, or says the money lasts', () => {
    expect(runsOutLabel(alice)).toBe('Nov 24, 2026');
    expect(runsOutLabel(bea)).toBe('Lasts the period');
  });

  it('writes the 80% band as a range, a single day, or open-ended', () => {
    expect(bandLabel(alice)).toBe('Nov 24, 2026 – Nov 25, 2026');
    expect(bandLabel({ ...alice, latest: '2026-11-24' })).toBe('Nov 24, 2026');
    expect(bandLabel(zed)).toBe('Dec 1, 2026 – after Dec 31, 2026');
    expect(bandLabel(bea)).toBe('—');
  });

  it('labels confidence and the signal', () => {
    expect(confidenceLabel('medium')).toBe('Medium');
    expect(confidenceLabel('weird')).toBe('weird');
    expect(signalOf(alice)).toBe('runsOut');
    expect(signalOf(carl)).toBe('underUse');
    expect(signalOf(bea)).toBe('none');
  });

  it('writes the week-over-week change with a sign, and says when there is nothing to compare', () => {
    expect(weekOverWeekLabel(1234)).toBe('+12.34%');
    expect(weekOverWeekLabel(1250)).toBe('+12.5%');
    expect(weekOverWeekLabel(-400)).toBe('−4%');
    expect(weekOverWeekLabel(0)).toBe('No change');
    expect(weekOverWeekLabel(null)).toBe('No spend the week before');
    expect(weekOverWeekColor(10)).toBe('red');
    expect(weekOverWeekColor(-10)).toBe('teal');
    expect(weekOverWeekColor(null)).toBe('gray');
    expect(ofEngineers(2, 7)).toBe('2 of 7');
  });
});

describe('burn table', () => {
  const columns = burnColumns('USD');

  it('asks the server for a page of the view: soonest run-out first by default, never spend', () => {
    expect(DEFAULT_BURN_SORT).toEqual({ key: 'runsOut', direction: 'asc' });
    expect(teamBurnVariables('plat', { sort: DEFAULT_BURN_SORT, filter: NO_BURN_FILTER }, 0)).toEqual({
      teamId: 'plat',
      sort: 'RUNS_OUT',
      descending: false,
      search: '',
      show: 'ALL',
      offset: 0,
      limit: 50,
    });
    expect(
      teamBurnVariables(
        'plat',
        { sort: { key: 'burn7', direction: 'desc' }, filter: { query: '  ann  ', show: 'underUse' } },
        2,
      ),
    ).toEqual({
      teamId: 'plat',
      sort: 'BURN7',
      descending: true,
      search: 'ann',
      show: 'UNDER_USE',
      offset: 100,
      limit: 50,
    });
    // the export: every row of the view
    expect(
      teamBurnVariables('plat', { sort: DEFAULT_BURN_SORT, filter: NO_BURN_FILTER }, null),
    ).toMatchObject({
      offset: 0,
      limit: null,
    });
    expect(isFiltered(NO_BURN_FILTER)).toBe(false);
    expect(isFiltered({ query: ' ', show: 'all' })).toBe(false);
    expect(isFiltered({ query: '', show: 'runsOut' })).toBe(true);
  });

  it('says which rows a page shows', () => {
    expect(pageLabel(0, 4, 4, 4)).toBe('4 engineers');
    expect(pageLabel(0, 1, 1, 1)).toBe('1 engineer');
    expect(pageLabel(0, 2, 2, 4)).toBe('2 of 4 engineers');
    expect(pageLabel(0, 50, 2000, 2000)).toBe('Showing 1–50 of 2,000 engineers');
    expect(pageLabel(50, 12, 62, 2000)).toBe('Showing 51–62 of 62 matching (2,000 engineers)');
    expect(pageLabel(0, 0, 0, 2000)).toBe('0 of 2,000 engineers');
  });

  it('names the teams (a Team column, search by team) when the subtree holds several teams', () => {
    expect(teamNamesIfSeveral('plat', teams)?.get('infra')).toBe('Infrastructure');
    expect(teamNamesIfSeveral('eng', teams)?.size).toBe(teams.length);
    expect(teamNamesIfSeveral('infra', teams)).toBeUndefined();
    expect(teamNamesIfSeveral('prod', teams)).toBeUndefined();
  });

  it('adds a Team column only when asked, right after the name', () => {
    expect(columns.map((column) => column.label)).toEqual([
      'Engineer',
      'Annual allowance',
      'Accrued',
      'Spent',
      'Held',
      'Available',
      'Burn/day (7 days)',
      'Burn/day (30 days)',
      'Runs out',
      'Run-out band (80%)',
      'Confidence',
      'Signal',
    ]);
    const withTeam = burnColumns('USD', new Map([['infra', 'Infrastructure']]));
    expect(withTeam[1]?.label).toBe('Team');
    expect(withTeam[1]?.text(carl)).toBe('Infrastructure');
    expect(withTeam[1]?.text(alice)).toBe('—');
  });

  it('shows amounts in the company currency for people', () => {
    const spent = columns.find((column) => column.key === 'spent');
    expect(spent?.text(alice)).toBe('$2,195.63');
    expect(columns.find((column) => column.key === 'available')?.text(alice)).toBe('$4.37');
  });

  it('exports the columns shown and the rows in the order the server sent them', () => {
    const shown = [alice, zed];
    const csv = buildTableCsv(burnCsvColumns(columns, 'USD'), shown);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Engineer,Annual allowance (USD),Accrued (USD),Spent (USD),Held (USD),Available (USD),Burn/day (7 days) (USD),Burn/day (30 days) (USD),Runs out,Run-out band (80%),Confidence,Signal',
    );
    expect(lines[1]).toBe(
      'Alice Engineer,2400.00,2200.00,2195.63,0.00,4.37,10.00,53.30,2026-11-24,2026-11-24 to 2026-11-25,High,Runs out before period end',
    );
    expect(lines[2]).toBe(
      'Zed Big,2400.00,2200.00,9000.00,0.00,1200.00,10.00,12.00,2026-12-10,2026-12-01 to after 2026-12-31,Low,Runs out before period end',
    );
    expect(lines).toHaveLength(4); // header, two rows, the final CRLF
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data.every((line) => line.length === columns.length)).toBe(true);
  });

  it('escapes a name a spreadsheet would run as a formula', () => {
    const csv = buildTableCsv(burnCsvColumns(columns, 'USD'), [row('x', '=HYPERLINK("x")')]);
    expect(csv.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});

describe('charts', () => {
  const points = [
    { date: '2026-01-31', accruedMicros: '200000000', spentMicros: '150000000' },
    { date: '2026-11-01', accruedMicros: '2200000000', spentMicros: '2100005000' },
    { date: '2026-11-02', accruedMicros: '2200000000', spentMicros: '2195630000' },
  ];

  it('maps the cumulative points to chart numbers with day labels', () => {
    expect(cumulativePoints(points)).toEqual([
      { date: '2026-01-31', label: 'Jan 31', accrued: 200, spent: 150 },
      { date: '2026-11-01', label: 'Nov 1', accrued: 2200, spent: 2100.01 },
      { date: '2026-11-02', label: 'Nov 2', accrued: 2200, spent: 2195.63 },
    ]);
    expect(chartNumber('-4995')).toBe(0);
    expect(chartNumber('-5000')).toBe(-0.01);
  });

  it('spells out where the lines end for the text alternative', () => {
    expect(cumulativeSummary(points, 'USD')).toBe(
      'By Nov 2, 2026 the team spent $2,195.63 of $2,200.00 accrued: $4.37 less than has accrued.',
    );
    expect(
      cumulativeSummary(
        [{ date: '2026-11-02', accruedMicros: '100000000', spentMicros: '150000000' }],
        'USD',
      ),
    ).toContain('$50.00 more than has accrued');
    expect(cumulativeSummary([], 'USD')).toBe('No spend or accrual in this period yet.');
  });

  it('splits spend into shares that add up to 100%, most expensive first', () => {
    const shares = shareRows([
      { key: 'cursor', costMicros: '1000000', events: 1, unpricedEvents: 0, unpricedTokens: '0' },
      { key: 'api', costMicros: '1000000', events: 2, unpricedEvents: 0, unpricedTokens: '0' },
      { key: 'claude-code', costMicros: '1000000', events: 3, unpricedEvents: 0, unpricedTokens: '0' },
      { key: 'gateway', costMicros: '3000000', events: 4, unpricedEvents: 0, unpricedTokens: '0' },
    ]);
    expect(shares.map((share) => share.key)).toEqual(['gateway', 'api', 'claude-code', 'cursor']);
    expect(shares.map((share) => share.shareBp)).toEqual([5000, 1667, 1667, 1666]);
    expect(shares.reduce((sum, share) => sum + share.shareBp, 0)).toBe(10_000);
    expect(shares[1]?.shareText).toBe('16.67%');
  });

  it('gives no share to nothing spent or a refund', () => {
    expect(
      shareRows([{ key: 'a', costMicros: '0', events: 0, unpricedEvents: 0, unpricedTokens: '0' }])[0]
        ?.shareBp,
    ).toBe(0);
    expect(
      shareRows([
        { key: 'a', costMicros: '-5', events: 1, unpricedEvents: 0, unpricedTokens: '0' },
        { key: 'b', costMicros: '5', events: 1, unpricedEvents: 0, unpricedTokens: '0' },
      ]).map((share) => share.shareBp),
    ).toEqual([10_000, 0]);
    expect(shareText(4520)).toBe('45.2%');
    expect(shareText(10_000)).toBe('100%');
    expect(shareText(3)).toBe('0.03%');
  });
});

describe('who may open the burn pages', () => {
  it('opens Team burn to managers, ADMIN, HR and FINANCE, and "what my manager sees" to engineers', () => {
    for (const role of ['MANAGER', 'ADMIN', 'HR', 'FINANCE'] as const)
      expect(canOpen('/team-burn', [role])).toBe(true);
    expect(canOpen('/team-burn', ['ENGINEER'])).toBe(false);
    expect(canOpen('/manager-view', ['ENGINEER'])).toBe(true);
    expect(canOpen('/manager-view', ['MANAGER'])).toBe(false);
  });
});

describe('overageLabel', () => {
  it('names the overage with its amount, only when the balance is below zero', () => {
    expect(overageLabel(row('o', 'Olga', { inOverage: true, overageMicros: '1795000000' }), 'USD')).toBe(
      'Overage $1,795.00',
    );
    expect(overageLabel(row('p', 'Pat'), 'USD')).toBeNull();
  });
});
