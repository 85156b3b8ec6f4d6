import type { ReactNode } from 'react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { UnmappedQueue } from '../components/UnmappedQueue';
import { UnpricedQueue } from '../components/UnpricedQueue';

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Card>
  );
}

/** Usage waiting for an admin: models with no price (FINANCE may look) and unmapped telemetry (ADMIN). */
export function UsageQueuesPage() {
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('ADMIN');
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Usage queues</Title>
        <Text c="dimmed">Usage that is recorded but not yet counted against a budget, and why.</Text>
      </div>
      <Section
        id="unpriced-title"
        title="Unpriced usage"
        description="Models with usage but no price. Their usage counts once a price or a pattern covers them."
      >
        <UnpricedQueue isAdmin={isAdmin} />
      </Section>
      {isAdmin && (
        <Section
          id="unmapped-title"
          title="Unmapped telemetry"
          description="Claude Code telemetry from people Tokenroll can't match to an engineer, and company keys' usage that names no engineer (shared spend at close until mapped). Map them to record it as an engineer's."
        >
          <UnmappedQueue />
        </Section>
      )}
    </Stack>
  );
}
