import { useMemo, useState } from 'react';
import { Badge, Button, Code, Group, NativeSelect, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { formatDateTime } from '../../../app/format';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import {
  API_KEY_CSV_COLUMNS,
  filterKeysByStatus,
  isRevoked,
  keyOwner,
  type ApiKeyRow,
  type KeyStatusFilter,
} from '../apiKeys';
import { RevokeApiKeyMutation } from '../graphql/apiKeys';

/** Revoking asks once more: tools using the key stop working at once. */
function RevokeButton({ apiKey }: { apiKey: ApiKeyRow }) {
  const [confirming, setConfirming] = useState(false);
  const [revoke, { loading, error }] = useMutation(RevokeApiKeyMutation);
  if (!confirming)
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => setConfirming(true)}
        aria-label={`Revoke key ${apiKey.name}`}
      >
        Revoke
      </Button>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="compact-xs"
        color="red"
        loading={loading}
        onClick={() =>
          void revoke({ variables: { id: apiKey.id } })
            .then(() => setConfirming(false))
            .catch(() => undefined)
        }
        aria-label={`Confirm revoking key ${apiKey.name}`}
      >
        Revoke now
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

const COLUMNS: DataColumn<ApiKeyRow>[] = [
  { key: 'name', label: 'Name', render: (key) => key.name, sortValue: (key) => key.name },
  {
    key: 'prefix',
    label: 'Key',
    render: (key) => <Code style={{ whiteSpace: 'nowrap' }}>{key.prefix}</Code>,
    sortValue: (key) => key.prefix,
  },
  {
    key: 'scopes',
    label: 'Scopes',
    render: (key) => (
      <Group gap={4}>
        {key.scopes.map((scope) => (
          <Badge key={scope} variant="light" tt="none" size="sm" miw="max-content">
            {scope}
          </Badge>
        ))}
      </Group>
    ),
    sortValue: (key) => key.scopes.join(' '),
  },
  {
    key: 'owner',
    label: 'For',
    render: (key) =>
      key.engineerId ? (
        keyOwner(key)
      ) : (
        <Badge color="grape" variant="light" tt="none" miw="max-content">
          Company
        </Badge>
      ),
    sortValue: keyOwner,
  },
  {
    key: 'createdAt',
    label: 'Created',
    render: (key) => formatDateTime(key.createdAt),
    sortValue: (key) => Date.parse(key.createdAt),
  },
  {
    key: 'lastUsedAt',
    label: 'Last used',
    render: (key) =>
      key.lastUsedAt ? (
        formatDateTime(key.lastUsedAt)
      ) : (
        <Text span c="dimmed" fz="inherit">
          Never
        </Text>
      ),
    sortValue: (key) => (key.lastUsedAt ? Date.parse(key.lastUsedAt) : null),
  },
  {
    key: 'revokedAt',
    label: 'Status',
    render: (key) =>
      isRevoked(key) ? (
        <Badge color="gray" variant="dot" tt="none" miw="max-content">
          Revoked {formatDateTime(key.revokedAt)}
        </Badge>
      ) : (
        <Badge color="green" variant="dot" tt="none" miw="max-content">
          Active
        </Badge>
      ),
    sortValue: (key) => (key.revokedAt ? `revoked ${key.revokedAt}` : 'active'),
  },
  {
    key: 'actions',
    label: 'Actions',
    render: (key) => (isRevoked(key) ? null : <RevokeButton apiKey={key} />),
  },
];

export function ApiKeysTable({ keys }: { keys: readonly ApiKeyRow[] }) {
  const [status, setStatus] = useState<KeyStatusFilter>('');
  const rows = useMemo(() => filterKeysByStatus(keys, status), [keys, status]);
  return (
    <DataTable
      label="API keys"
      rows={rows}
      columns={COLUMNS}
      csvColumns={API_KEY_CSV_COLUMNS}
      rowKey={(key) => key.id}
      searchText={(key) => [key.name, key.prefix, keyOwner(key), ...key.scopes]}
      initialSort={{ key: 'createdAt', direction: 'desc' }}
      csvFilename="api-keys.csv"
      filterLabel="Filter keys"
      filterPlaceholder="Name, prefix, scope or engineer"
      filters={
        <NativeSelect
          label="Status"
          data={[
            { value: '', label: 'Active and revoked' },
            { value: 'active', label: 'Active' },
            { value: 'revoked', label: 'Revoked' },
          ]}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as KeyStatusFilter)}
          w={180}
        />
      }
      filtersActive={status !== ''}
      emptyTitle="No API keys yet"
      emptyDescription="Create a key above for Claude Code, a gateway or a script."
      minWidth={900}
    />
  );
}
