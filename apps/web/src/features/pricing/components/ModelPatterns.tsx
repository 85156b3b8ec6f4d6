import { useState } from 'react';
import { Alert, Button, Code, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ModelPatternsQuery as ModelPatternsResult } from '../../../gql/graphql';
import { parseApiError } from '../../../app/errors';
import { applyApiError } from '../../../app/forms/applyApiError';
import { DataTable, type DataColumn } from '../../../app/table/DataTable';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { PATTERN_LABELS as LABELS, readPatternForm, type PatternValues } from '../pricing';
import {
  CreateModelPatternMutation,
  DeleteModelPatternMutation,
  ModelPatternsQuery,
} from '../graphql/pricing';

type PatternRow = ModelPatternsResult['modelPatterns'][number];

function DeletePatternButton({ pattern }: { pattern: PatternRow }) {
  const [remove, { loading, error }] = useMutation(DeleteModelPatternMutation, {
    refetchQueries: ['ModelPatterns', 'UnpricedUsage'],
    awaitRefetchQueries: true,
  });
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        loading={loading}
        onClick={() => void remove({ variables: { id: pattern.id } }).catch(() => undefined)}
        aria-label={`Delete pattern ${pattern.pattern}`}
      >
        Delete
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {parseApiError(error).message}
        </Text>
      )}
    </Group>
  );
}

function PatternForm({ initial }: { initial: PatternValues }) {
  const [banner, setBanner] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateModelPatternMutation, {
    refetchQueries: ['ModelPatterns', 'UnpricedUsage'],
    awaitRefetchQueries: true,
  });
  const form = useForm<PatternValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => readPatternForm(values).errors ?? {},
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setCreated(null);
    const { input } = readPatternForm(values);
    if (!input) return;
    try {
      await create({ variables: { input } });
      setCreated(
        `${input.pattern} is priced as ${input.model} now; matching unpriced usage was priced again.`,
      );
      form.reset();
    } catch (error) {
      setBanner(applyApiError(form, error, LABELS).banner);
    }
  });
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add model pattern">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {created && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setCreated(null)}>
            {created}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={LABELS.provider}
            withAsterisk
            placeholder="anthropic"
            {...form.getInputProps('provider')}
          />
          <TextInput
            label={LABELS.pattern}
            withAsterisk
            placeholder="claude-opus-5-5-*"
            description="* matches anything"
            {...form.getInputProps('pattern')}
          />
          <TextInput
            label={LABELS.model}
            withAsterisk
            placeholder="claude-opus-5-5"
            description="A model with a price"
            {...form.getInputProps('model')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={loading} variant="light">
            Add pattern
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Patterns price dated variants as a catalog model; ADMIN adds and deletes them. */
export function ModelPatterns({ canEdit, initial }: { canEdit: boolean; initial: PatternValues }) {
  const { data, loading, error, refetch } = useQuery(ModelPatternsQuery);
  const columns: DataColumn<PatternRow>[] = [
    {
      key: 'provider',
      label: 'Provider',
      render: (row) => row.provider,
      sortValue: (row) => row.provider,
      csv: { header: 'Provider', value: (row) => row.provider },
    },
    {
      key: 'pattern',
      label: 'Pattern',
      render: (row) => <Code>{row.pattern}</Code>,
      sortValue: (row) => row.pattern,
      csv: { header: 'Pattern', value: (row) => row.pattern },
    },
    {
      key: 'model',
      label: 'Priced as',
      render: (row) => row.model,
      sortValue: (row) => row.model,
      csv: { header: 'Priced as', value: (row) => row.model },
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            label: 'Actions',
            render: (row: PatternRow) => <DeletePatternButton pattern={row} />,
          },
        ]
      : []),
  ];
  return (
    <Stack gap="md">
      {canEdit && <PatternForm key={`${initial.provider}/${initial.pattern}`} initial={initial} />}
      {loading && !data && <LoadingState label="Loading patterns…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the patterns"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <DataTable
          label="Model patterns"
          rows={data.modelPatterns}
          columns={columns}
          rowKey={(row) => row.id}
          searchText={(row) => [row.provider, row.pattern, row.model]}
          initialSort={{ key: 'provider', direction: 'asc' }}
          csvFilename="model-patterns.csv"
          filterLabel="Filter patterns"
          emptyTitle="No patterns yet"
          emptyDescription="Add one to price dated model names (claude-opus-5-5-20261101) as their catalog model."
          minWidth={520}
        />
      )}
    </Stack>
  );
}
