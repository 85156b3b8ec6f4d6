import {
  alertGoesTo,
  alertMessage,
  alertSummary,
  dueAlerts,
  percent,
  thresholdProblems,
} from './alert-rules';
import { retryDelaySeconds } from './deliveries.service';

const USD = 1_000_000n;
const base = {
  periodEnd: '2026-12-31',
  allowanceMicros: 100n * USD,
  spentMicros: 0n,
  dailyBurnMicros: 0n,
  runsOutOn: null as string | null,
  overageMicros: 0n,
};
const defaults = { thresholdsBp: [5000, 8000, 10000], runOutAlert: true };

describe('dueAlerts', () => {
  it('is due for every threshold whose share of the allowance was spent, exactly at the boundary too', () => {
    expect(dueAlerts({ ...base, spentMicros: 49_999_999n }, defaults)).toEqual([]);
    expect(dueAlerts({ ...base, spentMicros: 50n * USD }, defaults)).toEqual([
      { kind: 'THRESHOLD', thresholdBp: 5000 },
    ]);
    expect(dueAlerts({ ...base, spentMicros: 85n * USD }, defaults).map((a) => a.thresholdBp)).toEqual([
      5000, 8000,
    ]);
    expect(dueAlerts({ ...base, spentMicros: 250n * USD }, defaults).map((a) => a.thresholdBp)).toEqual([
      5000, 8000, 10000,
    ]);
  });

  it('sorts and de-duplicates thresholds, and handles ones above 100%', () => {
    const settings = { thresholdsBp: [15000, 2500, 2500], runOutAlert: false };
    expect(dueAlerts({ ...base, spentMicros: 160n * USD }, settings)).toEqual([
      { kind: 'THRESHOLD', thresholdBp: 2500 },
      { kind: 'THRESHOLD', thresholdBp: 15000 },
    ]);
  });

  it('alerts nothing without an allowance', () => {
    expect(
      dueAlerts(
        { ...base, allowanceMicros: 0n, spentMicros: 5n * USD, dailyBurnMicros: 1n, runsOutOn: '2026-12-01' },
        defaults,
      ),
    ).toEqual([]);
  });

  it('forecasts a run-out only with a pace, a date by period end, and the setting on', () => {
    const running = { ...base, spentMicros: 10n * USD, dailyBurnMicros: USD, runsOutOn: '2026-12-20' };
    expect(dueAlerts(running, defaults)).toEqual([{ kind: 'RUN_OUT', thresholdBp: 0 }]);
    expect(dueAlerts({ ...running, runsOutOn: null }, defaults)).toEqual([]);
    expect(dueAlerts({ ...running, dailyBurnMicros: 0n, runsOutOn: '2026-11-23' }, defaults)).toEqual([]);
    expect(dueAlerts({ ...running, runsOutOn: '2027-01-01' }, defaults)).toEqual([]);
    expect(dueAlerts(running, { ...defaults, runOutAlert: false })).toEqual([]);
  });
});

describe('overage', () => {
  it('is due once the balance is below zero, with or without an allowance, and not at zero', () => {
    expect(dueAlerts({ ...base, overageMicros: 0n }, defaults)).toEqual([]);
    expect(dueAlerts({ ...base, overageMicros: 1n }, defaults)).toEqual([
      { kind: 'OVERAGE', thresholdBp: 0 },
    ]);
    expect(
      dueAlerts({ ...base, allowanceMicros: 0n, spentMicros: 90n * USD, overageMicros: 90n * USD }, defaults),
    ).toEqual([{ kind: 'OVERAGE', thresholdBp: 0 }]);
    expect(
      dueAlerts({ ...base, spentMicros: 150n * USD, overageMicros: 50n * USD }, defaults).map((a) => a.kind),
    ).toEqual(['OVERAGE', 'THRESHOLD', 'THRESHOLD', 'THRESHOLD']);
  });

  it('words an overage with its amount', () => {
    const alert = {
      kind: 'OVERAGE' as const,
      thresholdBp: 0,
      engineerName: 'Ann',
      currency: 'USD',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      allowanceMicros: 5n * USD,
      spentMicros: 1_800n * USD,
      availableMicros: 0n,
      runsOutOn: null,
      overageMicros: 1_795n * USD,
    };
    expect(alertMessage(alert, 'ENGINEER', '').subject).toBe(
      'You have spent $1,795.00 beyond your AI allowance',
    );
    expect(alertMessage(alert, 'MANAGER', '').subject).toBe(
      'Ann has spent $1,795.00 beyond their AI allowance',
    );
    expect(alertMessage(alert, 'MANAGER', '').text).toContain('the balance is $1,795.00 below zero');
    expect(alertSummary(alert)).toBe(
      'Ann is $1,795.00 over their AI allowance (usage beyond the budget): $1,800.00 of $5.00 spent (2026-01-01 to 2026-12-31), $0.00 available.',
    );
  });
});

