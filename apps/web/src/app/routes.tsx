import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireAuth, RequireRole } from './guards';
import { requiredRolesFor } from './navigation';
import { NotFoundState } from './ui/states';
import { LoginPage } from '../features/auth/pages/LoginPage';

/**
 * A page loaded when first opened (its own chunk), so the sign-in page downloads only what it shows: the
 * first-load budget (tools/web-budget.mjs) holds the login path to 250 KB of compressed JavaScript.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const AppLayout = lazyPage(() => import('./layout/AppLayout'), 'AppLayout');
const SignUpPage = lazyPage(() => import('../features/auth/pages/SignUpPage'), 'SignUpPage');
const AcceptInvitePage = lazyPage(
  () => import('../features/auth/pages/AcceptInvitePage'),
  'AcceptInvitePage',
);
const DashboardPage = lazyPage(() => import('../features/dashboard/pages/DashboardPage'), 'DashboardPage');
const MembersPage = lazyPage(() => import('../features/members/pages/MembersPage'), 'MembersPage');
const ProfilePage = lazyPage(() => import('../features/profile/pages/ProfilePage'), 'ProfilePage');
const PolicyPage = lazyPage(() => import('../features/policy/pages/PolicyPage'), 'PolicyPage');
const TeamsPage = lazyPage(() => import('../features/teams/pages/TeamsPage'), 'TeamsPage');
const EngineersPage = lazyPage(() => import('../features/engineers/pages/EngineersPage'), 'EngineersPage');
const EngineerPage = lazyPage(() => import('../features/engineers/pages/EngineerPage'), 'EngineerPage');
const MyAllowancePage = lazyPage(
  () => import('../features/engineers/pages/MyAllowancePage'),
  'MyAllowancePage',
);
const AuditPage = lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage');
const PeriodsPage = lazyPage(() => import('../features/periods/pages/PeriodsPage'), 'PeriodsPage');
const OffersPage = lazyPage(() => import('../features/offers/pages/OffersPage'), 'OffersPage');
const OfferPage = lazyPage(() => import('../features/offers/pages/OfferPage'), 'OfferPage');
const RosterImportPage = lazyPage(
  () => import('../features/roster/pages/RosterImportPage'),
  'RosterImportPage',
);
const MyBudgetPage = lazyPage(() => import('../features/budget/pages/MyBudgetPage'), 'MyBudgetPage');
const EngineerBudgetPage = lazyPage(
  () => import('../features/budget/pages/EngineerBudgetPage'),
  'EngineerBudgetPage',
);
const TeamBurnPage = lazyPage(() => import('../features/burn/pages/TeamBurnPage'), 'TeamBurnPage');
const ManagerViewPage = lazyPage(() => import('../features/burn/pages/ManagerViewPage'), 'ManagerViewPage');
const ApiKeysPage = lazyPage(() => import('../features/api-keys/pages/ApiKeysPage'), 'ApiKeysPage');
const PricesPage = lazyPage(() => import('../features/pricing/pages/PricesPage'), 'PricesPage');
const UsageQueuesPage = lazyPage(
  () => import('../features/usage-queues/pages/UsageQueuesPage'),
  'UsageQueuesPage',
);
const RequestsPage = lazyPage(() => import('../features/requests/pages/RequestsPage'), 'RequestsPage');
const TransfersPage = lazyPage(() => import('../features/transfers/pages/TransfersPage'), 'TransfersPage');
const ApprovalsPage = lazyPage(() => import('../features/approvals/pages/ApprovalsPage'), 'ApprovalsPage');
const ApprovalPage = lazyPage(() => import('../features/approvals/pages/ApprovalPage'), 'ApprovalPage');
const AlertsPage = lazyPage(() => import('../features/alerts/pages/AlertsPage'), 'AlertsPage');
const ReconciliationPage = lazyPage(
  () => import('../features/reconciliation/pages/ReconciliationPage'),
  'ReconciliationPage',
);
const SsoCallbackPage = lazyPage(() => import('../features/sso/pages/SsoCallbackPage'), 'SsoCallbackPage');
const SsoSettingsPage = lazyPage(() => import('../features/sso/pages/SsoSettingsPage'), 'SsoSettingsPage');
const FinanceHomePage = lazyPage(
  () => import('../features/finance/pages/FinanceHomePage'),
  'FinanceHomePage',
);
const StatementsPage = lazyPage(() => import('../features/finance/pages/StatementsPage'), 'StatementsPage');
const ClosePage = lazyPage(() => import('../features/finance/pages/ClosePage'), 'ClosePage');
const AllocationSettingsPage = lazyPage(
  () => import('../features/finance/pages/AllocationSettingsPage'),
  'AllocationSettingsPage',
);

/**
 * A page behind the roles the navigation gives it (one source of truth: NAV_ITEMS); a page under a
 * navigation item (`/offers/:id`) names that item's path as `navPath`.
 */
function guarded(path: string, page: React.ReactNode, navPath: string = path): RouteObject {
  return { path, element: <RequireRole anyOf={requiredRolesFor(navPath)}>{page}</RequireRole> };
}

export const routes: RouteObject[] = [
  {
    element: <RedirectIfSignedIn />,
    children: [
      { path: '/signup', element: <SignUpPage /> },
      { path: '/login', element: <LoginPage /> },
    ],
  },
  { path: '/accept-invite', element: <AcceptInvitePage /> },
  // where the company's identity provider sends people back (single sign-on)
  { path: '/sso/callback', element: <SsoCallbackPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          {
            path: '/members',
            element: (
              <RequireRole anyOf={requiredRolesFor('/members')}>
                <MembersPage />
              </RequireRole>
            ),
          },
          guarded('/engineers', <EngineersPage />),
          // open to everyone signed in: the server shows only engineers the viewer may see
          { path: '/engineers/:id', element: <EngineerPage /> },
          // the server shows the budget of an engineer the viewer may see, else NOT_FOUND
          { path: '/engineers/:id/budget', element: <EngineerBudgetPage /> },
          guarded('/my-allowance', <MyAllowancePage />),
          guarded('/budget', <MyBudgetPage />),
          guarded('/manager-view', <ManagerViewPage />),
          guarded('/offers', <OffersPage />),
          guarded('/offers/new', <OfferPage />, '/offers'),
          guarded('/offers/:id', <OfferPage />, '/offers'),
          guarded('/roster-import', <RosterImportPage />),
          guarded('/teams', <TeamsPage />),
          guarded('/team-burn', <TeamBurnPage />),
          { path: '/policy', element: <PolicyPage /> },
          guarded('/prices', <PricesPage />),
          guarded('/usage-queues', <UsageQueuesPage />),
          guarded('/requests', <RequestsPage />),
          guarded('/transfers', <TransfersPage />),
          guarded('/approvals', <ApprovalsPage />),
          // the link in approval and alert mail
          guarded('/approvals/:requestId', <ApprovalPage />, '/approvals'),
          guarded('/alerts', <AlertsPage />),
          guarded('/sso', <SsoSettingsPage />),
          guarded('/reconciliation', <ReconciliationPage />),
          // every signed-in user: engineers make keys for their own tools
          { path: '/api-keys', element: <ApiKeysPage /> },
          guarded('/periods', <PeriodsPage />),
          guarded('/finance/home', <FinanceHomePage />),
          guarded('/finance/statements', <StatementsPage />),
          guarded('/finance/close', <ClosePage />),
          guarded('/finance/allocation', <AllocationSettingsPage />),
          guarded('/audit', <AuditPage />),
          { path: '/profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundState /> },
        ],
      },
    ],
  },
];
