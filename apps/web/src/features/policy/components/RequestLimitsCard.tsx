import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import type { RequestLimitsFieldsFragment } from '../../../gql/graphql';
import { AmountInput } from '../../../app/forms/AmountInput';
import { applyApiError } from '../../../app/forms/applyApiError';
import { parseApiError } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { RequestLimitsQuery } from '../graphql/requestLimits';
import { UpdateRequestLimitsMutation } from '../graphql/updateRequestLimits';
import {
  readRequestLimitsForm,
  REQUEST_LIMIT_LABELS as LABELS,
  requestLimitsFormValues,
  requestLimitsInput,
  type RequestLimitsFormValues,
} from '../requestLimits';

/**
 * The company's limits on increase requests and gifts between teammates: which requests the team pool
 * approves at once, how much one engineer gets that way in a period, which need HR, and how much of their
 * period allowance an engineer may give away. Editors (ADMIN, HR) change them; others read them.
 */
export function RequestLimitsCard({ canEdit }: { canEdit: boolean }) {
  const { data, loading, error, refetch } = useQuery(RequestLimitsQuery);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="request-limits-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="request-limits-title">
            Request limits
          </Title>
          <Text size="sm" c="dimmed">
            Increase requests and gifts between teammates. Each limit holds however many requests arrive at
            once.
          </Text>
        </div>
        {loading && !data && <LoadingState label="Loading the request limits…" />}
        {error && !data && (
          <ErrorState
            title="We couldn't load the request limits"
            message={parseApiError(error).message}
            onRetry={() => void refetch()}
          />
        )}
        {data && <RequestLimitsForm limits={data.requestLimits} canEdit={canEdit} />}
      </Stack>
    </Card>
  );
}

function RequestLimitsForm({ limits, canEdit }: { limits: RequestLimitsFieldsFragment; canEdit: boolean }) {
  const currency = limits.currency;
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateRequestLimitsMutation, {
    update(cache, { data }) {
      if (data)
        cache.writeQuery({ query: RequestLimitsQuery, data: { requestLimits: data.updateRequestLimits } });
    },
  });
  const form = useForm<RequestLimitsFormValues>({
    mode: 'controlled',
    initialValues: requestLimitsFormValues(limits),
    validate: (values) => readRequestLimitsForm(values, currency).errors,
    onValuesChange: () => setSaved(false),
  });

  const handleSubmit = form.onSubmit(async (submitted) => {
    setBanner(null);
    try {
      const { data } = await save({ variables: { input: requestLimitsInput(submitted) } });
      if (!data) throw new Error('No data');
      const next = requestLimitsFormValues(data.updateRequestLimits);
      form.setInitialValues(next);
      form.setValues(next);
      setSaved(true);
    } catch (problem) {
      setBanner(applyApiError(form, problem, LABELS).banner);
    }
  });

  const amount = (field: keyof RequestLimitsFormValues, description: string) => ({
    currency,
    label: LABELS[field],
    description,
    ...form.getInputProps(field),
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Request limits">
      <Stack gap="md">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="light" role="status">
            Request limits saved. New requests and gifts follow them now.
          </Alert>
        )}
        <Fieldset variant="unstyled" disabled={!canEdit}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <AmountInput
              {...amount(
                'autoApproveAmount',
                'Temporary requests up to this are approved at once from the team pool (0: never)',
              )}
            />
            <AmountInput
              {...amount(
                'autoApprovePerPeriodAmount',
                'Most one engineer gets approved at once in a period; past it, the manager decides',
              )}
            />
            <AmountInput
              {...amount('hrApprovalAboveAmount', 'Requests above this need HR after the manager')}
            />
            <TextInput
              label={LABELS.giftLimitBp}
              description="Most of their period allowance an engineer may give teammates in a period"
              inputMode="decimal"
              rightSection={<Text size="sm">%</Text>}
              {...form.getInputProps('giftLimitBp')}
            />
          </SimpleGrid>
        </Fieldset>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {canEdit
              ? limits.updatedAt
                ? `Policy last changed ${formatDate(limits.updatedAt)}`
                : 'The defaults'
              : 'Only Admin and HR can change the request limits.'}
          </Text>
          {canEdit && (
            <Group gap="sm">
              <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty() || loading}>
                Reset
              </Button>
              <Button type="submit" loading={loading}>
                Save request limits
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </form>
  );
}
