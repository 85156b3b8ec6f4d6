import { Navigate, Outlet, useLocation } from 'react-router';
import { Center, Loader } from '@mantine/core';
import type { Role } from '../gql/graphql';
import { hasAnyRole } from './roles';
import { useSession } from './session/SessionContext';
import { NoAccessState } from './ui/states';

function FullPageLoader() {
  return (
    <Center h="100vh" role="status" aria-label="Loading your session">
      <Loader />
    </Center>
  );
}

/** Pages for signed-in people: waits for the session restore, else sends to /login. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <FullPageLoader />;
  if (session.status === 'signedOut') {
    return (
      <Navigate
        to="/login"
        replace
        state={{ from: location.pathname + location.search, reason: session.reason }}
      />
    );
  }
  return <Outlet />;
}

/** Sign-in and sign-up: a signed-in person goes straight to the app. */
export function RedirectIfSignedIn() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <FullPageLoader />;
  if (session.status === 'signedIn') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return <Outlet />;
}

/** Shows a clear no-access state (never the data) when no held role is allowed. */
export function RequireRole({ anyOf, children }: { anyOf: readonly Role[]; children: React.ReactNode }) {
  const session = useSession();
  if (session.status !== 'signedIn') return null;
  if (!hasAnyRole(session.user.roles, anyOf)) return <NoAccessState />;
  return <>{children}</>;
}
