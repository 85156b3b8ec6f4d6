import type { Role } from '../gql/graphql';
import { hasAnyRole } from './roles';

export interface NavItem {
  label: string;
  to: string;
  /** Roles that may open the page; empty means every signed-in user. */
  roles: readonly Role[];
  description: string;
}

/**
 * The single source of truth for which page each role may open: the navigation
 * and the route guards both read it.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', roles: [], description: 'Token usage at a glance' },
  { label: 'Members', to: '/members', roles: ['ADMIN'], description: 'People and invitations' },
  { label: 'Profile', to: '/profile', roles: [], description: 'Your account and roles' },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
}

export function requiredRolesFor(path: string): readonly Role[] {
  return NAV_ITEMS.find((item) => item.to === path)?.roles ?? [];
}

export function canOpen(path: string, roles: readonly Role[]): boolean {
  return hasAnyRole(roles, requiredRolesFor(path));
}
