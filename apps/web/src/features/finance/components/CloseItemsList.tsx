import { Badge, List, Text, ThemeIcon } from '@mantine/core';
import { formatMicros } from '../../../app/money';
import type { CloseItemFieldsFragment } from '../../../gql/graphql';

/** What a provider invoice's status means (the reconciliation's close items). */
const STATUS_TEXT: Record<string, string> = {
  MISSING: 'The provider’s invoice for the month is not entered yet.',
  OUTSIDE_TOLERANCE: 'The invoice differs from our own figure by more than the tolerance.',
};

/** The items of a close checklist: each open one first, with its count, amount and what to do. */
export function CloseItemsList({
  items,
  currency,
  onlyOpen = false,
  label,
}: {
  items: readonly CloseItemFieldsFragment[];
  currency: string;
  onlyOpen?: boolean;
  label: string;
}) {
  const shown = [...items]
    .filter((item) => !onlyOpen || item.open)
    .sort((a, b) => Number(b.open) - Number(a.open));
  if (shown.length === 0)
    return (
      <Text c="dimmed" data-testid="close-items-none">
        {onlyOpen ? 'Nothing open: the books of the month are ready to close.' : 'No checks for this month.'}
      </Text>
    );
  return (
    <List spacing="xs" aria-label={label} listStyleType="none" data-testid="close-items">
      {shown.map((item) => (
        <List.Item
          key={`${item.kind}-${item.provider ?? ''}`}
          data-open={item.open}
          icon={
            <ThemeIcon
              size="sm"
              radius="xl"
              color={item.open ? 'orange' : 'teal'}
              variant="light"
              aria-hidden
            >
              {item.open ? '!' : '✓'}
            </ThemeIcon>
          }
        >
          <Text span fw={600}>
            {item.label}
          </Text>{' '}
          <Badge size="sm" variant="light" color={item.open ? 'orange' : 'teal'}>
            {item.open ? `${item.count} open` : 'done'}
          </Badge>
          {item.amountMicros !== null && item.amountMicros !== undefined && item.open && (
            <Text span size="sm" c="dimmed">
              {' '}
              · {formatMicros(item.amountMicros, currency)}
            </Text>
          )}
          {item.open && STATUS_TEXT[item.status ?? ''] && (
            <Text size="sm" c="dimmed">
              {STATUS_TEXT[item.status ?? '']}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
