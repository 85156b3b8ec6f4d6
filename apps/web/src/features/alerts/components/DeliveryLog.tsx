import { useState } from 'react';
import { Badge, Button, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { formatDateTime } from '../../../app/format';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import {
  attemptsText,
  DELIVERY_CSV_COLUMNS,
  DELIVERY_STATUSES,
  deliveryKindLabel,
  deliveryStatusColor,
  isRetrying,
  type DeliveryRow,
} from '../alerts';
import { AlertDeliveriesQuery } from '../graphql/alertDeliveries';

const COLUMNS: DataColumn<DeliveryRow>[] = [
  {
    key: 'createdAt',
    label: 'Created',
    render: (row) => formatDateTime(row.createdAt),
    sortValue: (row) => Date.parse(row.createdAt),
  },
  {
    key: 'kind',
    label: 'What',
    render: (row) => (
      <Stack gap={0}>
        <Text size="sm">{deliveryKindLabel(row.kind)}</Text>
        <Text size="xs" c="dimmed" lineClamp={2} maw={260}>
          {row.subject ?? ''}
        </Text>
      </Stack>
    ),
    sortValue: (row) => `${row.kind} ${row.subject ?? ''}`,
  },
  { key: 'channel', label: 'Channel', render: (row) => row.channel, sortValue: (row) => row.channel },
  {
    key: 'recipient',
    label: 'Recipient',
    render: (row) => (
      <Text size="sm" style={{ wordBreak: 'break-all' }} maw={260}>
        {row.recipient}
      </Text>
    ),
    sortValue: (row) => row.recipient,
  },
  {
    key: 'status',
    label: 'Status',
    render: (row) => (
      <Badge color={deliveryStatusColor(row.status)} variant="light" tt="none" miw="max-content">
        {isRetrying(row) ? 'Retrying' : row.status.charAt(0) + row.status.slice(1).toLowerCase()}
      </Badge>
    ),
    sortValue: (row) => row.status,
  },
  { key: 'attempts', label: 'Attempts', render: attemptsText, sortValue: (row) => row.attempts },
  {
    key: 'next',
    label: 'Next retry',
    render: (row) => (row.status === 'PENDING' ? formatDateTime(row.nextAttemptAt) : '—'),
    sortValue: (row) => (row.nextAttemptAt ? Date.parse(row.nextAttemptAt) : null),
  },
  {
    key: 'lastError',
    label: 'Last error',
    render: (row) => (
      <Text size="xs" c={row.lastError ? 'red' : 'dimmed'} maw={240} lineClamp={3}>
        {row.lastError ?? '—'}
      </Text>
    ),
    sortValue: (row) => row.lastError ?? '',
  },
  {
    key: 'sentAt',
    label: 'Sent',
    render: (row) => formatDateTime(row.sentAt),
    sortValue: (row) => (row.sentAt ? Date.parse(row.sentAt) : null),
  },
];

/** Every mail and webhook call with its outcome; pending ones show when they are tried next. */
export function DeliveryLog() {
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch } = useQuery(AlertDeliveriesQuery, {
    variables: { status: status || null },
    pollInterval: 10_000,
  });
  return (
    <Stack gap="sm">
      {loading && !data && <LoadingState label="Loading the delivery log…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the delivery log"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <DataTable
          label="Delivery log"
          rows={data.alertDeliveries}
          columns={COLUMNS}
          csvColumns={DELIVERY_CSV_COLUMNS}
          rowKey={(row) => row.id}
          searchText={(row) => [row.recipient, row.subject, row.lastError, row.kind, row.channel]}
          initialSort={{ key: 'createdAt', direction: 'desc' }}
          csvFilename="alert-deliveries.csv"
          filterLabel="Filter deliveries"
          filterPlaceholder="Recipient, subject or error"
          filters={
            <>
              <NativeSelect
                label="Status"
                data={[
                  { value: '', label: 'Every status' },
                  ...DELIVERY_STATUSES.map((value) => ({
                    value,
                    label: value.charAt(0) + value.slice(1).toLowerCase(),
                  })),
                ]}
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value)}
                w={160}
              />
              <Button variant="default" onClick={() => void refetch()} loading={loading}>
                Refresh
              </Button>
            </>
          }
          filtersActive={status !== ''}
          emptyTitle="Nothing sent yet"
          emptyDescription="Alerts, invitations and approval requests show here once they are sent."
          minWidth={1100}
        />
      )}
    </Stack>
  );
}
