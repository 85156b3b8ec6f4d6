import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime } from '../../../app/format';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { AccountingPeriodsQuery } from '../../periods/graphql/accountingPeriods';
import { CloseItemsList } from '../components/CloseItemsList';
import { periodLabel } from '../finance';
import { CloseChecklistQuery } from '../graphql/closeChecklist';
import { ClosePeriodMutation } from '../graphql/closePeriod';
import { PeriodClosesQuery } from '../graphql/periodCloses';

/** The checklist of one month and the close itself: a reason is required while items are open. */
function CloseMonth({
  month,
  closable,
  onClosing,
}: {
  month: string;
  closable: boolean;
  /** Called before closing: the page keeps this month on screen once it is no longer the next to close. */
  onClosing: (month: string) => void;
}) {
  const { company } = useCurrentUser();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const checklist = useQuery(CloseChecklistQuery, { variables: { month }, fetchPolicy: 'cache-and-network' });
  const [close, closing] = useMutation(ClosePeriodMutation, {
    refetchQueries: ['CloseChecklist', 'PeriodCloses', 'AccountingPeriods', 'FinanceHome'],
    awaitRefetchQueries: true,
  });
  const problem = checklist.error ? parseApiError(checklist.error) : null;
  const closeProblem = closing.error ? parseApiError(closing.error) : null;
  if (checklist.loading && !checklist.data) return <LoadingState label="Checking the month…" />;
  if (!checklist.data)
    return (
      <ErrorState
        title="We couldn't check the month"
        message={problem?.message ?? 'No answer from the server.'}
        onRetry={() => void checklist.refetch()}
      />
    );
  const list = checklist.data.closeChecklist;
  const open = list.items.filter((item) => item.open).length;
  const needsReason = open > 0;
  const submit = async () => {
    setDone(null);
    if (needsReason && reason.trim() === '') {
      setReasonError(`Reason is required: ${open} item${open === 1 ? ' is' : 's are'} still open`);
      setConfirming(false);
      return;
    }
    setReasonError(null);
    onClosing(month);
    try {
      await close({ variables: { input: { month, reason: reason.trim() === '' ? null : reason.trim() } } });
      setDone(
        `${periodLabel(month)} is closed. Its statements are final; later usage lands in the open month.`,
      );
      setReason('');
      setConfirming(false);
    } catch (error) {
      const parsed = parseApiError(error);
      if (parsed.fieldErrors['reason']) setReasonError(parsed.fieldErrors['reason']);
      setConfirming(false);
    }
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="close-month-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4" id="close-month-title">
            Checklist for {periodLabel(month)}
          </Title>
          <Badge
            color={list.closed ? 'gray' : open > 0 ? 'orange' : 'teal'}
            variant="light"
            data-testid="checklist-status"
          >
            {list.closed
              ? 'Closed'
              : open > 0
                ? `${open} open item${open === 1 ? '' : 's'}`
                : 'Ready to close'}
          </Badge>
        </Group>
        <CloseItemsList
          items={list.items}
          currency={company.currency}
          label={`Checklist for ${periodLabel(month)}`}
        />
        {done && (
          <Alert color="teal" variant="light" role="status">
            {done}
          </Alert>
        )}
        {!list.closed && closable && (
          <Stack gap="sm" maw={640}>
            <Textarea
              label="Reason"
              description={
                needsReason
                  ? 'Required: say why the month closes with items open. It is kept with the close.'
                  : 'Optional: kept with the close.'
              }
              required={needsReason}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                if (reasonError) setReasonError(null);
              }}
              error={reasonError}
              minRows={3}
              maxLength={1000}
            />
            {!confirming ? (
              <div>
                <Button onClick={() => setConfirming(true)}>Close {periodLabel(month)}</Button>
              </div>
            ) : (
              <Stack gap={4}>
                <Text size="sm">
                  Close {periodLabel(month)}? It cannot be reopened: its statements are frozen and managers
                  get their team&apos;s statement by mail.
                </Text>
                <Group gap="xs">
                  <Button color="red" loading={closing.loading} onClick={() => void submit()}>
                    Yes, close {periodLabel(month)}
                  </Button>
                  <Button variant="default" onClick={() => setConfirming(false)} disabled={closing.loading}>
                    Cancel
                  </Button>
                </Group>
              </Stack>
            )}
            {closeProblem && !closeProblem.fieldErrors['reason'] && (
              <Alert color="red" variant="light" role="alert" title="The month did not close">
                {closeProblem.fieldErrors['month'] ?? closeProblem.message}
              </Alert>
            )}
          </Stack>
        )}
        {!list.closed && !closable && (
          <Text size="sm" c="dimmed">
            Months close in order, once they have ended: this one cannot close yet.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function CloseHistory() {
  const { company } = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(PeriodClosesQuery, { fetchPolicy: 'cache-and-network' });
  const problem = error ? parseApiError(error) : null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="close-history-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="close-history-title">
          History of closes
        </Title>
        {loading && !data && <LoadingState label="Loading the closes…" />}
        {!data && problem && (
          <ErrorState
            title="We couldn't load the closes"
            message={problem.message}
            onRetry={() => void refetch()}
          />
        )}
        {data && data.periodCloses.length === 0 && (
          <EmptyState
            title="No month closed yet"
            description="Each close shows here with who closed it and why."
          />
        )}
        {data && data.periodCloses.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="History of closes" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Month</Table.Th>
                  <Table.Th>Closed</Table.Th>
                  <Table.Th ta="right">Total</Table.Th>
                  <Table.Th>Open at close</Table.Th>
                  <Table.Th>Reason</Table.Th>
                  <Table.Th ta="right">Statements mailed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.periodCloses.map((close) => {
                  const open = close.checklist.filter((item) => item.open);
                  return (
                    <Table.Tr key={close.month}>
                      <Table.Td>{periodLabel(close.month)}</Table.Td>
                      <Table.Td>{formatDateTime(close.closedAt)}</Table.Td>
                      <Table.Td ta="right">{formatMicros(close.totalMicros, company.currency)}</Table.Td>
                      <Table.Td>
                        {open.length === 0
                          ? 'Nothing'
                          : open.map((item) => `${item.label} (${item.count})`).join(', ')}
                      </Table.Td>
                      <Table.Td>{close.reason ?? '—'}</Table.Td>
                      <Table.Td ta="right">{close.mailed}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

/** Period close: the checklist of the month to close, the close with its reason, and the history. */
export function ClosePage() {
  const periods = useQuery(AccountingPeriodsQuery, { fetchPolicy: 'cache-and-network' });
  const problem = periods.error ? parseApiError(periods.error) : null;
  const [picked, setPicked] = useState<string | null>(null);
  const heading = (
    <div>
      <Title order={1}>Close</Title>
      <Text c="dimmed">
        Close a month once its books are right: unpriced usage, unmapped identities, holds still open and
        provider invoices are checked first. A closed month&apos;s statements never change.
      </Text>
    </div>
  );
  if (problem?.code === 'FORBIDDEN') return <NoAccessState />;
  const list = periods.data?.accountingPeriods ?? [];
  const closable = list.find((period) => period.closable)?.month ?? null;
  const months = list.map((period) => ({
    value: period.month,
    label: `${periodLabel(period.month)}${period.status === 'CLOSED' ? ' (closed)' : period.closable ? ' (next to close)' : ''}`,
  }));
  const month = picked ?? closable ?? list.find((period) => period.status === 'OPEN')?.month ?? null;
  return (
    <Stack gap="lg" maw={1100}>
      {heading}
      {periods.loading && !periods.data && <LoadingState label="Loading the months…" />}
      {!periods.data && problem && (
        <ErrorState
          title="We couldn't load the months"
          message={problem.message}
          onRetry={() => void periods.refetch()}
        />
      )}
      {periods.data && !month && (
        <EmptyState
          title="No month to close"
          description="The books start with the first allowance granted."
        />
      )}
      {periods.data && month && (
        <>
          <Select
            label="Month"
            data={months}
            value={month}
            onChange={(value) => value && setPicked(value)}
            allowDeselect={false}
            w={300}
          />
          <CloseMonth key={month} month={month} closable={month === closable} onClosing={setPicked} />
        </>
      )}
      <CloseHistory />
    </Stack>
  );
}
