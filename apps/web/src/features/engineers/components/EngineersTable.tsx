import { useMemo, useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import type { EngineerStatus } from '../../../gql/graphql';
import { formatIsoDay } from '../../../app/dates';
import { formatMicros } from '../../../app/money';
import { buildTableCsv, downloadCsv } from '../../../app/table/csv';
import { SortableHeader } from '../../../app/table/SortableHeader';
import { sortRows, type SortState } from '../../../app/table/sort';
import { EmptyState } from '../../../app/ui/states';
import {
  ENGINEER_SORT_ACCESSORS,
  engineerColumns,
  engineerCsvColumns,
  filterEngineers,
  NO_FILTER,
  STATUS_LABELS,
  teamsInRows,
  type EngineerColumn,
  type EngineerFilter,
  type EngineerRow,
} from '../engineers';
import { StatusBadge } from './StatusBadge';

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...(Object.keys(STATUS_LABELS) as EngineerStatus[]).map((status) => ({
    value: status,
    label: STATUS_LABELS[status],
  })),
];

export function EngineersTable({
  engineers,
  currency,
}: {
  engineers: readonly EngineerRow[];
  currency: string;
}) {
  const [filter, setFilter] = useState<EngineerFilter>(NO_FILTER);
  // by name by default: never by spend
  const [sort, setSort] = useState<SortState<EngineerColumn>>({ key: 'name', direction: 'asc' });
  const columns = engineerColumns(engineers);
  const teams = useMemo(() => teamsInRows(engineers), [engineers]);
  const rows = useMemo(
    () => sortRows(filterEngineers(engineers, filter), ENGINEER_SORT_ACCESSORS, sort),
    [engineers, filter, sort],
  );
  const shows = (key: EngineerColumn) => columns.some((column) => column.key === key);
  const filtered = filter.query !== '' || filter.teamId !== '' || filter.status !== '';

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label="Filter engineers"
            placeholder="Name, email, team or title"
            value={filter.query}
            onChange={(event) => {
              const query = event.currentTarget.value;
              setFilter((current) => ({ ...current, query }));
            }}
            w={280}
            type="search"
          />
          <NativeSelect
            label="Team"
            data={[{ value: '', label: 'All teams' }, ...teams]}
            value={filter.teamId}
            onChange={(event) => {
              const teamId = event.currentTarget.value;
              setFilter((current) => ({ ...current, teamId }));
            }}
            w={200}
          />
          <NativeSelect
            label="Status"
            data={STATUS_OPTIONS}
            value={filter.status}
            onChange={(event) => {
              const status = event.currentTarget.value as EngineerStatus | '';
              setFilter((current) => ({ ...current, status }));
            }}
            w={160}
          />
        </Group>
        <Button
          variant="default"
          onClick={() =>
            downloadCsv('engineers.csv', buildTableCsv(engineerCsvColumns(engineers, currency), rows))
          }
          disabled={rows.length === 0}
        >
          Export CSV
        </Button>
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          title={filtered ? 'No engineers match your filter' : 'No engineers yet'}
          description={filtered ? 'Try another word, team or status.' : 'Engineers you may see show up here.'}
        />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label="Engineers" aria-rowcount={rows.length + 1}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <SortableHeader
                    key={column.key}
                    column={column.key}
                    label={column.label}
                    sort={sort}
                    onSort={setSort}
                  />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/engineers/${row.id}`} fw={500}>
                      {row.name}
                    </Anchor>
                    {row.title && (
                      <Text size="xs" c="dimmed">
                        {row.title}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{row.email}</Table.Td>
                  <Table.Td>{row.teamName ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={row.status} />
                  </Table.Td>
                  <Table.Td>{formatIsoDay(row.startDate)}</Table.Td>
                  {shows('basePay') && (
                    <Table.Td ta="right" data-column="base-pay">
                      {formatMicros(row.basePay?.annualMicros, row.basePay?.currency ?? currency)}
                    </Table.Td>
                  )}
                  {shows('allowance') && (
                    <Table.Td ta="right" data-column="allowance">
                      {formatMicros(row.annualAllowanceMicros, currency)}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
