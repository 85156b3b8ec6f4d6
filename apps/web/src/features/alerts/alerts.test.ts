import { describe, expect, it } from 'vitest';
import {
  attemptsText,
  deliveryKindLabel,
  evaluatedMessage,
  isRetrying,
  parseThresholds,
  readEndpointForm,
  readSettingsForm,
  testEmailMessage,
  thresholdsText,
  webhookUrlProblem,
} from './alerts';

describe('alert thresholds', () => {
  it('reads percentages into sorted basis points, and back', () => {
    expect(parseThresholds('80, 50%, 100')).toEqual({ bp: [5000, 8000, 10000], error: null });
    expect(parseThresholds('82.5 125')).toEqual({ bp: [8250, 12500], error: null });
    expect(thresholdsText([5000, 8250, 10000])).toBe('50, 82.5, 100');
  });

  it('refuses empty, malformed, out-of-range, repeated and too many thresholds', () => {
    expect(parseThresholds(' ').error).toMatch(/at least one/);
    expect(parseThresholds('50, lots').error).toBe('Thresholds: “lots” is not a percentage like 80 or 82.5');
    expect(parseThresholds('-5').error).toMatch(/not a percentage/);
    expect(parseThresholds('0').error).toBe('Thresholds must be between 0.01% and 200%');
    expect(parseThresholds('250').error).toBe('Thresholds must be between 0.01% and 200%');
    expect(parseThresholds('50, 50').error).toBe('Thresholds must not repeat a value');
    expect(parseThresholds('1 2 3 4 5 6 7 8 9 10 11').error).toBe('Thresholds may hold at most 10 values');
  });

  it('builds the settings input', () => {
    expect(
      readSettingsForm({
        thresholds: '50, 80',
        runOutAlert: false,
        mailEnabled: true,
        webhooksEnabled: true,
      }),
    ).toEqual({
      input: { thresholdsBp: [5000, 8000], runOutAlert: false, mailEnabled: true, webhooksEnabled: true },
      errors: null,
    });
  });
});

describe('webhook endpoints', () => {
  it('accepts only absolute http(s) URLs without credentials', () => {
    expect(webhookUrlProblem('https://hooks.example.com/x')).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9000/hook')).toBeNull();
    expect(webhookUrlProblem('')).toBe('URL is required');
    expect(webhookUrlProblem('ftp://x')).toBe('URL must use http or https');
    expect(webhookUrlProblem('javascript:alert(1)')).toBe('URL must use http or https');
    expect(webhookUrlProblem('not a url')).toMatch(/absolute http\(s\) URL/);
    expect(webhookUrlProblem('https://user:pw@x.com')).toBe('URL must not carry a user name or password');
    expect(readEndpointForm({ url: ' https://x.com/h ', format: 'SLACK' })).toEqual({
      input: { url: 'https://x.com/h', format: 'SLACK' },
      errors: null,
    });
  });
});

describe('delivery log and actions', () => {
  it('describes attempts, retries and kinds', () => {
    expect(attemptsText({ attempts: 2, maxAttempts: 12 })).toBe('2 of 12');
    expect(isRetrying({ status: 'PENDING', attempts: 1 })).toBe(true);
    expect(isRetrying({ status: 'PENDING', attempts: 0 })).toBe(false);
    expect(deliveryKindLabel('APPROVAL')).toBe('Request to approve');
    expect(testEmailMessage({ sent: true, to: 'a@x.com' })).toMatch(/^Test email sent to a@x\.com/);
    expect(testEmailMessage({ sent: false, to: 'a@x.com', error: 'ECONNREFUSED' })).toBe(
      'The test email to a@x.com was not sent: ECONNREFUSED.',
    );
    expect(evaluatedMessage(0)).toMatch(/No new alerts/);
    expect(evaluatedMessage(2)).toBe('2 new alerts created; mail and webhooks are on their way.');
  });
});
