import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { burnTableRows, type BurnShow, type BurnSort } from '@tokenroll/domain';
import { gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const company = {
  id: 'company-1',
  name: 'Analytical Engines',
  currency: 'USD',
  createdAt: '2026-01-05T10:00:00.000Z',
  timeZone: 'UTC',
  today: '2026-11-10',
};
const manager = makeUser(['MANAGER'], { id: 'max', company });

const team = (id: string, name: string, parentId: string | null, managerUserId: string | null) => ({
  __typename: 'Team',
  id,
  name,
  parentId,
  costCentre: 'CC',
  managerUserId,
  managerName: managerUserId ? 'Max Manager' : null,
  engineerCount: 2,
});
const teams = [
  team('eng', 'Engineering', null, null),
  team('plat', 'Platform', 'eng', 'max'),
  team('infra', 'Infrastructure', 'plat', null),
  team('prod', 'Product', 'eng', null),
];

const byKey = (
  key: string,
  costMicros: string,
  events: number,
  unpricedEvents = 0,
  unpricedTokens = '0',
) => ({
  __typename: 'BurnByKey',
  key,
  costMicros,
  events,
  unpricedEvents,
  unpricedTokens,
});

const engineer = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'EngineerBurn',
  engineerId: id,
  name,
  teamId: 'plat',
  allowanceMicros: '60000000000',
  accruedMicros: '55000000000',
  spentMicros: '20000000000',
  heldMicros: '0',
  availableMicros: '35000000000',
  overageMicros: '0',
  inOverage: false,
  burn7Micros: '100000000',
  burn30Micros: '120000000',
  historyDays: 30,
  runsOutOn: null,
  earliest: null,
  latest: null,
  confidence: 'high',
  horizon: '2026-12-31',
  runsOutBeforeHorizon: false,
  underUse: false,
  ...overrides,
});

// In name order, as the API sends them; the big spender is not first by default.
const engineers = [
  engineer('a', 'Alice Engineer', {
    allowanceMicros: '2400000000',
    accruedMicros: '2200000000',
    spentMicros: '2195630000',
    availableMicros: '4370000',
    burn30Micros: '53300000',
    runsOutOn: '2026-11-24',
    earliest: '2026-11-24',
    latest: '2026-11-25',
    runsOutBeforeHorizon: true,
  }),
  engineer('b', 'Bea Big', { spentMicros: '50000000000', availableMicros: '5000000000' }),
  engineer('c', 'Carl Quiet', { spentMicros: '100000000', underUse: true, teamId: 'infra' }),
  // usage beyond his hard budget: his balance is $25 below zero
  engineer('d', 'Dan Soon', {
    availableMicros: '0',
    overageMicros: '25000000',
    inOverage: true,
    runsOutOn: '2026-12-05',
    earliest: '2026-11-30',
    latest: null,
    confidence: 'low',
    runsOutBeforeHorizon: true,
  }),
];

type Row = ReturnType<typeof engineer>;
const SORTS: Record<string, BurnSort> = {
  NAME: 'name',
  TEAM: 'team',
  ALLOWANCE: 'allowance',
  ACCRUED: 'accrued',
  SPENT: 'spent',
  HELD: 'held',
  AVAILABLE: 'available',
  BURN7: 'burn7',
  BURN30: 'burn30',
  RUNS_OUT: 'runsOut',
  BAND: 'band',
  CONFIDENCE: 'confidence',
  SIGNAL: 'signal',
};
const SHOWS: Record<string, BurnShow> = { ALL: 'all', RUNS_OUT: 'runsOut', UNDER_USE: 'underUse' };

