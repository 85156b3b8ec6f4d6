import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { evaluatedMessage } from '../alerts';
import { DeliveryLog } from '../components/DeliveryLog';
import { MailSettingsCard } from '../components/MailSettingsCard';
import { SettingsForm } from '../components/SettingsForm';
import { WebhookEndpoints } from '../components/WebhookEndpoints';
import { AlertDeliveriesQuery } from '../graphql/alertDeliveries';
import { AlertsSettingsQuery } from '../graphql/alertsSettings';
import { EvaluateAlertsMutation } from '../graphql/evaluateAlerts';

/** Budget alerts for admins: thresholds, mail, webhook endpoints and the delivery log. */
export function AlertsPage() {
  const { data, loading, error, refetch } = useQuery(AlertsSettingsQuery);
  const [evaluated, setEvaluated] = useState<{ ok: boolean; text: string } | null>(null);
  const [evaluate, evaluating] = useMutation(EvaluateAlertsMutation, {
    refetchQueries: [AlertDeliveriesQuery],
  });
  const runNow = async () => {
    setEvaluated(null);
    try {
      const { data: result } = await evaluate();
      setEvaluated({ ok: true, text: evaluatedMessage(result?.evaluateAlerts ?? 0) });
    } catch (caught) {
      setEvaluated({ ok: false, text: parseApiError(caught).message });
    }
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Alerts</Title>
          <Text c="dimmed">
            Engineers and their managers hear when a share of the allowance is spent, or when it will run out
            before the period ends. Alerts are evaluated every few minutes.
          </Text>
        </div>
        <Button variant="light" onClick={() => void runNow()} loading={evaluating.loading}>
          Evaluate alerts now
        </Button>
      </Group>
      {evaluated && (
        <Alert
          color={evaluated.ok ? 'blue' : 'red'}
          variant="light"
          role={evaluated.ok ? 'status' : 'alert'}
          data-testid="evaluate-result"
        >
          {evaluated.text}
        </Alert>
      )}
      {loading && !data && <LoadingState label="Loading alert settings…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load the alert settings"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <>
          <Card withBorder radius="md" padding="lg" component="section" aria-label="Thresholds">
            <Stack gap="md">
              <Title order={2} size="h4">
                Thresholds
              </Title>
              <SettingsForm settings={data.alertSettings} />
            </Stack>
          </Card>
          <Card withBorder radius="md" padding="lg" component="section" aria-label="Email">
            <Stack gap="md">
              <Title order={2} size="h4">
                Email
              </Title>
              <MailSettingsCard mail={data.mailSettings} />
            </Stack>
          </Card>
          <Card withBorder radius="md" padding="lg" component="section" aria-label="Webhooks">
            <Stack gap="md">
              <Title order={2} size="h4">
                Webhooks
              </Title>
              <WebhookEndpoints endpoints={data.webhookEndpoints} />
            </Stack>
          </Card>
        </>
      )}
      <Card withBorder radius="md" padding="lg" component="section" aria-label="Delivery log">
        <Stack gap="md">
          <Title order={2} size="h4">
            Delivery log
          </Title>
          <DeliveryLog />
        </Stack>
      </Card>
    </Stack>
  );
}
