import { useMemo, useRef, useState } from 'react';
import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { buildTableCsv, downloadCsv } from '../../../app/table/csv';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import {
  AUDIT_CSV_COLUMNS,
  filterAudit,
  filterOptions,
  KNOWN_ACTIONS,
  KNOWN_ENTITY_TYPES,
  type AuditFilter,
} from '../audit';
import { AuditTable, useAuditSort } from '../components/AuditTable';
import { AuditEntriesQuery } from '../graphql/auditEntries';

/** How many entries the page asks for; the newest come first. */
export const AUDIT_LIMIT = 500;

export function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({ action: '', entityType: '' });
  const { data, previousData, loading, error, refetch } = useQuery(AuditEntriesQuery, {
    variables: {
      filter: {
        limit: AUDIT_LIMIT,
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.entityType ? { entityType: filter.entityType } : {}),
      },
    },
  });
  const apiError = error ? parseApiError(error) : null;
  // while a new filter loads, keep showing the last rows, filtered here the same way
  const shown = data ?? previousData;
  const rows = useMemo(() => filterAudit(shown?.auditEntries ?? [], filter), [shown, filter]);
  const { sort, setSort, sorted } = useAuditSort(rows);

  const seenActions = useRef(new Set<string>());
  const seenTypes = useRef(new Set<string>());
  for (const row of shown?.auditEntries ?? []) {
    seenActions.current.add(row.action);
    seenTypes.current.add(row.entityType);
  }

  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;
  const filtered = filter.action !== '' || filter.entityType !== '';

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Audit log</Title>
        <Text c="dimmed">
          Every change to teams, engineers, pay, overrides and the policy: who, what and when.
        </Text>
      </div>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <Group align="flex-end">
              <NativeSelect
                label="Action"
                data={[
                  { value: '', label: 'Every action' },
                  ...filterOptions(KNOWN_ACTIONS, seenActions.current),
                ]}
                value={filter.action}
                onChange={(event) => {
                  const action = event.currentTarget.value;
                  setFilter((current) => ({ ...current, action }));
                }}
                w={240}
              />
              <NativeSelect
                label="Entity type"
                data={[
                  { value: '', label: 'Every entity' },
                  ...filterOptions(KNOWN_ENTITY_TYPES, seenTypes.current),
                ]}
                value={filter.entityType}
                onChange={(event) => {
                  const entityType = event.currentTarget.value;
                  setFilter((current) => ({ ...current, entityType }));
                }}
                w={200}
              />
            </Group>
            <Button
              variant="default"
              onClick={() => downloadCsv('audit-log.csv', buildTableCsv(AUDIT_CSV_COLUMNS, sorted))}
              disabled={sorted.length === 0}
            >
              Export CSV
            </Button>
          </Group>
          {loading && !shown && <LoadingState label="Loading the audit log…" />}
          {apiError && !shown && (
            <ErrorState
              title="We couldn't load the audit log"
              message={apiError.message}
              onRetry={() => void refetch()}
            />
          )}
          {shown &&
            (sorted.length === 0 ? (
              <EmptyState
                title={filtered ? 'No entries match your filter' : 'Nothing recorded yet'}
                description={
                  filtered
                    ? 'Try another action or entity type.'
                    : 'Changes show up here as people make them.'
                }
              />
            ) : (
              <>
                <AuditTable rows={sorted} sort={sort} onSort={setSort} />
                {shown.auditEntries.length >= AUDIT_LIMIT && (
                  <Text size="xs" c="dimmed">
                    Showing the newest {AUDIT_LIMIT} entries. Narrow the filter to see older ones.
                  </Text>
                )}
              </>
            ))}
        </Stack>
      </Card>
    </Stack>
  );
}