/** A page of the table as the API answers it: the domain rule over the rows, then the page. */
function page(rows: Row[], args: Record<string, unknown>) {
  const table = rows.map((row) => ({
    row,
    engineerId: String(row.engineerId),
    name: String(row.name),
    teamName: teams.find((t) => t.id === row.teamId)?.name ?? null,
    annualAllowanceMicros: BigInt(String(row.allowanceMicros)),
    accruedMicros: BigInt(String(row.accruedMicros)),
    spentMicros: BigInt(String(row.spentMicros)),
    heldMicros: BigInt(String(row.heldMicros)),
    availableMicros: BigInt(String(row.availableMicros)),
    forecast: {
      burn7Micros: BigInt(String(row.burn7Micros)),
      burn30Micros: BigInt(String(row.burn30Micros)),
      runsOutOn: row.runsOutOn as string | null,
      earliest: row.earliest as string | null,
      confidence: row.confidence as 'high' | 'medium' | 'low',
      runsOutBeforeHorizon: Boolean(row.runsOutBeforeHorizon),
      underUse: Boolean(row.underUse),
    },
  }));
  const shown = burnTableRows(table, {
    sort: SORTS[String(args['sort'] ?? 'NAME')] ?? 'name',
    descending: Boolean(args['descending']),
    search: String(args['search'] ?? ''),
    show: SHOWS[String(args['show'] ?? 'ALL')] ?? 'all',
  });
  const offset = Number(args['offset'] ?? 0);
  const limit = args['limit'] === null || args['limit'] === undefined ? shown.length : Number(args['limit']);
  return {
    __typename: 'EngineerBurnPage',
    matching: shown.length,
    offset,
    rows: shown.slice(offset, offset + limit).map((each) => each.row),
  };
}

const teamBurn = (
  teamId: string,
  teamName: string,
  variables: Record<string, unknown>,
  rows: Row[] = engineers,
) => ({
  __typename: 'TeamBurn',
  teamId,
  teamName,
  currency: 'USD',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  asOf: '2026-11-23',
  // as HR sees it, or a manager when the company lets managers see allowances (the default: manager-privacy e2e)
  allowancePerPerson: true,
  summary: {
    __typename: 'TeamBurnSummary',
    engineers: rows.length,
    allowanceMicros: '182400000000',
    accruedMicros: '167200000000',
    spentMicros: '92295630000',
    heldMicros: '1500000',
    availableMicros: '75004370000',
    burn7Micros: '400000000',
    burn30Micros: '413300000',
    runningOut: 2,
    underUse: 1,
    inOverage: 1,
    overageMicros: '25000000',
    lastWeekMicros: '2800000000',
    weekBeforeMicros: '2500000000',
    weekOverWeekBp: 1200,
  },
  runningOut: page(rows, { show: 'RUNS_OUT', sort: 'RUNS_OUT', limit: 10 }),
  engineers: page(rows, variables),
  points: [
    {
      __typename: 'BurnPoint',
      date: '2026-10-31',
      accruedMicros: '150000000000',
      spentMicros: '80000000000',
    },
    {
      __typename: 'BurnPoint',
      date: '2026-11-01',
      accruedMicros: '167200000000',
      spentMicros: '80500000000',
    },
  ],
  byModel: [
    byKey('anthropic/claude-sonnet-4-6', '60000000000', 120),
    byKey('openai/gpt-5.4', '32295630000', 40),
    // a model with no price yet
    byKey('acme/house-model', '0', 3, 3, '1500000'),
  ],
  bySource: [byKey('claude-code', '92295630000', 163, 3, '1500000')],
});

const blobs: Blob[] = [];
const downloads: string[] = [];
const originalCreate = URL.createObjectURL;
const originalClick = HTMLAnchorElement.prototype.click;
beforeEach(() => {
  blobs.length = 0;
  downloads.length = 0;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (this.download) downloads.push(this.download);
  };
});
afterEach(() => {
  URL.createObjectURL = originalCreate;
  HTMLAnchorElement.prototype.click = originalClick;
});

function responder(rows: Row[] = engineers) {
  return (op: RecordedOperation) => {
    if (op.operationName === 'Teams') return { data: { teams } };
    if (op.operationName === 'TeamBurn') {
      const id = String(op.variables['teamId']);
      return {
        data: { teamBurn: teamBurn(id, teams.find((t) => t.id === id)?.name ?? id, op.variables, rows) },
      };
    }
    return { data: null };
  };
}
const respond = responder();
const FIRST_PAGE = {
  sort: 'RUNS_OUT',
  descending: false,
  search: '',
  show: 'ALL',
  offset: 0,
  limit: 50,
};

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const firstCells = (table: HTMLElement) =>
  bodyRows(table).map((tr) => within(tr).getAllByRole('cell')[0]?.textContent);

