import type { ReactNode } from 'react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatMicros } from '../../../app/money';
import {
  ENFORCEMENT_DESCRIPTIONS,
  enforcementLabel,
  paceColor,
  paceText,
  runsOutText,
  type BudgetFigures,
} from '../budget';

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  testId: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} size="lg" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

/** The budget's figures: what is available, accrued, spent, held and over; pace, burn and run-out date. */
export function BudgetFiguresCard({ budget }: { budget: BudgetFigures }) {
  const money = (micros: string) => formatMicros(micros, budget.currency);
  const pool = BigInt(budget.poolAvailableMicros);
  // null: a manager who may not see this person's allowance (a company setting): those figures are left out
  const seesAllowance = budget.availableMicros !== null;
  const overage = budget.overageMicros === null ? 0n : BigInt(budget.overageMicros);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="budget-figures-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4" id="budget-figures-title">
            Figures
          </Title>
          <Badge
            color={budget.enforcement === 'HARD' ? 'red' : 'blue'}
            variant="light"
            title={ENFORCEMENT_DESCRIPTIONS[budget.enforcement]}
            data-testid="budget-enforcement"
          >
            {enforcementLabel(budget.enforcement)} budget
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} component="dl" m={0} spacing="lg">
          {budget.availableMicros !== null && (
            <Figure
              label="Available now"
              value={
                <Text span inherit c={BigInt(budget.availableMicros) <= 0n ? 'red' : undefined}>
                  {money(budget.availableMicros)}
                </Text>
              }
              hint={
                pool > 0n ? `including ${money(budget.poolAvailableMicros)} from the team pool` : undefined
              }
              testId="budget-available"
            />
          )}
          <Figure label="Spent" value={money(budget.spentMicros)} testId="budget-spent" />
          {budget.accruedMicros !== null && (
            <Figure
              label="Accrued"
              value={money(budget.accruedMicros)}
              hint="granted so far this period"
              testId="budget-accrued"
            />
          )}
          <Figure
            label="Held"
            value={money(budget.heldMicros)}
            hint="reserved by requests in flight"
            testId="budget-held"
          />
          {budget.overageMicros !== null && (
            <Figure
              label="Overage"
              value={
                <Text span inherit c={overage > 0n ? 'red' : undefined}>
                  {money(budget.overageMicros)}
                </Text>
              }
              hint="spent beyond the allowance"
              testId="budget-overage"
            />
          )}
          {budget.allowanceMicros !== null && (
            <Figure
              label="Allowance for the period"
              value={money(budget.allowanceMicros)}
              testId="budget-allowance"
            />
          )}
          {seesAllowance && (
            <Figure
              label="Pace"
              value={
                <Badge color={paceColor(budget.paceBp)} variant="light" size="lg" tt="none">
                  {paceText(budget.paceBp)}
                </Badge>
              }
              hint="1.00× spends the allowance exactly as it accrues"
              testId="budget-pace"
            />
          )}
          <Figure
            label="Daily burn"
            value={money(budget.dailyBurnMicros)}
            hint="average of the last 30 days"
            testId="budget-daily-burn"
          />
          <Figure
            label="Runs out"
            value={runsOutText(budget.runsOutOn)}
            hint={budget.runsOutOn ? 'at the current pace' : undefined}
            testId="budget-runs-out"
          />
          <Figure
            label="Enforcement"
            value={enforcementLabel(budget.enforcement)}
            hint={ENFORCEMENT_DESCRIPTIONS[budget.enforcement]}
            testId="budget-enforcement-text"
          />
          <Figure
            label="Team pool adds"
            value={pool > 0n ? money(budget.poolAvailableMicros) : 'Nothing'}
            hint={pool > 0n ? 'when the allowance runs out' : 'no team pool overflow'}
            testId="budget-pool"
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
