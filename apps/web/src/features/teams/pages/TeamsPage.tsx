import { useMemo, useState } from 'react';
import { Alert, Card, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { canOpen } from '../../../app/navigation';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { AddTeamForm } from '../components/AddTeamForm';
import { EditTeamForm } from '../components/EditTeamForm';
import { TeamPools } from '../components/TeamPools';
import { TeamTree } from '../components/TeamTree';
import { TeamsQuery } from '../graphql/teams';
import { buildTeamTree, type TeamRow } from '../teams';

export function TeamsPage() {
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(TeamsQuery);
  const apiError = error ? parseApiError(error) : null;
  const roots = useMemo(() => buildTeamTree(data?.teams ?? []), [data]);
  const canAdd = hasAnyRole(user.roles, ['ADMIN', 'HR']);
  const [editing, setEditing] = useState<TeamRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // funding and overflow are ADMIN and FINANCE decisions (the API allows the same)
  const managesPools = hasAnyRole(user.roles, ['ADMIN', 'FINANCE']);

  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Teams</Title>
        <Text c="dimmed">The team tree, the cost centre each team books to and who manages it.</Text>
      </div>
      {canAdd && (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            Add team
          </Title>
          <AddTeamForm teams={data?.teams ?? []} canChooseManager={canOpen('/members', user.roles)} />
        </Card>
      )}
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            Team tree
          </Title>
          {saved && (
            <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(null)}>
              Team {saved} saved.
            </Alert>
          )}
          {loading && !data && <LoadingState label="Loading teams…" />}
          {apiError && !data && (
            <ErrorState
              title="We couldn't load the teams"
              message={apiError.message}
              onRetry={() => void refetch()}
            />
          )}
          {data &&
            (roots.length === 0 ? (
              <EmptyState
                title="No teams yet"
                description={canAdd ? 'Add the first team above.' : 'Nobody has set up teams yet.'}
              />
            ) : (
              <TeamTree
                roots={roots}
                onEdit={
                  canAdd
                    ? (team) => {
                        setSaved(null);
                        setEditing(team);
                      }
                    : undefined
                }
              />
            ))}
        </Stack>
      </Card>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? `Edit ${editing.name}` : ''}
        size="lg"
      >
        {editing && (
          <EditTeamForm
            team={editing}
            teams={data?.teams ?? []}
            canChooseManager={canOpen('/members', user.roles)}
            onDone={(name) => {
              setEditing(null);
              if (name) setSaved(name);
            }}
          />
        )}
      </Modal>
      {managesPools && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="team-pools-title">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4" id="team-pools-title">
                Team pools
              </Title>
              <Text size="sm" c="dimmed">
                Money a team keeps aside. With overflow on, its engineers draw on the pool once their own
                allowance runs out.
              </Text>
            </div>
            <TeamPools currency={user.company.currency} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
