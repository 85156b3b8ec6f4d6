import { useMemo } from 'react';
import { Group, Progress, Stack, Text } from '@mantine/core';
import { costWithUnpriced } from '@tokenroll/domain';
import { formatMicros } from '../../../app/money';
import { shareRows, type BurnByKeyRow } from '../burn';

/**
 * Spend of the period by model or by tool as labelled bars: each bar's figures are written beside it,
 * so the text is the chart's own alternative.
 */
export function SpendShares({
  label,
  rows,
  currency,
  color,
  testId,
}: {
  label: string;
  rows: readonly BurnByKeyRow[];
  currency: string;
  color: string;
  testId: string;
}) {
  const shares = useMemo(() => shareRows(rows), [rows]);
  if (shares.length === 0)
    return (
      <Text c="dimmed" size="sm" data-testid={testId}>
        No spend this period yet.
      </Text>
    );
  return (
    <Stack
      gap="sm"
      component="ul"
      aria-label={label}
      data-testid={testId}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {shares.map((share) => (
        <li key={share.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} truncate="end" title={share.key}>
              {share.key}
            </Text>
            <Text size="sm" ta="right" style={{ whiteSpace: 'nowrap' }}>
              {costWithUnpriced(formatMicros(share.costMicros, currency), share)}{' '}
              <Text span size="xs" c="dimmed">
                · {share.shareText} · {share.events.toLocaleString('en-US')} event
                {share.events === 1 ? '' : 's'}
              </Text>
            </Text>
          </Group>
          <Progress
            value={share.shareBp / 100}
            color={color}
            size="md"
            radius="sm"
            aria-label={`${share.key}: ${share.shareText} of the spend`}
          />
        </li>
      ))}
    </Stack>
  );
}
