import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { parseApiError } from '../../../app/errors';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { OffersTable } from '../components/OffersTable';
import { OffersQuery } from '../graphql/offers';

export function OffersPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(OffersQuery);
  const apiError = error ? parseApiError(error) : null;

  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Offers</Title>
          <Text c="dimmed">Offers with their AI-token allowance, from draft to the new engineer.</Text>
        </div>
        <Button component={Link} to="/offers/new">
          New offer
        </Button>
      </Group>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          {loading && !data && <LoadingState label="Loading offers…" />}
          {apiError && !data && (
            <ErrorState
              title="We couldn't load the offers"
              message={apiError.message}
              onRetry={() => void refetch()}
            />
          )}
          {data && <OffersTable offers={data.offers} currency={user.company.currency} />}
        </Stack>
      </Card>
    </Stack>
  );
}
