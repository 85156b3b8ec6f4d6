import { describe, expect, it } from 'vitest';
import { homeKindOf, managedTopTeamIds, rootTeamIds } from './dashboard';

const t = (id: string, parentId: string | null, managerUserId: string | null = null) => ({
  id,
  parentId,
  managerUserId,
});

describe('dashboard rules', () => {
  it('lands each person on the home of their first role in FINANCE, ADMIN, HR, MANAGER, ENGINEER order', () => {
    expect(homeKindOf(['ENGINEER', 'MANAGER'])).toBe('MANAGER');
    expect(homeKindOf(['ADMIN', 'FINANCE'])).toBe('FINANCE');
    expect(homeKindOf(['HR', 'ENGINEER'])).toBe('HR');
    expect(homeKindOf(['ADMIN', 'HR'])).toBe('ADMIN');
    expect(homeKindOf([])).toBe('ENGINEER');
  });

  it('finds the top-level teams, and a parent missing from the list makes a team top-level', () => {
    expect(rootTeamIds([t('a', null), t('b', 'a'), t('c', 'gone'), t('d', null)])).toEqual(['a', 'c', 'd']);
  });

  it('shows a manager each managed subtree once', () => {
    const teams = [
      t('root', null),
      t('x', 'root', 'm'),
      t('y', 'x', 'm'),
      t('z', 'y'),
      t('w', 'z', 'm'),
      t('v', 'root', 'm'),
    ];
    expect(managedTopTeamIds(teams, 'm')).toEqual(['x', 'v']);
    expect(managedTopTeamIds(teams, 'other')).toEqual([]);
  });
});
