import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MembersQuery } from '../graphql/members';
import { parseApiError } from '../../../app/errors';
import { ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { InviteMemberForm } from '../components/InviteMemberForm';
import { MembersTable } from '../components/MembersTable';

export function MembersPage() {
  const { data, loading, error, refetch } = useQuery(MembersQuery);
  const apiError = error ? parseApiError(error) : null;

  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Members</Title>
        <Text c="dimmed">Everyone in your company and the invitations still waiting to be accepted.</Text>
      </div>
      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h4" mb="sm">
          Invite member
        </Title>
        <InviteMemberForm />
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            People
          </Title>
          {loading && !data && <LoadingState label="Loading members…" />}
          {apiError && !data && (
            <ErrorState
              title="We couldn't load the members"
              message={apiError.message}
              onRetry={() => void refetch()}
            />
          )}
          {data && <MembersTable members={data.members} />}
        </Stack>
      </Card>
    </Stack>
  );
}
