import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const company = {
  id: 'company-1',
  name: 'Analytical Engines',
  currency: 'USD',
  createdAt: '2026-01-05T10:00:00.000Z',
  timeZone: 'UTC',
  today: '2026-11-10',
};

const team = (id: string, name: string, parentId: string | null, managerUserId: string | null) => ({
  __typename: 'Team',
  id,
  name,
  parentId,
  costCentre: 'CC-100',
  managerUserId,
  managerName: managerUserId ? 'Max Manager' : null,
  engineerCount: 2,
});
const teams = [
  team('eng', 'Engineering', null, null),
  team('plat', 'Platform', 'eng', 'max'),
  team('infra', 'Infrastructure', 'plat', 'max'),
  team('prod', 'Product', 'eng', null),
];

const burnRow = (id: string, name: string, runsOutOn: string | null, availableMicros: string | null) => ({
  __typename: 'EngineerBurn',
  engineerId: id,
  name,
  teamId: 'plat',
  allowanceMicros: '60000000000',
  accruedMicros: '55000000000',
  spentMicros: '20000000000',
  heldMicros: '0',
  availableMicros,
  overageMicros: '0',
  inOverage: false,
  burn7Micros: '100000000',
  burn30Micros: '120000000',
  historyDays: 30,
  runsOutOn,
  earliest: runsOutOn,
  latest: runsOutOn,
  confidence: 'high',
  horizon: '2026-12-31',
  runsOutBeforeHorizon: runsOutOn !== null,
  underUse: false,
});

function teamBurn(
  teamId: string,
  teamName: string,
  spentMicros: string,
  runningOut: ReturnType<typeof burnRow>[],
) {
  return {
    __typename: 'TeamBurn',
    teamId,
    teamName,
    currency: 'USD',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    asOf: '2026-11-10',
    allowancePerPerson: true,
    summary: {
      __typename: 'TeamBurnSummary',
      engineers: 12,
      allowanceMicros: '720000000000',
      accruedMicros: '600000000000',
      spentMicros,
      heldMicros: '0',
      availableMicros: '588000000000',
      burn7Micros: '400000000',
      burn30Micros: '413300000',
      runningOut: runningOut.length,
      underUse: 0,
      inOverage: 0,
      overageMicros: '0',
      lastWeekMicros: '2800000000',
      weekBeforeMicros: '2500000000',
      weekOverWeekBp: 1200,
    },
    runningOut: { __typename: 'EngineerBurnPage', matching: runningOut.length, rows: runningOut },
    byModel: [
      {
        __typename: 'BurnByKey',
        key: 'claude-sonnet-4',
        costMicros: '9000000000',
        events: 90,
        unpricedEvents: 0,
        unpricedTokens: '0',
      },
      {
        __typename: 'BurnByKey',
        key: 'gpt-5',
        costMicros: '3000000000',
        events: 30,
        unpricedEvents: 0,
        unpricedTokens: '0',
      },
    ],
  };
}

const budget = {
  __typename: 'Budget',
  engineerId: 'eng-1',
  currency: 'USD',
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  allowanceMicros: '500000000',
  accruedMicros: '500000000',
  spentMicros: '620000000',
  heldMicros: '0',
  availableMicros: '-120000000',
  poolAvailableMicros: '0',
  overageMicros: '120000000',
  enforcement: 'SOFT',
  dailyBurnMicros: '62000000',
  paceBp: 12400,
  runsOutOn: '2026-11-08',
};

