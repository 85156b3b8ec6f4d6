import { useMemo, useState } from 'react';
import { Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { buildTableCsv, downloadCsv } from '../../../app/table/csv';
import { SortableHeader } from '../../../app/table/SortableHeader';
import type { SortState } from '../../../app/table/sort';
import { EmptyState } from '../../../app/ui/states';
import {
  burnCsvColumns,
  DEFAULT_BURN_SORT,
  filterBurnRows,
  isFiltered,
  NO_BURN_FILTER,
  SHOW_OPTIONS,
  sortBurnRows,
  type BurnColumn,
  type BurnColumnKey,
  type BurnFilter,
  type BurnShow,
  type EngineerBurnRow,
} from '../burn';
import { BurnCell } from './BurnCell';

/** Where a manager goes from a row: the engineer's budget and usage. */
export const engineerUsagePath = (row: EngineerBurnRow) => `/engineers/${row.engineerId}/budget`;

/**
 * The manager's table: a row per engineer, sortable by any column (run-out date first by default,
 * never spend), filtered by name and signal, and exported exactly as shown.
 */
export function BurnTable({
  rows,
  columns,
  currency,
  csvFilename,
  teamNames,
}: {
  rows: readonly EngineerBurnRow[];
  columns: readonly BurnColumn[];
  currency: string;
  csvFilename: string;
  teamNames?: ReadonlyMap<string, string>;
}) {
  const [filter, setFilter] = useState<BurnFilter>(NO_BURN_FILTER);
  const [sort, setSort] = useState<SortState<BurnColumnKey>>(DEFAULT_BURN_SORT);
  const shown = useMemo(
    () => sortBurnRows(filterBurnRows(rows, filter, teamNames), columns, sort),
    [rows, filter, teamNames, columns, sort],
  );
  const filtered = isFiltered(filter);

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label="Filter engineers"
            placeholder={teamNames ? 'Name or team' : 'Name'}
            value={filter.query}
            onChange={(event) => {
              const query = event.currentTarget.value;
              setFilter((current) => ({ ...current, query }));
            }}
            w={240}
            type="search"
          />
          <NativeSelect
            label="Show"
            data={SHOW_OPTIONS}
            value={filter.show}
            onChange={(event) => {
              const show = event.currentTarget.value as BurnShow;
              setFilter((current) => ({ ...current, show }));
            }}
            w={240}
          />
        </Group>
        <Group gap="sm" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="burn-table-count">
            {shown.length === rows.length
              ? `${rows.length} engineer${rows.length === 1 ? '' : 's'}`
              : `${shown.length} of ${rows.length} engineers`}
          </Text>
          <Button
            variant="default"
            onClick={() => downloadCsv(csvFilename, buildTableCsv(burnCsvColumns(columns, currency), shown))}
            disabled={shown.length === 0}
            aria-label="Export the engineers shown as CSV"
          >
            Export CSV
          </Button>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <EmptyState
          title={filtered ? 'No engineers match your filter' : 'No engineers in this team'}
          description={
            filtered
              ? 'Try another name or show everyone.'
              : 'Engineers with an allowance this period show up here.'
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={1400}>
          <Table striped highlightOnHover aria-label="Engineers' burn" aria-rowcount={shown.length + 1}>
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
              {shown.map((row) => (
                <Table.Tr key={row.engineerId} data-engineer-id={row.engineerId}>
                  {columns.map((column) => (
                    <Table.Td
                      key={column.key}
                      ta={column.align}
                      data-column={column.key}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      <BurnCell column={column} row={row} linkTo={engineerUsagePath} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

/** The same row, on its own (no sorting or filtering): what an engineer's manager sees about them. */
export function BurnRowTable({
  label,
  rows,
  columns,
  linkTo,
  minWidth = 1280,
}: {
  label: string;
  rows: readonly EngineerBurnRow[];
  columns: readonly BurnColumn[];
  linkTo?: (row: EngineerBurnRow) => string;
  /** Below this width the table scrolls sideways. */
  minWidth?: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.align}>
                <Text fw={700} fz="sm">
                  {column.label}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.engineerId} data-engineer-id={row.engineerId}>
              {columns.map((column) => (
                <Table.Td
                  key={column.key}
                  ta={column.align}
                  data-column={column.key}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  <BurnCell column={column} row={row} linkTo={linkTo} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
