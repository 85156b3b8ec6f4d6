import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { IncreaseRequestsTable } from '../components/IncreaseRequestsTable';
import { RequestIncreaseForm } from '../components/RequestIncreaseForm';
import { MyAvailableQuery } from '../graphql/myAvailable';
import { MyIncreaseRequestsQuery } from '../graphql/myIncreaseRequests';

/** An engineer asks for more allowance and follows their requests. */
export function RequestsPage() {
  const { data, loading, error, refetch } = useQuery(MyIncreaseRequestsQuery);
  const available = useQuery(MyAvailableQuery);
  const currency = data?.me.company.currency ?? available.data?.budget.currency ?? 'USD';
  const budget = available.data?.budget;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Requests</Title>
        <Text c="dimmed">
          Ask for more AI allowance. Small temporary requests are approved at once from your team pool; the
          others go to your manager, and to HR above the company threshold.
        </Text>
      </div>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Title order={2} size="h4">
              Ask for more
            </Title>
            {budget && (
              <Text size="sm" data-testid="requests-available">
                Available now: <strong>{formatMicros(budget.availableMicros, budget.currency)}</strong> of{' '}
                {formatMicros(budget.allowanceMicros, budget.currency)} this period
              </Text>
            )}
          </Group>
          <RequestIncreaseForm currency={currency} />
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            Your requests
          </Title>
          {loading && !data && <LoadingState label="Loading your requests…" />}
          {error && !data && (
            <ErrorState
              title="We couldn't load your requests"
              message={parseApiError(error).message}
              onRetry={() => void refetch()}
            />
          )}
          {data && <IncreaseRequestsTable mode="mine" requests={data.increaseRequests} currency={currency} />}
        </Stack>
      </Card>
    </Stack>
  );
}
