import { useMemo } from 'react';
import { Badge, Text } from '@mantine/core';
import { costWithUnpriced } from '@tokenroll/domain';
import { formatDateTime, formatTokens, tokensOf } from '../../../app/format';
import { formatMicros, microsOf } from '../../../app/money';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import {
  usageByKeyCsvColumns,
  usageEventCsvColumns,
  type UsageByKeyRow,
  type UsageEventRow,
} from '../budget';

/** Usage of the period grouped by model or by tool: events, tokens and cost. */
export function UsageByKeyTable({
  label,
  keyLabel,
  rows,
  currency,
  csvFilename,
}: {
  label: string;
  keyLabel: string;
  rows: readonly UsageByKeyRow[];
  currency: string;
  csvFilename: string;
}) {
  const columns = useMemo((): DataColumn<UsageByKeyRow>[] => {
    const csv = usageByKeyCsvColumns(keyLabel, currency);
    return [
      { key: 'key', label: keyLabel, render: (row) => row.key, sortValue: (row) => row.key, csv: csv[0] },
      {
        key: 'events',
        label: 'Events',
        align: 'right',
        render: (row) => row.events.toLocaleString('en-US'),
        sortValue: (row) => row.events,
        csv: csv[1],
      },
      {
        key: 'input',
        label: 'Input tokens',
        align: 'right',
        render: (row) => formatTokens(row.inputTokens),
        sortValue: (row) => tokensOf(row.inputTokens),
        csv: csv[2],
      },
      {
        key: 'output',
        label: 'Output tokens',
        align: 'right',
        render: (row) => formatTokens(row.outputTokens),
        sortValue: (row) => tokensOf(row.outputTokens),
        csv: csv[3],
      },
      {
        key: 'cost',
        label: 'Cost',
        align: 'right',
        // Unpriced usage has no cost yet: "unpriced (N tokens)", never $0.00.
        render: (row) => costWithUnpriced(formatMicros(row.costMicros, currency), row),
        sortValue: (row) => microsOf(row.costMicros),
        csv: csv[4],
      },
    ];
  }, [keyLabel, currency]);
  return (
    <DataTable
      label={label}
      rows={rows}
      columns={columns}
      rowKey={(row) => row.key}
      searchText={(row) => [row.key]}
      initialSort={{ key: 'cost', direction: 'desc' }}
      csvFilename={csvFilename}
      filterLabel={`Filter ${label.toLowerCase()}`}
      filterPlaceholder={keyLabel}
      emptyTitle="No usage in this period"
      emptyDescription="Usage shows up here once tools report it."
      minWidth={560}
    />
  );
}

const EVENT_CSV = usageEventCsvColumns();

const EVENT_COLUMNS: DataColumn<UsageEventRow>[] = [
  {
    key: 'occurredAt',
    label: 'When',
    render: (row) => formatDateTime(row.occurredAt),
    sortValue: (row) => Date.parse(row.occurredAt),
  },
  { key: 'source', label: 'Tool', render: (row) => row.source, sortValue: (row) => row.source },
  {
    key: 'model',
    label: 'Model',
    render: (row) => (
      <>
        <Text size="sm">{row.model}</Text>
        <Text size="xs" c="dimmed">
          {row.provider}
        </Text>
      </>
    ),
    sortValue: (row) => `${row.model} ${row.provider}`,
  },
  {
    key: 'input',
    label: 'Input',
    align: 'right',
    render: (row) => formatTokens(row.inputTokens),
    sortValue: (row) => tokensOf(row.inputTokens),
  },
  {
    key: 'output',
    label: 'Output',
    align: 'right',
    render: (row) => formatTokens(row.outputTokens),
    sortValue: (row) => tokensOf(row.outputTokens),
  },
  {
    key: 'cache',
    label: 'Cache read / write',
    align: 'right',
    render: (row) => `${formatTokens(row.cacheReadTokens)} / ${formatTokens(row.cacheWriteTokens)}`,
    sortValue: (row) => tokensOf(row.cacheReadTokens),
  },
  {
    key: 'cost',
    label: 'Cost',
    align: 'right',
    render: (row) =>
      row.unpriced ? (
        <Badge
          color="yellow"
          variant="light"
          miw="max-content"
          title="No price for this model yet: not counted until priced"
        >
          Unpriced
        </Badge>
      ) : (
        formatMicros(row.costMicros, row.currency)
      ),
    sortValue: (row) => (row.unpriced ? null : microsOf(row.costMicros)),
  },
];

/** The latest usage events, newest first; the export has every token kind, the provider and the currency. */
export function RecentUsageTable({ events }: { events: readonly UsageEventRow[] }) {
  return (
    <DataTable
      label="Recent usage"
      rows={events}
      columns={EVENT_COLUMNS}
      csvColumns={EVENT_CSV}
      rowKey={(row) => row.id}
      searchText={(row) => [row.source, row.provider, row.model, row.unpriced ? 'unpriced' : null]}
      initialSort={{ key: 'occurredAt', direction: 'desc' }}
      csvFilename="recent-usage.csv"
      filterLabel="Filter events"
      filterPlaceholder="Tool, provider or model"
      emptyTitle="No usage recorded yet"
      emptyDescription="Events appear here as soon as a tool reports them with an API key."
      minWidth={760}
    />
  );
}
