import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import type { AllowancePolicyFieldsFragment } from '../../../gql/graphql';
import { AmountInput } from '../../../app/forms/AmountInput';
import { applyApiError } from '../../../app/forms/applyApiError';
import { formatDate } from '../../../app/format';
import { formatIsoDay } from '../../../app/dates';
import { AllowancePolicyQuery } from '../graphql/allowancePolicy';
import { UpdateAllowancePolicyMutation } from '../graphql/updateAllowancePolicy';
import {
  MONTH_NAMES,
  POLICY_FIELD_LABELS as LABELS,
  policyFormValues,
  policyInput,
  readPolicyForm,
  type PolicyFormValues,
} from '../policy';
import { PolicyPreview } from './PolicyPreview';

const MONTH_OPTIONS = MONTH_NAMES.map((name, index) => ({ value: String(index + 1), label: name }));
const ACCRUAL_OPTIONS = [
  { value: 'MONTHLY', label: 'Monthly: 1/12 on the 1st of each month' },
  { value: 'UPFRONT', label: 'Upfront: the whole year on the first day' },
];
const ROLLOVER_OPTIONS = [
  { value: 'NONE', label: 'None: unused allowance expires' },
  { value: 'CAPPED', label: 'Capped: carry over up to an amount' },
  { value: 'ALL', label: 'All: carry over everything unused' },
];

/**
 * The company allowance policy. Editors (ADMIN, HR) change it; everyone else sees the same
 * fields read-only. The preview always follows the values on the form.
 */
export function PolicyForm({ policy, canEdit }: { policy: AllowancePolicyFieldsFragment; canEdit: boolean }) {
  const currency = policy.currency;
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateAllowancePolicyMutation, {
    update(cache, { data }) {
      if (data)
        cache.writeQuery({
          query: AllowancePolicyQuery,
          data: { allowancePolicy: data.updateAllowancePolicy },
        });
    },
  });

  const form = useForm<PolicyFormValues>({
    mode: 'controlled',
    initialValues: policyFormValues(policy),
    validate: (values) => readPolicyForm(values, currency).errors,
    // the preview is live, so are the messages that explain why it is missing
    validateInputOnChange: true,
    onValuesChange: () => setSaved(false),
  });
  const values = form.getValues();
  const reading = useMemo(() => readPolicyForm(values, currency), [values, currency]);

  const handleSubmit = form.onSubmit(async (submitted) => {
    setBanner(null);
    try {
      const { data } = await save({ variables: { input: policyInput(submitted) } });
      if (!data) throw new Error('No data');
      const next = policyFormValues(data.updateAllowancePolicy);
      form.setInitialValues(next);
      form.setValues(next);
      setSaved(true);
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  const amountProps = (field: keyof PolicyFormValues, description?: string) => ({
    currency,
    label: LABELS[field],
    description,
    ...form.getInputProps(field),
  });

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder radius="md" padding="lg">
          <form onSubmit={handleSubmit} noValidate aria-label="Allowance policy">
            <Stack gap="md">
              {!canEdit && (
                <Alert variant="light" color="gray">
                  Only Admin and HR can change the policy. You can try salaries in the preview.
                </Alert>
              )}
              {banner && (
                <Alert color="red" variant="light" role="alert">
                  {banner}
                </Alert>
              )}
              {saved && (
                <Alert color="green" variant="light" role="status">
                  Policy saved. It applies from{' '}
                  {policy.effectiveFrom ? formatIsoDay(policy.effectiveFrom) : 'today'}; months already
                  granted are trued up.
                </Alert>
              )}
              <Fieldset variant="unstyled" disabled={!canEdit}>
                <Stack gap="md">
                  <div>
                    <Text size="sm" fw={500} id="basis-label" mb={4}>
                      {LABELS.basisKind}
                    </Text>
                    <SegmentedControl
                      aria-labelledby="basis-label"
                      data={[
                        { value: 'RATIO', label: 'Share of base pay' },
                        { value: 'FIXED', label: 'Fixed amount' },
                      ]}
                      disabled={!canEdit}
                      {...form.getInputProps('basisKind')}
                    />
                  </div>
                  {values.basisKind === 'RATIO' ? (
                    <TextInput
                      label={LABELS.ratioBp}
                      description="Percent of annual base pay, e.g. 50"
                      inputMode="decimal"
                      rightSection={<Text size="sm">%</Text>}
                      withAsterisk
                      {...form.getInputProps('ratioBp')}
                    />
                  ) : (
                    <AmountInput
                      {...amountProps('annualAmount', 'The same allowance for everyone')}
                      withAsterisk
                    />
                  )}
                  <Group grow align="flex-start">
                    <AmountInput {...amountProps('floorAmount', 'Optional: nobody gets less')} />
                    <AmountInput {...amountProps('capAmount', 'Optional: nobody gets more')} />
                  </Group>
                  <Group grow align="flex-start">
                    <NativeSelect
                      label={LABELS.fiscalYearStartMonth}
                      data={MONTH_OPTIONS}
                      {...form.getInputProps('fiscalYearStartMonth')}
                    />
                    <NativeSelect
                      label={LABELS.accrual}
                      data={ACCRUAL_OPTIONS}
                      {...form.getInputProps('accrual')}
                    />
                  </Group>
                  <TextInput
                    label={LABELS.effectiveFrom}
                    description="Empty: today. Months already granted are trued up by an adjustment; a new fiscal year start applies from the next period."
                    placeholder="YYYY-MM-DD"
                    type="date"
                    {...form.getInputProps('effectiveFrom')}
                  />
                  <Group grow align="flex-start">
                    <NativeSelect
                      label={LABELS.rolloverKind}
                      data={ROLLOVER_OPTIONS}
                      {...form.getInputProps('rolloverKind')}
                    />
                    {values.rolloverKind === 'CAPPED' ? (
                      <AmountInput
                        {...amountProps('rolloverCapAmount', 'Most that carries over')}
                        withAsterisk
                      />
                    ) : (
                      <div />
                    )}
                  </Group>
                </Stack>
              </Fieldset>
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  {policy.updatedAt
                    ? `Last changed ${formatDate(policy.updatedAt)}${
                        policy.effectiveFrom ? `, in force since ${formatIsoDay(policy.effectiveFrom)}` : ''
                      }`
                    : 'The default policy'}
                </Text>
                {canEdit && (
                  <Group gap="sm">
                    <Button
                      variant="default"
                      onClick={() => form.reset()}
                      disabled={!form.isDirty() || loading}
                    >
                      Reset
                    </Button>
                    <Button type="submit" loading={loading}>
                      Save policy
                    </Button>
                  </Group>
                )}
              </Group>
            </Stack>
          </form>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <PolicyPreview reading={reading} currency={currency} />
      </Grid.Col>
    </Grid>
  );
}
