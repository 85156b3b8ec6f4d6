import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { EmptyState } from '../../../app/ui/states';

export function DashboardPage() {
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('ADMIN');
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>Welcome, {user.name}</Title>
        <Text c="dimmed">Here is how {user.company.name} is using its AI-token budget.</Text>
      </div>
      <Card withBorder radius="md" padding="lg">
        <EmptyState
          title="No token usage yet"
          description="Once engineers start using AI tools through Tokenroll, this page will show:"
        >
          <Stack gap="md" align="center">
            <List size="sm" c="dimmed" ta="left">
              <List.Item>spend this month against each allowance</List.Item>
              <List.Item>burn rate and a forecast to the end of the period</List.Item>
              <List.Item>usage per model and per team</List.Item>
            </List>
            {isAdmin && (
              <Button component={Link} to="/members" variant="light">
                Invite your team
              </Button>
            )}
          </Stack>
        </EmptyState>
      </Card>
    </Stack>
  );
}
