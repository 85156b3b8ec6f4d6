import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from '../errors';
import type { Session } from '../session/session';

/** Operations that never carry or need an access token; a 401 from them is final. */
const PUBLIC_OPERATIONS = new Set([
  'SignUp',
  'Login',
  'RefreshSession',
  'AcceptInvitation',
  'InvitationPreview',
  'Logout',
]);

export interface CreateApolloClientOptions {
  session: Session;
  uri?: string;
  fetch?: typeof fetch;
  /** Extra link placed before HTTP (tests use it to stand in for the network). */
  terminatingLink?: ApolloLink;
}

export function createApolloClient({
  session,
  uri = '/graphql',
  fetch: fetchImpl,
  terminatingLink,
}: CreateApolloClientOptions) {
  const authLink = new ApolloLink((operation, forward) => {
    const token = session.getAccessToken();
    if (token) {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
    }
    return forward(operation);
  });

  // UNAUTHENTICATED on a guarded operation: refresh once and replay it; when the
  // refresh fails the session ends and the router sends the person to /login.
  const refreshLink = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
    if (operation.getContext()['retriedAfterRefresh']) {
      session.signOut('expired');
      return;
    }
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | undefined;
      let cancelled = false;
      session.refresh().then((token) => {
        if (cancelled) return;
        if (!token) {
          session.signOut('expired');
          observer.error(error);
          return;
        }
        operation.setContext({ retriedAfterRefresh: true });
        inner = forward(operation).subscribe(observer);
      });
      return () => {
        cancelled = true;
        inner?.unsubscribe();
      };
    });
  });

  const httpLink = terminatingLink ?? new HttpLink({ uri, credentials: 'include', fetch: fetchImpl });

  return new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // One entry per team: each view of its table (sort, filter, page) is a field of that entry, so a
        // new view adds to it instead of replacing the answer the last view gave.
        TeamBurn: { keyFields: ['teamId'] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
