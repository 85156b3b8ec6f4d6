import { Badge, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { RosterAction, RosterResult } from '../roster';

/** Long files: the tables show this many rows; the counts always cover everything. */
export const MAX_TABLE_ROWS = 500;

const ACTION_LABELS: Record<RosterAction, string> = {
  CREATE: 'Create',
  UPDATE: 'Update',
  UNCHANGED: 'Unchanged',
};
const ACTION_COLORS: Record<RosterAction, string> = { CREATE: 'green', UPDATE: 'blue', UNCHANGED: 'gray' };

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} fz="xl" data-testid={testId}>
        {value.toLocaleString('en-US')}
      </Text>
    </div>
  );
}

function MoreRows({ total }: { total: number }) {
  if (total <= MAX_TABLE_ROWS) return null;
  return (
    <Text size="sm" c="dimmed">
      Showing the first {MAX_TABLE_ROWS.toLocaleString('en-US')} of {total.toLocaleString('en-US')}.
    </Text>
  );
}

/** A dry run's or an import's counts, its problems (line, field, message) and its changes. */
export function RosterResultView({ result }: { result: RosterResult }) {
  const applied = result.applied;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" m={0} aria-label="Counts">
        <Count label="Rows" value={result.rows} testId="roster-rows" />
        <Count label={applied ? 'Created' : 'To create'} value={result.created} testId="roster-created" />
        <Count label={applied ? 'Updated' : 'To update'} value={result.updated} testId="roster-updated" />
        <Count label="Unchanged" value={result.unchanged} testId="roster-unchanged" />
        <Count label="Problems" value={result.problems.length} testId="roster-problems" />
      </SimpleGrid>

      {result.problems.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            Problems to fix in the file
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table aria-label="Problems" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>Line</Table.Th>
                  <Table.Th w={180}>Field</Table.Th>
                  <Table.Th>Message</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.problems.slice(0, MAX_TABLE_ROWS).map((problem, index) => (
                  <Table.Tr key={`${problem.line}-${problem.field}-${index}`}>
                    <Table.Td>{problem.line}</Table.Td>
                    <Table.Td>
                      <Text span ff="monospace" size="sm">
                        {problem.field}
                      </Text>
                    </Table.Td>
                    <Table.Td>{problem.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <MoreRows total={result.problems.length} />
        </Stack>
      )}

      {result.changes.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {applied ? 'What changed' : 'What would change'}
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table aria-label="Changes" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>Line</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th w={120}>Action</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.changes.slice(0, MAX_TABLE_ROWS).map((change) => (
                  <Table.Tr key={`${change.line}-${change.email}`}>
                    <Table.Td>{change.line}</Table.Td>
                    <Table.Td>{change.email}</Table.Td>
                    <Table.Td>
                      <Badge color={ACTION_COLORS[change.action]} variant="light" tt="none">
                        {ACTION_LABELS[change.action]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{change.changes.length > 0 ? change.changes.join('; ') : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <MoreRows total={result.changes.length} />
        </Stack>
      )}
    </Stack>
  );
}
