import { describe, expect, it } from 'vitest';
import { sortRows } from '../../app/table/sort';
import { MEMBER_SORT_ACCESSORS, type MemberRow } from './members';

describe('member columns', () => {
  const member = (id: string, since: string, roles: MemberRow['roles']): MemberRow => ({
    id,
    email: `${id}@x.io`,
    name: id,
    roles,
    status: 'ACTIVE',
    since,
    deactivatedAt: null,
  });
  const members = [
    member('a', '2026-03-01T00:00:00Z', ['ENGINEER']),
    member('b', '2025-12-31T23:59:59Z', ['ADMIN', 'HR']),
    member('c', '2026-01-15T00:00:00Z', ['HR']),
  ];

  it('sorts "since" by time, not by text', () => {
    const sorted = sortRows(members, MEMBER_SORT_ACCESSORS, { key: 'since', direction: 'asc' });
    expect(sorted.map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });

  it('sorts roles by their readable, ordered text', () => {
    const sorted = sortRows(members, MEMBER_SORT_ACCESSORS, { key: 'roles', direction: 'asc' });
    expect(sorted.map((m) => m.id)).toEqual(['b', 'a', 'c']); // "Admin, HR" < "Engineer" < "HR"
  });
});