describe('DashboardPage: each role lands on its own home', () => {
  it('an ENGINEER sees their budget: what is left, the pace and when it runs out', async () => {
    const { log } = renderApp({
      path: '/',
      user: makeUser(['ENGINEER'], { company }),
      respond: (op) => (op.operationName === 'DashboardBudget' ? { data: { budget } } : { data: null }),
    });
    expect(await screen.findByTestId('engineer-home')).toBeTruthy();
    expect(screen.getByTestId('budget-available').textContent).toBe('-$120.00');
    expect(screen.getByTestId('budget-overage').textContent).toBe('$120.00');
    expect(screen.getByTestId('budget-pace').textContent).toContain('1.24×');
    expect(screen.getByTestId('budget-runs-out').textContent).toBe('Nov 8, 2026');
    expect(screen.queryByRole('heading', { name: 'No token usage yet' })).toBeNull();
    expect(screen.getByRole('link', { name: /Open my budget/ }).getAttribute('href')).toBe('/budget');
    expect(log.map((op) => op.operationName)).toContain('DashboardBudget');
  });

  it('an ENGINEER without an engineer record is told there is no usage yet', async () => {
    renderApp({
      path: '/',
      user: makeUser(['ENGINEER'], { company }),
      respond: (op) =>
        op.operationName === 'DashboardBudget' ? gqlError('NOT_FOUND', 'No engineer record') : { data: null },
    });
    expect(await screen.findByRole('heading', { name: 'No token usage yet' })).toBeTruthy();
  });

  it('a MANAGER sees the burn of the teams they manage (once, not the subteam again) and who runs out', async () => {
    const log: RecordedOperation[] = [];
    renderApp({
      path: '/',
      user: makeUser(['MANAGER'], { id: 'max', company }),
      respond: (op) => {
        log.push(op);
        if (op.operationName === 'Teams') return { data: { teams } };
        if (op.operationName === 'DashboardTeamBurn')
          return {
            data: {
              teamBurn: teamBurn('plat', 'Platform', '12000000000', [
                burnRow('a', 'Alice Engineer', '2026-11-24', '4370000'),
              ]),
            },
          };
        return { data: null };
      },
    });
    const home = await screen.findByTestId('manager-home');
    expect(await within(home).findByRole('heading', { name: 'Your team · Platform' })).toBeTruthy();
    const burnAsks = log.filter((op) => op.operationName === 'DashboardTeamBurn');
    expect(burnAsks.map((op) => op.variables['teamId'])).toEqual(['plat']);
    const runningOut = screen.getByRole('table', { name: 'Who runs out first' });
    expect(within(runningOut).getByRole('link', { name: 'Alice Engineer' }).getAttribute('href')).toBe(
      '/engineers/a/budget',
    );
    expect(within(runningOut).getByText('Nov 24, 2026')).toBeTruthy();
    expect(screen.getByTestId('summary-spent').textContent).toBe('$12,000.00');
  });

  it('a MANAGER without a team is told so', async () => {
    renderApp({
      path: '/',
      user: makeUser(['MANAGER'], { id: 'nobody', company }),
      respond: (op) => (op.operationName === 'Teams' ? { data: { teams } } : { data: null }),
    });
    expect(await screen.findByRole('heading', { name: 'No team to review' })).toBeTruthy();
  });

  it('an ADMIN sees the company spend: each top-level team with the teams below it', async () => {
    const log: RecordedOperation[] = [];
    renderApp({
      path: '/',
      user: makeUser(['ADMIN'], { company }),
      respond: (op) => {
        log.push(op);
        if (op.operationName === 'Teams') return { data: { teams } };
        if (op.operationName === 'DashboardTeamBurn')
          return { data: { teamBurn: teamBurn('eng', 'Engineering', '12345670000', []) } };
        return { data: null };
      },
    });
    const home = await screen.findByTestId('company-home');
    expect(await within(home).findByRole('heading', { name: 'Company spend · Engineering' })).toBeTruthy();
    expect(
      log.filter((op) => op.operationName === 'DashboardTeamBurn').map((op) => op.variables['teamId']),
    ).toEqual(['eng']);
    expect(screen.getByTestId('summary-spent').textContent).toBe('$12,345.67');
    expect(screen.getByTestId('home-running-out-empty')).toBeTruthy();
    const models = screen.getByRole('table', { name: 'Spend by model' });
    expect(
      within(models)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['claude-sonnet-4$9,000.00', 'gpt-5$3,000.00']);
    expect(screen.queryByRole('heading', { name: 'No token usage yet' })).toBeNull();
  });

  it('an ADMIN of a company without teams yet gets the empty state with the invitation', async () => {
    renderApp({
      path: '/',
      user: makeUser(['ADMIN'], { company }),
      respond: (op) => (op.operationName === 'Teams' ? { data: { teams: [] } } : { data: null }),
    });
    expect(await screen.findByRole('heading', { name: 'No token usage yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Invite your team' })).toBeTruthy();
  });

  it('HR sees the allowances granted today and the upcoming starters, soonest first', async () => {
    const engineer = (
      id: string,
      name: string,
      startDate: string,
      endDate: string | null,
      allowance: string | null,
    ) => ({
      __typename: 'Engineer',
      id,
      name,
      email: `${id}@example.com`,
      title: null,
      level: null,
      location: null,
      teamId: 'plat',
      teamName: 'Platform',
      status: startDate > '2026-11-10' ? 'OFFER' : endDate && endDate < '2026-11-10' ? 'LEAVER' : 'ACTIVE',
      startDate,
      endDate,
      basePay: null,
      annualAllowanceMicros: allowance,
    });
    const offer = (
      id: string,
      name: string,
      startDate: string,
      status: string,
      engineerId: string | null,
    ) => ({
      __typename: 'Offer',
      id,
      candidateName: name,
      candidateEmail: `${id}@example.com`,
      title: 'Engineer',
      level: null,
      location: null,
      teamId: 'prod',
      teamName: 'Product',
      startDate,
      annualPayMicros: '100000000000',
      currency: 'USD',
      overrideKind: null,
      overrideRatioBp: null,
      overrideAnnualMicros: null,
      overrideReason: null,
      bonusMicros: null,
      equity: null,
      status,
      engineerId,
      createdAt: '2026-10-01T00:00:00.000Z',
      terms: {
        __typename: 'OfferTerms',
        annualAllowanceMicros: '50000000000',
        allowanceBasisText: '50% of base pay',
        monthlyMicros: '4166666666',
        firstPeriodStart: startDate,
        firstPeriodEnd: '2026-12-31',
        firstYearMicros: '50000000000',
        totalCompMicros: '150000000000',
      },
    });
    renderApp({
      path: '/',
      user: makeUser(['HR'], { company }),
      respond: (op) => {
        if (op.operationName === 'Engineers')
          return {
            data: {
              engineers: [
                engineer('e1', 'Ada Active', '2025-01-01', null, '60000000000'),
                engineer('e2', 'Bo Busy', '2026-03-01', '2026-12-31', '40000000000'),
                engineer('e3', 'Cy Gone', '2024-01-01', '2026-06-30', '30000000000'),
                engineer('e4', 'Di Soon', '2026-12-01', null, '45000000000'),
              ],
            },
          };
        if (op.operationName === 'Offers')
          return {
            data: {
              offers: [
                offer('o1', 'Ed Accepted', '2026-11-20', 'ACCEPTED', null),
                offer('o2', 'Fi Draft', '2026-11-15', 'DRAFT', null),
                // already has an engineer record (Di Soon): listed once
                offer('o3', 'Di Soon', '2026-12-01', 'ACCEPTED', 'e4'),
              ],
            },
          };
        return { data: null };
      },
    });
    expect(await screen.findByTestId('hr-home')).toBeTruthy();
    // Ada + Bo are employed today; Cy has left; Di has not started
    expect(screen.getByTestId('home-granted').textContent).toBe('$100,000.00');
    expect(screen.getByTestId('home-engineers').textContent).toBe('2');
    const starters = screen.getByRole('table', { name: 'Upcoming starters' });
    const rows = within(starters).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Ed Acceptedoffer accepted',
      'Di Soon',
    ]);
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/offers/o1');
    expect(
      within(rows[1] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/engineers/e4');
    expect(within(rows[1] as HTMLElement).getByText('$45,000.00')).toBeTruthy();
  });
});
