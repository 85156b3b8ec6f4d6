import { Budget, UsageSummary } from './api-types';
import { CliError } from './errors';
import {
  budgetReport,
  budgetState,
  localTime,
  longDate,
  money,
  normalizeAmount,
  requestOutcome,
  shortDate,
  statusline,
  STATUSLINE_MAX,
  style,
  table,
  usageReport,
  width,
} from './format';

const budget = (overrides: Partial<Budget> = {}): Budget => ({
  currency: 'USD',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  allowance: '1200.000000',
  accrued: '1100.000000',
  spent: '1120.500000',
  held: '0.250000',
  available: '4.040000',
  overage: '0.000000',
  runsOutOn: '2026-11-24',
  pace: '1.02',
  dailyBurn: '3.100000',
  fromTeamPool: '0.000000',
  enforcement: 'hard',
  ...overrides,
});

describe('money', () => {
  it('formats the API’s decimal strings exactly, in the currency’s own decimals', () => {
    expect(money('4.040000', 'USD')).toBe('$4.04');
    expect(money('1234567890123.455000', 'USD')).toBe('$1,234,567,890,123.46');
    expect(money('0.004999', 'USD')).toBe('$0.00');
    expect(money('1500.000000', 'JPY')).toBe('¥1,500');
    expect(money('-3.500000', 'EUR')).toBe('-€3.50');
  });

  it('shows a text it cannot read as it came, rather than failing', () => {
    expect(money('lots', 'USD')).toBe('lots USD');
  });
});

describe('dates', () => {
  it('writes ISO dates without a time zone shift', () => {
    expect(shortDate('2026-11-24')).toBe('Nov 24');
    expect(longDate('2026-01-01')).toBe('Jan 1, 2026');
    expect(shortDate('soon')).toBe('soon');
    expect(localTime('2026-11-16T09:41:00.000Z', 'UTC')).toBe('Nov 16, 09:41');
  });
});

