import { lazy, Suspense } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { LoadingState } from '../../../app/ui/states';
import { EngineerHome } from '../components/EngineerHome';
import { HrHome } from '../components/HrHome';
import { TeamsHome } from '../components/TeamsHome';
import { homeKindOf, type HomeKind } from '../dashboard';

const SUBTITLES: Record<HomeKind, string> = {
  FINANCE: 'spend against the allowances granted, by cost centre, and the books to close',
  ADMIN: 'what the company spends on AI tokens this period, and who runs out first',
  HR: 'allowances granted and the people starting soon',
  MANAGER: 'how fast your team spends its allowances, and who runs out when',
  ENGINEER: 'what is left of your AI-token budget, your pace and when it runs out',
};

// the finance home (with its charts) loads only for FINANCE
const FinanceHome = lazy(() =>
  import('../../finance/components/FinanceHome').then((module) => ({ default: module.FinanceHome })),
);

/** The home page: each role lands on what it needs first (the first of its roles in HomeKind order). */
export function DashboardPage() {
  const user = useCurrentUser();
  const kind = homeKindOf(user.roles);
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>Welcome, {user.name}</Title>
        <Text c="dimmed">
          {user.company.name}: {SUBTITLES[kind]}.
        </Text>
      </div>
      {kind === 'FINANCE' && (
        <Suspense fallback={<LoadingState label="Loading the finance home…" />}>
          <FinanceHome />
        </Suspense>
      )}
      {kind === 'ADMIN' && <TeamsHome scope="COMPANY" />}
      {kind === 'HR' && <HrHome />}
      {kind === 'MANAGER' && <TeamsHome scope="MANAGED" />}
      {kind === 'ENGINEER' && <EngineerHome />}
    </Stack>
  );
}
