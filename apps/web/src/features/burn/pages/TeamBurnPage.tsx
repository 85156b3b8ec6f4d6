import { lazy, Suspense, useMemo, useState } from 'react';
import { Alert, Anchor, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { formatIsoDay } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { buildTableCsv, downloadCsv } from '../../../app/table/csv';
import type { SortState } from '../../../app/table/sort';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { TeamsQuery } from '../../teams/graphql/teams';
import type { TeamsQuery as TeamsQueryResult } from '../../../gql/graphql';
import {
  ANY_TEAM_REVIEWERS,
  burnColumns,
  burnCsvColumns,
  chosenTeam,
  DEFAULT_BURN_SORT,
  NO_BURN_FILTER,
  reviewableTeams,
  teamBurnVariables,
  teamNamesIfSeveral,
  type BurnColumnKey,
  type BurnFilter,
  type TeamBurnData,
} from '../burn';
import { hasAnyRole } from '../../../app/roles';
import { BurnLegend } from '../components/BurnLegend';
import { BurnRowTable, BurnTable, engineerUsagePath } from '../components/BurnTable';
import { BurnSummaryCards } from '../components/BurnSummaryCards';
import { CumulativeFigures } from '../components/CumulativeFigures';
import { Section } from '../components/Section';
import { SpendShares } from '../components/SpendShares';
import { TeamBurnQuery } from '../graphql/teamBurn';

// the chart library loads only when a chart is drawn
const CumulativeBurnChart = lazy(() =>
  import('../components/CumulativeBurnChart').then((module) => ({ default: module.CumulativeBurnChart })),
);

const RUNNING_OUT_COLUMNS = ['name', 'runsOut', 'band', 'confidence', 'available', 'burn30'];

/** Team burn: how fast a team spends its allowances, who runs out first, and on what. */
export function TeamBurnPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const teams = useQuery(TeamsQuery);
  const teamsError = teams.error ? parseApiError(teams.error) : null;
  const { choices, defaultTeamId } = useMemo(
    () => reviewableTeams(teams.data?.teams ?? [], user),
    [teams.data, user],
  );
  const { teamId, unknownRequest } = chosenTeam(params.get('team'), choices, defaultTeamId);
  // The table's view: the server filters, sorts and pages; typing waits for a pause before it asks.
  const [view, setView] = useState<{
    teamId: string | null;
    filter: BurnFilter;
    sort: SortState<BurnColumnKey>;
    page: number;
  }>({ teamId, filter: NO_BURN_FILTER, sort: DEFAULT_BURN_SORT, page: 0 });
  // another team starts from the default view
  const current =
    view.teamId === teamId ? view : { teamId, filter: NO_BURN_FILTER, sort: DEFAULT_BURN_SORT, page: 0 };
  const [query] = useDebouncedValue(current.filter.query, 250);
  const variables = teamBurnVariables(
    teamId ?? '',
    { sort: current.sort, filter: { ...current.filter, query } },
    current.page,
  );
  const burn = useQuery(TeamBurnQuery, {
    variables,
    skip: !teamId,
    fetchPolicy: 'cache-and-network',
  });
  const burnError = burn.error ? parseApiError(burn.error) : null;
  // the page asked for, else the one before it while the next loads (sorting does not blank the page)
  const shown =
    burn.data?.teamBurn ??
    (burn.previousData?.teamBurn.teamId === teamId ? burn.previousData?.teamBurn : undefined);
  const anyTeam = hasAnyRole(user.roles, ANY_TEAM_REVIEWERS);

  const heading = (
    <div>
      <Title order={1}>Team burn</Title>
      <Text c="dimmed">
        How fast {anyTeam ? 'a team spends' : 'your teams spend'} their AI-token allowances this period, who
        runs out before it ends, and on which models and tools.
      </Text>
    </div>
  );

  if (teamsError?.code === 'FORBIDDEN') return <NoAccessState />;
  if (teams.loading && !teams.data)
    return (
      <Stack gap="lg">
        {heading}
        <LoadingState label="Loading your teams…" />
      </Stack>
    );
  if (teamsError && !teams.data)
    return (
      <Stack gap="lg">
        {heading}
        <ErrorState
          title="We couldn't load the teams"
          message={teamsError.message}
          onRetry={() => void teams.refetch()}
        />
      </Stack>
    );
  if (choices.length === 0 || !teamId)
    return (
      <Stack gap="lg">
        {heading}
        <EmptyState
          title="No team to review"
          description={
            anyTeam
              ? 'Nobody has set up teams yet. Teams are added on the Teams page.'
              : 'You do not manage a team yet. An admin or HR names the manager of each team.'
          }
        />
      </Stack>
    );

  return (
    <Stack gap="lg" maw={1400}>
      {heading}
      <NativeSelect
        label="Team"
        description={
          anyTeam ? 'Any team, with the teams below it' : 'The teams you manage, with the teams below them'
        }
        data={choices}
        value={teamId}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setParams(
            (current) => {
              const updated = new URLSearchParams(current);
              updated.set('team', next);
              return updated;
            },
            { replace: false },
          );
        }}
        w={320}
      />
      {unknownRequest && (
        <Alert color="yellow" variant="light" role="status" title="That team is not one you may review">
          Showing {choices.find((choice) => choice.value === teamId)?.label.trim() ?? 'your team'} instead.
        </Alert>
      )}
      {burn.loading && !shown && <LoadingState label="Loading the team's burn…" />}
      {burnError &&
        !shown &&
        (burnError.code === 'FORBIDDEN' || burnError.code === 'NOT_FOUND' ? (
          <EmptyState title="No burn to show" description={burnError.message} />
        ) : (
          <ErrorState
            title="We couldn't load the team's burn"
            message={burnError.message}
            onRetry={() => void burn.refetch()}
          />
        ))}
      {shown && (
        <TeamBurnView
          burn={shown}
          teams={teams.data?.teams ?? []}
          view={current}
          onView={(next) => setView({ ...next, teamId })}
          exportVariables={() => teamBurnVariables(teamId, current, null)}
        />
      )}
    </Stack>
  );
}