describe('statusline', () => {
  it('is the one line of the brief', () => {
    expect(statusline(budget())).toBe('◆ $4.04 left · out Nov 24 · 1.02×');
  });

  it('says nothing of a run-out date when the budget lasts the period', () => {
    expect(statusline(budget({ runsOutOn: null, pace: '0.80' }))).toBe('◆ $4.04 left · 0.80×');
    expect(statusline(budget({ runsOutOn: null, pace: null }))).toBe('◆ $4.04 left');
  });

  it('shows the overage instead of a run-out date', () => {
    expect(statusline(budget({ available: '0.000000', overage: '12.500000' }))).toBe(
      '◆ $0.00 left · $12.50 over · 1.02×',
    );
  });

  it(`drops the pace, then the date, to stay within ${STATUSLINE_MAX} characters`, () => {
    const rich = statusline(budget({ available: '123456789.000000' }));
    expect(rich).toBe('◆ $123,456,789.00 left · out Nov 24');
    expect(width(rich)).toBeLessThanOrEqual(STATUSLINE_MAX);
    expect(statusline(budget({ available: '123456789012345678901.000000' }))).toBe(
      '◆ $123,456,789,012,345,678,901.00 left',
    );
  });

  it('colours only when asked, and colours do not count towards the length', () => {
    const plain = statusline(budget());
    const coloured = statusline(budget(), style(true));
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[33m◆ $4.04 left\u001b[39m');
    expect(width(coloured)).toBe(width(plain));
  });
});

describe('budgetState', () => {
  it('is ok on pace, warn when running out or over pace, out with nothing left or an overage', () => {
    expect(budgetState(budget({ runsOutOn: null, pace: '0.90' }))).toBe('ok');
    expect(budgetState(budget({ runsOutOn: null, pace: '1.10' }))).toBe('warn');
    expect(budgetState(budget())).toBe('warn');
    expect(budgetState(budget({ available: '0.000000' }))).toBe('out');
    expect(budgetState(budget({ overage: '0.010000' }))).toBe('out');
  });
});

describe('budgetReport', () => {
  it('shows every figure at a glance, the overage and the team pool only when there are some', () => {
    expect(budgetReport(budget())).toEqual([
      'Budget Jan 1, 2026 – Dec 31, 2026 (USD)',
      '  Available    $4.04',
      '  Spent        $1,120.50 of $1,200.00',
      '  Pace         1.02× — spending faster than the allowance accrues',
      '  Runs out     Nov 24, 2026 at $3.10 a day',
      '  Held         $0.25  (reserved for requests in flight)',
      '  Enforcement  hard — model requests are refused once nothing is left',
    ]);
    const soft = budgetReport(
      budget({
        runsOutOn: null,
        pace: null,
        dailyBurn: '0.000000',
        overage: '7.000000',
        fromTeamPool: '2.000000',
        enforcement: 'soft',
      }),
    );
    expect(soft).toEqual(
      expect.arrayContaining([
        '  Available    $4.04  ($2.00 of it from the team pool)',
        '  Pace         none (no allowance this period)',
        '  Runs out     lasts the period',
        '  Overage      $7.00',
        '  Enforcement  soft — model requests go on; spend past the budget is overage',
      ]),
    );
  });
});

describe('table', () => {
  it('aligns columns two spaces apart without trailing spaces', () => {
    expect(
      table(
        ['Model', 'Cost'],
        [
          ['a', '$10.00'],
          ['longer-name', '$1.00'],
        ],
        ['left', 'right'],
      ),
    ).toEqual(['Model          Cost', 'a            $10.00', 'longer-name   $1.00']);
  });
});

describe('usageReport', () => {
  const usage: UsageSummary = {
    currency: 'USD',
    since: '2026-11-16T09:41:00.000Z',
    total: '5.500000',
    events: 2,
    byModel: [
      {
        key: 'anthropic/claude-sonnet-4-6',
        cost: '4.500000',
        events: 1,
        inputTokens: 1e6,
        outputTokens: 1e5,
        unpricedEvents: 0,
        unpricedTokens: 0,
      },
      {
        key: 'anthropic/claude-haiku-4-5',
        cost: '1.000000',
        events: 1,
        inputTokens: 1e6,
        outputTokens: 0,
        unpricedEvents: 0,
        unpricedTokens: 0,
      },
    ],
    bySource: [
      {
        key: 'claude-code',
        cost: '5.500000',
        events: 2,
        inputTokens: 2e6,
        outputTokens: 1e5,
        unpricedEvents: 0,
        unpricedTokens: 0,
      },
    ],
    unpricedEvents: 0,
    unpricedTokens: 0,
  };

  it('gives the total, then a table by model and one by tool', () => {
    expect(usageReport(usage, '7d', style(false), 'UTC')).toEqual([
      '$5.50 in 2 events since Nov 16, 09:41 (last 7d)',
      '',
      'Model                         Cost  Events  Input tokens  Output tokens',
      'anthropic/claude-sonnet-4-6  $4.50       1     1,000,000        100,000',
      'anthropic/claude-haiku-4-5   $1.00       1     1,000,000              0',
      '',
      'Tool          Cost  Events  Input tokens  Output tokens',
      'claude-code  $5.50       2     2,000,000        100,000',
    ]);
  });

  it('shows unpriced usage as unpriced with its tokens, never $0.00', () => {
    const house = {
      key: 'acme/house-model',
      cost: '0.000000',
      events: 1,
      inputTokens: 20_000,
      outputTokens: 500,
      unpricedEvents: 1,
      unpricedTokens: 20_500,
    };
    const lines = usageReport(
      {
        ...usage,
        events: 3,
        unpricedEvents: 1,
        unpricedTokens: 20_500,
        byModel: [...usage.byModel, house],
        bySource: [
          {
            ...usage.bySource[0],
            events: 3,
            inputTokens: 2_020_000,
            outputTokens: 100_500,
            unpricedEvents: 1,
            unpricedTokens: 20_500,
          },
        ],
      },
      '7d',
      style(false),
      'UTC',
    );
    expect(lines[0]).toBe('$5.50 + unpriced (20,500 tokens) in 3 events since Nov 16, 09:41 (last 7d)');
    expect(lines.find((line) => line.startsWith('acme/house-model'))).toMatch(
      /^acme\/house-model\s+unpriced \(20,500 tokens\)\s+1\s+20,000\s+500$/,
    );
    expect(lines.find((line) => line.startsWith('claude-code'))).toContain(
      '$5.50 + unpriced (20,500 tokens)',
    );
    expect(lines.join('\n')).not.toContain('$0.00');
  });

  it('says so when there is no usage', () => {
    expect(
      usageReport(
        { ...usage, total: '0.000000', events: 0, byModel: [], bySource: [] },
        '24h',
        style(false),
        'UTC',
      ),
    ).toEqual(['No usage since Nov 16, 09:41 (last 24h).']);
  });
});

describe('normalizeAmount', () => {
  it('reads a human amount exactly and writes it as the API takes it', () => {
    expect(normalizeAmount('50')).toBe('50.00');
    expect(normalizeAmount('1,250.5')).toBe('1250.50');
    expect(normalizeAmount(' 0.125 ')).toBe('0.125');
    expect(normalizeAmount('19.99')).toBe('19.99');
  });

  it('refuses nothing, negatives and text', () => {
    for (const text of ['0', '-5', 'fifty', '1e3', '']) expect(() => normalizeAmount(text)).toThrow(CliError);
  });
});

describe('requestOutcome', () => {
  const answer = { id: 'r-1', amount: '50.000000', currency: 'USD', kind: 'TEMPORARY' as const };

  it('says who approved, or whom it waits for', () => {
    expect(requestOutcome({ ...answer, status: 'APPROVED', approver: 'auto' })).toBe(
      'Approved automatically: $50.00 more (temporary). Request r-1.',
    );
    expect(requestOutcome({ ...answer, status: 'PENDING', approver: 'manager', kind: 'PERMANENT' })).toBe(
      'Pending: $50.00 more (permanent) waits for your manager’s approval. Request r-1.',
    );
    expect(requestOutcome({ ...answer, status: 'PENDING', approver: 'hr' })).toBe(
      'Pending: $50.00 more (temporary) waits for HR’s approval. Request r-1.',
    );
    expect(requestOutcome({ ...answer, status: 'PENDING', approver: null })).toBe(
      'Pending: $50.00 more (temporary) waits for approval. Request r-1.',
    );
  });
});
