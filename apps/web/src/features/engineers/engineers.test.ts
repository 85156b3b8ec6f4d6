import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../app/table/csv';
import { sortRows } from '../../app/table/sort';
import {
  ENGINEER_SORT_ACCESSORS,
  engineerColumns,
  engineerCsvColumns,
  filterEngineers,
  NO_FILTER,
  ownEngineerRow,
  teamsInRows,
  type EngineerRow,
} from './engineers';

const row = (id: string, overrides: Partial<EngineerRow> = {}): EngineerRow => ({
  id,
  name: `Engineer ${id}`,
  email: `${id}@x.io`,
  title: null,
  level: null,
  location: null,
  teamId: 'plat',
  teamName: 'Platform',
  status: 'ACTIVE',
  startDate: '2026-01-01',
  endDate: null,
  basePay: null,
  annualAllowanceMicros: '100000000000',
  ...overrides,
});

const pay = (units: number) => ({
  annualMicros: `${units}000000`,
  currency: 'USD',
  effectiveFrom: '2026-01-01',
});

const rows = [
  row('alice', { name: 'Alice Smith', title: 'Staff Engineer', basePay: pay(200000) }),
  row('bob', { name: 'Bob Jones', teamId: 'data', teamName: 'Data', status: 'OFFER', basePay: pay(150000) }),
  row('cara', {
    name: 'Cara Diaz',
    status: 'LEAVER',
    location: 'Berlin',
    annualAllowanceMicros: '9000000000',
  }),
];
const ids = (list: EngineerRow[]) => list.map((r) => r.id);

describe('engineer table', () => {
  it('shows the base pay column only when some row carries pay', () => {
    expect(engineerColumns(rows).map((c) => c.label)).toEqual([
      'Name',
      'Email',
      'Team',
      'Status',
      'Start',
      'Base pay',
      'Annual allowance',
    ]);
    const managerView = rows.map((r) => ({ ...r, basePay: null }));
    expect(engineerColumns(managerView).map((c) => c.label)).not.toContain('Base pay');
  });

  it('filters by words, team and status together', () => {
    expect(ids(filterEngineers(rows, NO_FILTER))).toEqual(['alice', 'bob', 'cara']);
    expect(ids(filterEngineers(rows, { ...NO_FILTER, query: 'staff' }))).toEqual(['alice']);
    expect(ids(filterEngineers(rows, { ...NO_FILTER, query: 'berlin leaver' }))).toEqual(['cara']);
    expect(ids(filterEngineers(rows, { ...NO_FILTER, teamId: 'plat' }))).toEqual(['alice', 'cara']);
    expect(ids(filterEngineers(rows, { ...NO_FILTER, status: 'OFFER' }))).toEqual(['bob']);
    expect(ids(filterEngineers(rows, { query: 'a', teamId: 'plat', status: 'ACTIVE' }))).toEqual(['alice']);
  });

  it('offers the teams present in the rows, by name', () => {
    expect(teamsInRows(rows)).toEqual([
      { value: 'data', label: 'Data' },
      { value: 'plat', label: 'Platform' },
    ]);
  });

  it('sorts amounts exactly and hidden ones last', () => {
    expect(ids(sortRows(rows, ENGINEER_SORT_ACCESSORS, { key: 'allowance', direction: 'asc' }))).toEqual([
      'cara',
      'alice',
      'bob',
    ]);
    expect(ids(sortRows(rows, ENGINEER_SORT_ACCESSORS, { key: 'basePay', direction: 'desc' }))).toEqual([
      'alice',
      'bob',
      'cara',
    ]);
  });

  it('exports the visible columns as CSV with plain amounts', () => {
    const csv = buildTableCsv(engineerCsvColumns(rows, 'USD'), rows);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([
      'Name',
      'Email',
      'Team',
      'Status',
      'Start',
      'Base pay (USD)',
      'Annual allowance (USD)',
    ]);
    expect(parsed[1]).toEqual([
      'Alice Smith',
      'alice@x.io',
      'Platform',
      'Active',
      '2026-01-01',
      '200000.00',
      '100000.00',
    ]);
    expect(parsed[3]).toEqual(['Cara Diaz', 'cara@x.io', 'Platform', 'Leaver', '2026-01-01', '', '9000.00']);
    const noPay = rows.map((r) => ({ ...r, basePay: null }));
    expect(buildTableCsv(engineerCsvColumns(noPay, 'USD'), noPay).split('\r\n')[0]).toBe(
      'Name,Email,Team,Status,Start,Annual allowance (USD)',
    );
  });

  it("finds the viewer's own row by email, or the only row of someone who sees only themself", () => {
    expect(ownEngineerRow(rows, 'BOB@x.io', true)?.id).toBe('bob');
    expect(ownEngineerRow([rows[2] as EngineerRow], 'someone@else.io', false)?.id).toBe('cara');
    expect(ownEngineerRow([rows[2] as EngineerRow], 'someone@else.io', true)).toBeNull();
    expect(ownEngineerRow(rows, 'someone@else.io', false)).toBeNull();
  });
});
