import { lazy, Suspense } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format';
import { parseApiError } from '../../../app/errors';
import { formatMicros } from '../../../app/money';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { HomeCard } from '../../dashboard/components/HomeCard';
import { periodLabel, utilisation } from '../finance';
import { FinanceHomeQuery } from '../graphql/financeHome';
import { CloseItemsList } from './CloseItemsList';
import { StatementTotalsTable } from './StatementTotalsTable';

// the chart library loads only when a chart is drawn
const SpendByCostCentreChart = lazy(() =>
  import('./FinanceCharts').then((module) => ({ default: module.SpendByCostCentreChart })),
);
const TrendChart = lazy(() => import('./FinanceCharts').then((module) => ({ default: module.TrendChart })));

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} size="xl" data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/**
 * FINANCE's home: this month's spend against the allowances granted by cost centre, the 12-month trend,
 * what is still open for the close, and the last closed month with its statements.
 */
export function FinanceHome() {
  const { data, loading, error, refetch } = useQuery(FinanceHomeQuery, { fetchPolicy: 'cache-and-network' });
  const problem = error ? parseApiError(error) : null;
  if (problem?.code === 'FORBIDDEN') return <NoAccessState />;
  if (loading && !data) return <LoadingState label="Loading the finance home…" />;
  if (!data)
    return (
      <ErrorState
        title="We couldn't load the finance home"
        message={problem?.message ?? 'No answer from the server.'}
        onRetry={() => void refetch()}
      />
    );
  const home = data.financeHome;
  const money = (micros: string) => formatMicros(micros, home.currency);
  const openItems = home.openCloseItems.filter((item) => item.open);
  return (
    <Stack gap="lg" data-testid="finance-home">
      <HomeCard
        id="finance-month"
        title={`${periodLabel(home.month)}: spend against allowance granted`}
        description="By cost centre: each engineer's spend is booked to the cost centre of their team on the day it happened."
        action={
          <Button component={Link} to={`/finance/statements?period=${home.month}`} variant="light" size="xs">
            Statements →
          </Button>
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} spacing="md">
          <Figure
            label="Spent"
            value={money(home.spentMicros)}
            hint="this month so far"
            testId="finance-spent"
          />
          <Figure
            label="Allowance granted"
            value={money(home.grantedMicros)}
            hint="granted to engineers this month"
            testId="finance-granted"
          />
          <Figure
            label="Utilisation"
            value={utilisation(home.spentMicros, home.grantedMicros)}
            hint="spent of what was granted"
            testId="finance-utilisation"
          />
        </SimpleGrid>
        <Suspense fallback={<LoadingState label="Drawing the chart…" />}>
          <SpendByCostCentreChart rows={home.byCostCentre} currency={home.currency} />
        </Suspense>
      </HomeCard>
      <HomeCard
        id="finance-trend"
        title="The last 12 months"
        description="Total spend per month, adjustments included."
      >
        <Suspense fallback={<LoadingState label="Drawing the chart…" />}>
          <TrendChart points={home.trend} currency={home.currency} />
        </Suspense>
      </HomeCard>
      <Group align="stretch" grow wrap="wrap" gap="lg">
        <HomeCard
          id="finance-close-items"
          title="Open close items"
          description={
            openItems.length === 0
              ? 'Nothing would make the books of the month to close wrong.'
              : `${openItems.length} item${openItems.length === 1 ? '' : 's'} would make the books wrong if the month closed now.`
          }
          action={
            <Button component={Link} to="/finance/close" variant="light" size="xs">
              Close →
            </Button>
          }
        >
          <CloseItemsList
            items={home.openCloseItems}
            currency={home.currency}
            onlyOpen
            label="Open close items"
          />
        </HomeCard>
        <HomeCard
          id="finance-last-closed"
          title={home.lastClosed ? `Last closed: ${periodLabel(home.lastClosed.month)}` : 'Last closed month'}
          description={
            home.lastClosed
              ? `Closed ${formatDateTime(home.lastClosed.closedAt)} · total ${money(home.lastClosed.totalMicros)}`
              : undefined
          }
        >
          {home.lastClosed ? (
            <StatementTotalsTable
              label={`Statements of ${periodLabel(home.lastClosed.month)}`}
              period={home.lastClosed.month}
              statements={home.lastClosed.statements}
              currency={home.currency}
            />
          ) : (
            <EmptyState
              title="No month closed yet"
              description="When a month closes, its statements are frozen and show here."
            />
          )}
        </HomeCard>
      </Group>
    </Stack>
  );
}
