import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useBusinessDate } from '../../../app/businessDate';
import { applyApiError } from '../../../app/forms/applyApiError';
import { AllowancePolicyQuery } from '../../policy/graphql/allowancePolicy';
import { SetAllowanceOverrideMutation } from '../graphql/setAllowanceOverride';
import { OVERRIDE_FIELD_LABELS as LABELS, readOverrideForm, type OverrideFormValues } from '../override';

const BASIS_OPTIONS = [
  { value: 'RATIO', label: 'Own share of base pay' },
  { value: 'FIXED', label: 'Own fixed amount' },
  { value: 'POLICY', label: 'Back to the company policy' },
];

export function OverrideForm({ engineerId, currency }: { engineerId: string; currency: string }) {
  const today = useBusinessDate();
  const policy = useQuery(AllowancePolicyQuery);
  const capMicros = policy.data?.allowancePolicy.capMicros ?? null;
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [setOverride, { loading }] = useMutation(SetAllowanceOverrideMutation, {
    refetchQueries: ['Engineer'],
    awaitRefetchQueries: true,
  });
  const form = useForm<OverrideFormValues>({
    mode: 'controlled',
    initialValues: {
      effectiveFrom: today,
      basisKind: 'RATIO',
      ratioBp: '',
      annualAmount: '',
      reason: '',
    },
    validate: (values) =>
      readOverrideForm(values, engineerId, currency, capMicros === null ? null : BigInt(capMicros)).errors ??
      {},
  });
  const values = form.getValues();

  const handleSubmit = form.onSubmit(async (submitted) => {
    setBanner(null);
    setDone(false);
    const { input } = readOverrideForm(
      submitted,
      engineerId,
      currency,
      capMicros === null ? null : BigInt(capMicros),
    );
    if (!input) return;
    try {
      await setOverride({ variables: { input } });
      setDone(true);
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Set allowance override">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {done && (
          <Alert color="green" variant="light" role="status">
            Override saved.
          </Alert>
        )}
        <Group align="flex-start" grow>
          <NativeSelect label={LABELS.basisKind} data={BASIS_OPTIONS} {...form.getInputProps('basisKind')} />
          <TextInput
            label={LABELS.effectiveFrom}
            type="date"
            withAsterisk
            {...form.getInputProps('effectiveFrom')}
          />
          {values.basisKind === 'RATIO' && (
            <TextInput
              label={LABELS.ratioBp}
              withAsterisk
              inputMode="decimal"
              rightSection={<Text size="sm">%</Text>}
              {...form.getInputProps('ratioBp')}
            />
          )}
          {values.basisKind === 'FIXED' && (
            <TextInput
              label={LABELS.annualAmount}
              withAsterisk
              inputMode="decimal"
              rightSection={
                <Text size="xs" c="dimmed">
                  {currency}
                </Text>
              }
              rightSectionWidth={48}
              {...form.getInputProps('annualAmount')}
            />
          )}
        </Group>
        <Textarea
          label={LABELS.reason}
          withAsterisk
          rows={2}
          placeholder="Negotiated in the offer"
          {...form.getInputProps('reason')}
        />
        <Group>
          <Button type="submit" loading={loading} variant="light">
            Save override
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
