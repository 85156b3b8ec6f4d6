import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { RunAccrualsMutation } from '../graphql/runAccruals';

/** Posts every grant that is due now (the hourly job does the same); idempotent. */
export function RunAccrualsButton() {
  const [message, setMessage] = useState<string | null>(null);
  const [run, { loading }] = useMutation(RunAccrualsMutation, {
    refetchQueries: ['Engineer'],
    awaitRefetchQueries: true,
  });
  const handleClick = async () => {
    setMessage(null);
    try {
      const { data } = await run();
      const granted = data?.runAccruals.granted ?? 0;
      setMessage(granted === 0 ? 'Everything due is already posted.' : `Posted ${granted} due grants.`);
    } catch (error) {
      setMessage(parseApiError(error).message);
    }
  };
  return (
    <Group gap="sm">
      <Button size="xs" variant="default" loading={loading} onClick={() => void handleClick()}>
        Post due grants now
      </Button>
      {message && (
        <Text size="sm" c="dimmed" role="status">
          {message}
        </Text>
      )}
    </Group>
  );
}
