import { Button, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { parseApiError } from '../../../app/errors';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { TeamsQuery } from '../../teams/graphql/teams';
import { managedTopTeamIds, rootTeamIds } from '../dashboard';
import { TeamBurnGlance } from './TeamBurnGlance';

/**
 * ADMIN: the company's spend (each top-level team with everything below it). MANAGER: the burn of the
 * teams they manage — who runs out when.
 */
export function TeamsHome({ scope }: { scope: 'COMPANY' | 'MANAGED' }) {
  const user = useCurrentUser();
  const teams = useQuery(TeamsQuery, { fetchPolicy: 'cache-and-network' });
  const problem = teams.error ? parseApiError(teams.error) : null;
  if (teams.loading && !teams.data) return <LoadingState label="Loading your teams…" />;
  if (problem && !teams.data)
    return (
      <ErrorState
        title="We couldn't load the teams"
        message={problem.message}
        onRetry={() => void teams.refetch()}
      />
    );
  const all = teams.data?.teams ?? [];
  const shown = scope === 'COMPANY' ? rootTeamIds(all) : managedTopTeamIds(all, user.id);
  if (shown.length === 0)
    return scope === 'COMPANY' ? (
      <EmptyState
        title="No token usage yet"
        description="Once engineers are on teams and use AI tools through Tokenroll, this page shows the company's spend this period, who runs out first and on which models."
      >
        <Button component={Link} to="/members" variant="light">
          Invite your team
        </Button>
      </EmptyState>
    ) : (
      <EmptyState
        title="No team to review"
        description="You do not manage a team yet. An admin or HR names the manager of each team."
      />
    );
  return (
    <Stack gap="lg" data-testid={scope === 'COMPANY' ? 'company-home' : 'manager-home'}>
      {shown.map((teamId) => (
        <TeamBurnGlance
          key={teamId}
          teamId={teamId}
          title={(name) => (scope === 'COMPANY' ? `Company spend · ${name}` : `Your team · ${name}`)}
        />
      ))}
    </Stack>
  );
}
