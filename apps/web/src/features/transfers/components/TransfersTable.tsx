import { useMemo } from 'react';
import { Badge, Text } from '@mantine/core';
import { formatDateTime } from '../../../app/format';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { directionOf, endLabel, signedAmount, transferCsvColumns, type TransferRow } from '../transfers';

const DIRECTION_LABEL = { given: 'Given', received: 'Received', moved: 'Moved' } as const;
const DIRECTION_COLOR = { given: 'orange', received: 'green', moved: 'blue' } as const;

export function TransfersTable({
  transfers,
  currency,
  myEngineerId,
}: {
  transfers: readonly TransferRow[];
  currency: string;
  myEngineerId: string | null;
}) {
  const columns = useMemo<DataColumn<TransferRow>[]>(
    () => [
      {
        key: 'at',
        label: 'When',
        render: (row) => formatDateTime(row.at),
        sortValue: (row) => Date.parse(row.at),
      },
      {
        key: 'direction',
        label: 'Type',
        render: (row) => {
          const direction = directionOf(row, myEngineerId);
          return (
            <Badge color={DIRECTION_COLOR[direction]} variant="light" tt="none">
              {DIRECTION_LABEL[direction]}
            </Badge>
          );
        },
        sortValue: (row) => directionOf(row, myEngineerId),
      },
      {
        key: 'from',
        label: 'From',
        render: (row) => endLabel(row.fromKind, row.fromName),
        sortValue: (row) => endLabel(row.fromKind, row.fromName),
      },
      {
        key: 'to',
        label: 'To',
        render: (row) => endLabel(row.toKind, row.toName),
        sortValue: (row) => endLabel(row.toKind, row.toName),
      },
      {
        key: 'amount',
        label: 'Amount',
        render: (row) => signedAmount(row, directionOf(row, myEngineerId), currency),
        sortValue: (row) => BigInt(row.amountMicros),
        align: 'right',
      },
      {
        key: 'memo',
        label: 'Note',
        render: (row) => (
          <Text size="sm" c="dimmed">
            {row.memo ?? ''}
          </Text>
        ),
        sortValue: (row) => row.memo ?? '',
      },
    ],
    [currency, myEngineerId],
  );
  return (
    <DataTable
      label="Transfers"
      rows={transfers}
      columns={columns}
      csvColumns={transferCsvColumns(currency)}
      rowKey={(row) => row.id}
      searchText={(row) => [row.fromName, row.toName, row.memo]}
      initialSort={{ key: 'at', direction: 'desc' }}
      csvFilename="transfers.csv"
      filterLabel="Filter transfers"
      filterPlaceholder="Name or note"
      emptyTitle="No transfers yet"
      emptyDescription="Allowance you give or receive, and moves by your manager, show here."
      minWidth={760}
    />
  );
}
