import { Box, Table, Text } from '@mantine/core';
import { formatIsoDay } from '../../../app/dates';
import { formatMicros } from '../../../app/money';
import type { BurnPointRow } from '../burn';

/** The chart's figures as a table, folded away: the exact amounts behind each point of the lines. */
export function CumulativeFigures({
  points,
  currency,
}: {
  points: readonly BurnPointRow[];
  currency: string;
}) {
  if (points.length === 0) return null;
  return (
    <details>
      <Text component="summary" size="sm" c="dimmed" style={{ cursor: 'pointer' }}>
        The figures behind the chart
      </Text>
      <Box
        mah={320}
        mt="xs"
        style={{ overflowY: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Cumulative burn figures, scrollable"
      >
        <Table striped aria-label="Cumulative burn figures" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th ta="right">Accrued (cumulative)</Table.Th>
              <Table.Th ta="right">Spent (cumulative)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((point) => (
              <Table.Tr key={point.date}>
                <Table.Td>{formatIsoDay(point.date)}</Table.Td>
                <Table.Td ta="right">{formatMicros(point.accruedMicros, currency)}</Table.Td>
                <Table.Td ta="right">{formatMicros(point.spentMicros, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </details>
  );
}
