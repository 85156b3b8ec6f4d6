import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { GiveForm } from '../components/GiveForm';
import { MoveForm } from '../components/MoveForm';
import { TransfersTable } from '../components/TransfersTable';
import { TransfersPageQuery } from '../graphql/transfersPage';
import { myEngineerIdFrom } from '../transfers';

/**
 * Allowance between people: an engineer gives part of theirs to a teammate (within the company limit);
 * a manager moves allowance between engineers of their teams and the team pools.
 */
export function TransfersPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(TransfersPageQuery);
  const moves = hasAnyRole(user.roles, ['MANAGER', 'ADMIN']);
  const currency = data?.transferLimit?.currency ?? data?.me.company.currency ?? 'USD';
  const myEngineerId = data
    ? myEngineerIdFrom(
        data.transfers,
        data.teammates.map((mate) => mate.id),
      )
    : null;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Transfers</Title>
        <Text c="dimmed">
          {moves
            ? 'Give part of your allowance to a teammate, or move allowance between your engineers and the team pools.'
            : 'Give part of your available allowance to a teammate.'}
        </Text>
      </div>
      {loading && !data && <LoadingState label="Loading transfers…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load transfers"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data?.transferLimit && (
        <Card withBorder radius="md" padding="lg" component="section" aria-label="Give to a teammate">
          <Stack gap="md">
            <Title order={2} size="h4">
              Give to a teammate
            </Title>
            <GiveForm limit={data.transferLimit} teammates={data.teammates} />
          </Stack>
        </Card>
      )}
      {data && moves && (
        <Card withBorder radius="md" padding="lg" component="section" aria-label="Move allowance">
          <Stack gap="md">
            <Title order={2} size="h4">
              Move allowance
            </Title>
            <Text size="sm" c="dimmed">
              Between engineers of the teams you manage (and the teams below them) and their team pools. Each
              move is recorded in the ledger and the audit log.
            </Text>
            <MoveForm currency={currency} />
          </Stack>
        </Card>
      )}
      {data && (data.transferLimit || data.transfers.length > 0) && (
        <Card withBorder radius="md" padding="lg" component="section" aria-label="Your transfers">
          <Stack gap="md">
            <Title order={2} size="h4">
              Transfers involving you
            </Title>
            <TransfersTable transfers={data.transfers} currency={currency} myEngineerId={myEngineerId} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
