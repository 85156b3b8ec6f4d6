import { useMemo, useState } from 'react';
import { Anchor, Badge, Code, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../app/format';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { SortableHeader } from '../../../app/table/SortableHeader';
import { sortRows, type SortState } from '../../../app/table/sort';
import {
  AUDIT_COLUMNS,
  AUDIT_SORT_ACCESSORS,
  changeValue,
  describeChange,
  fieldLabel,
  humanizeCode,
  type AuditColumn,
  type AuditRow,
} from '../audit';

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });

/** The named fields the entry changed, before → after; the raw snapshot only when none were kept. */
function Changes({ row }: { row: AuditRow }) {
  const currency = useCurrentUser().company.currency;
  if (!row.changes.length)
    return (
      <>
        <Change label="Before" json={row.before} />
        <Change label="After" json={row.after} />
      </>
    );
  return (
    <List size="xs" listStyleType="none" spacing={2} aria-label="Changes">
      {row.changes.map((change) => (
        <List.Item key={change.field}>
          <Text span fw={700} fz="inherit">
            {fieldLabel(change.field)}:
          </Text>{' '}
          <Text span c="dimmed" fz="inherit">
            {changeValue(change.field, change.before, currency)}
          </Text>{' '}
          → {changeValue(change.field, change.after, currency)}
        </List.Item>
      ))}
    </List>
  );
}

function Change({ label, json }: { label: string; json: string | null }) {
  const text = describeChange(json);
  if (!text) return null;
  return (
    <Text size="xs" c="dimmed" lineClamp={2} title={json ?? undefined}>
      <Text span fw={700} fz="inherit">
        {label}:
      </Text>{' '}
      {text}
    </Text>
  );
}

export function AuditTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly AuditRow[];
  sort: SortState<AuditColumn>;
  onSort: (next: SortState<AuditColumn>) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label="Audit log" aria-rowcount={rows.length + 1}>
        <Table.Thead>
          <Table.Tr>
            {AUDIT_COLUMNS.map((column) => (
              <SortableHeader
                key={column.key}
                column={column.key}
                label={column.label}
                sort={sort}
                onSort={onSort}
              />
            ))}
            <Table.Th>
              <Text fw={700} fz="sm">
                Change
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(row.createdAt)}
                <Text size="xs" c="dimmed">
                  {timeFormat.format(new Date(row.createdAt))}
                </Text>
              </Table.Td>
              <Table.Td>
                {row.actorEmail ?? (
                  <Text span c="dimmed" fz="inherit">
                    System
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" tt="none">
                  {humanizeCode(row.action)}
                </Badge>
              </Table.Td>
              <Table.Td>{humanizeCode(row.entityType)}</Table.Td>
              <Table.Td>
                {row.entityId && row.entityType === 'engineer' ? (
                  <Anchor component={Link} to={`/engineers/${row.entityId}`} size="xs">
                    <Code>{row.entityId.slice(0, 8)}</Code>
                  </Anchor>
                ) : row.entityId ? (
                  <Code title={row.entityId}>{row.entityId.slice(0, 8)}</Code>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td maw={360}>
                <Changes row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Sorted audit rows, newest first by default (the order the server sends). */
export function useAuditSort(rows: readonly AuditRow[]) {
  const [sort, setSort] = useState<SortState<AuditColumn>>({ key: 'createdAt', direction: 'desc' });
  const sorted = useMemo(() => sortRows(rows, AUDIT_SORT_ACCESSORS, sort), [rows, sort]);
  return { sort, setSort, sorted };
}
