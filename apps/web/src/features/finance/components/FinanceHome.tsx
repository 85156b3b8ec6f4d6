import { lazy, Suspense } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
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
  const money = (micros: string | bigint) => formatMicros(String(micros), home.currency);
  const spent = home.byCostCentre.reduce((sum, row) => sum + BigInt(row.spentMicros), 0n);
  const granted = home.byCostCentre.reduce((sum, row) => sum + BigInt(row.grantedMicros), 0n);
  const next = home.nextClose;
  const openItems = next ? next.items.filter((item) => item.open) : [];
  const last = home.lastClosed;
  return (
    <Stack gap="lg" data-testid="finance-home">
      <HomeCard
        id="finance-month"
        title={`${periodLabel(home.month)}: spend against allowance granted`}
        description={`By cost centre: each engineer's spend is booked to the cost centre of their team on the day it happened. ${home.mode === 'CHARGEBACK' ? 'Chargeback' : 'Showback'} mode.`}
        action={
          <Button component={Link} to={`/finance/statements?period=${home.month}`} variant="light" size="xs">
            Statements →
          </Button>
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} spacing="md">
          <Figure label="Spent" value={money(spent)} hint="this month so far" testId="finance-spent" />
          <Figure
            label="Allowance granted"
            value={money(granted)}
            hint="granted to engineers this month"
            testId="finance-granted"
          />
          <Figure
            label="Utilisation"
            value={utilisation(spent.toString(), granted.toString())}
            hint="spent of what was granted"
            testId="finance-utilisation"
          />
        </SimpleGrid>
        {home.allocationProblem && (
          <Alert
            color="yellow"
            variant="light"
            title="Shared cost not allocated yet"
            data-testid="allocation-problem"
          >
            {home.allocationProblem}
          </Alert>
        )}
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
          title={next ? `Next close: ${periodLabel(next.month)}` : 'Next close'}
          description={
            !next
              ? 'No month can close yet: months close in order, once they have ended.'
              : openItems.length === 0
                ? 'Nothing would make its books wrong: it is ready to close.'
                : `${openItems.length} item${openItems.length === 1 ? '' : 's'} would make its books wrong if it closed now.`
          }
          action={
            <Button component={Link} to="/finance/close" variant="light" size="xs">
              Close →
            </Button>
          }
        >
          {next && (
            <CloseItemsList items={next.items} currency={home.currency} onlyOpen label="Open close items" />
          )}
        </HomeCard>
        <HomeCard
          id="finance-last-closed"
          title={last ? `Last closed: ${periodLabel(last.period)}` : 'Last closed month'}
          description={last ? `Total ${money(last.totalMicros)}` : undefined}
        >
          {last ? (
            <StatementTotalsTable
              label={`Statements of ${periodLabel(last.period)}`}
              period={last.period}
              statements={last.teams}
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
