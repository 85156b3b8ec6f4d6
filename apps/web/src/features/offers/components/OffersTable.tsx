import { useMemo, useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatIsoDay } from '../../../app/dates';
import { formatMicros } from '../../../app/money';
import { buildTableCsv, downloadCsv } from '../../../app/table/csv';
import { SortableHeader } from '../../../app/table/SortableHeader';
import { sortRows, type SortState } from '../../../app/table/sort';
import { EmptyState } from '../../../app/ui/states';
import {
  filterOffers,
  OFFER_COLUMNS,
  OFFER_SORT_ACCESSORS,
  OFFER_STATUS_LABELS,
  OFFER_STATUSES,
  offerCsvColumns,
  type OfferColumn,
  type OfferRow,
  type OfferStatus,
} from '../offers';
import { OfferStatusBadge } from './OfferStatusBadge';

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...OFFER_STATUSES.map((status) => ({ value: status, label: OFFER_STATUS_LABELS[status] })),
];

export function OffersTable({ offers, currency }: { offers: readonly OfferRow[]; currency: string }) {
  const [status, setStatus] = useState<OfferStatus | ''>('');
  const [sort, setSort] = useState<SortState<OfferColumn>>({ key: 'startDate', direction: 'asc' });
  const rows = useMemo(
    () => sortRows(filterOffers(offers, status), OFFER_SORT_ACCESSORS, sort),
    [offers, status, sort],
  );

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <NativeSelect
          label="Status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as OfferStatus | '')}
          w={180}
        />
        <Button
          variant="default"
          onClick={() => downloadCsv('offers.csv', buildTableCsv(offerCsvColumns(currency), rows))}
          disabled={rows.length === 0}
        >
          Export CSV
        </Button>
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          title={status ? 'No offers with this status' : 'No offers yet'}
          description={status ? 'Try another status.' : 'Offers you write show up here.'}
        />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label="Offers" aria-rowcount={rows.length + 1}>
            <Table.Thead>
              <Table.Tr>
                {OFFER_COLUMNS.map((column) => (
                  <SortableHeader
                    key={column.key}
                    column={column.key}
                    label={column.label}
                    sort={sort}
                    onSort={setSort}
                  />
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/offers/${row.id}`} fw={500}>
                      {row.candidateName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {row.candidateEmail}
                    </Text>
                  </Table.Td>
                  <Table.Td>{row.title}</Table.Td>
                  <Table.Td>{row.teamName}</Table.Td>
                  <Table.Td>{formatIsoDay(row.startDate)}</Table.Td>
                  <Table.Td>
                    <OfferStatusBadge status={row.status} />
                  </Table.Td>
                  <Table.Td ta="right" data-column="allowance">
                    {formatMicros(row.terms.annualAllowanceMicros, row.currency)}
                    <Text size="xs" c="dimmed">
                      {row.terms.allowanceBasisText}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" data-column="total-comp">
                    {formatMicros(row.terms.totalCompMicros, row.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
