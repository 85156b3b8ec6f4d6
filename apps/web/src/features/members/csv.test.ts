import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildMembersCsv } from './csv';
import type { MemberRow } from './members';

const members: MemberRow[] = [
  {
    id: '1',
    name: 'Grace Hopper',
    email: 'grace@navy.mil',
    roles: ['ENGINEER', 'ADMIN'],
    status: 'ACTIVE',
    since: '2026-01-02T03:04:05.000Z',
    deactivatedAt: null,
  },
  {
    id: '2',
    name: 'Hopper, Grace "Amazing"',
    email: 'g2@navy.mil',
    roles: ['HR'],
    status: 'ACTIVE',
    since: '2026-02-01T00:00:00.000Z',
    deactivatedAt: null,
  },
  {
    id: '3',
    name: null,
    email: 'pending@navy.mil',
    roles: ['FINANCE', 'MANAGER'],
    status: 'INVITED',
    since: '2026-03-01T00:00:00.000Z',
    deactivatedAt: null,
  },
  {
    id: '4',
    name: '=HYPERLINK("http://evil")',
    email: 'x@y.io',
    roles: ['ENGINEER'],
    status: 'ACTIVE',
    since: '2026-03-02T00:00:00.000Z',
    deactivatedAt: null,
  },
];

describe('buildMembersCsv', () => {
  const csv = buildMembersCsv(members);
  const lines = csv.split('\r\n');

  it('starts with the column header and ends every line with CRLF', () => {
    expect(lines[0]).toBe('Name,Email,Roles,Status,Since');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });

  it('joins roles in canonical order and quotes the cell because it holds a comma', () => {
    expect(lines[1]).toBe('Grace Hopper,grace@navy.mil,"Admin, Engineer",Active,2026-01-02T03:04:05.000Z');
  });

  it('quotes commas and doubles embedded quotes', () => {
    expect(lines[2]).toBe('"Hopper, Grace ""Amazing""",g2@navy.mil,HR,Active,2026-02-01T00:00:00.000Z');
  });

  it('writes an empty name for a pending invitation', () => {
    expect(lines[3]).toBe(',pending@navy.mil,"Finance, Manager",Invited,2026-03-01T00:00:00.000Z');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(lines[4]?.startsWith(`"'=HYPERLINK(""http://evil"")"`)).toBe(true);
  });

  it('round-trips through a CSV parser', () => {
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[2]).toEqual([
      'Hopper, Grace "Amazing"',
      'g2@navy.mil',
      'HR',
      'Active',
      '2026-02-01T00:00:00.000Z',
    ]);
  });

  it('writes only the header for no members', () => {
    expect(buildMembersCsv([])).toBe('Name,Email,Roles,Status,Since\r\n');
  });
});
