import { Fragment, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatMonthLong } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { useBusinessDate } from '../../../app/businessDate';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import type { ReconciliationQuery as ReconciliationData } from '../../../gql/graphql';
import { CsvImportForm } from '../components/CsvImportForm';
import { InvoiceForm } from '../components/InvoiceForm';
import { ReconciliationQuery } from '../graphql/reconciliation';
import { RemoveProviderInvoiceMutation } from '../graphql/removeProviderInvoice';
import { defaultMonth, recentMonths, STATUS_COLORS, STATUS_LABELS, toleranceLabel } from '../reconciliation';

type ProviderRow = ReconciliationData['reconciliation']['providers'][number];
type Explanation = ProviderRow['models'][number]['explanation'];

/** The explanation of a difference in words: what is known, then the rest nobody can explain yet. */
function ExplanationText({ explanation, currency }: { explanation: Explanation; currency: string }) {
  const parts: string[] = [];
  if (explanation.unpricedEvents > 0)
    parts.push(
      `unpriced ${formatMicros(explanation.unpricedMicros, currency)} (${explanation.unpricedEvents} events)`,
    );
  if (explanation.unpricedWithoutEstimate > 0)
    parts.push(`${explanation.unpricedWithoutEstimate} unpriced events without an estimate`);
  if (explanation.unmappedEvents > 0)
    parts.push(
      `unmapped ${formatMicros(explanation.unmappedMicros, currency)} (${explanation.unmappedEvents} events)`,
    );
  if (explanation.lateEvents > 0)
    parts.push(`late ${formatMicros(explanation.lateMicros, currency)} (${explanation.lateEvents} events)`);
  return (
    <Stack gap={0}>
      <Text size="sm">{parts.length ? parts.join(' · ') : 'No unpriced, unmapped or late usage'}</Text>
      {explanation.unexplainedMicros !== null && explanation.unexplainedMicros !== undefined && (
        <Text size="sm" c={explanation.unexplainedMicros === '0' ? 'dimmed' : undefined}>
          Unexplained: {formatMicros(explanation.unexplainedMicros, currency)}
        </Text>
      )}
    </Stack>
  );
}

function RemoveInvoice({ id, provider }: { id: string; provider: string }) {
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(RemoveProviderInvoiceMutation, {
    refetchQueries: ['Reconciliation'],
  });
  if (!confirming)
    return (
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
        Remove invoice
      </Button>
    );
  return (
    <Group gap={4}>
      <Button
        size="compact-xs"
        color="red"
        loading={loading}
        onClick={() =>
          void remove({ variables: { id } }).then(
            () => setConfirming(false),
            () => undefined,
          )
        }
      >
        Remove the {provider} invoice
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {parseApiError(error).message}
        </Text>
      )}
    </Group>
  );
}

