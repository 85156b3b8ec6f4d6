import { useState } from 'react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { parseApiError } from '../../../app/errors';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { RequestCard } from '../components/RequestCard';
import { IncreaseRequestQuery } from '../graphql/increaseRequest';

/** One increase request by its id: the page the link in approval and alert mail opens. */
export function ApprovalPage() {
  const { requestId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IncreaseRequestQuery, { variables: { id: requestId } });
  const [decided, setDecided] = useState<string | null>(null);
  const apiError = error ? parseApiError(error) : null;

  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Anchor component={Link} to="/approvals" size="sm">
          ← All approvals
        </Anchor>
        <Title order={1}>Increase request</Title>
      </div>
      {decided && (
        <Alert color="green" variant="light" role="status">
          {decided}
        </Alert>
      )}
      {loading && !data && <LoadingState label="Loading the request…" />}
      {apiError && !data && apiError.code === 'NOT_FOUND' && (
        <Alert color="gray" variant="light" role="alert" title="No such request">
          <Text size="sm">This request does not exist, or it is not yours to see.</Text>
        </Alert>
      )}
      {apiError && !data && apiError.code !== 'NOT_FOUND' && (
        <ErrorState
          title="We couldn't load the request"
          message={apiError.message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <RequestCard
          request={data.increaseRequest}
          currency={data.me.company.currency}
          showLink={false}
          onDecided={(message) => {
            setDecided(message);
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}
