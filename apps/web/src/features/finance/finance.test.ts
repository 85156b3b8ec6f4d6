import { describe, expect, it, vi } from 'vitest';
import { Session } from '../../app/session/session';
import {
  changeText,
  downloadExport,
  exportUrl,
  grainOf,
  periodLabel,
  periodOptions,
  utilisation,
} from './finance';

describe('finance helpers', () => {
  it('offers the months, quarters and fiscal years up to today, newest first', () => {
    expect(periodOptions('2026-11-10', 'MONTH', 3)).toEqual([
      { value: '2026-11', label: 'November 2026' },
      { value: '2026-10', label: 'October 2026' },
      { value: '2026-09', label: 'September 2026' },
    ]);
    expect(periodOptions('2026-02-10', 'QUARTER', 6).map((option) => option.value)).toEqual([
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
    ]);
    expect(periodOptions('2026-02-10', 'FISCAL_YEAR', 14).map((option) => option.label)).toEqual([
      'Fiscal year 2026',
      'Fiscal year 2025',
    ]);
    expect(grainOf('2026-Q4')).toBe('QUARTER');
    expect(grainOf('FY2026')).toBe('FISCAL_YEAR');
    expect(grainOf('2026-11')).toBe('MONTH');
    expect(periodLabel('2026-Q4')).toBe('2026 Q4');
  });

  it('states the change against the previous period exactly, rounded to a tenth of a percent', () => {
    expect(changeText('112500000', '100000000', 'USD')).toEqual({
      percent: '+12.5%',
      amount: '+$12.50',
      direction: 'up',
    });
    expect(changeText('97000000', '100000000', 'USD')).toEqual({
      percent: '−3.0%',
      amount: '-$3.00',
      direction: 'down',
    });
    expect(changeText('100000000', '300000000', 'USD').percent).toBe('−66.7%');
    expect(changeText('5000000', '0', 'USD').percent).toBe('new');
    expect(changeText('5000000', null, 'USD')).toEqual({ percent: '—', amount: '—', direction: 'none' });
    // beyond 2^53 micro-units: integer arithmetic, no float drift
    expect(changeText('90071992547409930', '90071992547409920', 'USD').percent).toBe('0.0%');
  });

  it('gives utilisation in whole percent, a dash when nothing was granted or it is hidden', () => {
    expect(utilisation('820000', '1000000')).toBe('82%');
    expect(utilisation('1', '0')).toBe('—');
    expect(utilisation('1', null)).toBe('—');
  });

  it('names the REST exports of the design', () => {
    expect(exportUrl('CSV', '2026-11')).toBe('/v1/statements?period=2026-11&format=csv');
    expect(exportUrl('CSV', '2026-Q4', { kind: 'TEAM', key: 't 1' })).toBe(
      '/v1/statements?period=2026-Q4&kind=TEAM&key=t%201&format=csv',
    );
    expect(exportUrl('PDF', '2026-11', { kind: 'COST_CENTRE', key: 'CC-100' })).toBe(
      '/v1/statements/COST_CENTRE/CC-100.pdf?period=2026-11',
    );
    expect(exportUrl('FOCUS', 'FY2026')).toBe('/v1/exports/focus?period=FY2026');
    expect(exportUrl('GL', '2026-11')).toBe('/v1/exports/gl?period=2026-11');
  });

  it('downloads an export with the bearer token and the server filename; a problem is returned', async () => {
    const session = new Session({ uri: '/graphql', fetch: async () => new Response('{}') });
    session.signIn({
      accessToken: 'tok',
      accessTokenExpiresAt: '2099-01-01T00:00:00.000Z',
      user: {
        id: 'u',
        email: 'f@example.com',
        name: 'F',
        roles: ['FINANCE'],
        createdAt: '2026-01-01T00:00:00.000Z',
        company: {
          id: 'c',
          name: 'C',
          currency: 'USD',
          createdAt: '2026-01-01T00:00:00.000Z',
          timeZone: 'UTC',
          today: '2026-11-10',
        },
      },
    } as never);
    const fetchImpl = vi.fn(
      async () =>
        new Response('BilledCost\n1.00\n', {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="focus-2026-11.csv"' },
        }),
    );
    const save = vi.fn();
    expect(await downloadExport(session, 'FOCUS', '2026-11', null, fetchImpl, save)).toBeNull();
    expect(fetchImpl).toHaveBeenCalledWith(
      '/v1/exports/focus?period=2026-11',
      expect.objectContaining({ headers: { accept: 'text/csv', authorization: 'Bearer tok' } }),
    );
    expect(save.mock.calls[0]?.[1]).toBe('focus-2026-11.csv');

    const refused = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            status: 400,
            detail: 'x',
            fields: [{ field: 'period', message: 'is in the future' }],
          }),
          {
            status: 400,
          },
        ),
    );
    const problem = await downloadExport(session, 'GL', '2030-01', null, refused, save);
    expect(problem?.code).toBe('BAD_USER_INPUT');
    expect(problem?.fieldErrors['period']).toBe('is in the future');
  });
});
