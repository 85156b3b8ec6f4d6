import { Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { canOpen } from '../../../app/navigation';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { EngineerDetailView } from '../components/EngineerDetailView';
import { EngineersQuery } from '../graphql/engineers';
import { ownEngineerRow } from '../engineers';

/** An engineer's own detail page: their row in `engineers` (by email, or the only row they may see). */
export function MyAllowancePage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(EngineersQuery);

  if (loading && !data) return <LoadingState label="Loading your allowance…" />;
  if (error && !data)
    return (
      <Stack gap="lg">
        <Title order={1}>My allowance</Title>
        <ErrorState
          title="We couldn't load your allowance"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      </Stack>
    );
  const own = data ? ownEngineerRow(data.engineers, user.email, canOpen('/engineers', user.roles)) : null;
  if (!own)
    return (
      <Stack gap="lg">
        <Title order={1}>My allowance</Title>
        <EmptyState
          title="You have no allowance yet"
          description="You are not on the payroll as an engineer yet. Ask HR to add you."
        />
      </Stack>
    );
  return <EngineerDetailView id={own.id} heading="My allowance" />;
}
