import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/me';
import { parseApiError } from '../../../app/errors';
import { formatDate } from '../../../app/format';
import { RoleBadges } from '../../../app/ui/RoleBadges';
import { ErrorState, LoadingState } from '../../../app/ui/states';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function ProfilePage() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>Your profile</Title>
      {loading && !data && <LoadingState label="Loading your profile…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load your profile"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <Card withBorder radius="md" padding="lg">
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
              <Field label="Name">{data.me.name}</Field>
              <Field label="Email">{data.me.email}</Field>
              <Field label="Company">{data.me.company.name}</Field>
              <Field label="Member since">{formatDate(data.me.createdAt)}</Field>
            </SimpleGrid>
            <div>
              <Title order={2} size="h4" mb="xs" id="roles-heading">
                Roles
              </Title>
              <RoleBadges roles={data.me.roles} label="Your roles" />
            </div>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
