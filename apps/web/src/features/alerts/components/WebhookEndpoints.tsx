import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { applyApiError } from '../../../app/forms/applyApiError';
import { formatDateTime } from '../../../app/format';
import type { WebhookEndpointFieldsFragment, WebhookFormat } from '../../../gql/graphql';
import { EmptyState } from '../../../app/ui/states';
import { ENDPOINT_FIELD_LABELS as LABELS, formatLabel, readEndpointForm } from '../alerts';
import { AlertsSettingsQuery } from '../graphql/alertsSettings';
import { CreateWebhookEndpointMutation } from '../graphql/createWebhookEndpoint';
import { DeleteWebhookEndpointMutation } from '../graphql/deleteWebhookEndpoint';

interface Created {
  secret: string;
  endpoint: WebhookEndpointFieldsFragment;
}

/** The signing secret of an endpoint just created: shown once. */
function CreatedSecret({ created, onDismiss }: { created: Created; onDismiss: () => void }) {
  return (
    <Alert color="green" variant="light" role="status" title="Endpoint added" data-testid="webhook-created">
      <Stack gap="xs">
        <Text size="sm" fw={700} c="orange.8">
          Copy the signing secret now: it is shown only this once.
        </Text>
        <Text size="sm">
          Every request to {created.endpoint.url} carries{' '}
          <Code>X-Tokenroll-Signature: t=&lt;unix time&gt;,v1=&lt;hex HMAC-SHA256&gt;</Code>, the HMAC of{' '}
          <Code>&lt;t&gt;.&lt;raw body&gt;</Code> with this secret. Refuse a <Code>t</Code> more than 5
          minutes old.
        </Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Signing secret"
            value={created.secret}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-testid="webhook-secret"
          />
          <CopyButton value={created.secret}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} color={copied ? 'teal' : undefined}>
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group>
          <Button size="xs" variant="subtle" onClick={onDismiss}>
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function DeleteButton({ endpoint }: { endpoint: WebhookEndpointFieldsFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(DeleteWebhookEndpointMutation, {
    refetchQueries: [AlertsSettingsQuery],
  });
  if (!confirming)
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => setConfirming(true)}
        aria-label={`Delete endpoint ${endpoint.url}`}
      >
        Delete
      </Button>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="compact-xs"
        color="red"
        loading={loading}
        onClick={() => void remove({ variables: { id: endpoint.id } }).catch(() => undefined)}
        aria-label={`Confirm deleting endpoint ${endpoint.url}`}
      >
        Delete now
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
        Keep
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {parseApiError(error).message}
        </Text>
      )}
    </Group>
  );
}

/** Webhook endpoints: add one (its secret is shown once), list and delete them. */
export function WebhookEndpoints({ endpoints }: { endpoints: readonly WebhookEndpointFieldsFragment[] }) {
  const [created, setCreated] = useState<Created | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateWebhookEndpointMutation, {
    refetchQueries: [AlertsSettingsQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<{ url: string; format: WebhookFormat }>({
    mode: 'controlled',
    initialValues: { url: '', format: 'JSON' },
    validate: (values) => readEndpointForm(values).errors ?? {},
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    const { input } = readEndpointForm(values);
    if (!input) return;
    try {
      const { data } = await create({ variables: { input } });
      if (!data) throw new Error('No data');
      setCreated(data.createWebhookEndpoint);
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  return (
    <Stack gap="md">
      {created && <CreatedSecret created={created} onDismiss={() => setCreated(null)} />}
      <form onSubmit={handleSubmit} noValidate aria-label="Add webhook endpoint">
        <Stack gap="sm">
          {banner && (
            <Alert color="red" variant="light" role="alert">
              {banner}
            </Alert>
          )}
          <Group align="flex-start">
            <TextInput
              label={LABELS.url}
              placeholder="https://hooks.example.com/tokenroll"
              withAsterisk
              w={460}
              {...form.getInputProps('url')}
            />
            <NativeSelect
              label={LABELS.format}
              data={[
                { value: 'JSON', label: 'JSON event' },
                { value: 'SLACK', label: 'Slack-compatible text' },
              ]}
              w={220}
              {...form.getInputProps('format')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={loading}>
              Add endpoint
            </Button>
          </Group>
        </Stack>
      </form>
      {endpoints.length === 0 ? (
        <EmptyState
          title="No webhook endpoints"
          description="Add a URL above to receive a signed POST for every alert."
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Webhook endpoints">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>URL</Table.Th>
                <Table.Th>Format</Table.Th>
                <Table.Th>Added</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endpoints.map((endpoint) => (
                <Table.Tr key={endpoint.id}>
                  <Table.Td>
                    <Code>{endpoint.url}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none">
                      {formatLabel(endpoint.format)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(endpoint.createdAt)}</Table.Td>
                  <Table.Td>
                    <DeleteButton endpoint={endpoint} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
