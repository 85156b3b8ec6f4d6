import { useMemo, useState } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { formatDateTime, formatTokens } from '../../../app/format';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { EngineerChoicesQuery } from '../../engineers/graphql/engineerChoices';
import { MapIdentityMutation, UnmappedUsageQuery } from '../graphql/queues';
import {
  identityKindLabel,
  mappedMessage,
  totalTokens,
  UNMAPPED_CSV_COLUMNS,
  type UnmappedRow,
} from '../queues';

type EngineerOption = { value: string; label: string };

/** Picks the engineer an identity belongs to and records what was kept aside for it. */
function MapIdentity({
  row,
  engineers,
  onMapped,
}: {
  row: UnmappedRow;
  engineers: EngineerOption[];
  onMapped: (text: string) => void;
}) {
  const [engineerId, setEngineerId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [map, { loading }] = useMutation(MapIdentityMutation, {
    refetchQueries: ['UnmappedUsage'],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    setProblem(null);
    if (!engineerId) {
      setProblem('Choose the engineer');
      return;
    }
    try {
      const { data } = await map({
        variables: {
          input: { identityKind: row.identityKind, identityValue: row.identityValue, engineerId },
        },
      });
      const name = engineers.find((option) => option.value === engineerId)?.label ?? 'the engineer';
      onMapped(mappedMessage(data?.mapIdentity ?? 0, name));
    } catch (error) {
      setProblem(parseApiError(error).fieldErrors['engineerId'] ?? parseApiError(error).message);
    }
  };
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Select
        aria-label={`Engineer for ${row.label}`}
        placeholder="Search engineers"
        data={engineers}
        value={engineerId}
        onChange={setEngineerId}
        searchable
        nothingFoundMessage="No engineer matches"
        error={problem}
        size="xs"
        w={240}
      />
      <Button size="xs" variant="light" loading={loading} onClick={() => void submit()}>
        Map
      </Button>
    </Group>
  );
}

/** Telemetry from people Tokenroll can't match to an engineer yet; ADMIN maps them. */
export function UnmappedQueue() {
  const { data, loading, error, refetch } = useQuery(UnmappedUsageQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const engineersResult = useQuery(EngineerChoicesQuery);
  const [mapped, setMapped] = useState<string | null>(null);
  const engineers = useMemo(
    () =>
      (engineersResult.data?.engineers ?? [])
        .filter((engineer) => engineer.status !== 'LEAVER')
        .map((engineer) => ({ value: engineer.id, label: `${engineer.name} (${engineer.email})` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' })),
    [engineersResult.data],
  );
  const columns: DataColumn<UnmappedRow>[] = [
    {
      key: 'identityKind',
      label: 'Kind',
      render: (row) => identityKindLabel(row.identityKind),
      sortValue: (row) => identityKindLabel(row.identityKind),
    },
    {
      key: 'identityValue',
      label: 'Identity',
      render: (row) => row.label,
      sortValue: (row) => row.label,
    },
    {
      key: 'records',
      label: 'Records',
      align: 'right',
      render: (row) => row.records.toLocaleString('en-US'),
      sortValue: (row) => row.records,
    },
    {
      key: 'tokens',
      label: 'Tokens in / out',
      align: 'right',
      render: (row) => `${formatTokens(row.inputTokens)} / ${formatTokens(row.outputTokens)}`,
      sortValue: (row) => totalTokens(row),
    },
    {
      key: 'lastSeen',
      label: 'Last seen',
      render: (row) => formatDateTime(row.lastSeen),
      sortValue: (row) => Date.parse(row.lastSeen),
    },
    {
      key: 'map',
      label: 'Map to engineer',
      render: (row) => <MapIdentity row={row} engineers={engineers} onMapped={setMapped} />,
    },
  ];
  return (
    <Stack gap="md">
      {mapped && (
        <Text size="sm" role="status" c="green.8">
          {mapped}
        </Text>
      )}
      {loading && !data && <LoadingState label="Loading unmapped telemetry…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the unmapped telemetry"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <DataTable
          label="Unmapped telemetry"
          rows={data.unmappedUsage}
          columns={columns}
          csvColumns={UNMAPPED_CSV_COLUMNS}
          rowKey={(row) => `${row.identityKind}:${row.identityValue}`}
          searchText={(row) => [identityKindLabel(row.identityKind), row.label]}
          initialSort={{ key: 'lastSeen', direction: 'desc' }}
          csvFilename="unmapped-telemetry.csv"
          filterLabel="Filter identities"
          emptyTitle="All telemetry is mapped"
          emptyDescription="Telemetry sent with a company key from someone who is not an engineer yet waits here."
          minWidth={960}
        />
      )}
    </Stack>
  );
}
