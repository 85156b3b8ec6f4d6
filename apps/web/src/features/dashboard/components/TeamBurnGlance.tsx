import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatIsoDay } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { runsOutLabel } from '../../burn/burn';
import { BurnSummaryCards } from '../../burn/components/BurnSummaryCards';
import { DashboardTeamBurnQuery } from '../graphql/dashboardTeamBurn';
import { HomeCard } from './HomeCard';

/** One team's burn (with the teams below it) at a glance: figures, who runs out first, top models. */
export function TeamBurnGlance({ teamId, title }: { teamId: string; title: (teamName: string) => string }) {
  const { data, loading, error, refetch } = useQuery(DashboardTeamBurnQuery, {
    variables: { teamId },
    fetchPolicy: 'cache-and-network',
  });
  const problem = error ? parseApiError(error) : null;
  if (loading && !data) return <LoadingState label="Loading the team's burn…" />;
  if (!data)
    return (
      <ErrorState
        title="We couldn't load the team's burn"
        message={problem?.message ?? 'No answer from the server.'}
        onRetry={() => void refetch()}
      />
    );
  const burn = data.teamBurn;
  const money = (micros: string) => formatMicros(micros, burn.currency);
  const topModels = [...burn.byModel]
    .sort((a, b) =>
      BigInt(b.costMicros) > BigInt(a.costMicros) ? 1 : BigInt(b.costMicros) < BigInt(a.costMicros) ? -1 : 0,
    )
    .slice(0, 5);
  const id = `home-burn-${teamId}`;
  return (
    <HomeCard
      id={id}
      title={title(burn.teamName)}
      description={`${formatIsoDay(burn.periodStart)} – ${formatIsoDay(burn.periodEnd)} · as of ${formatIsoDay(burn.asOf)}`}
      action={
        <Button
          component={Link}
          to={`/team-burn?team=${encodeURIComponent(teamId)}`}
          variant="light"
          size="xs"
        >
          Team burn →
        </Button>
      }
    >
      <BurnSummaryCards summary={burn.summary} currency={burn.currency} />
      <Group align="flex-start" grow wrap="wrap" gap="lg">
        <Stack gap="xs" miw={280}>
          <Text fw={600}>Who runs out first</Text>
          {burn.runningOut.matching === 0 ? (
            <Text size="sm" c="dimmed" data-testid="home-running-out-empty">
              Nobody runs out before the period ends at their current pace.
            </Text>
          ) : (
            <Table aria-label="Who runs out first" data-testid="home-running-out">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Engineer</Table.Th>
                  <Table.Th>Runs out</Table.Th>
                  <Table.Th ta="right">Available</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {burn.runningOut.rows.map((row) => (
                  <Table.Tr key={row.engineerId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/engineers/${row.engineerId}/budget`}>
                        {row.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{runsOutLabel(row)}</Table.Td>
                    <Table.Td ta="right">
                      {row.availableMicros === null ? '—' : money(row.availableMicros)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {burn.runningOut.matching > burn.runningOut.rows.length && (
            <Text size="sm" c="dimmed">
              The {burn.runningOut.rows.length} soonest of {burn.runningOut.matching}.
            </Text>
          )}
        </Stack>
        <Stack gap="xs" miw={240}>
          <Text fw={600}>Spend by model</Text>
          {topModels.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="home-no-usage">
              No token usage yet this period.
            </Text>
          ) : (
            <Table aria-label="Spend by model">
              <Table.Tbody>
                {topModels.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td>
                      {row.key}
                      {row.unpricedEvents > 0 && (
                        <Badge ml="xs" size="xs" color="yellow" variant="light">
                          unpriced
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{money(row.costMicros)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Group>
    </HomeCard>
  );
}
