import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { formatIsoDay } from '../../../app/dates';
import { applyApiError } from '../../../app/forms/applyApiError';
import { SetEndDateMutation } from '../graphql/setEndDate';
import { validateDay } from '../validation';

const FIELDS = { endDate: 'Last employed day' };

export function EndEmploymentForm({ engineerId, endDate }: { engineerId: string; endDate: string | null }) {
  const [banner, setBanner] = useState<string | null>(null);
  const [setEndDate, { loading }] = useMutation(SetEndDateMutation, {
    refetchQueries: ['Engineer'],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { endDate: endDate ?? '' },
    validate: { endDate: validateDay(FIELDS.endDate) },
  });
  const send = async (value: string | null) => {
    setBanner(null);
    try {
      await setEndDate({ variables: { input: { engineerId, endDate: value } } });
      if (value === null) form.setValues({ endDate: '' });
    } catch (error) {
      setBanner(applyApiError(form, error, FIELDS).banner);
    }
  };
  return (
    <form
      onSubmit={form.onSubmit((values) => void send(values.endDate.trim()))}
      noValidate
      aria-label="End employment"
    >
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {endDate
            ? `Employment ends on ${formatIsoDay(endDate)}. Unused allowance is forfeited after that day.`
            : 'Set the last employed day. Unused allowance is forfeited after it.'}
        </Text>
        <Group align="flex-end">
          <TextInput label={FIELDS.endDate} type="date" withAsterisk {...form.getInputProps('endDate')} />
          <Button type="submit" color="red" variant="light" loading={loading}>
            End employment
          </Button>
          {endDate && (
            <Button variant="subtle" onClick={() => void send(null)} disabled={loading}>
              Clear end date
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
