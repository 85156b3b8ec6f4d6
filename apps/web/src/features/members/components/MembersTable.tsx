import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { formatDate } from '../../../app/format';
import { RoleBadges } from '../../../app/ui/RoleBadges';
import { EmptyState } from '../../../app/ui/states';
import { downloadCsv } from '../../../app/table/csv';
import { SortableHeader } from '../../../app/table/SortableHeader';
import { buildMembersCsv } from '../csv';
import {
  filterMembers,
  MEMBER_COLUMNS,
  MEMBER_SORT_ACCESSORS,
  STATUS_LABELS,
  type MemberColumn,
  type MemberRow,
} from '../members';
import { sortRows, type SortState } from '../../../app/table/sort';
import { RevokeInvitationMutation } from '../graphql/revokeInvitation';
import { MemberActions } from './MemberActions';

/** Withdraws a pending invitation; its link stops working and the row leaves the table. */
function RevokeButton({ member }: { member: MemberRow }) {
  const [revoke, { loading, error }] = useMutation(RevokeInvitationMutation, {
    refetchQueries: ['Members'],
    awaitRefetchQueries: true,
  });
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        loading={loading}
        onClick={() => void revoke({ variables: { id: member.id } }).catch(() => undefined)}
        aria-label={`Revoke invitation of ${member.email}`}
      >
        Revoke
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error.message}
        </Text>
      )}
    </Group>
  );
}

export function MembersTable({ members }: { members: readonly MemberRow[] }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<MemberColumn>>({ key: 'name', direction: 'asc' });

  const rows = useMemo(
    () => sortRows(filterMembers(members, query), MEMBER_SORT_ACCESSORS, sort),
    [members, query, sort],
  );

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <TextInput
          label="Filter members"
          placeholder="Name, email, role or status"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={320}
          type="search"
        />
        <Button
          variant="default"
          onClick={() => downloadCsv('members.csv', buildMembersCsv(rows))}
          disabled={rows.length === 0}
        >
          Export CSV
        </Button>
      </Group>
      {members.length === 1 && query === '' && (
        <Text size="sm" c="dimmed">
          It&apos;s just you so far. Invite your team above; they show up here as invited until they join.
        </Text>
      )}
      {rows.length === 0 ? (
        <EmptyState
          title="No members match your filter"
          description={`Nothing matches “${query}”. Try another word.`}
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover aria-label="Members" aria-rowcount={rows.length + 1}>
            <Table.Thead>
              <Table.Tr>
                {MEMBER_COLUMNS.map((column) => (
                  <SortableHeader
                    key={column.key}
                    column={column.key}
                    label={column.label}
                    sort={sort}
                    onSort={setSort}
                  />
                ))}
                <Table.Th>
                  <Text fw={700} fz="sm">
                    Actions
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    {member.name ?? (
                      <Text span c="dimmed" fz="inherit">
                        Not joined yet
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td>
                    <RoleBadges roles={member.roles} label={`Roles of ${member.email}`} />
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={
                        member.status === 'ACTIVE'
                          ? 'green'
                          : member.status === 'DEACTIVATED'
                            ? 'gray'
                            : 'yellow'
                      }
                      variant="dot"
                      tt="none"
                    >
                      {STATUS_LABELS[member.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDate(member.since)}</Table.Td>
                  <Table.Td>
                    {member.status === 'INVITED' ? (
                      <RevokeButton member={member} />
                    ) : (
                      <MemberActions member={member} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
