import { useState } from 'react';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { ApiKeysTable } from '../components/ApiKeysTable';
import { ClaudeCodeSetup } from '../components/ClaudeCodeSetup';
import { CreateApiKeyForm, CreatedKeyAlert, type CreatedKey } from '../components/CreateApiKeyForm';
import { ApiKeyCreationQuery, ApiKeysQuery } from '../graphql/apiKeys';
import { offeredScopes } from '../apiKeys';

export function ApiKeysPage() {
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('ADMIN');
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery);
  // the form is offered only for keys this user can actually create (HR, managers and finance without an
  // engineer record can create none: no budget would stand behind the key)
  const creation = useQuery(ApiKeyCreationQuery);
  const can = creation.data?.apiKeyCreation;
  const canCreate = can ? can.ownKey || can.companyKeys || can.financeKeys : false;
  // FINANCE without an engineer record creates only finance:read keys (no Claude Code setup for those)
  const usageKeys = can ? can.ownKey || can.companyKeys : false;
  // the secret lives only in this page's memory: leaving the page forgets it
  const [created, setCreated] = useState<CreatedKey | null>(null);

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>API keys</Title>
        <Text c="dimmed">
          {isAdmin
            ? 'Keys that let tools report usage and check budgets: your engineers’ keys and the company’s.'
            : 'Keys that let your tools, such as Claude Code, report usage against your budget.'}
        </Text>
      </div>
      {creation.loading && !creation.data && <LoadingState label="Checking which keys you can create…" />}
      {canCreate && (
        <>
          <Card withBorder radius="md" padding="lg">
            <Stack gap="md">
              <Title order={2} size="h4">
                Create a key
              </Title>
              {created && <CreatedKeyAlert created={created} onDismiss={() => setCreated(null)} />}
              <CreateApiKeyForm
                isAdmin={isAdmin}
                scopes={can ? offeredScopes(can) : []}
                onCreated={setCreated}
              />
            </Stack>
          </Card>
          {usageKeys && (
            <Card withBorder radius="md" padding="lg">
              <ClaudeCodeSetup secret={created?.secret ?? null} />
            </Card>
          )}
        </>
      )}
      {creation.data && !canCreate && (
        <Alert variant="light" color="gray" title="No key to create" data-testid="no-key-to-create">
          You are not on the payroll as an engineer, so no budget would stand behind a key of yours. An admin
          can create a company key for a gateway or importer.
        </Alert>
      )}
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            {isAdmin ? 'All keys' : 'Your keys'}
          </Title>
          {loading && !data && <LoadingState label="Loading keys…" />}
          {error && !data && (
            <ErrorState
              title="We couldn't load the keys"
              message={parseApiError(error).message}
              onRetry={() => void refetch()}
            />
          )}
          {data && <ApiKeysTable keys={data.apiKeys} />}
        </Stack>
      </Card>
    </Stack>
  );
}
