import { describe, expect, it } from 'vitest';
import { canOpen, navItemsFor } from './navigation';
import type { Role } from '../gql/graphql';

const labels = (roles: Role[]) => navItemsFor(roles).map((item) => item.label);

describe('role-aware navigation', () => {
  it('gives an admin every admin page, but no "My allowance" or "My budget"', () => {
    expect(labels(['ADMIN'])).toEqual([
      'Dashboard',
      'Transfers',
      'Approvals',
      'Engineers',
      'Offers',
      'Roster import',
      'Teams',
      'Team burn',
      'Policy',
      'Prices',
      'Usage queues',
      'Alerts',
      'Periods',
      'Finance home',
      'Statements',
      'Close',
      'Reconciliation',
      'Allocation',
      'Audit',
      'Members',
      'Single sign-on',
      'API keys',
      'Profile',
    ]);
  });

  it('gives HR engineers, offers, roster import, teams, policy and audit, not members', () => {
    expect(labels(['HR'])).toEqual([
      'Dashboard',
      'Approvals',
      'Engineers',
      'Offers',
      'Roster import',
      'Teams',
      'Team burn',
      'Policy',
      'Statements',
      'Audit',
      'API keys',
      'Profile',
    ]);
  });

  it('gives finance engineers, teams, policy, prices and the usage queues, no audit or members', () => {
    expect(labels(['FINANCE'])).toEqual([
      'Dashboard',
      'Engineers',
      'Teams',
      'Team burn',
      'Policy',
      'Prices',
      'Usage queues',
      'Periods',
      'Finance home',
      'Statements',
      'Close',
      'Reconciliation',
      'Allocation',
      'API keys',
      'Profile',
    ]);
  });

  it('gives a manager engineers, teams and policy, no prices, audit or members', () => {
    expect(labels(['MANAGER'])).toEqual([
      'Dashboard',
      'Transfers',
      'Approvals',
      'Engineers',
      'Teams',
      'Team burn',
      'Policy',
      'Statements',
      'API keys',
      'Profile',
    ]);
  });

  it('gives an engineer their own allowance, budget, the policy and API keys, nothing about other people', () => {
    expect(labels(['ENGINEER'])).toEqual([
      'Dashboard',
      'My allowance',
      'My budget',
      'Requests',
      'Transfers',
      'What my manager sees',
      'Policy',
      'API keys',
      'Profile',
    ]);
  });

  it('combines several roles: any admin role opens members', () => {
    expect(labels(['ENGINEER', 'ADMIN'])).toContain('Members');
    expect(labels(['ENGINEER', 'ADMIN'])).toContain('My allowance');
    expect(labels(['HR', 'FINANCE', 'MANAGER', 'ENGINEER'])).not.toContain('Members');
    expect(labels(['MANAGER', 'ENGINEER'])).toEqual([
      'Dashboard',
      'My allowance',
      'My budget',
      'Requests',
      'Transfers',
      'Approvals',
      'What my manager sees',
      'Engineers',
      'Teams',
      'Team burn',
      'Policy',
      'Statements',
      'API keys',
      'Profile',
    ]);
  });

  it('shows only the pages open to everyone when a user holds no role', () => {
    expect(labels([])).toEqual(['Dashboard', 'Policy', 'API keys', 'Profile']);
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
    expect(canOpen('/budget', ['ENGINEER'])).toBe(true);
    expect(canOpen('/budget', ['FINANCE'])).toBe(false);
    expect(canOpen('/api-keys', ['MANAGER'])).toBe(true);
    expect(canOpen('/prices', ['FINANCE'])).toBe(true);
    expect(canOpen('/prices', ['HR'])).toBe(false);
    expect(canOpen('/usage-queues', ['ADMIN'])).toBe(true);
    expect(canOpen('/usage-queues', ['ENGINEER'])).toBe(false);
    // the finance desk: FINANCE and ADMIN; statements also for HR and a manager (their teams)
    expect(canOpen('/finance/close', ['FINANCE'])).toBe(true);
    expect(canOpen('/finance/close', ['HR'])).toBe(false);
    expect(canOpen('/finance/allocation', ['ADMIN'])).toBe(true);
    expect(canOpen('/finance/allocation', ['MANAGER'])).toBe(false);
    expect(canOpen('/finance/statements', ['HR'])).toBe(true);
    expect(canOpen('/finance/statements', ['MANAGER'])).toBe(true);
    expect(canOpen('/finance/statements', ['ENGINEER'])).toBe(false);
    expect(canOpen('/finance/home', ['ENGINEER'])).toBe(false);
  });
});
