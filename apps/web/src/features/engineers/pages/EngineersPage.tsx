import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { AddEngineerForm } from '../components/AddEngineerForm';
import { EngineersTable } from '../components/EngineersTable';
import { EngineersQuery } from '../graphql/engineers';

export function EngineersPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(EngineersQuery);
  const apiError = error ? parseApiError(error) : null;
  const canAdd = hasAnyRole(user.roles, ['ADMIN', 'HR']);
  const currency = user.company.currency;

  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Engineers</Title>
        <Text c="dimmed">
          {hasAnyRole(user.roles, ['ADMIN', 'HR', 'FINANCE'])
            ? 'Everyone on the payroll, with their base pay and AI-token allowance.'
            : 'The engineers in the teams you manage, with their AI-token allowance.'}
        </Text>
      </div>
      {canAdd && (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            Add engineer
          </Title>
          <AddEngineerForm currency={currency} />
        </Card>
      )}
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            People
          </Title>
          {loading && !data && <LoadingState label="Loading engineers…" />}
          {apiError && !data && (
            <ErrorState
              title="We couldn't load the engineers"
              message={apiError.message}
              onRetry={() => void refetch()}
            />
          )}
          {data && <EngineersTable engineers={data.engineers} currency={currency} />}
        </Stack>
      </Card>
    </Stack>
  );
}
