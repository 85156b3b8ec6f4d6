import { useState } from 'react';
import { Alert, Button, Code, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { formatMonthLong } from '../../../app/dates';
import { ImportProviderInvoiceCsvMutation } from '../graphql/importProviderInvoiceCsv';
import { csvFieldLabel, fullFieldErrors } from '../reconciliation';

type Field = 'provider' | 'currency' | 'csv';

/** Paste or upload a provider's invoice CSV; a bad row is named next to the file and nothing is saved. */
export function CsvImportForm({ month, onDone }: { month: string; onDone?: () => void }) {
  const [provider, setProvider] = useState('');
  const [currency, setCurrency] = useState('');
  const [csv, setCsv] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [importCsv, { loading }] = useMutation(ImportProviderInvoiceCsvMutation, {
    refetchQueries: ['Reconciliation'],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    setBanner(null);
    setSaved(null);
    const local: Partial<Record<Field, string>> = {};
    if (!provider.trim()) local.provider = 'Provider is required';
    if (currency.trim() && !/^[A-Za-z]{3}$/.test(currency.trim()))
      local.currency = 'Currency must be a code like USD';
    if (!csv.trim()) local.csv = 'Paste the CSV or choose a file';
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const result = await importCsv({
        variables: {
          input: {
            month,
            provider: provider.trim(),
            csv,
            currency: currency.trim() ? currency.trim().toUpperCase() : null,
          },
        },
      });
      const invoice = result.data?.importProviderInvoiceCsv;
      setSaved(
        `Imported ${invoice?.lines.length ?? 0} line(s) as the ${invoice?.provider} invoice of ${formatMonthLong(month)}.`,
      );
      setCsv('');
      onDone?.();
    } catch (error) {
      const problem = parseApiError(error);
      const placed: Partial<Record<Field, string>> = {};
      const rest: string[] = [];
      for (const { field, message } of fullFieldErrors(error)) {
        if (field === 'csv' || field.startsWith('csv.'))
          placed.csv = [placed.csv, `${csvFieldLabel(field)} ${message}`].filter(Boolean).join('. ');
        else if (field === 'provider' || field === 'currency')
          placed[field] = `${field[0].toUpperCase()}${field.slice(1)} ${message}`;
        else rest.push(`${field}: ${message}`);
      }
      setErrors(placed);
      if (rest.length || !Object.keys(placed).length) setBanner(rest.join('. ') || problem.message);
    }
  };

  return (
    <Stack gap="sm" component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Text size="sm" c="dimmed">
        A header row, then one row per model: <Code>model,amount[,currency]</Code>. An Anthropic cost report (
        <Code>starting_at,amount,currency,model</Code>, amounts in cents) or OpenAI costs (
        <Code>start_time,amount_value,amount_currency,line_item</Code>) are read too. Rows of one model are
        added up; the invoice total is the sum of the rows.
      </Text>
      <Group grow align="flex-start">
        <TextInput
          label="Provider"
          placeholder="openai"
          value={provider}
          onChange={(event) => setProvider(event.currentTarget.value)}
          error={errors.provider}
        />
        <TextInput
          label="Currency (optional)"
          description="When the file has no currency column"
          value={currency}
          onChange={(event) => setCurrency(event.currentTarget.value)}
          error={errors.currency}
          maxLength={3}
        />
      </Group>
      <Textarea
        label="Invoice CSV"

        rows={6}
        value={csv}
        onChange={(event) => setCsv(event.currentTarget.value)}
        error={errors.csv}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group>
        <label>
          <Text span size="sm">
            Or upload a file:{' '}
          </Text>
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label="Invoice CSV file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void file.text().then(setCsv);
            }}
          />
        </label>
      </Group>
      {banner && (
        <Alert color="red" role="alert">
          {banner}
        </Alert>
      )}
      {saved && (
        <Alert color="green" role="status">
          {saved}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={loading}>
          Import CSV
        </Button>
      </Group>
    </Stack>
  );
}
