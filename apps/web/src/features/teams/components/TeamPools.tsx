import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { applyApiError } from '../../../app/forms/applyApiError';
import { formatMicros, microsOf } from '../../../app/money';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { FundTeamPoolMutation, SetTeamPoolOverflowMutation, TeamPoolsQuery } from '../graphql/teamPools';
import {
  FUND_LABELS as LABELS,
  poolAvailable,
  poolCsvColumns,
  readFundForm,
  type FundValues,
  type TeamPoolRow,
} from '../pools';

function OverflowSwitch({ pool }: { pool: TeamPoolRow }) {
  const [setOverflow, { loading, error }] = useMutation(SetTeamPoolOverflowMutation, {
    refetchQueries: ['TeamPools'],
    awaitRefetchQueries: true,
  });
  return (
    <Stack gap={2}>
      <Switch
        checked={pool.overflow}
        disabled={loading}
        onChange={(event) =>
          void setOverflow({
            variables: { teamId: pool.teamId, overflow: event.currentTarget.checked },
          }).catch(() => undefined)
        }
        label={pool.overflow ? 'On' : 'Off'}
        aria-label={`Overflow for ${pool.teamName}`}
      />
      {error && (
        <Text size="xs" c="red" role="alert">
          {parseApiError(error).message}
        </Text>
      )}
    </Stack>
  );
}

function FundForm({ pools, currency }: { pools: readonly TeamPoolRow[]; currency: string }) {
  const [banner, setBanner] = useState<string | null>(null);
  const [funded, setFunded] = useState<string | null>(null);
  const [fund, { loading }] = useMutation(FundTeamPoolMutation, {
    refetchQueries: ['TeamPools'],
    awaitRefetchQueries: true,
  });
  const form = useForm<FundValues>({
    mode: 'controlled',
    initialValues: { teamId: '', amount: '', memo: '' },
    validate: (values) => readFundForm(values, currency).errors ?? {},
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setFunded(null);
    const { input } = readFundForm(values, currency);
    if (!input) return;
    try {
      const { data } = await fund({ variables: { input } });
      const pool = data?.fundTeamPool;
      setFunded(
        pool
          ? `${pool.teamName}'s pool now holds ${formatMicros(pool.balanceMicros, currency)}.`
          : 'Pool funded.',
      );
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Fund team pool">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {funded && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setFunded(null)}>
            {funded}
          </Alert>
        )}
        <Group align="flex-start" grow>
          <NativeSelect
            label={LABELS.teamId}
            withAsterisk
            data={[
              { value: '', label: 'Choose a team' },
              ...pools.map((pool) => ({ value: pool.teamId, label: pool.teamName })),
            ]}
            {...form.getInputProps('teamId')}
          />
          <TextInput
            label={LABELS.amount}
            withAsterisk
            inputMode="decimal"
            placeholder="500.00"
            rightSection={
              <Text size="xs" c="dimmed">
                {currency}
              </Text>
            }
            rightSectionWidth={48}
            {...form.getInputProps('amount')}
          />
          <TextInput label={LABELS.memo} placeholder="Q4 top-up" {...form.getInputProps('memo')} />
        </Group>
        <Group>
          <Button type="submit" loading={loading} variant="light">
            Fund pool
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Each team's pool: what it holds, and whether its engineers draw on it when their allowance runs out. */
export function TeamPools({ currency }: { currency: string }) {
  const { data, loading, error, refetch } = useQuery(TeamPoolsQuery);
  const money = (micros: string) => formatMicros(micros, currency);
  const columns: DataColumn<TeamPoolRow>[] = [
    { key: 'team', label: 'Team', render: (pool) => pool.teamName, sortValue: (pool) => pool.teamName },
    {
      key: 'balance',
      label: 'Balance',
      align: 'right',
      render: (pool) => money(pool.balanceMicros),
      sortValue: (pool) => microsOf(pool.balanceMicros),
    },
    {
      key: 'held',
      label: 'Held',
      align: 'right',
      render: (pool) => money(pool.heldMicros),
      sortValue: (pool) => microsOf(pool.heldMicros),
    },
    {
      key: 'available',
      label: 'Available',
      align: 'right',
      render: (pool) => money(poolAvailable(pool).toString()),
      sortValue: (pool) => poolAvailable(pool),
    },
    {
      key: 'overflow',
      label: 'Overflow',
      render: (pool) => <OverflowSwitch pool={pool} />,
      sortValue: (pool) => (pool.overflow ? 1 : 0),
    },
  ];
  return (
    <Stack gap="md">
      {loading && !data && <LoadingState label="Loading team pools…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the team pools"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <>
          {data.teamPools.length > 0 && <FundForm pools={data.teamPools} currency={currency} />}
          <DataTable
            label="Team pools"
            rows={data.teamPools}
            columns={columns}
            csvColumns={poolCsvColumns(currency)}
            rowKey={(pool) => pool.teamId}
            searchText={(pool) => [pool.teamName]}
            initialSort={{ key: 'team', direction: 'asc' }}
            csvFilename="team-pools.csv"
            filterLabel="Filter teams"
            emptyTitle="No teams yet"
            emptyDescription="Every team has a pool; add a team above to fund one."
            minWidth={640}
          />
        </>
      )}
    </Stack>
  );
}
