import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useBusinessDate } from '../../../app/businessDate';
import { parseApiError } from '../../../app/errors';
import { formatIsoDay } from '../../../app/dates';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { budgetAlert, RECENT_USAGE_LIMIT } from '../budget';
import { BudgetPageQuery } from '../graphql/budgetPage';
import { BudgetFiguresCard } from './BudgetFiguresCard';
import { EnforcementControl } from './EnforcementControl';
import { RecentUsageTable, UsageByKeyTable } from './UsageTables';

// the chart library loads only when a chart is drawn
const BurnDownChart = lazy(() =>
  import('./BurnDownChart').then((module) => ({ default: module.BurnDownChart })),
);

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * An engineer's budget: figures, a burn-down chart, usage by model and tool, and the latest events.
 * `engineerId` omitted: the viewer's own budget.
 */
export function BudgetView({
  engineerId,
  heading,
  subtitle,
  headerAction,
}: {
  engineerId?: string;
  heading: string;
  subtitle?: string;
  /** A link or button beside the heading once the budget is shown. */
  headerAction?: ReactNode;
}) {
  const user = useCurrentUser();
  const today = useBusinessDate();
  const own = engineerId === undefined;
  const { data, loading, error, refetch } = useQuery(BudgetPageQuery, {
    variables: { engineerId: engineerId ?? null, limit: RECENT_USAGE_LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const apiError = error ? parseApiError(error) : null;

  const title = (
    <div>
      <Title order={1}>{heading}</Title>
      {subtitle && <Text c="dimmed">{subtitle}</Text>}
    </div>
  );

  if (loading && !data)
    return (
      <Stack gap="lg">
        {title}
        <LoadingState label="Loading the budget…" />
      </Stack>
    );
  if (apiError && !data) {
    if (apiError.code === 'NOT_FOUND' || apiError.code === 'FORBIDDEN')
      return (
        <Stack gap="lg">
          {title}
          <EmptyState
            title={own ? 'You have no budget yet' : 'No budget to show'}
            description={
              own
                ? 'You are not on the payroll as an engineer, so there is no AI-token budget to show. Ask HR to add you.'
                : 'There is no engineer here, or they are not someone you may see.'
            }
          />
        </Stack>
      );
    return (
      <Stack gap="lg">
        {title}
        <ErrorState
          title="We couldn't load the budget"
          message={apiError.message}
          onRetry={() => void refetch()}
        />
      </Stack>
    );
  }
  if (!data) return null;
  const { budget, usageSummary, recentUsage } = data;
  const alert = budgetAlert(budget, today, own);
  const canSetEnforcement = !own && hasAnyRole(user.roles, ['ADMIN', 'HR']);

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{heading}</Title>
          <Text c="dimmed">
            {subtitle ? `${subtitle} · ` : ''}Period {formatIsoDay(budget.periodStart)} –{' '}
            {formatIsoDay(budget.periodEnd)}
          </Text>
        </div>
        {headerAction}
      </Group>
      {alert && (
        <Alert
          color={alert.color}
          variant="light"
          title={alert.title}
          role="alert"
          data-testid="budget-alert"
        >
          {alert.message}
        </Alert>
      )}
      <BudgetFiguresCard budget={budget} />
      {canSetEnforcement && (
        <EnforcementControl engineerId={budget.engineerId} current={budget.enforcement} />
      )}
      <Section
        id="burn-down-title"
        title="Burn-down"
        description="Accrued and spent to date, and what remains, for each day of the period so far."
      >
        <Suspense fallback={<LoadingState label="Loading the chart…" />}>
          <BurnDownChart days={usageSummary.days} currency={usageSummary.currency} />
        </Suspense>
      </Section>
      <Section id="by-model-title" title="Usage by model" description="This period, most expensive first.">
        <UsageByKeyTable
          label="Usage by model"
          keyLabel="Model"
          rows={usageSummary.byModel}
          currency={usageSummary.currency}
          csvFilename="usage-by-model.csv"
        />
      </Section>
      <Section
        id="by-tool-title"
        title="Usage by tool"
        description="This period, by the tool that reported it."
      >
        <UsageByKeyTable
          label="Usage by tool"
          keyLabel="Tool"
          rows={usageSummary.bySource}
          currency={usageSummary.currency}
          csvFilename="usage-by-tool.csv"
        />
      </Section>
      <Section
        id="recent-usage-title"
        title="Recent usage"
        description={`The latest ${RECENT_USAGE_LIMIT} events, newest first.`}
      >
        <RecentUsageTable events={recentUsage} />
        {own && (
          <Text size="sm" c="dimmed">
            Tools report usage with an{' '}
            <Anchor component={Link} to="/api-keys">
              API key
            </Anchor>
            .
          </Text>
        )}
      </Section>
    </Stack>
  );
}