function ModelsTable({ row, currency }: { row: ProviderRow; currency: string }) {
  return (
    <Table aria-label={`Models of ${row.provider}`} withTableBorder fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Model</Table.Th>
          <Table.Th ta="right">Computed</Table.Th>
          <Table.Th ta="right">Invoiced</Table.Th>
          <Table.Th ta="right">Difference</Table.Th>
          <Table.Th>Explanation</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {row.models.map((model) => (
          <Table.Tr key={model.model}>
            <Table.Td>{model.model}</Table.Td>
            <Table.Td ta="right">{formatMicros(model.computedMicros, currency)}</Table.Td>
            <Table.Td ta="right">{formatMicros(model.invoicedMicros, currency)}</Table.Td>
            <Table.Td ta="right">{formatMicros(model.differenceMicros, currency)}</Table.Td>
            <Table.Td>
              <ExplanationText explanation={model.explanation} currency={currency} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ReconciliationPage() {
  const today = useBusinessDate();
  const { company } = useCurrentUser();
  const months = recentMonths(today);
  const [month, setMonth] = useState(defaultMonth(today));
  const [open, setOpen] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ReconciliationQuery, { variables: { month } });
  const apiError = error ? parseApiError(error) : null;
  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;
  const result = data?.reconciliation;
  const currency = result?.currency ?? company.currency;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Reconciliation</Title>
        <Text c="dimmed">
          Each provider&apos;s invoice against Tokenroll&apos;s own cost of the month, by provider and model.
          The difference is explained by unpriced usage, usage still waiting for an engineer (unmapped) and
          usage that arrived after the month ended; what is left is unexplained.
        </Text>
      </div>
      <Group align="flex-end">
        <NativeSelect
          label="Month"
          data={months.map((value) => ({ value, label: formatMonthLong(value) }))}
          value={month}
          onChange={(event) => setMonth(event.currentTarget.value)}
          w={220}
        />
        {result && (
          <Text size="sm" c="dimmed">
            Tolerance {toleranceLabel(result.toleranceBp)} of the invoice ·{' '}
            {result.closed ? 'month closed' : 'month open'}
          </Text>
        )}
      </Group>

      <Card withBorder radius="md" padding="lg">
        {loading && !data && <LoadingState label="Loading the reconciliation…" />}
        {apiError && !data && (
          <ErrorState
            title="We couldn't load the reconciliation"
            message={apiError.message}
            onRetry={() => void refetch()}
          />
        )}
        {result &&
          (result.providers.length === 0 ? (
            <EmptyState
              title={`Nothing to reconcile for ${formatMonthLong(month)}`}
              description="No usage was recorded and no invoice was entered for this month."
            />
          ) : (
            <Stack gap="sm">
              <Table aria-label="Reconciliation by provider" verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Provider</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th ta="right">Computed</Table.Th>
                    <Table.Th ta="right">Invoiced</Table.Th>
                    <Table.Th ta="right">Difference</Table.Th>
                    <Table.Th>Explanation</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.providers.map((row) => (
                    <Fragment key={row.provider}>
                      <Table.Tr>
                        <Table.Td>{row.provider}</Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLORS[row.status]} variant="light">
                            {STATUS_LABELS[row.status]}
                          </Badge>
                        </Table.Td>
                        <Table.Td ta="right">{formatMicros(row.computedMicros, currency)}</Table.Td>
                        <Table.Td ta="right">
                          {formatMicros(row.invoicedMicros, currency)}
                          {row.invoice && row.invoice.currency !== currency && (
                            <Text size="xs" c="dimmed">
                              {formatMicros(row.invoice.amountMicros, row.invoice.currency)} (
                              {row.invoice.currency})
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{formatMicros(row.differenceMicros, currency)}</Table.Td>
                        <Table.Td>
                          <ExplanationText explanation={row.explanation} currency={currency} />
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={2} align="flex-start">
                            <Button
                              size="compact-xs"
                              variant="light"
                              aria-expanded={open === row.provider}
                              onClick={() => setOpen(open === row.provider ? null : row.provider)}
                            >
                              {open === row.provider ? 'Hide models' : `Models of ${row.provider}`}
                            </Button>
                            {row.invoice && <RemoveInvoice id={row.invoice.id} provider={row.provider} />}
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                      {open === row.provider && (
                        <Table.Tr>
                          <Table.Td colSpan={7}>
                            <ModelsTable row={row} currency={currency} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th>Total</Table.Th>
                    <Table.Th />
                    <Table.Th ta="right">{formatMicros(result.computedMicros, currency)}</Table.Th>
                    <Table.Th ta="right">{formatMicros(result.invoicedMicros, currency)}</Table.Th>
                    <Table.Th ta="right">{formatMicros(result.differenceMicros, currency)}</Table.Th>
                    <Table.Th colSpan={2} />
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
              {result.providers.some((row) => row.status === 'MISSING') && (
                <Alert color="yellow">
                  Some providers had usage in {formatMonthLong(month)} but no invoice yet: the close checklist
                  lists them.
                </Alert>
              )}
            </Stack>
          ))}
      </Card>

      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h4" mb="sm">
          Add the invoice of {formatMonthLong(month)}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Entering an invoice for a provider that has one replaces it. Amounts in another currency are
          converted at the company&apos;s rate in force on the month&apos;s last day.
        </Text>
        <Tabs defaultValue="enter" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="enter">Enter the total</Tabs.Tab>
            <Tabs.Tab value="csv">Import a CSV</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="enter" pt="md">
            <InvoiceForm key={month} month={month} companyCurrency={company.currency} />
          </Tabs.Panel>
          <Tabs.Panel value="csv" pt="md">
            <CsvImportForm key={month} month={month} />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </Stack>
  );
}
