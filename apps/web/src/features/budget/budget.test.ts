import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../app/table/csv';
import {
  budgetAlert,
  burnDownPoints,
  microsToChartNumber,
  paceColor,
  paceMultiplier,
  paceText,
  runsOutText,
  usageByKeyCsvColumns,
  usageEventCsvColumns,
  type BudgetFigures,
  type UsageEventRow,
} from './budget';

function budget(overrides: Partial<BudgetFigures> = {}): BudgetFigures {
  return {
    engineerId: 'e1',
    currency: 'USD',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    allowanceMicros: '1200000000',
    accruedMicros: '500000000',
    spentMicros: '300000000',
    heldMicros: '0',
    availableMicros: '200000000',
    poolAvailableMicros: '0',
    overageMicros: '0',
    enforcement: 'SOFT',
    dailyBurnMicros: '3000000',
    paceBp: 10200,
    runsOutOn: null,
    ...overrides,
  };
}

describe('microsToChartNumber', () => {
  it('gives currency units rounded to the cent, half away from zero', () => {
    expect(microsToChartNumber('1234567')).toBe(1.23);
    expect(microsToChartNumber('1235000')).toBe(1.24);
    expect(microsToChartNumber('-1235000')).toBe(-1.24);
    expect(microsToChartNumber('0')).toBe(0);
    expect(microsToChartNumber(120_000_000_000n)).toBe(120_000);
  });
});

describe('burnDownPoints', () => {
  it('turns each day of the summary into a point with an axis label', () => {
    const points = burnDownPoints([
      {
        day: '2026-11-01',
        accruedMicros: '100000000',
        spentToDateMicros: '2500000',
        remainingMicros: '97500000',
        costMicros: '2500000',
        events: 3,
      },
      {
        day: '2026-11-02',
        accruedMicros: '100000000',
        spentToDateMicros: '110000000',
        remainingMicros: '-10000000',
        costMicros: '107500000',
        events: 9,
      },
    ]);
    expect(points).toEqual([
      { day: '2026-11-01', label: 'Nov 1', accrued: 100, spent: 2.5, remaining: 97.5 },
      { day: '2026-11-02', label: 'Nov 2', accrued: 100, spent: 110, remaining: -10 },
    ]);
  });

  it('gives no points for no days', () => {
    expect(burnDownPoints([])).toEqual([]);
  });
});

describe('pace', () => {
  it.each([
    [10000, '1.00'],
    [10200, '1.02'],
    [10249, '1.02'],
    [10250, '1.03'],
    [5000, '0.50'],
    [0, '0.00'],
    [123456, '12.35'],
  ])('%i bp is %s×', (bp, text) => {
    expect(paceMultiplier(bp)).toBe(text);
  });

  it('reads as a multiple of the accrual pace, or says there is none', () => {
    expect(paceText(10200)).toBe('1.02× the accrual pace');
    expect(paceText(null)).toBe('No allowance to pace against');
  });

  it('colours on pace green, a little over yellow, far over red', () => {
    expect(paceColor(9000)).toBe('green');
    expect(paceColor(10000)).toBe('green');
    expect(paceColor(12500)).toBe('yellow');
    expect(paceColor(12501)).toBe('red');
    expect(paceColor(null)).toBe('gray');
  });

  it('says when the budget runs out, or that it lasts', () => {
    expect(runsOutText('2026-11-20')).toBe('Nov 20, 2026');
    expect(runsOutText(null)).toBe('Lasts the period');
  });
});

describe('budgetAlert', () => {
  const today = '2026-11-10';

  it('stays quiet when the budget lasts and more than a week of burn is left', () => {
    expect(budgetAlert(budget(), today, true)).toBeNull();
  });

  it('warns when the run-out date is within 7 days', () => {
    const alert = budgetAlert(budget({ runsOutOn: '2026-11-17', dailyBurnMicros: '0' }), today, true);
    expect(alert).toMatchObject({ color: 'orange', title: 'Your budget is running out' });
    expect(alert?.message).toContain('runs out on Nov 17, 2026');
    expect(budgetAlert(budget({ runsOutOn: '2026-11-18', dailyBurnMicros: '0' }), today, true)).toBeNull();
  });

  it('warns when less than a week of spending is left, even if a grant comes first', () => {
    const alert = budgetAlert(
      budget({ availableMicros: '4370000', dailyBurnMicros: '3000000', enforcement: 'HARD' }),
      today,
      false,
    );
    expect(alert?.title).toBe('This budget is running out');
    expect(alert?.message).toBe(
      '$4.37 is left (spending $3.00 a day). Enforcement is hard: new requests are refused until the next grant or a top-up.',
    );
  });

  it('says it has run out, with the overage, when nothing is available', () => {
    const alert = budgetAlert(
      budget({ availableMicros: '-330000', overageMicros: '330000', runsOutOn: today }),
      today,
      true,
    );
    expect(alert).toEqual({
      color: 'red',
      title: 'Your budget has run out',
      message:
        'Nothing is available now and $0.33 was spent beyond the allowance. Enforcement is soft: requests still go through and are flagged as overage.',
    });
  });
});

describe('CSV columns', () => {
  it('writes usage by model with exact amounts and the currency in the header', () => {
    const csv = buildTableCsv(usageByKeyCsvColumns('Model', 'USD'), [
      {
        key: 'anthropic/claude-sonnet-4-6',
        events: 2,
        inputTokens: '9007199254740993',
        outputTokens: '2000',
        costMicros: '330000',
        unpricedEvents: 0,
        unpricedTokens: '0',
      },
      {
        key: 'acme/house-model',
        events: 1,
        inputTokens: '1000',
        outputTokens: '500',
        costMicros: '0',
        unpricedEvents: 1,
        unpricedTokens: '1500',
      },
    ]);
    // an unpriced model's cost is not known: left empty, never 0.00
    expect(csv).toBe(
      'Model,Events,Input tokens,Output tokens,Cost (USD),Unpriced tokens\r\n' +
        'anthropic/claude-sonnet-4-6,2,9007199254740993,2000,0.33,0\r\n' +
        'acme/house-model,1,1000,500,,1500\r\n',
    );
  });

  it('leaves the cost of an unpriced event empty', () => {
    const event: UsageEventRow = {
      id: 'u1',
      occurredAt: '2026-11-10T09:00:00.000Z',
      source: 'claude-code',
      provider: 'anthropic',
      model: 'claude-opus-5-5-20261101',
      inputTokens: '150000',
      outputTokens: '12000',
      cacheReadTokens: '0',
      cacheWriteTokens: '0',
      costMicros: '0',
      currency: 'USD',
      unpriced: true,
    };
    const csv = buildTableCsv(usageEventCsvColumns(), [event]);
    expect(csv.split('\r\n')[1]).toBe(
      '2026-11-10T09:00:00.000Z,claude-code,anthropic,claude-opus-5-5-20261101,150000,12000,0,0,,USD,yes',
    );
  });
});
