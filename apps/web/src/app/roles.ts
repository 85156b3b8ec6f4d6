import type { Role } from '../gql/graphql';

/** Every role in the order we show them (most powerful first). */
export const ALL_ROLES: readonly Role[] = ['ADMIN', 'HR', 'FINANCE', 'MANAGER', 'ENGINEER'];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  HR: 'HR',
  FINANCE: 'Finance',
  MANAGER: 'Manager',
  ENGINEER: 'Engineer',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: 'Manages the company, members and settings',
  HR: 'Sets allowances as part of offers and pay',
  FINANCE: 'Owns budgets, chargeback and statements',
  MANAGER: 'Approves requests for their team',
  ENGINEER: 'Uses an AI-token allowance',
};

export const ROLE_COLORS: Record<Role, string> = {
  ADMIN: 'grape',
  HR: 'pink',
  FINANCE: 'teal',
  MANAGER: 'orange',
  ENGINEER: 'blue',
};

/** Roles in canonical order, without duplicates. */
export function orderRoles(roles: readonly Role[]): Role[] {
  const held = new Set(roles);
  return ALL_ROLES.filter((role) => held.has(role));
}

export function hasAnyRole(held: readonly Role[], required: readonly Role[]): boolean {
  if (required.length === 0) return true;
  return required.some((role) => held.includes(role));
}
