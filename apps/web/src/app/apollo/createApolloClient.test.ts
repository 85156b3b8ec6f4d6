import { describe, expect, it } from 'vitest';
import { MeDocument } from '../../gql/graphql';
import { Session } from '../session/session';
import { createApolloClient } from './createApolloClient';
import { authPayload, makeUser, userResult } from '../../test/render';

interface Call {
  operationName: string;
  authorization: string | null;
  credentials: RequestCredentials | undefined;
}

/** A fake server behind `fetch` — the only thing replaced; links, session and cache are real. */
function fakeServer(handlers: Record<string, (call: Call, count: number) => unknown>) {
  const calls: Call[] = [];
  const fetchImpl = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string };
    const headers = new Headers(init?.headers);
    const call = {
      operationName: body.operationName,
      authorization: headers.get('authorization'),
      credentials: init?.credentials,
    };
    calls.push(call);
    const count = calls.filter((c) => c.operationName === call.operationName).length;
    const handler = handlers[body.operationName];
    const result = handler
      ? handler(call, count)
      : { data: null, errors: [{ message: 'unexpected', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/graphql-response+json' },
    });
  };
  return { calls, fetchImpl };
}

const unauthenticated = {
  data: null,
  errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('apollo client session handling', () => {
  it('refreshes once on UNAUTHENTICATED and replays the operation with the new token', async () => {
    const engineer = makeUser(['ENGINEER']);
    const server = fakeServer({
      Me: (call) =>
        call.authorization === 'Bearer new-token' ? { data: { me: userResult(engineer) } } : unauthenticated,
      RefreshSession: () => ({ data: { refreshSession: authPayload(engineer, 'new-token') } }),
    });
    const session = new Session({ uri: '/graphql', fetch: server.fetchImpl });
    session.signIn(authPayload(engineer, 'old-token'));
    const client = createApolloClient({ session, fetch: server.fetchImpl });

    const result = await client.query({ query: MeDocument });

    expect(result.data?.me.email).toBe('ada@example.com');
    expect(server.calls.map((c) => [c.operationName, c.authorization])).toEqual([
      ['Me', 'Bearer old-token'],
      ['RefreshSession', null],
      ['Me', 'Bearer new-token'],
    ]);
    expect(server.calls.every((c) => c.credentials === 'include')).toBe(true);
    expect(session.getAccessToken()).toBe('new-token');
  });

  it('signs out (reason: expired) when the refresh fails, and does not loop', async () => {
    const server = fakeServer({ Me: () => unauthenticated, RefreshSession: () => unauthenticated });
    const session = new Session({ uri: '/graphql', fetch: server.fetchImpl });
    session.signIn(authPayload(makeUser(['ADMIN']), 'old-token'));
    const client = createApolloClient({ session, fetch: server.fetchImpl });

    await expect(client.query({ query: MeDocument })).rejects.toThrow();
    expect(server.calls.map((c) => c.operationName)).toEqual(['Me', 'RefreshSession']);
    expect(session.getState()).toEqual({ status: 'signedOut', user: null, reason: 'expired' });
    expect(session.getAccessToken()).toBeNull();
  });

  it('shares one refresh between operations that fail at the same time', async () => {
    const user = makeUser(['ADMIN']);
    const server = fakeServer({
      Me: (call) =>
        call.authorization === 'Bearer new-token' ? { data: { me: userResult(user) } } : unauthenticated,
      RefreshSession: () => ({ data: { refreshSession: authPayload(user, 'new-token') } }),
    });
    const session = new Session({ uri: '/graphql', fetch: server.fetchImpl });
    session.signIn(authPayload(user, 'old-token'));
    const client = createApolloClient({ session, fetch: server.fetchImpl });

    await Promise.all([
      client.query({ query: MeDocument, fetchPolicy: 'network-only' }),
      client.query({ query: MeDocument, fetchPolicy: 'no-cache' }),
    ]);
    expect(server.calls.filter((c) => c.operationName === 'RefreshSession')).toHaveLength(1);
  });

  it('restores a session from the refresh cookie on load, or settles as signed out', async () => {
    const user = makeUser(['HR']);
    const ok = fakeServer({ RefreshSession: () => ({ data: { refreshSession: authPayload(user, 't') } }) });
    const restored = new Session({ uri: '/graphql', fetch: ok.fetchImpl });
    await Promise.all([restored.restore(), restored.restore()]);
    expect(restored.getState().status).toBe('signedIn');
    expect(ok.calls).toHaveLength(1);

    const none = fakeServer({ RefreshSession: () => unauthenticated });
    const anonymous = new Session({ uri: '/graphql', fetch: none.fetchImpl });
    await anonymous.restore();
    expect(anonymous.getState().status).toBe('signedOut');
  });
});
