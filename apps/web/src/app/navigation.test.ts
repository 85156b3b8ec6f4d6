import { describe, expect, it } from 'vitest';
import { canOpen, navItemsFor } from './navigation';
import type { Role } from '../gql/graphql';

const labels = (roles: Role[]) => navItemsFor(roles).map((item) => item.label);

describe('role-aware navigation', () => {
  it('gives an admin the members page', () => {
    expect(labels(['ADMIN'])).toEqual(['Dashboard', 'Members', 'Profile']);
  });

  it.each<Role>(['ENGINEER', 'HR', 'FINANCE', 'MANAGER'])('hides members from %s', (role) => {
    expect(labels([role])).toEqual(['Dashboard', 'Profile']);
  });

  it('combines several roles: any admin role opens members', () => {
    expect(labels(['ENGINEER', 'ADMIN'])).toContain('Members');
    expect(labels(['HR', 'FINANCE', 'MANAGER', 'ENGINEER'])).not.toContain('Members');
  });

  it('shows only the pages open to everyone when a user holds no role', () => {
    expect(labels([])).toEqual(['Dashboard', 'Profile']);
  });

  it('answers the route guard the same way as the menu', () => {
    expect(canOpen('/members', ['ADMIN'])).toBe(true);
    expect(canOpen('/members', ['ENGINEER'])).toBe(false);
    expect(canOpen('/profile', ['ENGINEER'])).toBe(true);
    expect(canOpen('/', ['FINANCE'])).toBe(true);
  });
});
