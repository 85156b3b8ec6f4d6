import { ApolloLink, Observable } from '@apollo/client';
import type { FormattedExecutionResult } from 'graphql';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/App';
import { createApolloClient } from '../app/apollo/createApolloClient';
import { routes } from '../app/routes';
import { Session, type FetchLike, type SessionUser } from '../app/session/session';
import type { Role } from '../gql/graphql';

export interface RecordedOperation {
  operationName: string | undefined;
  variables: Record<string, unknown>;
  authorization: string | undefined;
}

export type Responder = (
  operation: RecordedOperation,
) => FormattedExecutionResult | Promise<FormattedExecutionResult>;

/**
 * A stand-in for the network: answers each GraphQL operation with `respond` and
 * records what was sent. Everything above it (links, cache, pages) is real.
 */
export function networkLink(respond: Responder, log: RecordedOperation[]) {
  return new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        const headers = (operation.getContext()['headers'] ?? {}) as Record<string, string>;
        const recorded: RecordedOperation = {
          operationName: operation.operationName,
          variables: operation.variables as Record<string, unknown>,
          authorization: headers['authorization'],
        };
        log.push(recorded);
        Promise.resolve(respond(recorded)).then(
          (result) => {
            observer.next(result as ApolloLink.Result);
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
}

export function makeUser(roles: Role[], overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    id: 'user-1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    roles,
    createdAt: '2026-01-05T10:00:00.000Z',
    company: {
      id: 'company-1',
      name: 'Analytical Engines',
      currency: 'EUR',
      createdAt: '2026-01-05T10:00:00.000Z',
      timeZone: 'UTC',
      today: '2026-11-10',
    },
    ...overrides,
  };
}

/** A user as the server sends it (with __typename, which Apollo's cache relies on). */
export function userResult(user: SessionUser) {
  return {
    __typename: 'User' as const,
    ...user,
    company: { __typename: 'Company' as const, ...user.company },
  };
}

export function authPayload(user: SessionUser, accessToken = 'token-1') {
  return {
    __typename: 'AuthPayload' as const,
    accessToken,
    accessTokenExpiresAt: '2099-01-01T00:00:00.000Z',
    user: userResult(user),
  };
}

export function gqlError(
  code: string,
  message: string,
  fields?: { field: string; message: string }[],
): FormattedExecutionResult {
  return { data: null, errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] };
}

/** A refresh endpoint that says "signed out", as the server does without a cookie. */
export const signedOutRefresh: FetchLike = async () =>
  new Response(JSON.stringify(gqlError('UNAUTHENTICATED', 'No session')), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

export function renderApp({
  path,
  user,
  respond = () => ({ data: null }),
  refreshFetch = signedOutRefresh,
}: {
  path: string;
  user?: SessionUser;
  respond?: Responder;
  refreshFetch?: FetchLike;
}) {
  const log: RecordedOperation[] = [];
  const session = new Session({ uri: '/graphql', fetch: refreshFetch });
  if (user) session.signIn(authPayload(user));
  else session.signOut();
  const client = createApolloClient({ session, terminatingLink: networkLink(respond, log) });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <AppProviders client={client} session={session}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, log, session, client, router };
}

/** The error text Mantine renders for an input (linked through aria-describedby). */
export function fieldErrorOf(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const texts = ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null && el.id.endsWith('-error'))
    .map((el) => el.textContent ?? '');
  return texts.join(' ') || null;
}

export function mainNavigation() {
  return within(screen.getByRole('navigation', { name: 'Main' }));
}
