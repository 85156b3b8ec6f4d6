import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useBusinessDate } from '../../../app/businessDate';
import { applyApiError } from '../../../app/forms/applyApiError';
import { RecordRaiseMutation } from '../graphql/recordRaise';
import { validateDay, validatePay } from '../validation';

const FIELDS = { effectiveFrom: 'Effective from', annualPay: 'New annual base pay' };

export function RecordRaiseForm({ engineerId, currency }: { engineerId: string; currency: string }) {
  const today = useBusinessDate();
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [recordRaise, { loading }] = useMutation(RecordRaiseMutation, {
    refetchQueries: ['Engineer'],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { effectiveFrom: today, annualPay: '' },
    validate: {
      effectiveFrom: validateDay(FIELDS.effectiveFrom),
      annualPay: validatePay(FIELDS.annualPay, currency),
    },
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setDone(false);
    try {
      await recordRaise({
        variables: {
          input: {
            engineerId,
            effectiveFrom: values.effectiveFrom.trim(),
            annualPay: values.annualPay.trim(),
          },
        },
      });
      setDone(true);
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  });
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Record raise">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {done && (
          <Alert color="green" variant="light" role="status">
            Raise recorded. The allowance follows it from that day.
          </Alert>
        )}
        <Group align="flex-start" grow>
          <TextInput
            label={FIELDS.effectiveFrom}
            type="date"
            withAsterisk
            {...form.getInputProps('effectiveFrom')}
          />
          <TextInput
            label={FIELDS.annualPay}
            withAsterisk
            inputMode="decimal"
            placeholder="210,000"
            rightSection={
              <Text size="xs" c="dimmed">
                {currency}
              </Text>
            }
            rightSectionWidth={48}
            {...form.getInputProps('annualPay')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading} variant="light">
            Record raise
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
