import { useMemo, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { parseApiError } from '../../../app/errors';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { queueOrder } from '../approvals';
import { IncreaseRequestsTable } from '../../requests/components/IncreaseRequestsTable';
import { RequestCard } from '../components/RequestCard';
import { AllIncreaseRequestsQuery } from '../graphql/allIncreaseRequests';
import { ApprovalQueueQuery } from '../graphql/approvalQueue';

/** Pending increase requests the signed-in manager (or HR, or an admin) may decide, oldest first. */
export function ApprovalsPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(ApprovalQueueQuery);
  const [decided, setDecided] = useState<string | null>(null);
  const currency = data?.me.company.currency ?? 'USD';
  const queue = useMemo(() => queueOrder(data?.increaseRequests ?? []), [data]);
  const movesAllowance = hasAnyRole(user.roles, ['MANAGER', 'ADMIN']);
  const seesAll = hasAnyRole(user.roles, ['ADMIN', 'HR']);

  return (
    <Stack gap="lg" maw={1000}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Approvals</Title>
          <Text c="dimmed">
            Increase requests waiting for your decision. Above the company threshold HR decides after the
            manager.
          </Text>
        </div>
        {movesAllowance && (
          <Button component={Link} to="/transfers" variant="light">
            Move allowance →
          </Button>
        )}
      </Group>
      {decided && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDecided(null)}>
          {decided}
        </Alert>
      )}
      {loading && !data && <LoadingState label="Loading requests…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the requests"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && queue.length === 0 && (
        <EmptyState title="Nothing to decide" description="No increase request is waiting for you." />
      )}
      {queue.length > 0 && (
        <Stack gap="md" aria-label="Requests to decide" role="list">
          {queue.map((request) => (
            <div role="listitem" key={request.id}>
              <RequestCard request={request} currency={currency} onDecided={setDecided} />
            </div>
          ))}
        </Stack>
      )}
      {seesAll && <AllRequests currency={currency} />}
    </Stack>
  );
}

/** ADMIN and HR: every request of the company, decided or not, to follow up and export. */
function AllRequests({ currency }: { currency: string }) {
  const { data, loading, error, refetch } = useQuery(AllIncreaseRequestsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="all-requests-title">
      <div>
        <Title order={2} size="h4" id="all-requests-title">
          All requests
        </Title>
        <Text c="dimmed" size="sm">
          Every increase request in the company, newest first: who asked, how much, and who decided.
        </Text>
      </div>
      {loading && !data && <LoadingState label="Loading all requests…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load all requests"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && <IncreaseRequestsTable mode="all" requests={data.increaseRequests} currency={currency} />}
    </Stack>
  );
}
