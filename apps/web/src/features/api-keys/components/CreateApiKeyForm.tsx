import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { applyApiError } from '../../../app/forms/applyApiError';
import { parseApiError } from '../../../app/errors';
import { EngineerChoicesQuery } from '../../engineers/graphql/engineerChoices';
import {
  API_KEY_FIELD_LABELS as LABELS,
  API_KEY_SCOPES,
  FINANCE_READ_SCOPE,
  keyOwner,
  readApiKeyForm,
  scopesText,
  type ApiKeyFormValues,
  type ApiKeyRow,
} from '../apiKeys';
import { ApiKeysQuery, CreateApiKeyMutation } from '../graphql/apiKeys';

export interface CreatedKey {
  secret: string;
  apiKey: ApiKeyRow;
}

/** The secret of a key just created: shown once, with a copy button. */
export function CreatedKeyAlert({ created, onDismiss }: { created: CreatedKey; onDismiss: () => void }) {
  return (
    <Alert
      color="green"
      variant="light"
      title={`Key “${created.apiKey.name}” created`}
      role="status"
      data-testid="created-key"
    >
      <Stack gap="xs">
        <Text size="sm" fw={700} c="orange.8">
          Copy the key now: it is shown only this once and can&apos;t be shown again.
        </Text>
        <Text size="sm">
          For {keyOwner(created.apiKey)}, may {scopesText(created.apiKey.scopes)}.
        </Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Secret key"
            value={created.secret}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-testid="created-key-secret"
          />
          <CopyButton value={created.secret}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} color={copied ? 'teal' : undefined}>
                {copied ? 'Copied' : 'Copy key'}
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

function EngineerSelect({
  inputProps,
}: {
  inputProps: ReturnType<ReturnType<typeof useForm<ApiKeyFormValues>>['getInputProps']>;
}) {
  const { data, loading, error } = useQuery(EngineerChoicesQuery);
  const options = (data?.engineers ?? [])
    .filter((engineer) => engineer.status !== 'LEAVER')
    .map((engineer) => ({ value: engineer.id, label: `${engineer.name} (${engineer.email})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
  return (
    <Select
      label={LABELS.engineerId}
      placeholder={loading ? 'Loading engineers…' : 'Search by name or email'}
      data={options}
      searchable
      nothingFoundMessage="No engineer matches"
      withAsterisk
      description={error ? parseApiError(error).message : undefined}
      {...inputProps}
      onChange={(value) => inputProps.onChange(value ?? '')}
      value={(inputProps.value as string) || null}
    />
  );
}

/**
 * Creates a key. An engineer's key acts for themself; an ADMIN may make a company key (a gateway names
 * the engineer per event) or a key for any engineer.
 */
export function CreateApiKeyForm({
  isAdmin,
  scopes = API_KEY_SCOPES,
  onCreated,
}: {
  isAdmin: boolean;
  /** The scopes this user may pick (finance:read only for FINANCE and ADMIN). */
  scopes?: typeof API_KEY_SCOPES;
  onCreated: (created: CreatedKey) => void;
}) {
  const onlyFinance = scopes.length === 1 && scopes[0].value === FINANCE_READ_SCOPE;
  const [banner, setBanner] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateApiKeyMutation, {
    refetchQueries: [ApiKeysQuery],
    awaitRefetchQueries: true,
  });
  const form = useForm<ApiKeyFormValues>({
    mode: 'controlled',
    initialValues: {
      name: '',
      scopes: onlyFinance ? [FINANCE_READ_SCOPE] : ['usage:write', 'budget:read'],
      owner: isAdmin ? 'company' : 'self',
      engineerId: '',
    },
    validate: (values) => readApiKeyForm(values).errors ?? {},
  });
  const values = form.getValues();

  const handleSubmit = form.onSubmit(async (submitted) => {
    setBanner(null);
    const { input } = readApiKeyForm(submitted);
    if (!input) return;
    try {
      const { data } = await create({ variables: { input } });
      if (!data) throw new Error('No data');
      onCreated(data.createApiKey);
      form.reset();
    } catch (error) {
      if (!isAdmin && parseApiError(error).fieldErrors['engineerId']) {
        setBanner(
          'You are not on the payroll as an engineer, so there is no budget for a key of yours. An admin can create a company key instead.',
        );
        return;
      }
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Create API key">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        <TextInput
          label={LABELS.name}
          placeholder="Laptop – Claude Code"
          description="So you can tell your keys apart"
          withAsterisk
          maw={420}
          {...form.getInputProps('name')}
        />
        <Checkbox.Group label={LABELS.scopes} withAsterisk {...form.getInputProps('scopes')}>
          <Stack mt="xs" gap="xs">
            {scopes.map((scope) => (
              <Checkbox
                key={scope.value}
                value={scope.value}
                label={scope.value}
                description={scope.description}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {isAdmin && !values.scopes.includes(FINANCE_READ_SCOPE) && (
          <>
            <Radio.Group label="Key for" {...form.getInputProps('owner')}>
              <Group mt="xs">
                <Radio value="company" label="The company (a gateway or importer)" />
                <Radio value="engineer" label="An engineer" />
              </Group>
            </Radio.Group>
            {values.owner === 'engineer' && <EngineerSelect inputProps={form.getInputProps('engineerId')} />}
          </>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            Create key
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
