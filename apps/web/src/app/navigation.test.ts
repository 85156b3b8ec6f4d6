import { describe, expect, it } from 'vitest';
import { canOpen, navItemsFor } from './navigation';
import type { Role } from '../gql/graphql';

const labels = (roles: Role[]) => navItemsFor(roles).map((item) => item.label);

describe('role-aware navigation', () => {
  it('gives an admin every admin page, but no "My allowance"', () => {
    expect(labels(['ADMIN'])).toEqual([
      'Dashboard',
      'Engineers',
      'Offers',
      'Roster import',
      'Teams',
      'Policy',
      'Audit',
      'Members',
      'Profile',
    ]);
  });

  it('gives HR engineers, offers, roster import, teams, policy and audit, not members', () => {
    expect(labels(['HR'])).toEqual([
      'Dashboard',
      'Engineers',
      'Offers',
      'Roster import',
      'Teams',
      'Policy',
      'Audit',
      'Profile',
    ]);
  });

  it.each<Role>(['FINANCE', 'MANAGER'])(
    'gives %s engineers, teams and policy, no audit or members',
    (role) => {
      expect(labels([role])).toEqual(['Dashboard', 'Engineers', 'Teams', 'Policy', 'Profile']);
    },
  );

  it('gives an engineer their own allowance and the policy, nothing about other people', () => {
    expect(labels(['ENGINEER'])).toEqual(['Dashboard', 'My allowance', 'Policy', 'Profile']);
  });

  it('combines several roles: any admin role opens members', () => {
    expect(labels(['ENGINEER', 'ADMIN'])).toContain('Members');
    expect(labels(['ENGINEER', 'ADMIN'])).toContain('My allowance');
    expect(labels(['HR', 'FINANCE', 'MANAGER', 'ENGINEER'])).not.toContain('Members');
    expect(labels(['MANAGER', 'ENGINEER'])).toEqual([
      'Dashboard',
      'My allowance',
      'Engineers',
      'Teams',
      'Policy',
      'Profile',
    ]);
  });

  it('shows only the pages open to everyone when a user holds no role', () => {
    expect(labels([])).toEqual(['Dashboard', 'Policy', 'Profile']);
  });

  it('answers the route guard the same way as the menu', () => {
    expect(canOpen('/members', ['ADMIN'])).toBe(true);
    expect(canOpen('/members', ['ENGINEER'])).toBe(false);
    expect(canOpen('/profile', ['ENGINEER'])).toBe(true);
    expect(canOpen('/', ['FINANCE'])).toBe(true);
    expect(canOpen('/engineers', ['MANAGER'])).toBe(true);
    expect(canOpen('/engineers', ['ENGINEER'])).toBe(false);
    expect(canOpen('/teams', ['ENGINEER'])).toBe(false);
    expect(canOpen('/audit', ['FINANCE'])).toBe(false);
    expect(canOpen('/audit', ['HR'])).toBe(true);
    expect(canOpen('/policy', ['ENGINEER'])).toBe(true);
    expect(canOpen('/my-allowance', ['ENGINEER'])).toBe(true);
    expect(canOpen('/my-allowance', ['HR'])).toBe(false);
    expect(canOpen('/offers', ['HR'])).toBe(true);
    expect(canOpen('/offers', ['FINANCE'])).toBe(false);
    expect(canOpen('/roster-import', ['ADMIN'])).toBe(true);
    expect(canOpen('/roster-import', ['MANAGER'])).toBe(false);
  });
});
