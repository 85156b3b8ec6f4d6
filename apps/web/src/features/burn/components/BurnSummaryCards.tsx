import type { ReactNode } from 'react';
import { Badge, Paper, SimpleGrid, Text } from '@mantine/core';
import { formatMicros } from '../../../app/money';
import { ofEngineers, weekOverWeekColor, weekOverWeekLabel, type TeamBurnSummary } from '../burn';

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
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} size="xl" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The team's figures for the period: money, burn rate, the week's change, and the two signals. */
export function BurnSummaryCards({ summary, currency }: { summary: TeamBurnSummary; currency: string }) {
  const money = (micros: string) => formatMicros(micros, currency);
  // Allowance totals are withheld from a manager over fewer than 5 people (a company setting): the cards
  // that would show them are left out, never shown as zero.
  const totals = summary.allowanceMicros !== null;
  const people = `${summary.engineers} engineer${summary.engineers === 1 ? '' : 's'}`;
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, sm: 3, lg: 5 }}
      component="dl"
      m={0}
      spacing="md"
      aria-label="Summary"
    >
      {summary.allowanceMicros !== null && (
        <Figure
          label="Annual allowance"
          value={money(summary.allowanceMicros)}
          hint={people}
          testId="summary-allowance"
        />
      )}
      {summary.accruedMicros !== null && (
        <Figure
          label="Accrued"
          value={money(summary.accruedMicros)}
          hint="granted so far this period"
          testId="summary-accrued"
        />
      )}
      <Figure
        label="Spent"
        value={money(summary.spentMicros)}
        hint={totals ? 'this period' : `this period · ${people}`}
        testId="summary-spent"
      />
      <Figure
        label="Held"
        value={money(summary.heldMicros)}
        hint="reserved by requests in flight"
        testId="summary-held"
      />
      {summary.availableMicros !== null && (
        <Figure
          label="Available"
          value={money(summary.availableMicros)}
          hint="may still be spent now"
          testId="summary-available"
        />
      )}
      <Figure
        label="Burn rate"
        value={`${money(summary.burn7Micros)}/day`}
        hint={`last 7 days · ${money(summary.burn30Micros)}/day over 30 days`}
        testId="summary-burn"
      />
      <Figure
        label="Week over week"
        value={
          <Badge color={weekOverWeekColor(summary.weekOverWeekBp)} variant="light" size="lg" tt="none">
            {weekOverWeekLabel(summary.weekOverWeekBp)}
          </Badge>
        }
        hint={`${money(summary.lastWeekMicros)} last 7 days vs ${money(summary.weekBeforeMicros)} the 7 before`}
        testId="summary-week-over-week"
      />
      <Figure
        label="Run out before period end"
        value={
          <Text span inherit c={summary.runningOut > 0 ? 'red' : undefined}>
            {ofEngineers(summary.runningOut, summary.engineers)}
          </Text>
        }
        hint="at their current pace"
        testId="summary-running-out"
      />
      <Figure
        label="Barely use theirs"
        value={ofEngineers(summary.underUse, summary.engineers)}
        hint="spent under a fifth of what accrued"
        testId="summary-under-use"
      />
      <Figure
        label="In overage"
        value={
          <Text span inherit c={summary.inOverage > 0 ? 'red' : undefined}>
            {ofEngineers(summary.inOverage, summary.engineers)}
          </Text>
        }
        hint={
          summary.overageMicros === null
            ? 'spent beyond their budgets'
            : `${money(summary.overageMicros)} spent beyond their budgets`
        }
        testId="summary-overage"
      />
    </SimpleGrid>
  );
}
