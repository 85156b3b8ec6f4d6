import { useState } from 'react';
import { Alert, Badge, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import type { AlertsSettingsQuery } from '../../../gql/graphql';
import { testEmailMessage } from '../alerts';
import { AlertDeliveriesQuery } from '../graphql/alertDeliveries';
import { SendTestEmailMutation } from '../graphql/sendTestEmail';

/** What this server sends mail with (set by its environment), and a test mail to yourself. */
export function MailSettingsCard({ mail }: { mail: AlertsSettingsQuery['mailSettings'] }) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [send, { loading }] = useMutation(SendTestEmailMutation, { refetchQueries: [AlertDeliveriesQuery] });
  const test = async () => {
    setResult(null);
    try {
      const { data } = await send();
      if (!data) throw new Error('No data');
      setResult({ ok: data.sendTestEmail.sent, text: testEmailMessage(data.sendTestEmail) });
    } catch (error) {
      setResult({ ok: false, text: parseApiError(error).message });
    }
  };
  return (
    <Stack gap="sm">
      <Group gap="xl" align="flex-start">
        <div>
          <Text size="xs" c="dimmed">
            Sender
          </Text>
          <Code data-testid="mail-from">{mail.from}</Code>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            SMTP
          </Text>
          {mail.configured ? (
            <Badge color="green" variant="light" tt="none" data-testid="mail-configured">
              Configured{mail.host ? `: ${mail.host}` : ''}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" tt="none" data-testid="mail-configured">
              Not configured
            </Badge>
          )}
        </div>
      </Group>
      <Text size="sm" c="dimmed">
        {mail.configured
          ? 'Set by the server’s SMTP_URL and MAIL_FROM. Mail that cannot be sent is retried with backoff.'
          : 'Without SMTP_URL on the server, mail is logged as skipped and not sent. Set SMTP_URL (and MAIL_FROM) and restart.'}
      </Text>
      {result && (
        <Alert color={result.ok ? 'green' : 'red'} variant="light" role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </Alert>
      )}
      <Group>
        <Button variant="light" onClick={() => void test()} loading={loading}>
          Send test email to me
        </Button>
      </Group>
    </Stack>
  );
}
