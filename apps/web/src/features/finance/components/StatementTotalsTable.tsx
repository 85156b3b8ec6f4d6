import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatMicros } from '../../../app/money';
import type { StatementSummaryFieldsFragment } from '../../../gql/graphql';
import { changeText } from '../finance';

/** Statements of a period with their totals and change against the previous period; names open them. */
export function StatementTotalsTable({
  label,
  period,
  statements,
  currency,
}: {
  label: string;
  period: string;
  statements: readonly StatementSummaryFieldsFragment[];
  currency: string;
}) {
  if (statements.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No statement for this period.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={label} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Statement</Table.Th>
            <Table.Th ta="right">Total</Table.Th>
            <Table.Th ta="right">vs previous</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statements.map((statement) => {
            const change = changeText(statement.totalMicros, statement.previousTotalMicros, currency);
            return (
              <Table.Tr key={`${statement.kind}-${statement.key}`}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/finance/statements?period=${encodeURIComponent(period)}&kind=${statement.kind}&key=${encodeURIComponent(statement.key)}`}
                  >
                    {statement.name}
                  </Anchor>
                  {statement.label && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {statement.label}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatMicros(statement.totalMicros, currency)}</Table.Td>
                <Table.Td
                  ta="right"
                  c={change.direction === 'up' ? 'orange' : change.direction === 'down' ? 'teal' : undefined}
                >
                  {change.percent}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
