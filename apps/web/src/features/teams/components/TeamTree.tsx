import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TeamNode, TeamRow } from '../teams';
import { flattenTree } from '../teams';

/** The team tree as an indented table: each team under its parent; an Edit button per team when `onEdit`. */
export function TeamTree({
  roots,
  onEdit,
}: {
  roots: readonly TeamNode[];
  onEdit?: (team: TeamRow) => void;
}) {
  const rows = flattenTree(roots);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label="Teams">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Team</Table.Th>
            <Table.Th>Cost centre</Table.Th>
            <Table.Th>Manager</Table.Th>
            <Table.Th ta="right">Engineers</Table.Th>
            {onEdit && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((node) => (
            <Table.Tr key={node.team.id} aria-level={node.depth + 1} data-depth={node.depth}>
              <Table.Td style={{ paddingLeft: `calc(var(--mantine-spacing-sm) + ${node.depth * 1.5}rem)` }}>
                {node.depth > 0 && (
                  <Text span c="dimmed" aria-hidden mr={6}>
                    └
                  </Text>
                )}
                <Text span fw={node.depth === 0 ? 700 : 500}>
                  {node.team.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray" tt="none">
                  {node.team.costCentre}
                </Badge>
              </Table.Td>
              <Table.Td>
                {node.team.managerName ?? (
                  <Text span c="dimmed" fz="inherit">
                    No manager
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {node.team.engineerCount}
                {node.children.length > 0 && (
                  <Text span c="dimmed" fz="xs" ml={6}>
                    ({node.subtreeEngineerCount} with sub-teams)
                  </Text>
                )}
              </Table.Td>
              {onEdit && (
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => onEdit(node.team)}
                    aria-label={`Edit ${node.team.name}`}
                  >
                    Edit
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
