import { useMemo, useState } from 'react';
import { Anchor, Badge, NativeSelect, Text } from '@mantine/core';
import { formatIsoDay } from '../../../app/dates';
import { microsOf } from '../../../app/money';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { formatRate, ORIGIN_LABELS, PRICE_CSV_COLUMNS, providersOf, type PriceRow } from '../pricing';

function rateColumn(
  key: string,
  label: string,
  read: (row: PriceRow) => string | null | undefined,
): DataColumn<PriceRow> {
  return {
    key,
    label,
    align: 'right',
    render: (row) => formatRate(read(row), row.currency),
    sortValue: (row) => microsOf(read(row)),
  };
}

/** A link to where a list price was read, showing only the host. */
function SourceLink({ source }: { source: string | null | undefined }) {
  if (!source)
    return (
      <Text span c="dimmed" fz="inherit">
        —
      </Text>
    );
  let host = source;
  try {
    host = new URL(source).host;
  } catch {
    return (
      <Text span fz="inherit">
        {source}
      </Text>
    );
  }
  return (
    <Anchor href={source} target="_blank" rel="noreferrer noopener" size="sm">
      {host}
    </Anchor>
  );
}

const COLUMNS: DataColumn<PriceRow>[] = [
  { key: 'provider', label: 'Provider', render: (row) => row.provider, sortValue: (row) => row.provider },
  {
    key: 'model',
    label: 'Model',
    render: (row) => (
      <>
        {row.model}
        {row.tierCount > 0 && (
          <Text size="xs" c="dimmed">
            + {row.tierCount} long-prompt {row.tierCount === 1 ? 'tier' : 'tiers'}
          </Text>
        )}
      </>
    ),
    sortValue: (row) => row.model,
  },
  rateColumn('input', 'Input / 1M', (row) => row.inputMicros),
  rateColumn('output', 'Output / 1M', (row) => row.outputMicros),
  rateColumn('cacheRead', 'Cache read / 1M', (row) => row.cacheReadMicros),
  rateColumn('cacheWrite', 'Cache write / 1M', (row) => row.cacheWrite5mMicros),
  {
    key: 'effectiveFrom',
    label: 'Effective from',
    render: (row) => formatIsoDay(row.effectiveFrom),
    sortValue: (row) => row.effectiveFrom,
  },
  {
    key: 'origin',
    label: 'Origin',
    render: (row) => (
      <Badge color={row.origin === 'COMPANY' ? 'grape' : 'gray'} variant="light" tt="none" miw="max-content">
        {ORIGIN_LABELS[row.origin] ?? row.origin}
      </Badge>
    ),
    sortValue: (row) => ORIGIN_LABELS[row.origin] ?? row.origin,
  },
  {
    key: 'source',
    label: 'Source',
    render: (row) => <SourceLink source={row.source} />,
    sortValue: (row) => row.source,
  },
];

/** Prices in force today, filterable by provider and origin. */
export function PriceTable({ prices }: { prices: readonly PriceRow[] }) {
  const [provider, setProvider] = useState('');
  const [origin, setOrigin] = useState('');
  const providers = useMemo(() => providersOf(prices), [prices]);
  const rows = useMemo(
    () =>
      prices.filter((row) => (!provider || row.provider === provider) && (!origin || row.origin === origin)),
    [prices, provider, origin],
  );
  return (
    <DataTable
      label="Model prices"
      rows={rows}
      columns={COLUMNS}
      csvColumns={PRICE_CSV_COLUMNS}
      rowKey={(row) => `${row.provider}/${row.model}`}
      searchText={(row) => [row.provider, row.model, ORIGIN_LABELS[row.origin]]}
      initialSort={{ key: 'provider', direction: 'asc' }}
      csvFilename="model-prices.csv"
      filterLabel="Filter models"
      filterPlaceholder="Model or provider"
      filters={
        <>
          <NativeSelect
            label="Provider"
            data={[
              { value: '', label: 'All providers' },
              ...providers.map((value) => ({ value, label: value })),
            ]}
            value={provider}
            onChange={(event) => setProvider(event.currentTarget.value)}
            w={180}
          />
          <NativeSelect
            label="Origin"
            data={[
              { value: '', label: 'List and company' },
              { value: 'CATALOG', label: ORIGIN_LABELS['CATALOG'] ?? 'List price' },
              { value: 'COMPANY', label: ORIGIN_LABELS['COMPANY'] ?? 'Company' },
            ]}
            value={origin}
            onChange={(event) => setOrigin(event.currentTarget.value)}
            w={180}
          />
        </>
      }
      filtersActive={provider !== '' || origin !== ''}
      emptyTitle="No prices yet"
      emptyDescription="The public list prices load with the app; company prices you set show up here too."
      minWidth={1000}
    />
  );
}
