import { useState } from 'react';
import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { AmountInput } from '../../../app/forms/AmountInput';
import { formatMonthLong } from '../../../app/dates';
import { EnterProviderInvoiceMutation } from '../graphql/enterProviderInvoice';
import { fullFieldErrors, parseLinesText } from '../reconciliation';

type Field = 'provider' | 'currency' | 'amount' | 'lines';

/** Enter a provider's invoice total of the month (and optionally its per-model lines). */
export function InvoiceForm({
  month,
  companyCurrency,
  provider: initialProvider = '',
  onDone,
}: {
  month: string;
  companyCurrency: string;
  provider?: string;
  onDone?: () => void;
}) {
  const [provider, setProvider] = useState(initialProvider);
  const [currency, setCurrency] = useState(companyCurrency);
  const [amount, setAmount] = useState('');
  const [linesText, setLinesText] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [enter, { loading }] = useMutation(EnterProviderInvoiceMutation, {
    refetchQueries: ['Reconciliation'],
    awaitRefetchQueries: true,
  });

  const submit = async () => {
    setBanner(null);
    setSaved(null);
    const local: Partial<Record<Field, string>> = {};
    if (!provider.trim()) local.provider = 'Provider is required';
    if (!/^[A-Za-z]{3}$/.test(currency.trim())) local.currency = 'Currency must be a code like USD';
    if (!amount.trim()) local.amount = 'Amount is required';
    else if (amount.trim().startsWith('-')) local.amount = 'Amount must not be negative';
    const parsed = parseLinesText(linesText);
    if (parsed.badLine !== null)
      local.lines = `Line ${parsed.badLine} must read "model, amount" (e.g. claude-sonnet, 1200.50)`;
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const result = await enter({
        variables: {
          input: {
            month,
            provider: provider.trim(),
            currency: currency.trim().toUpperCase(),
            amount: amount.trim(),
            lines: parsed.lines && parsed.lines.length ? parsed.lines : null,
          },
        },
      });
      setSaved(
        `Invoice of ${result.data?.enterProviderInvoice.provider} saved for ${formatMonthLong(month)}.`,
      );
      setAmount('');
      setLinesText('');
      onDone?.();
    } catch (error) {
      const problem = parseApiError(error);
      const placed: Partial<Record<Field, string>> = {};
      const rest: string[] = [];
      for (const { field, message } of fullFieldErrors(error)) {
        const line = /^lines\.(\d+)\./.exec(field);
        const key = (field.startsWith('lines') ? 'lines' : field) as Field;
        if (line) placed.lines = `Line ${Number(line[1]) + 1} ${message}`;
        else if (['provider', 'currency', 'amount', 'lines'].includes(key))
          placed[key] = `${key === 'lines' ? 'Lines' : key[0].toUpperCase() + key.slice(1)} ${message}`;
        else rest.push(`${field}: ${message}`);
      }
      setErrors(placed);
      if (rest.length || !Object.keys(placed).length) setBanner(rest.join('. ') || problem.message);
    }
  };

  return (
    <Stack gap="sm" component="form" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <Group grow align="flex-start">
        <TextInput
          label="Provider"
          placeholder="anthropic"
          value={provider}
          onChange={(event) => setProvider(event.currentTarget.value)}
          error={errors.provider}
        />
        <TextInput
          label="Currency"
          description="The invoice's own currency"
          value={currency}
          onChange={(event) => setCurrency(event.currentTarget.value)}
          error={errors.currency}
          maxLength={3}
        />
        <AmountInput
          label="Amount"
          description="The invoice total"
          currency={currency.toUpperCase() || companyCurrency}
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          error={errors.amount}
        />
      </Group>
      <Textarea
        label="Lines per model (optional)"
        description='One per line: "model, amount". They must add up to the total.'
        rows={3}
        value={linesText}
        onChange={(event) => setLinesText(event.currentTarget.value)}
        error={errors.lines}
      />
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
          Save invoice
        </Button>
      </Group>
    </Stack>
  );
}
