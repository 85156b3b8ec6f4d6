import { List, Text } from '@mantine/core';

/** What the row's forecast words mean, for the manager and the engineer alike. */
export function BurnLegend() {
  return (
    <List size="sm" c="dimmed" spacing={2} aria-label="How to read the figures">
      <List.Item>
        <Text span size="sm" fw={600}>
          Runs out
        </Text>{' '}
        — the day the money is gone at the 30-day burn, counting the grants still to come; the 80% band is the
        range that day falls in four times out of five.
      </List.Item>
      <List.Item>
        <Text span size="sm" fw={600}>
          Confidence
        </Text>{' '}
        — how steady the daily spend is: low with under a week of history or very bursty spend.
      </List.Item>
      <List.Item>
        <Text span size="sm" fw={600}>
          Under-use
        </Text>{' '}
        — spent under a fifth of what has accrued: a signal, not a fault.
      </List.Item>
    </List>
  );
}
