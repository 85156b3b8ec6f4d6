import { Badge } from '@mantine/core';
import type { EngineerStatus } from '../../../gql/graphql';
import { STATUS_COLORS, STATUS_LABELS } from '../engineers';

export function StatusBadge({ status }: { status: EngineerStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="dot" tt="none">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
