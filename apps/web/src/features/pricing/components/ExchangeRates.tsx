import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ExchangeRatesQuery as ExchangeRatesResult } from '../../../gql/graphql';
import { useBusinessDate } from '../../../app/businessDate';
import { formatIsoDay } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { applyApiError } from '../../../app/forms/applyApiError';
import { amountText, microsOf } from '../../../app/money';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { EXCHANGE_RATE_LABELS as LABELS, readExchangeRateForm, type ExchangeRateValues } from '../pricing';
import { ExchangeRatesQuery, SetExchangeRateMutation } from '../graphql/pricing';

type RateRow = ExchangeRatesResult['exchangeRates'][number];

const COLUMNS: DataColumn<RateRow>[] = [
  {
    key: 'currency',
    label: 'Currency',
    render: (row) => row.currency,
    sortValue: (row) => row.currency,
    csv: { header: 'Currency', value: (row) => row.currency },
  },
  {
    key: 'effectiveFrom',
    label: 'Effective from',
    render: (row) => formatIsoDay(row.effectiveFrom),
    sortValue: (row) => row.effectiveFrom,
    csv: { header: 'Effective from', value: (row) => row.effectiveFrom },
  },
  {
    key: 'rate',
    label: 'Units per 1 USD',
    align: 'right',
    render: (row) => amountText(row.microsPerUsd),
    sortValue: (row) => microsOf(row.microsPerUsd),
    csv: { header: 'Units per 1 USD', value: (row) => amountText(row.microsPerUsd) },
  },
];

function ExchangeRateForm({ defaultCurrency }: { defaultCurrency: string }) {
  const today = useBusinessDate();
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [setRate, { loading }] = useMutation(SetExchangeRateMutation, {
    refetchQueries: ['ExchangeRates', 'UnpricedUsage'],
    awaitRefetchQueries: true,
  });
  const form = useForm<ExchangeRateValues>({
    mode: 'controlled',
    initialValues: {
      currency: defaultCurrency === 'USD' ? '' : defaultCurrency,
      effectiveFrom: today,
      rate: '',
    },
    validate: (values) => readExchangeRateForm(values).errors ?? {},
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setSaved(null);
    const { input } = readExchangeRateForm(values);
    if (!input) return;
    try {
      await setRate({ variables: { input } });
      setSaved(`1 USD = ${input.rate} ${input.currency} from ${formatIsoDay(input.effectiveFrom)}.`);
      form.setFieldValue('rate', '');
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Set exchange rate">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(null)}>
            {saved}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={LABELS.currency}
            withAsterisk
            placeholder="EUR"
            maxLength={3}
            {...form.getInputProps('currency')}
          />
          <TextInput
            label={LABELS.effectiveFrom}
            type="date"
            withAsterisk
            {...form.getInputProps('effectiveFrom')}
          />
          <TextInput
            label={LABELS.rate}
            withAsterisk
            placeholder="0.92"
            inputMode="decimal"
            {...form.getInputProps('rate')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={loading} variant="light">
            Set rate
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Rates that turn USD list prices into the company's currency, from a date on. */
export function ExchangeRates({ canEdit, companyCurrency }: { canEdit: boolean; companyCurrency: string }) {
  const { data, loading, error, refetch } = useQuery(ExchangeRatesQuery);
  return (
    <Stack gap="md">
      {canEdit && <ExchangeRateForm defaultCurrency={companyCurrency} />}
      {loading && !data && <LoadingState label="Loading exchange rates…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the exchange rates"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <DataTable
          label="Exchange rates"
          rows={data.exchangeRates}
          columns={COLUMNS}
          rowKey={(row) => `${row.currency}/${row.effectiveFrom}`}
          searchText={(row) => [row.currency, row.effectiveFrom]}
          initialSort={{ key: 'currency', direction: 'asc' }}
          csvFilename="exchange-rates.csv"
          filterLabel="Filter rates"
          emptyTitle="No exchange rates"
          emptyDescription={
            companyCurrency === 'USD'
              ? 'Your books are in USD, like the list prices: no rate is needed.'
              : `List prices are in USD: set the rate to ${companyCurrency} so usage can be priced.`
          }
          minWidth={420}
        />
      )}
    </Stack>
  );
}
