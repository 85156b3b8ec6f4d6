import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { enforcementLabel } from '../budget';
import { SetEngineerBudgetEnforcementMutation } from '../graphql/setEngineerBudgetEnforcement';

/** ADMIN/HR: make one engineer's budget hard or soft, or send it back to the company default. */
export function EnforcementControl({ engineerId, current }: { engineerId: string; current: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [save, { loading }] = useMutation(SetEngineerBudgetEnforcementMutation, {
    refetchQueries: ['BudgetPage'],
    awaitRefetchQueries: true,
  });
  const choose = async (enforcement: string | null) => {
    setMessage(null);
    try {
      const { data } = await save({ variables: { engineerId, enforcement } });
      const now = data?.setEngineerBudgetEnforcement.enforcement ?? enforcement ?? '';
      setMessage({
        text:
          enforcement === null
            ? `Follows the company default now (${enforcementLabel(now)}).`
            : `Enforcement set to ${enforcementLabel(now)}.`,
        error: false,
      });
    } catch (error) {
      setMessage({ text: parseApiError(error).message, error: true });
    }
  };
  return (
    <Group gap="sm" role="group" aria-label="Budget enforcement">
      <Text size="sm">
        Enforcement: <strong>{enforcementLabel(current)}</strong>
      </Text>
      <Button
        size="xs"
        variant={current === 'HARD' ? 'filled' : 'default'}
        loading={loading}
        onClick={() => void choose('HARD')}
      >
        Make hard
      </Button>
      <Button
        size="xs"
        variant={current === 'SOFT' ? 'filled' : 'default'}
        loading={loading}
        onClick={() => void choose('SOFT')}
      >
        Make soft
      </Button>
      <Button size="xs" variant="subtle" loading={loading} onClick={() => void choose(null)}>
        Use the company default
      </Button>
      {message && (
        <Text size="sm" c={message.error ? 'red' : 'dimmed'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </Text>
      )}
    </Group>
  );
}
