import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { AuthPayloadFieldsFragment } from '../../gql/graphql';
import { RefreshSessionDocument } from '../../gql/graphql';

export type SessionUser = AuthPayloadFieldsFragment['user'];

export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'signedOut'; user: null; reason?: 'expired' | 'signedOut' }
  | { status: 'signedIn'; user: SessionUser };

function operationNameOf(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/**
 * Holds who is signed in and the access token — in memory only, never in storage.
 * The refresh token lives in an httpOnly cookie that this code never sees.
 */
export class Session {
  private state: SessionState = { status: 'loading', user: null };
  private accessToken: string | null = null;
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<string | null> | null = null;
  private restoring: Promise<void> | null = null;

  constructor(private readonly options: { uri: string; fetch?: FetchLike }) {}

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getAccessToken(): string | null {
    return this.accessToken;
  }

  /** Called with the payload of signUp / login / acceptInvitation / refreshSession. */
  signIn(payload: AuthPayloadFieldsFragment): void {
    this.accessToken = payload.accessToken;
    this.setState({ status: 'signedIn', user: payload.user });
  }

  signOut(reason: 'expired' | 'signedOut' = 'signedOut'): void {
    this.accessToken = null;
    this.setState({ status: 'signedOut', user: null, reason });
  }

  /** On app load: try the refresh cookie once; failure just means "signed out". */
  restore(): Promise<void> {
    if (!this.restoring) {
      this.restoring = this.refresh().then((token) => {
        if (!token && this.state.status === 'loading') this.signOut('signedOut');
      });
    }
    return this.restoring;
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share
   * one request, so a burst of 401s triggers a single refresh (the server rotates
   * the refresh token, a second parallel refresh would be seen as reuse).
   */
  refresh(): Promise<string | null> {
    if (!this.refreshing) {
      this.refreshing = this.requestRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async requestRefresh(): Promise<string | null> {
    try {
      const result = await this.post(RefreshSessionDocument, {});
      const payload = result.data?.refreshSession;
      if (!payload || (result.errors && result.errors.length > 0)) return null;
      this.signIn(payload);
      return payload.accessToken;
    } catch {
      return null;
    }
  }

  private async post<TData, TVars>(
    document: TypedDocumentNode<TData, TVars>,
    variables: TVars,
  ): Promise<GraphQLResponse<TData>> {
    const doFetch: FetchLike = this.options.fetch ?? ((input, init) => fetch(input, init));
    const response = await doFetch(this.options.uri, {
      method: 'POST',
      credentials: 'include',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ operationName: operationNameOf(document), query: print(document), variables }),
    });
    return (await response.json()) as GraphQLResponse<TData>;
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
