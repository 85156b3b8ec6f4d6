import { Button, Group, NativeSelect, Pagination, Table, Text, TextInput } from '@mantine/core';
import { SortableHeader } from '../../../app/table/SortableHeader';
import type { SortState } from '../../../app/table/sort';
import { EmptyState } from '../../../app/ui/states';
import {
  BURN_PAGE_SIZE,
  isFiltered,
  pageLabel,
  SHOW_OPTIONS,
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
 * The manager's table: a page of engineers, sortable by any column (run-out date first by default, never
 * spend), filtered by name or team and by signal, and exported as shown (every page). The server filters,
 * sorts and pages; this draws the page it sent and says what the viewer asked for.
 */
export function BurnTable({
  rows,
  offset,
  matching,
  total,
  columns,
  filter,
  onFilter,
  sort,
  onSort,
  page,
  onPage,
  onExport,
  exporting,
  searchesTeams,
}: {
  rows: readonly EngineerBurnRow[];
  offset: number;
  /** Engineers matching the filter, on every page. */
  matching: number;
  /** Engineers in the subtree. */
  total: number;
  columns: readonly BurnColumn[];
  filter: BurnFilter;
  onFilter: (next: BurnFilter) => void;
  sort: SortState<BurnColumnKey>;
  onSort: (next: SortState<BurnColumnKey>) => void;
  /** From 0. */
  page: number;
  onPage: (page: number) => void;
  onExport: () => void;
  exporting: boolean;
  searchesTeams: boolean;
}) {
  const filtered = isFiltered(filter);
  const pages = Math.ceil(matching / BURN_PAGE_SIZE);

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label="Filter engineers"
            placeholder={searchesTeams ? 'Name or team' : 'Name'}
            value={filter.query}
            onChange={(event) => onFilter({ ...filter, query: event.currentTarget.value })}
            w={240}
            type="search"
          />
          <NativeSelect
            label="Show"
            data={SHOW_OPTIONS}
            value={filter.show}
            onChange={(event) => onFilter({ ...filter, show: event.currentTarget.value as BurnShow })}
            w={240}
          />
        </Group>
        <Group gap="sm" align="center">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="burn-table-count">
            {pageLabel(offset, rows.length, matching, total)}
          </Text>
          <Button
            variant="default"
            onClick={onExport}
            loading={exporting}
            disabled={matching === 0}
            aria-label="Export the engineers shown as CSV"
          >
            Export CSV
          </Button>
        </Group>
      </Group>
      {rows.length === 0 ? (
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
          <Table striped highlightOnHover aria-label="Engineers' burn" aria-rowcount={matching + 1}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <SortableHeader
                    key={column.key}
                    column={column.key}
                    label={column.label}
                    sort={sort}
                    onSort={onSort}
                  />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr
                  key={row.engineerId}
                  data-engineer-id={row.engineerId}
                  aria-rowindex={offset + index + 2}
                >
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
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page + 1}
            onChange={(next) => onPage(next - 1)}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : control,
            })}
            getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
          />
        </Group>
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
