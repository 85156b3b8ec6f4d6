import { Table, Text, UnstyledButton } from '@mantine/core';
import { ariaSort, nextSort, type SortState } from './sort';

const ARROWS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** A column header that sorts its table: click to sort, click again to flip. */
export function SortableHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (next: SortState<K>) => void;
}) {
  const state = ariaSort(sort, column);
  return (
    <Table.Th aria-sort={state}>
      <UnstyledButton onClick={() => onSort(nextSort(sort, column))} fw={700} fz="sm">
        {label}{' '}
        <Text span c={state === 'none' ? 'dimmed' : undefined} aria-hidden fz="xs">
          {ARROWS[state]}
        </Text>
      </UnstyledButton>
    </Table.Th>
  );
}
