import type { Role } from '../gql/graphql';
import { hasAnyRole } from './roles';

export interface NavItem {
  label: string;
  to: string;
  /** Roles that may open the page; empty means every signed-in user. */
  roles: readonly Role[];
  description: string;
}

/** Roles that see people: everyone's for ADMIN/HR/FINANCE, a team subtree for a MANAGER. */
const PEOPLE_VIEWERS: readonly Role[] = ['ADMIN', 'HR', 'FINANCE', 'MANAGER'];

/**
 * The single source of truth for which page each role may open: the navigation
 * and the route guards both read it.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', to: '/', roles: [], description: 'Token usage at a glance' },
  {
    label: 'My allowance',
    to: '/my-allowance',
    roles: ['ENGINEER'],
    description: 'Your budget, schedule and balance',
  },
  {
    label: 'My budget',
    to: '/budget',
    roles: ['ENGINEER'],
    description: 'Spend, pace and what is left',
  },
  {
    label: 'Requests',
    to: '/requests',
    roles: ['ENGINEER'],
    description: 'Ask for more allowance and follow your requests',
  },
  {
    label: 'Transfers',
    to: '/transfers',
    roles: ['ENGINEER', 'MANAGER', 'ADMIN'],
    description: 'Give allowance to a teammate; managers move it',
  },
  {
    label: 'Approvals',
    to: '/approvals',
    roles: ['MANAGER', 'HR', 'ADMIN'],
    description: 'Increase requests waiting for your decision',
  },
  {
    label: 'What my manager sees',
    to: '/manager-view',
    roles: ['ENGINEER'],
    description: 'Your row of your manager’s team burn',
  },
  { label: 'Engineers', to: '/engineers', roles: PEOPLE_VIEWERS, description: 'People, pay and allowances' },
  {
    label: 'Offers',
    to: '/offers',
    roles: ['ADMIN', 'HR'],
    description: 'Offers with their token allowance',
  },
  {
    label: 'Roster import',
    to: '/roster-import',
    roles: ['ADMIN', 'HR'],
    description: 'Add engineers from a CSV file',
  },
  { label: 'Teams', to: '/teams', roles: PEOPLE_VIEWERS, description: 'The team tree and cost centres' },
  {
    label: 'Team burn',
    to: '/team-burn',
    roles: PEOPLE_VIEWERS,
    description: 'Spend, pace and who runs out first',
  },
  { label: 'Policy', to: '/policy', roles: [], description: 'The company allowance policy' },
  {
    label: 'Prices',
    to: '/prices',
    roles: ['ADMIN', 'FINANCE'],
    description: 'Model prices, patterns and exchange rates',
  },
  {
    label: 'Usage queues',
    to: '/usage-queues',
    roles: ['ADMIN', 'FINANCE'],
    description: 'Unpriced and unmapped usage',
  },
  {
    label: 'Alerts',
    to: '/alerts',
    roles: ['ADMIN'],
    description: 'Thresholds, email, webhooks and deliveries',
  },
  {
    label: 'Periods',
    to: '/periods',
    roles: ['ADMIN', 'FINANCE'],
    description: 'Open and closed accounting months',
  },
  // the finance desk (issue 14)
  {
    label: 'Finance home',
    to: '/finance/home',
    roles: ['FINANCE', 'ADMIN'],
    description: 'Spend vs allowance by cost centre, the trend, the close',
  },
  {
    label: 'Statements',
    to: '/finance/statements',
    roles: ['FINANCE', 'ADMIN', 'HR', 'MANAGER'],
    description: 'Spend per team and cost centre by month, quarter or year, with exports',
  },
  {
    label: 'Close',
    to: '/finance/close',
    roles: ['FINANCE', 'ADMIN'],
    description: 'The close checklist and the history of closes',
  },
  {
    label: 'Reconciliation',
    to: '/reconciliation',
    roles: ['ADMIN', 'FINANCE'],
    description: 'Provider invoices against our own cost',
  },
  {
    label: 'Allocation',
    to: '/finance/allocation',
    roles: ['FINANCE', 'ADMIN'],
    description: 'Showback or chargeback, shared costs, GL accounts',
  },
  { label: 'Audit', to: '/audit', roles: ['ADMIN', 'HR'], description: 'Who changed what, and when' },
  { label: 'Members', to: '/members', roles: ['ADMIN'], description: 'People and invitations' },
  {
    label: 'Single sign-on',
    to: '/sso',
    roles: ['ADMIN'],
    description: 'Sign in through your identity provider (OIDC)',
  },
  { label: 'API keys', to: '/api-keys', roles: [], description: 'Keys for Claude Code and other tools' },
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
