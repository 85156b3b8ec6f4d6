import { describe, expect, it } from 'vitest';
import { buildTeamTree, flattenTree, parentOptions, teamOptions, type TeamRow } from './teams';

const team = (id: string, name: string, parentId: string | null, engineerCount = 0): TeamRow => ({
  id,
  name,
  parentId,
  costCentre: `CC-${id}`,
  managerUserId: null,
  managerName: null,
  engineerCount,
});

const flat = [
  team('data', 'Data', 'eng', 3),
  team('plat', 'Platform', 'eng', 5),
  team('eng', 'Engineering', null, 1),
  team('sre', 'SRE', 'plat', 2),
  team('ops', 'Operations', null, 4),
  team('prod', 'Product', 'eng', 0),
];
const outline = (rows: TeamRow[]) =>
  flattenTree(buildTeamTree(rows)).map((n) => `${'-'.repeat(n.depth)}${n.team.name}`);

describe('team tree from the flat list', () => {
  it('nests each team under its parent, siblings by name, in reading order', () => {
    expect(outline(flat)).toEqual(['Engineering', '-Data', '-Platform', '--SRE', '-Product', 'Operations']);
  });

  it('counts the engineers of each subtree', () => {
    const [engineering, operations] = buildTeamTree(flat);
    expect(engineering?.subtreeEngineerCount).toBe(1 + 3 + 5 + 2 + 0);
    expect(engineering?.children.find((c) => c.team.id === 'plat')?.subtreeEngineerCount).toBe(7);
    expect(operations?.subtreeEngineerCount).toBe(4);
  });

  it('keeps a team whose parent is not visible at the top level', () => {
    // a manager sees only Platform and SRE
    expect(outline([team('sre', 'SRE', 'plat'), team('plat', 'Platform', 'eng')])).toEqual([
      'Platform',
      '-SRE',
    ]);
  });

  it('never loses teams on a cycle or pointing at themselves', () => {
    const rows = [team('a', 'A', 'b'), team('b', 'B', 'a'), team('c', 'C', 'a'), team('d', 'D', 'd')];
    expect(outline(rows)).toEqual(['A', '-C', 'B', 'D']);
  });

  it('offers indented select options', () => {
    expect(teamOptions(flat).map((o) => o.label.replace(/\u00a0/g, ' '))).toEqual([
      'Engineering',
      '   └ Data',
      '   └ Platform',
      '      └ SRE',
      '   └ Product',
      'Operations',
    ]);
    expect(teamOptions([])).toEqual([]);
  });
});

describe('where a team may move', () => {
  it('offers every team except itself and the teams below it', () => {
    const names = (teamId: string) =>
      parentOptions(flat, teamId).map((option) => option.label.replace(/[\u00a0└ ]/g, ''));
    expect(names('eng')).toEqual(['Operations']);
    expect(names('plat')).toEqual(['Engineering', 'Data', 'Product', 'Operations']);
    expect(names('sre')).toEqual(['Engineering', 'Data', 'Platform', 'Product', 'Operations']);
  });
});
