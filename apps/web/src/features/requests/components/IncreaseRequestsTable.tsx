import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { formatDateTime } from '../../../app/format';
import { formatMicros } from '../../../app/money';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { CancelIncreaseRequestMutation } from '../graphql/cancelIncreaseRequest';
import { MyIncreaseRequestsQuery } from '../graphql/myIncreaseRequests';
import {
  approverLabel,
  decisionNotes,
  isPending,
  kindLabel,
  requestCsvColumns,
  statusColor,
  statusLabel,
  type IncreaseRequestRow,
} from '../requests';

function CancelButton({ request }: { request: IncreaseRequestRow }) {
  const [confirming, setConfirming] = useState(false);
  const [cancel, { loading, error }] = useMutation(CancelIncreaseRequestMutation, {
    refetchQueries: [MyIncreaseRequestsQuery],
  });
  if (!confirming)
    return (
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
        Cancel request
      </Button>
    );
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="compact-xs"
          color="red"
          loading={loading}
          onClick={() =>
            void cancel({ variables: { id: request.id } })
              .then(() => setConfirming(false))
              .catch(() => undefined)
          }
        >
          Cancel it now
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
          Keep
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {parseApiError(error).message}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Increase requests as a table: `mine` is an engineer's own (pending ones can be cancelled), `all` is every
 * request of the company for ADMIN and HR (with the engineer, read-only).
 */
export function IncreaseRequestsTable({
  requests,
  currency,
  mode,
}: {
  requests: readonly IncreaseRequestRow[];
  currency: string;
  mode: 'mine' | 'all';
}) {
  const columns = useMemo<DataColumn<IncreaseRequestRow>[]>(
    () => [
      {
        key: 'createdAt',
        label: 'Requested',
        render: (row) => formatDateTime(row.createdAt),
        sortValue: (row) => Date.parse(row.createdAt),
      },
      ...(mode === 'all'
        ? [
            {
              key: 'engineer',
              label: 'Engineer',
              render: (row: IncreaseRequestRow) => (
                <Anchor component={Link} to={`/engineers/${row.engineerId}/budget`} size="sm">
                  {row.engineerName}
                </Anchor>
              ),
              sortValue: (row: IncreaseRequestRow) => row.engineerName,
            },
          ]
        : []),
      {
        key: 'amount',
        label: 'Amount',
        render: (row) => formatMicros(row.amountMicros, currency),
        sortValue: (row) => BigInt(row.amountMicros),
        align: 'right',
      },
      { key: 'kind', label: 'Kind', render: (row) => kindLabel(row.kind), sortValue: (row) => row.kind },
      {
        key: 'reason',
        label: 'Reason',
        render: (row) => (
          <Text size="sm" maw={280} lineClamp={3}>
            {row.reason}
          </Text>
        ),
        sortValue: (row) => row.reason,
      },
      {
        key: 'status',
        label: 'Status',
        render: (row) => (
          <Badge color={statusColor(row.status)} variant="light" tt="none" miw="max-content">
            {statusLabel(row.status)}
          </Badge>
        ),
        sortValue: (row) => row.status,
      },
      {
        key: 'decision',
        label: 'Decision',
        render: (row) => (
          <Stack gap={2}>
            {row.status === 'APPROVED' && <Text size="sm">{approverLabel(row)}</Text>}
            {decisionNotes(row).map((note) => (
              <Text key={note} size="sm" c="dimmed">
                {note}
              </Text>
            ))}
            {row.decidedAt && (
              <Text size="xs" c="dimmed">
                {formatDateTime(row.decidedAt)}
              </Text>
            )}
          </Stack>
        ),
      },
      ...(mode === 'mine'
        ? [
            {
              key: 'actions',
              label: 'Actions',
              render: (row: IncreaseRequestRow) => (isPending(row) ? <CancelButton request={row} /> : null),
            },
          ]
        : []),
    ],
    [currency, mode],
  );
  return (
    <DataTable
      label={mode === 'mine' ? 'Your increase requests' : 'All increase requests'}
      rows={requests}
      columns={columns}
      csvColumns={requestCsvColumns(currency)}
      rowKey={(row) => row.id}
      searchText={(row) => [
        ...(mode === 'all' ? [row.engineerName] : []),
        row.reason,
        statusLabel(row.status),
        kindLabel(row.kind),
        ...decisionNotes(row),
      ]}
      initialSort={{ key: 'createdAt', direction: 'desc' }}
      csvFilename={mode === 'mine' ? 'increase-requests.csv' : 'all-increase-requests.csv'}
      filterLabel="Filter requests"
      filterPlaceholder={
        mode === 'mine' ? 'Reason, status or comment' : 'Engineer, reason, status or comment'
      }
      emptyTitle="No requests yet"
      emptyDescription={
        mode === 'mine'
          ? 'When you need more allowance, ask above: your manager decides.'
          : 'Requests engineers make show up here, decided or not.'
      }
      minWidth={mode === 'mine' ? 900 : 1000}
    />
  );
}
