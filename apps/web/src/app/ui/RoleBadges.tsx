import { Badge, Group } from '@mantine/core';
import type { Role } from '../../gql/graphql';
import { orderRoles, ROLE_COLORS, ROLE_LABELS } from '../roles';

export function RoleBadges({ roles, label }: { roles: readonly Role[]; label: string }) {
  return (
    <Group gap={6} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {orderRoles(roles).map((role) => (
        <li key={role}>
          <Badge color={ROLE_COLORS[role]} variant="light" tt="none">
            {ROLE_LABELS[role]}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
