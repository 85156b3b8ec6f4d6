import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Suspense } from 'react';
import { navItemsFor } from '../navigation';
import { LoadingState } from '../ui/states';
import { useCurrentUser, useSignOut } from '../session/SessionContext';

export function AppNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const items = navItemsFor(user.roles);
  return (
    <nav aria-label="Main">
      <Stack gap={4}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            end
            label={item.label}
            description={item.description}
            active={item.to === '/' ? pathname === '/' : pathname.startsWith(item.to)}
            onClick={onNavigate}
          />
        ))}
      </Stack>
    </nav>
  );
}

export function AppLayout() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);

  const handleSignOut = async () => {
    await signOut();
    navigate('/login', { replace: true, state: { reason: 'signedOut' } });
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text fw={800} c="indigo">
              Tokenroll
            </Text>
            <Text c="dimmed" aria-hidden>
              /
            </Text>
            <Title order={2} size="h5" data-testid="company-name">
              {user.company.name}
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="xs" data-testid="current-user-email">
              {user.email}
            </Text>
            <Button variant="default" size="xs" onClick={handleSignOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {/* an admin's menu is taller than a laptop screen: it scrolls on its own */}
        <AppShell.Section grow component={ScrollArea}>
          <AppNavigation onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {/* each page is its own chunk (routes.tsx): the menu stays while one loads */}
        <Suspense fallback={<LoadingState label="Loading…" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
