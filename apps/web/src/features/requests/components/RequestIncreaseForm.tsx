import { useState } from 'react';
import { Alert, Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { applyApiError } from '../../../app/forms/applyApiError';
import { MyAvailableQuery } from '../graphql/myAvailable';
import { MyIncreaseRequestsQuery } from '../graphql/myIncreaseRequests';
import { RequestIncreaseMutation } from '../graphql/requestIncrease';
import {
  MAX_REASON_LENGTH,
  readRequestForm,
  REQUEST_FIELD_LABELS as LABELS,
  requestOutcome,
  type RequestFormValues,
} from '../requests';

/** An engineer asks for more allowance: how much, for this period or for good, and why. */
export function RequestIncreaseForm({ currency }: { currency: string }) {
  const [banner, setBanner] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; approved: boolean } | null>(null);
  const [send, { loading }] = useMutation(RequestIncreaseMutation, {
    refetchQueries: [MyIncreaseRequestsQuery, MyAvailableQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<RequestFormValues>({
    mode: 'controlled',
    initialValues: { amount: '', kind: 'TEMPORARY', reason: '' },
    validate: (values) => readRequestForm(values, currency).errors ?? {},
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setOutcome(null);
    const { input } = readRequestForm(values, currency);
    if (!input) return;
    try {
      const { data } = await send({ variables: { input } });
      if (!data) throw new Error('No data');
      const request = data.requestIncrease;
      setOutcome({ text: requestOutcome(request, currency), approved: request.status === 'APPROVED' });
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Request an increase">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {outcome && (
          <Alert
            color={outcome.approved ? 'green' : 'blue'}
            variant="light"
            role="status"
            data-testid="request-outcome"
          >
            {outcome.text}
          </Alert>
        )}
        <TextInput
          label={LABELS.amount}
          description={`In ${currency}, e.g. 150 or 150.00`}
          placeholder="150.00"
          inputMode="decimal"
          withAsterisk
          maw={260}
          {...form.getInputProps('amount')}
        />
        <Radio.Group label={LABELS.kind} withAsterisk {...form.getInputProps('kind')}>
          <Stack mt="xs" gap="xs">
            <Radio
              value="TEMPORARY"
              label="Temporary: for this period"
              description="Available at once when approved; it expires with the rest at the period end."
            />
            <Radio
              value="PERMANENT"
              label="Permanent: a higher annual allowance"
              description="Raises your allowance from next month on."
            />
          </Stack>
        </Radio.Group>
        <Textarea
          label={LABELS.reason}
          description="What is it for? Your manager sees this."
          placeholder="Migrating the billing service with agents this sprint"
          withAsterisk
          autosize
          minRows={2}
          maxLength={MAX_REASON_LENGTH + 1}
          maw={640}
          {...form.getInputProps('reason')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Send request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
