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

export const routes: RouteObject[] = [
  {
    element: <RedirectIfSignedIn />,
    children: [
      { path: '/signup', element: <SignUpPage /> },
      { path: '/login', element: <LoginPage /> },
    ],
  },
  { path: '/accept-invite', element: <AcceptInvitePage /> },
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
          { path: '/profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundState /> },
        ],
      },
    ],
  },
];