type TableView = { filter: BurnFilter; sort: SortState<BurnColumnKey>; page: number };

function TeamBurnView({
  burn,
  teams,
  view,
  onView,
  exportVariables,
}: {
  burn: TeamBurnData;
  teams: TeamsQueryResult['teams'];
  view: TableView;
  onView: (next: TableView) => void;
  exportVariables: () => ReturnType<typeof teamBurnVariables>;
}) {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const teamNames = useMemo(() => teamNamesIfSeveral(burn.teamId, teams), [burn.teamId, teams]);
  // A manager sees no one's own allowance figures by default (a company setting): those columns go.
  const allowanceFigures = burn.allowancePerPerson;
  const columns = useMemo(
    () => burnColumns(burn.currency, teamNames, { allowanceFigures }),
    [burn.currency, teamNames, allowanceFigures],
  );
  const runningOutColumns = useMemo(
    () => columns.filter((column) => RUNNING_OUT_COLUMNS.includes(column.key)),
    [columns],
  );
  const runningOut = burn.runningOut;
  // the export is the table as shown: the same filter and order, every page
  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const { data } = await client.query({
        query: TeamBurnQuery,
        variables: exportVariables(),
        // not cached: a result in the cache would replace the page's own and make it ask again
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('No data');
      downloadCsv(
        `team-burn-${burn.teamName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${burn.asOf}.csv`,
        buildTableCsv(burnCsvColumns(columns, burn.currency), data.teamBurn.engineers.rows),
      );
    } catch (error) {
      setExportError(parseApiError(error).message);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Stack gap="lg">
      <Text c="dimmed" data-testid="team-burn-period">
        {burn.teamName} and the teams below it · Period {formatIsoDay(burn.periodStart)} –{' '}
        {formatIsoDay(burn.periodEnd)} · as of {formatIsoDay(burn.asOf)}
      </Text>
      <section aria-labelledby="burn-summary-title">
        <Title order={2} size="h4" id="burn-summary-title" mb="sm">
          Summary
        </Title>
        <BurnSummaryCards summary={burn.summary} currency={burn.currency} />
        {!allowanceFigures && (
          <Text size="sm" c="dimmed" mt="sm" data-testid="allowance-sight-note">
            Allowance figures are private to HR: an allowance is a share of pay. You see each engineer&apos;s
            spend, burn rate and run-out date, and allowance totals only for groups of 5 people or more.
          </Text>
        )}
      </section>
      <Section
        id="running-out-title"
        title="Who runs out first"
        description="Engineers whose money runs out before the period ends at their 30-day pace, soonest first."
      >
        {runningOut.matching === 0 ? (
          <Text c="dimmed" data-testid="running-out-empty">
            Nobody runs out before the period ends at their current pace.
          </Text>
        ) : (
          <>
            <BurnRowTable
              label="Who runs out first"
              rows={runningOut.rows}
              columns={runningOutColumns}
              linkTo={engineerUsagePath}
              minWidth={760}
            />
            {runningOut.matching > runningOut.rows.length && (
              <Text size="sm" c="dimmed" data-testid="running-out-more">
                The {runningOut.rows.length} soonest of {runningOut.matching}.{' '}
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() =>
                    onView({
                      filter: { query: '', show: 'runsOut' },
                      sort: { key: 'runsOut', direction: 'asc' },
                      page: 0,
                    })
                  }
                >
                  List all {runningOut.matching} in the table
                </Anchor>
              </Text>
            )}
          </>
        )}
      </Section>
      <Section
        id="engineers-title"
        title="Engineers"
        description="Soonest run-out first, then by name. Sort by any column; each name opens that engineer's budget and usage."
      >
        <BurnTable
          rows={burn.engineers.rows}
          offset={burn.engineers.offset}
          matching={burn.engineers.matching}
          total={burn.summary.engineers}
          columns={columns}
          filter={view.filter}
          onFilter={(filter) => onView({ ...view, filter, page: 0 })}
          sort={view.sort}
          onSort={(sort) => onView({ ...view, sort, page: 0 })}
          page={view.page}
          onPage={(page) => onView({ ...view, page })}
          onExport={() => void exportCsv()}
          exporting={exporting}
          searchesTeams={Boolean(teamNames)}
        />
        {exportError && (
          <Alert color="red" variant="light" role="alert" title="We couldn't export the engineers">
            {exportError}
          </Alert>
        )}
        <BurnLegend />
      </Section>
      <Section
        id="cumulative-title"
        title="Cumulative burn"
        description="The team's spend so far this period against what has accrued: each month end, then each day of this month."
      >
        <Suspense fallback={<LoadingState label="Loading the chart…" />}>
          <CumulativeBurnChart points={burn.points} currency={burn.currency} />
        </Suspense>
        <CumulativeFigures points={burn.points} currency={burn.currency} />
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section
          id="by-model-title"
          title="Spend by model"
          description="This period, with each model's share."
        >
          <SpendShares
            label="Spend by model"
            rows={burn.byModel}
            currency={burn.currency}
            color="indigo"
            testId="spend-by-model"
          />
        </Section>
        <Section
          id="by-tool-title"
          title="Spend by tool"
          description="This period, by the tool that reported it."
        >
          <SpendShares
            label="Spend by tool"
            rows={burn.bySource}
            currency={burn.currency}
            color="teal"
            testId="spend-by-tool"
          />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
