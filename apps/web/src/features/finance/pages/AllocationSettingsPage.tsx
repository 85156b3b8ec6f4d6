import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Group,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useBusinessDate } from '../../../app/businessDate';
import { parseApiError } from '../../../app/errors';
import { AmountInput } from '../../../app/forms/AmountInput';
import {
  amountText,
  basisPointsToPercent,
  formatMicros,
  percentToBasisPoints,
  readAmount,
} from '../../../app/money';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import type {
  AllocationPolicy,
  ChargebackMode,
  ChargebackSettingsFieldsFragment,
} from '../../../gql/graphql';
import { monthOf, periodLabel } from '../finance';
import { AddSharedCostMutation } from '../graphql/addSharedCost';
import { ChargebackSettingsQuery } from '../graphql/chargebackSettings';
import { RemoveSharedCostMutation } from '../graphql/removeSharedCost';
import { SharedCostsQuery } from '../graphql/sharedCosts';
import { UpdateChargebackSettingsMutation } from '../graphql/updateChargebackSettings';

const POLICIES: { value: AllocationPolicy; label: string; description: string }[] = [
  {
    value: 'PRO_RATA',
    label: 'Pro rata to attributed spend',
    description: 'Each team carries a share in proportion to what its engineers spent in the month.',
  },
  {
    value: 'HEADCOUNT',
    label: 'By headcount',
    description: 'Each team carries a share per engineer active on the last day of the month.',
  },
  {
    value: 'CENTRAL',
    label: 'Held centrally',
    description: 'Shared and unattributed cost stays on the central cost centre below.',
  },
];

type Form = {
  mode: ChargebackMode;
  allocationPolicy: AllocationPolicy;
  centralCostCentre: string;
  tolerance: string;
  glExpenseAccount: string;
  glPayableAccount: string;
  glAccrualAccount: string;
};

function formOf(settings: ChargebackSettingsFieldsFragment): Form {
  return {
    mode: settings.mode,
    allocationPolicy: settings.allocationPolicy,
    centralCostCentre: settings.centralCostCentre,
    tolerance: basisPointsToPercent(settings.invoiceToleranceBp),
    glExpenseAccount: settings.glExpenseAccount,
    glPayableAccount: settings.glPayableAccount,
    glAccrualAccount: settings.glAccrualAccount,
  };
}

