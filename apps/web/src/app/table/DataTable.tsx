import { useMemo, useState, type ReactNode } from 'react';
import { Button, Group, Table, Text, TextInput } from '@mantine/core';
import { EmptyState } from '../ui/states';
import { buildTableCsv, downloadCsv, type CsvColumn } from './csv';
import { filterByWords } from './filter';
import { SortableHeader } from './SortableHeader';
import { sortRows, type SortState, type SortValue } from './sort';

/** One column of a `DataTable`: how to show, sort and export a row's cell. */
export interface DataColumn<T> {
  key: string;
  label: string;
  render: (row: T) => ReactNode;
  /** How the column sorts; a column without one (actions) has a plain header. */
  sortValue?: (row: T) => SortValue;
  /** The CSV header and cell; a column without one is left out of the export. */
  csv?: CsvColumn<T>;
  align?: 'left' | 'right' | 'center';
}

/**
 * A table built from the app's table helpers: sortable headers, a text filter (every word must
 * match one of the row's `searchText`), a CSV export of the rows shown, and empty states.
 * Extra filters (a provider select…) go in `filters`; the caller passes the rows they keep and
 * says with `filtersActive` that some are hidden.
 */
export function DataTable<T>({
  label,
  rows,
  columns,
  rowKey,
  searchText,
  initialSort,
  csvFilename,
  emptyTitle,
  emptyDescription,
  filterLabel = 'Filter',
  filterPlaceholder,
  filters,
  filtersActive = false,
  minWidth = 640,
  csvColumns,
}: {
  label: string;
  rows: readonly T[];
  columns: readonly DataColumn<T>[];
  rowKey: (row: T) => string;
  searchText: (row: T) => readonly (string | null | undefined)[];
  initialSort: SortState<string>;
  csvFilename: string;
  emptyTitle: string;
  emptyDescription: ReactNode;
  filterLabel?: string;
  filterPlaceholder?: string;
  filters?: ReactNode;
  filtersActive?: boolean;
  minWidth?: number;
  /** The export's columns when they differ from the table's (more detail than fits on screen). */
  csvColumns?: readonly CsvColumn<T>[];
}) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<string>>(initialSort);
  const accessors = useMemo(() => {
    const result: Record<string, (row: T) => SortValue> = {};
    for (const column of columns) if (column.sortValue) result[column.key] = column.sortValue;
    return result;
  }, [columns]);
  const shown = useMemo(() => {
    const matching = filterByWords(rows, query, searchText);
    return accessors[sort.key] ? sortRows(matching, accessors, sort) : matching;
  }, [rows, query, searchText, accessors, sort]);
  const filtered = filtersActive || query.trim() !== '';
  const exported = csvColumns ?? columns.flatMap((column) => (column.csv ? [column.csv] : []));

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={filterLabel}
            placeholder={filterPlaceholder}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={260}
            type="search"
          />
          {filters}
        </Group>
        <Button
          variant="default"
          onClick={() => downloadCsv(csvFilename, buildTableCsv(exported, shown))}
          disabled={shown.length === 0}
          aria-label={`Export ${label} as CSV`}
        >
          Export CSV
        </Button>
      </Group>
      {shown.length === 0 ? (
        <EmptyState
          title={filtered ? 'Nothing matches your filter' : emptyTitle}
          description={filtered ? 'Try another word or clear the filter.' : emptyDescription}
        />
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover aria-label={label} aria-rowcount={shown.length + 1}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) =>
                  column.sortValue ? (
                    <SortableHeader
                      key={column.key}
                      column={column.key}
                      label={column.label}
                      sort={sort}
                      onSort={setSort}
                    />
                  ) : (
                    <Table.Th key={column.key}>
                      <Text fw={700} fz="sm">
                        {column.label}
                      </Text>
                    </Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <Table.Td key={column.key} ta={column.align}>
                      {column.render(row)}
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
