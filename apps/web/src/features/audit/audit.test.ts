import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildTableCsv } from '../../app/table/csv';
import {
  AUDIT_CSV_COLUMNS,
  describeChange,
  filterAudit,
  filterOptions,
  humanizeCode,
  type AuditRow,
} from './audit';

const entry = (
  id: string,
  action: string,
  entityType: string,
  overrides: Partial<AuditRow> = {},
): AuditRow => ({
  id,
  createdAt: '2026-11-02T10:00:00.000Z',
  actorEmail: 'hr@x.io',
  action,
  entityType,
  entityId: null,
  before: null,
  after: null,
  changes: [],
  ...overrides,
});
const rows = [
  entry('1', 'POLICY_CHANGED', 'allowance_policy'),
  entry('2', 'TEAM_CREATED', 'team'),
  entry('3', 'PAY_CHANGED', 'engineer'),
  entry('4', 'ENGINEER_CREATED', 'engineer'),
];

describe('audit log', () => {
  it('filters by action and entity type', () => {
    expect(filterAudit(rows, { action: '', entityType: '' })).toHaveLength(4);
    expect(filterAudit(rows, { action: '', entityType: 'engineer' }).map((r) => r.id)).toEqual(['3', '4']);
    expect(filterAudit(rows, { action: 'PAY_CHANGED', entityType: 'engineer' }).map((r) => r.id)).toEqual([
      '3',
    ]);
    expect(filterAudit(rows, { action: 'PAY_CHANGED', entityType: 'team' })).toEqual([]);
  });

  it('offers known and seen values once, readable', () => {
    expect(filterOptions(['TEAM_CREATED'], ['NEW_THING', 'TEAM_CREATED'])).toEqual([
      { value: 'NEW_THING', label: 'New thing' },
      { value: 'TEAM_CREATED', label: 'Team created' },
    ]);
    expect(humanizeCode('allowance_policy')).toBe('Allowance policy');
  });

  it('describes a JSON snapshot briefly', () => {
    expect(describeChange('{"name":"Platform","companyId":"c1","parentId":null}')).toBe(
      'name: Platform, parentId: null',
    );
    expect(describeChange('{"basis":{"kind":"RATIO"}}')).toBe('basis: {"kind":"RATIO"}');
    expect(describeChange(null)).toBe('');
    expect(describeChange('not json')).toBe('not json');
  });

  it('exports the raw values as CSV', () => {
    const csv = buildTableCsv(AUDIT_CSV_COLUMNS, [
      entry('9', 'TEAM_CREATED', 'team', {
        after: '{"name":"A, B"}',
        changes: [{ field: 'name', before: null, after: 'A, B' }],
      }),
    ]);
    expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data).toEqual([
      ['When', 'Who', 'Action', 'Entity type', 'Entity id', 'Changes', 'Before', 'After'],
      [
        '2026-11-02T10:00:00.000Z',
        'hr@x.io',
        'TEAM_CREATED',
        'team',
        '',
        'name:  → A, B',
        '',
        '{"name":"A, B"}',
      ],
    ]);
  });
});

describe('audit changes as a reader sees them', () => {
  it('names fields in words', async () => {
    const { fieldLabel } = await import('./audit');
    expect(fieldLabel('annualPayMicros')).toBe('Annual pay');
    expect(fieldLabel('roles')).toBe('Roles');
    expect(fieldLabel('topUpMicros')).toBe('Top up');
    expect(fieldLabel('budget_enforcement')).toBe('Budget enforcement');
  });

  it('shows amounts in the currency, no value as a dash, hidden pay as hidden', async () => {
    const { changeValue, changeText } = await import('./audit');
    expect(changeValue('annualPayMicros', '185000000000', 'USD')).toBe('$185,000.00');
    expect(changeValue('annualPayMicros', 'hidden', 'USD')).toBe('hidden');
    expect(changeValue('endDate', null, 'USD')).toBe('—');
    expect(changeValue('ratioBp', '2500', 'USD')).toBe('25%');
    expect(changeValue('roles', 'ADMIN, HR', 'USD')).toBe('ADMIN, HR');
    expect(changeText({ field: 'status', before: 'ACTIVE', after: 'DEACTIVATED' }, 'USD')).toBe(
      'Status: ACTIVE → DEACTIVATED',
    );
  });
});