function SettingsForm({ settings }: { settings: ChargebackSettingsFieldsFragment }) {
  const [form, setForm] = useState<Form>(() => formOf(settings));
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(UpdateChargebackSettingsMutation);
  const problem = saving.error ? parseApiError(saving.error) : null;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
    setSaved(false);
  };
  const submit = async () => {
    const found: Partial<Record<keyof Form, string>> = {};
    const toleranceBp = percentToBasisPoints(form.tolerance);
    if (toleranceBp === null || toleranceBp > 10000)
      found.tolerance = 'Invoice tolerance must be a percentage between 0 and 100, like 2 or 0.5';
    if (form.allocationPolicy === 'CENTRAL' && form.centralCostCentre.trim() === '')
      found.centralCostCentre = 'Central cost centre is required when cost is held centrally';
    for (const key of ['glExpenseAccount', 'glPayableAccount', 'glAccrualAccount'] as const)
      if (form[key].trim() === '') found[key] = 'Account code is required';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save({
        variables: {
          input: {
            mode: form.mode,
            allocationPolicy: form.allocationPolicy,
            centralCostCentre: form.centralCostCentre.trim(),
            invoiceToleranceBp: toleranceBp,
            glExpenseAccount: form.glExpenseAccount.trim(),
            glPayableAccount: form.glPayableAccount.trim(),
            glAccrualAccount: form.glAccrualAccount.trim(),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      const parsed = parseApiError(error);
      const fieldMap: Record<string, keyof Form> = { invoiceToleranceBp: 'tolerance' };
      const mapped: Partial<Record<keyof Form, string>> = {};
      for (const [field, message] of Object.entries(parsed.fieldErrors)) {
        const key = fieldMap[field] ?? (field as keyof Form);
        if (key in form) mapped[key] = message;
      }
      setErrors(mapped);
    }
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="allocation-settings-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Title order={2} size="h4" id="allocation-settings-title">
            Allocation and accounts
          </Title>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="mode-label">
              Mode
            </Text>
            <SegmentedControl
              aria-labelledby="mode-label"
              data={[
                { value: 'SHOWBACK', label: 'Showback' },
                { value: 'CHARGEBACK', label: 'Chargeback' },
              ]}
              value={form.mode}
              onChange={(value) => set('mode', value as ChargebackMode)}
              w={320}
            />
            <Text size="xs" c="dimmed">
              {form.mode === 'SHOWBACK'
                ? 'Showback: teams see the same statements; no journal entries are booked.'
                : 'Chargeback: each month’s spend is charged to the cost centres through the GL journal.'}
            </Text>
          </Stack>
          <Radio.Group
            label="Shared and unattributed cost"
            description="Company-key usage without an engineer, usage still unmapped at close, shared services and unabsorbed self-hosted capacity are split by this policy (largest remainder, to the cent)."
            value={form.allocationPolicy}
            onChange={(value) => set('allocationPolicy', value as AllocationPolicy)}
          >
            <Stack gap="xs" mt="xs">
              {POLICIES.map((policy) => (
                <Radio
                  key={policy.value}
                  value={policy.value}
                  label={policy.label}
                  description={policy.description}
                />
              ))}
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Central cost centre"
              description="Where cost held centrally is booked"
              value={form.centralCostCentre}
              onChange={(event) => set('centralCostCentre', event.currentTarget.value)}
              error={errors.centralCostCentre}
              required={form.allocationPolicy === 'CENTRAL'}
            />
            <TextInput
              label="Invoice tolerance (%)"
              description="A provider invoice within this much of our own figure counts as matching"
              value={form.tolerance}
              onChange={(event) => set('tolerance', event.currentTarget.value)}
              error={errors.tolerance}
              inputMode="decimal"
            />
            <TextInput
              label="AI-tooling expense account"
              description="Debited per cost centre"
              value={form.glExpenseAccount}
              onChange={(event) => set('glExpenseAccount', event.currentTarget.value)}
              error={errors.glExpenseAccount}
              required
            />
            <TextInput
              label="Provider payable account"
              description="Credited for closed months"
              value={form.glPayableAccount}
              onChange={(event) => set('glPayableAccount', event.currentTarget.value)}
              error={errors.glPayableAccount}
              required
            />
            <TextInput
              label="Accrual account"
              description="Credited for the open month"
              value={form.glAccrualAccount}
              onChange={(event) => set('glAccrualAccount', event.currentTarget.value)}
              error={errors.glAccrualAccount}
              required
            />
          </SimpleGrid>
          {problem && Object.keys(problem.fieldErrors).length === 0 && (
            <Alert color="red" variant="light" role="alert" title="The settings were not saved">
              {problem.message}
            </Alert>
          )}
          {saved && (
            <Alert color="teal" variant="light" role="status">
              Saved. The next statements and exports use these settings; closed months keep theirs.
            </Alert>
          )}
          <div>
            <Button type="submit" loading={saving.loading}>
              Save settings
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}

function SharedCosts({ month }: { month: string }) {
  const { company } = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(SharedCostsQuery, {
    variables: { month },
    fetchPolicy: 'cache-and-network',
  });
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<{ description?: string; amount?: string }>({});
  const [add, adding] = useMutation(AddSharedCostMutation, {
    refetchQueries: ['SharedCosts'],
    awaitRefetchQueries: true,
  });
  const [remove, removing] = useMutation(RemoveSharedCostMutation, {
    refetchQueries: ['SharedCosts'],
    awaitRefetchQueries: true,
  });
  const problem = error ? parseApiError(error) : null;
  const mutationProblem = adding.error
    ? parseApiError(adding.error)
    : removing.error
      ? parseApiError(removing.error)
      : null;
  const submit = async () => {
    const found: { description?: string; amount?: string } = {};
    if (description.trim() === '') found.description = 'Description is required';
    const parsed = readAmount(amount, company.currency);
    if (parsed.problem !== null) found.amount = `Amount ${parsed.problem}`;
    else if (parsed.micros === 0n) found.amount = 'Amount must be more than zero';
    setErrors(found);
    if (Object.keys(found).length > 0 || parsed.micros === null) return;
    try {
      await add({
        variables: {
          input: { month, description: description.trim(), amount: amountText(parsed.micros) },
        },
      });
      setDescription('');
      setAmount('');
    } catch (caught) {
      const fields = parseApiError(caught).fieldErrors;
      setErrors({ description: fields['description'], amount: fields['amount'] });
    }
  };
  const total = (data?.sharedCosts ?? []).reduce((sum, cost) => sum + BigInt(cost.amountMicros), 0n);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="shared-costs-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="shared-costs-title">
            Shared costs of {periodLabel(month)}
          </Title>
          <Text size="sm" c="dimmed">
            Shared services the AI tools rely on (a gateway, a vector store…), allocated to teams by the
            policy above when the month closes.
          </Text>
        </div>
        {loading && !data && <LoadingState label="Loading the shared costs…" />}
        {!data && problem && (
          <ErrorState
            title="We couldn't load the shared costs"
            message={problem.message}
            onRetry={() => void refetch()}
          />
        )}
        {data && data.sharedCosts.length === 0 && (
          <Text c="dimmed" data-testid="shared-costs-empty">
            No shared cost entered for {periodLabel(month)}.
          </Text>
        )}
        {data && data.sharedCosts.length > 0 && (
          <Table aria-label={`Shared costs of ${periodLabel(month)}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.sharedCosts.map((cost) => (
                <Table.Tr key={cost.id}>
                  <Table.Td>{cost.description}</Table.Td>
                  <Table.Td ta="right">{formatMicros(cost.amountMicros, company.currency)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void remove({ variables: { id: cost.id } }).catch(() => undefined)}
                      aria-label={`Remove ${cost.description}`}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={700}>Total</Table.Td>
                <Table.Td ta="right" fw={700} data-testid="shared-costs-total">
                  {formatMicros(total.toString(), company.currency)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Group align="flex-start">
            <TextInput
              label="Description"
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              error={errors.description}
              w={320}
              required
            />
            <AmountInput
              label="Amount"
              currency={company.currency}
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
              error={errors.amount}
              w={200}
              required
            />
            <Button type="submit" mt={25} loading={adding.loading}>
              Add shared cost
            </Button>
          </Group>
        </form>
        {mutationProblem && Object.keys(mutationProblem.fieldErrors).length === 0 && (
          <Alert color="red" variant="light" role="alert">
            {mutationProblem.message}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** Allocation settings: showback or chargeback, the allocation policy, accounts, tolerance, shared costs. */
export function AllocationSettingsPage() {
  const today = useBusinessDate();
  const { data, loading, error, refetch } = useQuery(ChargebackSettingsQuery);
  const problem = error ? parseApiError(error) : null;
  if (problem?.code === 'FORBIDDEN') return <NoAccessState />;
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1}>Allocation settings</Title>
        <Text c="dimmed">How spend is charged back to teams and cost centres, and how it is booked.</Text>
      </div>
      {loading && !data && <LoadingState label="Loading the settings…" />}
      {!data && problem && (
        <ErrorState
          title="We couldn't load the settings"
          message={problem.message}
          onRetry={() => void refetch()}
        />
      )}
      {data && <SettingsForm settings={data.chargebackSettings} />}
      <SharedCosts month={monthOf(today)} />
    </Stack>
  );
}
