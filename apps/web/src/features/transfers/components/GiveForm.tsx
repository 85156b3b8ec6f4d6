import { useState } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { applyApiError } from '../../../app/forms/applyApiError';
import { formatMicros } from '../../../app/money';
import type { TransfersPageQuery } from '../../../gql/graphql';
import { TransferAllowanceMutation } from '../graphql/transferAllowance';
import { TransfersPageQuery as TransfersPageDocument } from '../graphql/transfersPage';
import {
  GIFT_FIELD_LABELS as LABELS,
  limitSummary,
  MAX_NOTE_LENGTH,
  readGiftForm,
  remainingNote,
  type GiftFormValues,
  type TransferLimit,
} from '../transfers';

/** An engineer gives part of their available allowance to a teammate, within the company limit. */
export function GiveForm({
  limit,
  teammates,
}: {
  limit: TransferLimit;
  teammates: TransfersPageQuery['teammates'];
}) {
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [give, { loading }] = useMutation(TransferAllowanceMutation, {
    refetchQueries: [TransfersPageDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm<GiftFormValues>({
    mode: 'controlled',
    initialValues: { toEngineerId: '', amount: '', note: '' },
    validate: (values) => readGiftForm(values, limit).errors ?? {},
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setDone(null);
    const { input } = readGiftForm(values, limit);
    if (!input) return;
    try {
      const { data } = await give({ variables: { input } });
      if (!data) throw new Error('No data');
      setDone(
        `You gave ${formatMicros(data.transferAllowance.amountMicros, limit.currency)} to ${data.transferAllowance.toName}.`,
      );
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <div>
          <Text size="xs" c="dimmed">
            You may still give
          </Text>
          <Text fw={700} size="lg" data-testid="transfer-remaining">
            {formatMicros(limit.remainingMicros, limit.currency)}
          </Text>
          <Text size="xs" c="dimmed">
            {remainingNote(limit)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Company limit this period
          </Text>
          <Text fw={600} data-testid="transfer-limit">
            {formatMicros(limit.limitMicros, limit.currency)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Available to you now
          </Text>
          <Text fw={600}>{formatMicros(limit.availableMicros, limit.currency)}</Text>
        </div>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {limitSummary(limit)}
      </Text>
      <form onSubmit={handleSubmit} noValidate aria-label="Give to a teammate">
        <Stack gap="sm">
          {banner && (
            <Alert color="red" variant="light" role="alert">
              {banner}
            </Alert>
          )}
          {done && (
            <Alert color="green" variant="light" role="status">
              {done}
            </Alert>
          )}
          <Select
            label={LABELS.toEngineerId}
            placeholder={teammates.length ? 'Search your team' : 'You have no teammates'}
            data={teammates.map((mate) => ({ value: mate.id, label: `${mate.name} (${mate.email})` }))}
            searchable
            nothingFoundMessage="No teammate matches"
            withAsterisk
            maw={420}
            {...form.getInputProps('toEngineerId')}
            value={form.getValues().toEngineerId || null}
            onChange={(value) => form.setFieldValue('toEngineerId', value ?? '')}
          />
          <TextInput
            label={LABELS.amount}
            description={`In ${limit.currency}`}
            placeholder="20.00"
            inputMode="decimal"
            withAsterisk
            maw={260}
            {...form.getInputProps('amount')}
          />
          <TextInput
            label={LABELS.note}
            placeholder="For the hackathon"
            maxLength={MAX_NOTE_LENGTH + 1}
            maw={420}
            {...form.getInputProps('note')}
          />
          <Group>
            <Button type="submit" loading={loading} disabled={teammates.length === 0}>
              Give
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
