import type { MembersQuery, MemberStatus } from '../../gql/graphql';
import { orderRoles, ROLE_LABELS } from '../../app/roles';
import type { SortValue } from '../../app/table/sort';

export type MemberRow = MembersQuery['members'][number];

export type MemberColumn = 'name' | 'email' | 'roles' | 'status' | 'since';

export const MEMBER_COLUMNS: readonly { key: MemberColumn; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'roles', label: 'Roles' },
  { key: 'status', label: 'Status' },
  { key: 'since', label: 'Since' },
];

export const STATUS_LABELS: Record<MemberStatus, string> = {
  ACTIVE: 'Active',
  INVITED: 'Invited',
  DEACTIVATED: 'Deactivated',
};

export function rolesText(member: MemberRow): string {
  return orderRoles(member.roles)
    .map((role) => ROLE_LABELS[role])
    .join(', ');
}

export const MEMBER_SORT_ACCESSORS: Record<MemberColumn, (member: MemberRow) => SortValue> = {
  name: (m) => m.name,
  email: (m) => m.email,
  roles: (m) => rolesText(m),
  status: (m) => STATUS_LABELS[m.status],
  since: (m) => Date.parse(m.since),
};

/** Case-insensitive match on name, email, roles and status; every word must match. */
export function filterMembers(members: readonly MemberRow[], query: string): MemberRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...members];
  return members.filter((member) => {
    const haystack = [
      member.name ?? '',
      member.email,
      rolesText(member),
      member.roles.join(' '),
      STATUS_LABELS[member.status],
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
