import { Stack, Text, Title } from '@mantine/core';
import { FinanceHome } from '../components/FinanceHome';

/** The finance home as its own page (ADMIN reaches it from the navigation; FINANCE lands on it). */
export function FinanceHomePage() {
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>Finance home</Title>
        <Text c="dimmed">
          This month&apos;s spend against the allowances granted, the trend, and the books to close.
        </Text>
      </div>
      <FinanceHome />
    </Stack>
  );
}
