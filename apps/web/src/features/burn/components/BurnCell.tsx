import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import {
  confidenceColor,
  confidenceLabel,
  SIGNAL_LABELS,
  signalOf,
  type BurnColumn,
  type EngineerBurnRow,
} from '../burn';

const SIGNAL_COLORS = { runsOut: 'red', underUse: 'blue' } as const;

/**
 * One cell of an engineer's burn row: the same for the manager's table and "what my manager sees".
 * `linkTo` is where the name leads (the engineer's usage); without it the name is plain text.
 */
export function BurnCell({
  column,
  row,
  linkTo,
}: {
  column: BurnColumn;
  row: EngineerBurnRow;
  linkTo?: (row: EngineerBurnRow) => string;
}) {
  switch (column.key) {
    case 'name':
      return linkTo ? (
        <Anchor
          component={Link}
          to={linkTo(row)}
          state={{ engineerName: row.name }}
          fw={500}
          aria-label={`${row.name}: budget and usage`}
        >
          {row.name}
        </Anchor>
      ) : (
        <Text fw={500} size="sm">
          {row.name}
        </Text>
      );
    case 'available': {
      const note = column.note?.(row);
      return (
        <>
          <Text
            span
            size="sm"
            c={row.availableMicros !== null && BigInt(row.availableMicros) <= 0n ? 'red' : undefined}
          >
            {column.text(row)}
          </Text>
          {note && (
            <Badge
              color="red"
              variant="light"
              tt="none"
              ml="xs"
              miw="max-content"
              title="The balance is below zero: usage beyond the budget was recorded; later grants cover it first"
            >
              {note}
            </Badge>
          )}
        </>
      );
    }
    case 'runsOut':
      return (
        <Text
          span
          size="sm"
          c={row.runsOutBeforeHorizon ? 'red' : 'dimmed'}
          fw={row.runsOutBeforeHorizon ? 600 : undefined}
        >
          {column.text(row)}
        </Text>
      );
    case 'confidence':
      return (
        <Badge
          color={confidenceColor(row.confidence)}
          variant="light"
          tt="none"
          title={`${row.historyDays} days of history behind the forecast`}
        >
          {confidenceLabel(row.confidence)}
        </Badge>
      );
    case 'signal': {
      const signal = signalOf(row);
      return signal === 'none' ? (
        <Text span size="sm" c="dimmed">
          {SIGNAL_LABELS.none}
        </Text>
      ) : (
        <Badge color={SIGNAL_COLORS[signal]} variant="light" tt="none" miw="max-content">
          {SIGNAL_LABELS[signal]}
        </Badge>
      );
    }
    default:
      return <>{column.text(row)}</>;
  }
}
