import { useState } from 'react';
import { Alert, Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { AllowanceSightQuery, SetManagersSeeAllowancesMutation } from '../graphql/allowanceSight';

/**
 * Whether managers see their reports' own allowance figures: HR or ADMIN chooses, with the consequence
 * written beside the switch (an allowance is pay at a known ratio). Every change is audited by the server.
 */
export function AllowanceSightCard({ canEdit }: { canEdit: boolean }) {
  const { data, loading, error, refetch } = useQuery(AllowanceSightQuery);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [save, { loading: saving }] = useMutation(SetManagersSeeAllowancesMutation, {
    refetchQueries: ['AllowanceSight'],
    awaitRefetchQueries: true,
  });
  const sight = data?.allowanceSight;
  const choose = async (enabled: boolean) => {
    setMessage(null);
    try {
      await save({ variables: { enabled } });
      setMessage({
        text: enabled
          ? 'Managers now see their reports’ allowance figures.'
          : 'Managers now see spend, burn and run-out only.',
        error: false,
      });
    } catch (problem) {
      setMessage({ text: parseApiError(problem).message, error: true });
    }
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="allowance-sight-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="allowance-sight-title">
          What managers see of allowances
        </Title>
        {loading && !data && <LoadingState label="Loading the setting…" />}
        {error && !data && (
          <ErrorState
            title="We couldn't load the setting"
            message={parseApiError(error).message}
            onRetry={() => void refetch()}
          />
        )}
        {sight && (
          <>
            <Switch
              label="Managers see their reports’ allowance figures"
              checked={sight.managersSeeAllowances}
              disabled={!canEdit || saving}
              onChange={(event) => void choose(event.currentTarget.checked)}
              data-testid="allowance-sight-switch"
            />
            <Alert
              color={sight.managersSeeAllowances ? 'orange' : 'gray'}
              variant="light"
              title="What this means"
              data-testid="allowance-sight-consequence"
            >
              {sight.consequence}
            </Alert>
          </>
        )}
        {message && (
          <Text size="sm" c={message.error ? 'red' : 'dimmed'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
