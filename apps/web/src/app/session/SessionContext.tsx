import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { LogoutDocument } from '../../gql/graphql';
import type { Session, SessionState, SessionUser } from './session';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSessionObject(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

export function useSession(): SessionState {
  const session = useSessionObject();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

/** The signed-in user; only call below a route guard that ensures one. */
export function useCurrentUser(): SessionUser {
  const state = useSession();
  if (state.status !== 'signedIn') throw new Error('useCurrentUser needs a signed-in session');
  return state.user;
}

export function useSignOut(): () => Promise<void> {
  const session = useSessionObject();
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutDocument });
    } catch {
      // Signing out locally still matters when the server can't be reached.
    }
    session.signOut('signedOut');
    await client.clearStore();
  }, [client, session]);
}

export function useSessionActions() {
  const session = useSessionObject();
  return useMemo(() => ({ signIn: session.signIn.bind(session) }), [session]);
}
