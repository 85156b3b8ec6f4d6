import { Button, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatIsoDay } from '../../../app/dates';
import { parseApiError } from '../../../app/errors';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { BudgetFiguresCard } from '../../budget/components/BudgetFiguresCard';
import { DashboardBudgetQuery } from '../graphql/dashboardBudget';

/** An engineer's home: their budget for the period — what is left, the pace, when it runs out. */
export function EngineerHome() {
  const { data, loading, error, refetch } = useQuery(DashboardBudgetQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const problem = error ? parseApiError(error) : null;
  if (loading && !data) return <LoadingState label="Loading your budget…" />;
  if (problem && !data) {
    if (problem.code === 'NOT_FOUND' || problem.code === 'FORBIDDEN')
      return (
        <EmptyState
          title="No token usage yet"
          description="You have no allowance yet: once HR adds you as an engineer, your budget, pace and run-out date show here."
        />
      );
    return (
      <ErrorState
        title="We couldn't load your budget"
        message={problem.message}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data)
    return (
      <EmptyState
        title="No token usage yet"
        description="Once you start using AI tools through Tokenroll, your budget shows here."
      />
    );
  const budget = data.budget;
  return (
    <Stack gap="md" data-testid="engineer-home">
      <Text c="dimmed" data-testid="home-period">
        Your budget for {formatIsoDay(budget.periodStart)} – {formatIsoDay(budget.periodEnd)}
      </Text>
      {BigInt(budget.spentMicros) === 0n && (
        <div data-testid="home-no-usage">
          <Title order={2} size="h4">
            No token usage yet
          </Title>
          <Text size="sm" c="dimmed">
            Nothing spent this period: your allowance is all there.
          </Text>
        </div>
      )}
      <BudgetFiguresCard budget={budget} />
      <div>
        <Button component={Link} to="/budget" variant="light">
          Open my budget: burn-down, models and tools →
        </Button>
      </div>
    </Stack>
  );
}
