import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { ENFORCEMENT_DESCRIPTIONS, enforcementLabel } from '../budget';
import {
  DefaultBudgetEnforcementQuery,
  SetDefaultBudgetEnforcementMutation,
} from '../graphql/defaultBudgetEnforcement';

/** The company default for budgets (an engineer may have their own); ADMIN changes it. */
export function DefaultEnforcementCard({ canEdit }: { canEdit: boolean }) {
  const { data, loading, error, refetch } = useQuery(DefaultBudgetEnforcementQuery);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [save, { loading: saving }] = useMutation(SetDefaultBudgetEnforcementMutation, {
    refetchQueries: ['DefaultBudgetEnforcement'],
    awaitRefetchQueries: true,
  });
  const current = data?.defaultBudgetEnforcement;
  const choose = async (enforcement: string) => {
    setMessage(null);
    try {
      await save({ variables: { enforcement } });
      setMessage({
        text: `Budgets are ${enforcementLabel(enforcement).toLowerCase()} by default now.`,
        error: false,
      });
    } catch (problem) {
      setMessage({ text: parseApiError(problem).message, error: true });
    }
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="enforcement-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="enforcement-title">
          Budget enforcement
        </Title>
        {loading && !data && <LoadingState label="Loading the default…" />}
        {error && !data && (
          <ErrorState
            title="We couldn't load the default enforcement"
            message={parseApiError(error).message}
            onRetry={() => void refetch()}
          />
        )}
        {current && (
          <>
            <Text size="sm" data-testid="default-enforcement">
              By default budgets are <strong>{enforcementLabel(current).toLowerCase()}</strong>:{' '}
              {ENFORCEMENT_DESCRIPTIONS[current]?.toLowerCase() ?? ''}. An engineer&apos;s own setting, on
              their budget page, comes first.
            </Text>
            {canEdit && (
              <Group gap="sm">
                {['HARD', 'SOFT'].map((choice) => (
                  <Button
                    key={choice}
                    size="xs"
                    variant={current === choice ? 'filled' : 'default'}
                    loading={saving}
                    disabled={current === choice}
                    onClick={() => void choose(choice)}
                  >
                    {enforcementLabel(choice)} by default
                  </Button>
                ))}
              </Group>
            )}
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