describe('Team burn', () => {
  it('opens the team the manager manages, with the summary, who runs out first and the table', async () => {
    const { log, router } = renderApp({ path: '/team-burn', user: manager, respond });
    expect(await screen.findByRole('heading', { name: 'Team burn', level: 1 })).toBeTruthy();
    const table = await screen.findByRole('table', { name: "Engineers' burn" });
    // the server sorts, filters and pages: the first page, soonest run-out first
    expect(log.find((op) => op.operationName === 'TeamBurn')?.variables).toEqual({
      teamId: 'plat',
      ...FIRST_PAGE,
    });
    // a manager picks among the teams they manage and those below
    const picker = screen.getByLabelText(/^Team/) as HTMLSelectElement;
    expect([...picker.options].map((option) => option.value)).toEqual(['plat', 'infra']);

    expect(screen.getByTestId('summary-spent').textContent).toBe('$92,295.63');
    expect(screen.getByTestId('summary-burn').textContent).toBe('$400.00/day');
    expect(screen.getByTestId('summary-week-over-week').textContent).toContain('+12%');
    expect(screen.getByTestId('summary-running-out').textContent).toBe('2 of 4');
    expect(screen.getByTestId('summary-under-use').textContent).toBe('1 of 4');
    expect(screen.getByTestId('summary-overage').textContent).toBe('1 of 4');

    const first = screen.getByRole('table', { name: 'Who runs out first' });
    expect(firstCells(first)).toEqual(['Alice Engineer', 'Dan Soon']);
    expect(bodyRows(first)[0]?.textContent).toContain('Nov 24, 2026 – Nov 25, 2026');
    expect(bodyRows(first)[1]?.textContent).toContain('Low');
    // overage is flagged with its amount beside what is available, and only where there is one
    expect(bodyRows(first)[1]?.textContent).toContain('$0.00Overage $25.00');
    expect(bodyRows(first)[0]?.textContent).not.toContain('Overage');

    // soonest run-out first, then by name: never by spend
    expect(firstCells(table)).toEqual(['Alice Engineer', 'Dan Soon', 'Bea Big', 'Carl Quiet']);
    // several teams in the subtree: a Team column
    expect(within(table).getByRole('columnheader', { name: /Team/ })).toBeTruthy();
    const aliceLink = within(table).getByRole('link', { name: /Alice Engineer/ });
    expect(aliceLink.getAttribute('href')).toBe('/engineers/a/budget');

    expect(screen.getByTestId('burn-table-count').textContent).toBe('4 engineers');

    await userEvent.click(within(table).getByRole('button', { name: /^Spent/ }));
    await waitFor(() =>
      expect(firstCells(table)).toEqual(['Carl Quiet', 'Alice Engineer', 'Dan Soon', 'Bea Big']),
    );
    expect(log.at(-1)?.variables).toMatchObject({ sort: 'SPENT', descending: false, offset: 0 });
    expect(
      within(table)
        .getByRole('columnheader', { name: /^Spent/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');

    await userEvent.selectOptions(screen.getByLabelText('Show'), 'runsOut');
    await waitFor(() => expect(firstCells(table)).toEqual(['Alice Engineer', 'Dan Soon']));
    expect(screen.getByTestId('burn-table-count').textContent).toBe('2 of 4 engineers');
    await userEvent.click(screen.getByRole('button', { name: 'Export the engineers shown as CSV' }));
    await waitFor(() => expect(downloads).toEqual(['team-burn-platform-2026-11-23.csv']));
    // the export asks for every row of the view, in its order
    expect(log.at(-1)?.variables).toMatchObject({ sort: 'SPENT', show: 'RUNS_OUT', offset: 0, limit: null });
    const lines = (await blobs[0]?.text())?.split('\r\n');
    expect(lines?.[0]).toBe(
      'Engineer,Team,Annual allowance (USD),Accrued (USD),Spent (USD),Held (USD),Available (USD),Burn/day (7 days) (USD),Burn/day (30 days) (USD),Runs out,Run-out band (80%),Confidence,Signal',
    );
    expect(lines?.slice(1, -1).map((line) => line.split(',')[0])).toEqual(['Alice Engineer', 'Dan Soon']);

    await userEvent.selectOptions(screen.getByLabelText('Show'), 'all');
    await userEvent.type(screen.getByLabelText('Filter engineers'), 'nobody');
    expect(await screen.findByRole('heading', { name: 'No engineers match your filter' })).toBeTruthy();
    // typing waits for a pause: one request for the whole word
    expect(
      log
        .filter((op) => op.operationName === 'TeamBurn' && op.variables['search'] !== '')
        .map((op) => op.variables['search']),
    ).toEqual(['nobody']);

    // the charts' text alternatives
    expect(screen.getByRole('list', { name: 'Spend by model' }).textContent).toContain('65.01%');
    // unpriced usage: "unpriced" with its tokens, never $0.00
    const house = within(screen.getByRole('list', { name: 'Spend by model' }))
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('acme/house-model'));
    expect(house?.textContent).toContain('unpriced (1,500,000 tokens)');
    expect(house?.textContent).not.toContain('$0.00');
    expect(screen.getByRole('list', { name: 'Spend by tool' }).textContent).toContain(
      '$92,295.63 + unpriced (1,500,000 tokens)',
    );
    expect(screen.getByRole('table', { name: 'Cumulative burn figures' })).toBeTruthy();
    expect(await screen.findByTestId('cumulative-burn-chart')).toBeTruthy();

    // the choice of team is kept in the address
    await userEvent.selectOptions(screen.getByLabelText(/^Team/), 'infra');
    await waitFor(() => expect(router.state.location.search).toBe('?team=infra'));
    await waitFor(() =>
      expect(
        log.filter((op) => op.operationName === 'TeamBurn').map((op) => op.variables['teamId']),
      ).toContain('infra'),
    );
  });

  it('opens the team named in the address, and the root team for finance', async () => {
    const { log } = renderApp({
      path: '/team-burn?team=prod',
      user: makeUser(['FINANCE'], { company }),
      respond,
    });
    await screen.findByRole('table', { name: "Engineers' burn" });
    expect(log.find((op) => op.operationName === 'TeamBurn')?.variables).toEqual({
      teamId: 'prod',
      ...FIRST_PAGE,
    });

    const other = renderApp({ path: '/team-burn', user: makeUser(['HR'], { company }), respond });
    await waitFor(() =>
      expect(other.log.find((op) => op.operationName === 'TeamBurn')?.variables).toEqual({
        teamId: 'eng',
        ...FIRST_PAGE,
      }),
    );
  });

  it('says so when the address names a team the manager may not review', async () => {
    const { log } = renderApp({ path: '/team-burn?team=prod', user: manager, respond });
    expect(await screen.findByText('That team is not one you may review')).toBeTruthy();
    expect(log.find((op) => op.operationName === 'TeamBurn')?.variables).toEqual({
      teamId: 'plat',
      ...FIRST_PAGE,
    });
  });

  it('pages a large team: fifty rows a page, the summary and "who runs out first" cover everyone', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      engineer(`e${i}`, `Engineer ${String(i + 1).padStart(3, '0')}`, {
        teamId: i % 2 ? 'plat' : 'infra',
        ...(i % 10 === 0
          ? {
              runsOutOn: '2026-12-01',
              earliest: '2026-11-28',
              latest: '2026-12-04',
              runsOutBeforeHorizon: true,
            }
          : {}),
      }),
    );
    const { log } = renderApp({ path: '/team-burn', user: manager, respond: responder(many) });
    const table = await screen.findByRole('table', { name: "Engineers' burn" });
    expect(bodyRows(table)).toHaveLength(50);
    expect(screen.getByTestId('burn-table-count').textContent).toBe('Showing 1–50 of 120 engineers');
    // twelve run out: the ten soonest here, and a way to list them all
    expect(bodyRows(screen.getByRole('table', { name: 'Who runs out first' }))).toHaveLength(10);
    expect(screen.getByTestId('running-out-more').textContent).toContain('The 10 soonest of 12.');

    await userEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    await waitFor(() =>
      expect(screen.getByTestId('burn-table-count').textContent).toBe('Showing 101–120 of 120 engineers'),
    );
    expect(log.at(-1)?.variables).toMatchObject({ offset: 100, limit: 50 });
    expect(bodyRows(table)).toHaveLength(20);

    // a new sort starts again on the first page
    await userEvent.click(within(table).getByRole('button', { name: /^Engineer/ }));
    await waitFor(() => expect(firstCells(table)[0]).toBe('Engineer 001'));
    expect(log.at(-1)?.variables).toMatchObject({ sort: 'NAME', offset: 0 });

    await userEvent.click(screen.getByRole('button', { name: 'List all 12 in the table' }));
    await waitFor(() =>
      expect(screen.getByTestId('burn-table-count').textContent).toBe('12 of 120 engineers'),
    );
    expect((screen.getByLabelText('Show') as HTMLSelectElement).value).toBe('runsOut');
    expect(bodyRows(table)).toHaveLength(12);
  });

  it('explains that a manager without a team has nothing to review', async () => {
    renderApp({ path: '/team-burn', user: makeUser(['MANAGER'], { id: 'nobody', company }), respond });
    expect(await screen.findByRole('heading', { name: 'No team to review' })).toBeTruthy();
  });

  it('offers to try again when the burn fails to load', async () => {
    let calls = 0;
    renderApp({
      path: '/team-burn',
      user: manager,
      respond: (op) => {
        if (op.operationName === 'TeamBurn' && calls++ === 0)
          return gqlError('INTERNAL_SERVER_ERROR', 'boom');
        return respond(op);
      },
    });
    expect(await screen.findByText("We couldn't load the team's burn")).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: "Engineers' burn" })).toBeTruthy();
  });

  it('is closed to engineers', async () => {
    renderApp({ path: '/team-burn', user: makeUser(['ENGINEER'], { company }), respond });
    expect(await screen.findByTestId('no-access')).toBeTruthy();
  });
});

