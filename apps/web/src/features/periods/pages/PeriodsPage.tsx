import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatMonthLong } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { AccountingPeriodsQuery } from '../graphql/accountingPeriods';
import { CloseAccountingPeriodMutation } from '../graphql/closeAccountingPeriod';

/** "2026-11" → "November 2026". */
export const monthLabel = formatMonthLong;

/**
 * Closing asks once more: a closed month is never reopened. The close is the finance desk's (its statements are
 * frozen); with checklist items open (unpriced or unmapped usage, open holds, provider invoices) it needs a reason.
 */
function CloseButton({ month }: { month: string }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [close, { loading, error }] = useMutation(CloseAccountingPeriodMutation, {
    refetchQueries: ['AccountingPeriods'],
  });
  const problem = error ? parseApiError(error) : null;
  if (!confirming)
    return (
      <Button size="compact-sm" variant="light" onClick={() => setConfirming(true)}>
        Close {monthLabel(month)}
      </Button>
    );
  return (
    <Stack gap={4}>
      <Text size="sm">
        Close {monthLabel(month)}? It cannot be reopened: later entries for it are posted in the next open
        month.
      </Text>
      <Textarea
        label="Reason (needed when checklist items are open)"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        maxLength={1000}
        rows={2}
        error={problem?.fieldErrors['reason']}
      />
      <Group gap="xs">
        <Button
          size="compact-sm"
          color="red"
          loading={loading}
          onClick={() =>
            void close({ variables: { month, reason: reason.trim() || null } }).then(
              () => setConfirming(false),
              () => undefined,
            )
          }
        >
          Yes, close {monthLabel(month)}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)} disabled={loading}>
          Cancel
        </Button>
      </Group>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem.fieldErrors['month'] ?? problem.fieldErrors['reason'] ?? problem.message}
        </Text>
      )}
    </Stack>
  );
}

export function PeriodsPage() {
  const { data, loading, error, refetch } = useQuery(AccountingPeriodsQuery);
  const apiError = error ? parseApiError(error) : null;
  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;
  const periods = data?.accountingPeriods ?? [];

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>Accounting periods</Title>
        <Text c="dimmed">
          Months close in order, once they are over. A closed month takes no new entries: late usage or a
          correction for it is posted in the first open month.
        </Text>
      </div>
      <Card withBorder radius="md" padding="lg">
        {loading && !data && <LoadingState label="Loading the periods…" />}
        {apiError && !data && (
          <ErrorState
            title="We couldn't load the periods"
            message={apiError.message}
            onRetry={() => void refetch()}
          />
        )}
        {data &&
          (periods.length === 0 ? (
            <EmptyState title="No periods yet" description="The books open with the first grant." />
          ) : (
            <Table aria-label="Accounting periods" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Month</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Closed</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.map((period) => (
                  <Table.Tr key={period.month}>
                    <Table.Td>{monthLabel(period.month)}</Table.Td>
                    <Table.Td>
                      <Badge color={period.status === 'CLOSED' ? 'gray' : 'green'} variant="light">
                        {period.status === 'CLOSED' ? 'Closed' : 'Open'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {period.closedAt ? new Date(period.closedAt).toISOString().slice(0, 10) : '—'}
                    </Table.Td>
                    <Table.Td>{period.closable && <CloseButton month={period.month} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
        {data && !periods.some((period) => period.closable) && periods.length > 0 && (
          <Alert color="gray" mt="md">
            No month can close now: the next one in order is not over yet.
          </Alert>
        )}
      </Card>
    </Stack>
  );
}
