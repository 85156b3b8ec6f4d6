import { useMemo } from 'react';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { parseApiError } from '../../../app/errors';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { burnColumns } from '../burn';
import { BurnLegend } from '../components/BurnLegend';
import { BurnRowTable } from '../components/BurnTable';
import { MyBurnQuery } from '../graphql/myBurn';

/** "What my manager sees": the engineer's own row of the team burn, exactly as their manager sees it. */
export function ManagerViewPage() {
  const user = useCurrentUser();
  const currency = user.company.currency;
  const { data, loading, error, refetch } = useQuery(MyBurnQuery, { fetchPolicy: 'cache-and-network' });
  const apiError = error ? parseApiError(error) : null;
  // By default a manager sees no allowance figure of yours (a company setting HR chooses): nor does this page.
  const allowanceFigures = data ? data.myBurn.allowanceMicros !== null : true;
  const columns = useMemo(
    () => burnColumns(currency, undefined, { allowanceFigures }),
    [currency, allowanceFigures],
  );

  const heading = (
    <div>
      <Title order={1}>What my manager sees</Title>
      <Text c="dimmed">Your row of your manager&apos;s Team burn page.</Text>
    </div>
  );

  if (loading && !data)
    return (
      <Stack gap="lg">
        {heading}
        <LoadingState label="Loading what your manager sees…" />
      </Stack>
    );
  if (apiError && !data)
    return (
      <Stack gap="lg">
        {heading}
        {apiError.code === 'NOT_FOUND' ? (
          <EmptyState
            title="Nothing to show yet"
            description="You have no AI-token allowance this period, so your manager sees no row about you."
          />
        ) : (
          <ErrorState
            title="We couldn't load what your manager sees"
            message={apiError.message}
            onRetry={() => void refetch()}
          />
        )}
      </Stack>
    );
  if (!data) return null;

  return (
    <Stack gap="lg" maw={1400}>
      {heading}
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="manager-view-title">
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="manager-view-title">
              Your row
            </Title>
            <Text size="sm" data-testid="manager-view-explainer">
              This is exactly what your manager sees about you: the same row, with the same figures, forecast
              and labels, on their Team burn page. From it they can also open your budget and usage.
            </Text>
            <Text size="sm" data-testid="manager-view-allowance-sight">
              {allowanceFigures
                ? 'Your company lets managers see allowance figures: your manager sees your allowance, accrued and available amounts.'
                : 'Your manager sees your spend, burn rate and run-out date, not your allowance: an allowance is a share of pay, and your company keeps it private from managers.'}
            </Text>
          </div>
          <BurnRowTable
            label="What my manager sees"
            rows={[data.myBurn]}
            columns={columns}
            linkTo={() => '/budget'}
          />
          <BurnLegend />
          <Text size="sm" c="dimmed">
            Your own figures in more detail, with your usage by model and tool, are on{' '}
            <Anchor component={Link} to="/budget">
              My budget
            </Anchor>
            .
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
