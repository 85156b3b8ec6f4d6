import { useState } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { parseApiError } from '../../../app/errors';
import { formatDateTime, formatTokens } from '../../../app/format';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { RepriceUnpricedUsageMutation, UnpricedUsageQuery } from '../graphql/queues';
import { pricesLink, repriceMessage, totalTokens, UNPRICED_CSV_COLUMNS, type UnpricedRow } from '../queues';

function columns(canPrice: boolean): DataColumn<UnpricedRow>[] {
  return [
    { key: 'provider', label: 'Provider', render: (row) => row.provider, sortValue: (row) => row.provider },
    { key: 'model', label: 'Model', render: (row) => row.model, sortValue: (row) => row.model },
    {
      key: 'events',
      label: 'Events',
      align: 'right',
      render: (row) => row.events.toLocaleString('en-US'),
      sortValue: (row) => row.events,
    },
    {
      key: 'engineers',
      label: 'Engineers',
      align: 'right',
      render: (row) => row.engineers.toLocaleString('en-US'),
      sortValue: (row) => row.engineers,
    },
    {
      key: 'tokens',
      label: 'Tokens in / out',
      align: 'right',
      render: (row) => `${formatTokens(row.inputTokens)} / ${formatTokens(row.outputTokens)}`,
      sortValue: (row) => totalTokens(row),
    },
    {
      key: 'firstSeen',
      label: 'First seen',
      render: (row) => formatDateTime(row.firstSeen),
      sortValue: (row) => Date.parse(row.firstSeen),
    },
    {
      key: 'lastSeen',
      label: 'Last seen',
      render: (row) => formatDateTime(row.lastSeen),
      sortValue: (row) => Date.parse(row.lastSeen),
    },
    ...(canPrice
      ? [
          {
            key: 'actions',
            label: 'Actions',
            render: (row: UnpricedRow) => (
              <Anchor
                component={Link}
                to={pricesLink(row.provider, row.model)}
                size="sm"
                aria-label={`Price ${row.model}`}
              >
                Price it →
              </Anchor>
            ),
          },
        ]
      : []),
  ];
}

/** Re-runs pricing over the queue with the current catalog (after a price or pattern changed elsewhere). */
function RepriceButton() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [reprice, { loading }] = useMutation(RepriceUnpricedUsageMutation, {
    refetchQueries: ['UnpricedUsage'],
    awaitRefetchQueries: true,
  });
  const run = async () => {
    setMessage(null);
    try {
      const { data } = await reprice();
      setMessage({ text: repriceMessage(data?.repriceUnpricedUsage ?? 0), error: false });
    } catch (error) {
      setMessage({ text: parseApiError(error).message, error: true });
    }
  };
  return (
    <Group gap="sm">
      <Button variant="light" loading={loading} onClick={() => void run()}>
        Reprice now
      </Button>
      {message && (
        <Text
          size="sm"
          c={message.error ? 'red' : undefined}
          role={message.error ? 'alert' : 'status'}
          data-testid="reprice-result"
        >
          {message.text}
        </Text>
      )}
    </Group>
  );
}

/** Usage of models with no price: recorded and flagged, not counted against budgets until priced. */
export function UnpricedQueue({ isAdmin }: { isAdmin: boolean }) {
  const { data, loading, error, refetch } = useQuery(UnpricedUsageQuery, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="md">
      {isAdmin && <RepriceButton />}
      {loading && !data && <LoadingState label="Loading unpriced usage…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the unpriced usage"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <DataTable
          label="Unpriced usage"
          rows={data.unpricedUsage}
          columns={columns(isAdmin)}
          csvColumns={UNPRICED_CSV_COLUMNS}
          rowKey={(row) => `${row.provider}/${row.model}`}
          searchText={(row) => [row.provider, row.model]}
          initialSort={{ key: 'events', direction: 'desc' }}
          csvFilename="unpriced-usage.csv"
          filterLabel="Filter models"
          filterPlaceholder="Model or provider"
          emptyTitle="Every model is priced"
          emptyDescription="Usage of a model with no price shows up here until it is priced."
          minWidth={900}
        />
      )}
    </Stack>
  );
}