describe('What my manager sees', () => {
  it('shows the engineer their own row with the manager table’s labels', async () => {
    renderApp({
      path: '/manager-view',
      user: makeUser(['ENGINEER'], { company }),
      respond: (op) => (op.operationName === 'MyBurn' ? { data: { myBurn: engineers[0] } } : { data: null }),
    });
    const table = await screen.findByRole('table', { name: 'What my manager sees' });
    expect(screen.getByTestId('manager-view-explainer').textContent).toContain(
      'This is exactly what your manager sees about you',
    );
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
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
    const cells = within(bodyRows(table)[0] as HTMLElement)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual([
      'Alice Engineer',
      '$2,400.00',
      '$2,200.00',
      '$2,195.63',
      '$0.00',
      '$4.37',
      '$100.00',
      '$53.30',
      'Nov 24, 2026',
      'Nov 24, 2026 – Nov 25, 2026',
      'High',
      'Runs out before period end',
    ]);
  });

  it('explains an empty view to someone with no allowance', async () => {
    renderApp({
      path: '/manager-view',
      user: makeUser(['ENGINEER'], { company }),
      respond: () => gqlError('NOT_FOUND', 'You have no allowance in the current period'),
    });
    expect(await screen.findByRole('heading', { name: 'Nothing to show yet' })).toBeTruthy();
  });

  it('is in an engineer’s navigation', async () => {
    renderApp({
      path: '/budget',
      user: makeUser(['ENGINEER'], { company }),
      respond: () => gqlError('INTERNAL_SERVER_ERROR', 'boom'),
    });
    expect(await screen.findByRole('link', { name: /What my manager sees/ })).toBeTruthy();
  });
});
