import type { ReactNode } from 'react';
import {
  Alert,
  Button,
  Center,
  EmptyState as MantineEmptyState,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';

export function LoadingState({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

export function ErrorState({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children?: ReactNode;
}) {
  return (
    <MantineEmptyState data-testid="empty-state" py="xl">
      <MantineEmptyState.Indicator aria-hidden>◌</MantineEmptyState.Indicator>
      <MantineEmptyState.Title order={2}>{title}</MantineEmptyState.Title>
      <MantineEmptyState.Description>{description}</MantineEmptyState.Description>
      {children && <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions>}
    </MantineEmptyState>
  );
}

export function NoAccessState() {
  return (
    <Stack gap="md" align="flex-start" py="xl" data-testid="no-access">
      <Title order={1}>You don&apos;t have access to this page</Title>
      <Text c="dimmed" maw={560}>
        This page is for people with a different role. If you think you need it, ask an admin of your company
        to give you the role.
      </Text>
      <Button component={Link} to="/" variant="light">
        Back to dashboard
      </Button>
    </Stack>
  );
}

export function NotFoundState() {
  return (
    <Stack gap="md" align="flex-start" py="xl">
      <Title order={1}>Page not found</Title>
      <Text c="dimmed">There is nothing at this address.</Text>
      <Button component={Link} to="/" variant="light">
        Go to the dashboard
      </Button>
    </Stack>
  );
}
