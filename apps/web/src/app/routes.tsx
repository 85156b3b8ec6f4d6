import type { RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireAuth, RequireRole } from './guards';
import { AppLayout } from './layout/AppLayout';
import { requiredRolesFor } from './navigation';
import { NotFoundState } from './ui/states';
import { SignUpPage } from '../features/auth/pages/SignUpPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { AcceptInvitePage } from '../features/auth/pages/AcceptInvitePage';
import { DashboardPage } from '../features/dashboard/pages/DashboardPage';
import { MembersPage } from '../features/members/pages/MembersPage';
import { ProfilePage } from '../features/profile/pages/ProfilePage';
import { PolicyPage } from '../features/policy/pages/PolicyPage';
import { TeamsPage } from '../features/teams/pages/TeamsPage';
import { EngineersPage } from '../features/engineers/pages/EngineersPage';
import { EngineerPage } from '../features/engineers/pages/EngineerPage';
import { MyAllowancePage } from '../features/engineers/pages/MyAllowancePage';
import { AuditPage } from '../features/audit/pages/AuditPage';
import { PeriodsPage } from '../features/periods/pages/PeriodsPage';
import { OffersPage } from '../features/offers/pages/OffersPage';
import { OfferPage } from '../features/offers/pages/OfferPage';
import { RosterImportPage } from '../features/roster/pages/RosterImportPage';
import { MyBudgetPage } from '../features/budget/pages/MyBudgetPage';
import { EngineerBudgetPage } from '../features/budget/pages/EngineerBudgetPage';
import { TeamBurnPage } from '../features/burn/pages/TeamBurnPage';
import { ManagerViewPage } from '../features/burn/pages/ManagerViewPage';
import { ApiKeysPage } from '../features/api-keys/pages/ApiKeysPage';
import { PricesPage } from '../features/pricing/pages/PricesPage';
import { UsageQueuesPage } from '../features/usage-queues/pages/UsageQueuesPage';
import { RequestsPage } from '../features/requests/pages/RequestsPage';
import { TransfersPage } from '../features/transfers/pages/TransfersPage';
import { ApprovalsPage } from '../features/approvals/pages/ApprovalsPage';
import { ApprovalPage } from '../features/approvals/pages/ApprovalPage';
import { AlertsPage } from '../features/alerts/pages/AlertsPage';
import { SsoCallbackPage } from '../features/sso/pages/SsoCallbackPage';
import { SsoSettingsPage } from '../features/sso/pages/SsoSettingsPage';

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
          // every signed-in user: engineers make keys for their own tools
          { path: '/api-keys', element: <ApiKeysPage /> },
          guarded('/periods', <PeriodsPage />),
          guarded('/audit', <AuditPage />),
          { path: '/profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundState /> },
        ],
      },
    ],
  },
];