describe('thresholds and texts', () => {
  it('validates thresholds', () => {
    expect(thresholdProblems([5000, 8000, 10000])).toEqual([]);
    expect(thresholdProblems([])).toEqual([]);
    expect(thresholdProblems([0])).toHaveLength(1);
    expect(thresholdProblems([20001])).toHaveLength(1);
    expect(thresholdProblems([1.5])).toHaveLength(1);
    expect(thresholdProblems([100, 100])).toEqual(['must not repeat a threshold']);
    expect(thresholdProblems(Array.from({ length: 11 }, (_, i) => i + 1))).toEqual([
      'must hold at most 10 thresholds',
    ]);
  });

  it('writes basis points as percentages', () => {
    expect([8000, 8050, 8005, 12500, 1].map(percent)).toEqual(['80%', '80.5%', '80.05%', '125%', '0.01%']);
  });

  it('words an alert for the engineer, the manager and chat', () => {
    const alert = {
      kind: 'THRESHOLD' as const,
      thresholdBp: 8000,
      engineerName: 'Ann',
      currency: 'USD',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      allowanceMicros: 100n * USD,
      spentMicros: 85_500_000n,
      availableMicros: 14_500_000n,
      runsOutOn: '2026-12-20',
      overageMicros: 0n,
    };
    const mine = alertMessage(alert, 'ENGINEER', 'http://x.test/');
    expect(mine.subject).toBe('You have used 80% of your AI allowance');
    expect(mine.text).toContain(
      'You have spent $85.50 of your $100.00 AI allowance for 2026-01-01 to 2026-12-31 (85.5%).',
    );
    expect(alertMessage(alert, 'MANAGER', 'http://x.test/').subject).toBe(
      'Ann has used 80% of their AI allowance',
    );
    expect(alertMessage({ ...alert, kind: 'RUN_OUT' }, 'MANAGER', '').subject).toBe(
      "Ann's AI allowance runs out on 2026-12-20 at their current pace",
    );
    expect(alertSummary(alert)).toBe(
      'Ann has used 80% of their AI allowance: $85.50 of $100.00 spent (2026-01-01 to 2026-12-31), $14.50 available.',
    );
    expect(alertMessage(alert, 'MANAGER', 'http://x.test/').text).not.toContain('/approvals/');
  });

  it('a manager who may not see allowances gets spend and run-out only, and no threshold alert', () => {
    const alert = {
      kind: 'OVERAGE' as const,
      thresholdBp: 0,
      engineerName: 'Ann',
      currency: 'USD',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      allowanceMicros: 100n * USD,
      spentMicros: 125_000_000n,
      availableMicros: 0n,
      runsOutOn: '2026-12-20',
      overageMicros: 25n * USD,
    };
    expect(alertGoesTo('THRESHOLD', 'SPEND')).toBe(false);
    expect(alertGoesTo('THRESHOLD', 'ALLOWANCE')).toBe(true);
    expect(alertGoesTo('OVERAGE', 'SPEND')).toBe(true);
    expect(alertGoesTo('RUN_OUT', 'SPEND')).toBe(true);
    for (const kind of ['OVERAGE', 'RUN_OUT'] as const) {
      const message = alertMessage({ ...alert, kind }, 'MANAGER', 'http://x.test/', undefined, 'SPEND');
      expect(message.text).toContain('Ann has spent $125.00 on AI tools for 2026-01-01 to 2026-12-31.');
      for (const hidden of ['$100.00', '$25.00', '%', 'Available now'])
        expect(`${message.subject}\n${message.text}`).not.toContain(hidden);
    }
    expect(alertMessage(alert, 'MANAGER', '', undefined, 'SPEND').subject).toBe(
      'Ann has spent beyond their AI allowance',
    );
    expect(alertMessage({ ...alert, kind: 'RUN_OUT' }, 'MANAGER', '', undefined, 'SPEND').subject).toBe(
      "Ann's AI allowance runs out on 2026-12-20 at their current pace",
    );
    // with the setting on, the same manager's copy names the amounts
    expect(alertMessage(alert, 'MANAGER', '', undefined, 'ALLOWANCE').text).toContain('$100.00');
  });

  it('links a pending increase request the manager may decide', () => {
    const alert = {
      kind: 'THRESHOLD' as const,
      thresholdBp: 8000,
      engineerName: 'Ann',
      currency: 'USD',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      allowanceMicros: 100n * USD,
      spentMicros: 85_500_000n,
      availableMicros: 14_500_000n,
      runsOutOn: null,
      overageMicros: 0n,
    };
    const text = alertMessage(alert, 'MANAGER', 'http://x.test/', {
      link: 'http://x.test/approvals/r-1',
      amountMicros: 120n * USD,
      kind: 'PERMANENT',
    }).text;
    expect(text).toContain(
      'Ann has asked for $120.00 more (permanent). Approve or reject it here: http://x.test/approvals/r-1',
    );
    expect(text.indexOf('/approvals/r-1')).toBeLessThan(text.indexOf('Details: http://x.test/'));
  });
});

describe('retryDelaySeconds', () => {
  it('doubles from the base and stops at an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(30, n))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(30, 12)).toBe(3600);
    expect(retryDelaySeconds(1, 1)).toBe(1);
  });
});
