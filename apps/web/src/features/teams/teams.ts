import type { TeamsQuery } from '../../gql/graphql';

export type TeamRow = TeamsQuery['teams'][number];

export interface TeamNode {
  team: TeamRow;
  /** 0 for a top-level team. */
  depth: number;
  children: TeamNode[];
  /** Engineers in this team and every team below it. */
  subtreeEngineerCount: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = (a: TeamNode, b: TeamNode) => collator.compare(a.team.name, b.team.name);

/**
 * The team tree from the API's flat list (each team names its `parentId`). Siblings are sorted by
 * name. A team whose parent is not in the list (e.g. outside a manager's view) or that sits on a
 * cycle is shown at the top level, so no team is ever lost.
 */
export function buildTeamTree(teams: readonly TeamRow[]): TeamNode[] {
  const nodes = new Map<string, TeamNode>();
  for (const team of teams) nodes.set(team.id, { team, depth: 0, children: [], subtreeEngineerCount: 0 });

  // Walk up from each team; a parent chain that comes back to the team is a cycle.
  const onCycle = (id: string): boolean => {
    const seen = new Set<string>([id]);
    let parent = nodes.get(id)?.team.parentId ?? null;
    while (parent !== null && nodes.has(parent)) {
      if (seen.has(parent)) return parent === id;
      seen.add(parent);
      parent = nodes.get(parent)?.team.parentId ?? null;
    }
    return false;
  };

  const roots: TeamNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.team.parentId;
    const parent = parentId !== null && parentId !== node.team.id ? nodes.get(parentId) : undefined;
    if (parent && !onCycle(node.team.id)) parent.children.push(node);
    else roots.push(node);
  }

  const finish = (node: TeamNode, depth: number): number => {
    node.depth = depth;
    node.children.sort(byName);
    node.subtreeEngineerCount =
      node.team.engineerCount + node.children.reduce((sum, child) => sum + finish(child, depth + 1), 0);
    return node.subtreeEngineerCount;
  };
  roots.sort(byName);
  for (const root of roots) finish(root, 0);
  return roots;
}

/** The tree in reading order (each team followed by its children), for an indented table or a select. */
export function flattenTree(roots: readonly TeamNode[]): TeamNode[] {
  const out: TeamNode[] = [];
  const visit = (node: TeamNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/** Options for a team select: every team, indented under its parent ("Engineering › Platform"). */
export function teamOptions(teams: readonly TeamRow[]): { value: string; label: string }[] {
  return flattenTree(buildTeamTree(teams)).map((node) => ({
    value: node.team.id,
    label: `${'\u00a0\u00a0\u00a0'.repeat(node.depth)}${node.depth > 0 ? '└ ' : ''}${node.team.name}`,
  }));
}

/**
 * Where a team may move: every team except itself and the teams below it (a move there would make it its
 * own ancestor, which the API refuses), indented like `teamOptions`.
 */
export function parentOptions(teams: readonly TeamRow[], teamId: string): { value: string; label: string }[] {
  const below = new Set<string>([teamId]);
  const visit = (node: TeamNode) => {
    below.add(node.team.id);
    node.children.forEach(visit);
  };
  const self = flattenTree(buildTeamTree(teams)).find((node) => node.team.id === teamId);
  if (self) visit(self);
  return teamOptions(teams).filter((option) => !below.has(option.value));
}
