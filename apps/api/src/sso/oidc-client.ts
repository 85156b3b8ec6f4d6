import { isIP } from 'node:net';
import * as oidc from 'openid-client';
import { AppConfig } from '../config/config';
import { OutboundHttp } from '../outbound/outbound-http';

/**
 * The relying-party side of OpenID Connect, through `openid-client` (v6, an ES module loaded with Node's
 * require(esm)): discovery, the authorization URL (code flow, PKCE S256, state, nonce) and the code grant,
 * which checks the state, the `iss` of the response, the ID token's issuer, audience (our client id),
 * expiry, nonce and, with enableNonRepudiationChecks, its signature against the provider's published keys.
 */

export interface OidcClientSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
}

/** Hosts that never leave the machine (plain http to them crosses no network). */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/**
 * Why the server must not call this URL, or null. https only, except http to a loopback host (and anything
 * http outside production); no user name or password in it.
 *
 * The one place the SSO code asks whether a URL may be called: when the shared outbound URL guard (which also
 * checks the addresses a name resolves to, at connect time) lands, this delegates to it.
 */
export function callableUrlProblem(raw: string, config: Pick<AppConfig, 'nodeEnv'>): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute https URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && (config.nodeEnv !== 'production' || isLoopback(url.hostname))) return null;
  return 'must use https';
}

export class OidcError extends Error {}

function needsInsecure(issuerUrl: string): boolean {
  return new URL(issuerUrl).protocol === 'http:';
}

/** Discovers the provider (`<issuer>/.well-known/openid-configuration`); throws OidcError with the reason. */
export async function discover(
  settings: OidcClientSettings,
  config: Pick<AppConfig, 'nodeEnv'>,
  outbound: OutboundHttp,
): Promise<oidc.Configuration> {
  const problem = callableUrlProblem(settings.issuerUrl, config) ?? outbound.urlRefusal(settings.issuerUrl);
  if (problem) throw new OidcError(`issuer URL ${problem}`);
  try {
    const configuration = await oidc.discovery(
      new URL(settings.issuerUrl),
      settings.clientId,
      undefined,
      oidc.ClientSecretBasic(settings.clientSecret),
      {
        timeout: 10,
        // Every call to the provider (discovery, its keys, the token endpoint) goes through the one guarded
        // client: the addresses the issuer's names resolve to are checked at connect time (issue 13, SSRF).
        [oidc.customFetch]: (url, options) =>
          outbound.fetch(url, {
            method: options.method,
            headers: options.headers,
            body: options.body as string | Uint8Array | URLSearchParams | null | undefined,
            signal: options.signal ?? undefined,
          }),
        execute: [
          ...(needsInsecure(settings.issuerUrl) ? [oidc.allowInsecureRequests] : []),
          // Check the ID token's signature too (openid-client trusts TLS alone by default).
          oidc.enableNonRepudiationChecks,
        ],
      },
    );
    return configuration;
  } catch (error) {
    throw new OidcError(`discovery failed: ${describe(error)}`);
  }
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationRequest(
  configuration: oidc.Configuration,
  redirectUri: string,
  loginHint: string | undefined,
): Promise<AuthorizationRequest> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ...(loginHint ? { login_hint: loginHint } : {}),
  });
  return { url: url.href, state, nonce, codeVerifier };
}

/** Exchanges the code of the callback for tokens and returns the checked ID token claims. */
export async function completeAuthorization(
  configuration: oidc.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcError('the provider returned no ID token');
    return claims as Record<string, unknown>;
  } catch (error) {
    if (error instanceof OidcError) throw error;
    throw new OidcError(describe(error));
  }
}

/**
 * A short reason from openid-client's errors: its own message and the check that failed (oauth4webapi's
 * message, e.g. `unexpected JWT "aud" (audience) claim value`). Never the values compared or any token.
 */
function describe(error: unknown): string {
  const e = error as {
    message?: string;
    code?: string;
    error?: string;
    error_description?: string;
    cause?: unknown;
  };
  if (e.error) return `${e.error}${e.error_description ? `: ${e.error_description}` : ''}`;
  const cause = e.cause as { message?: string; code?: string } | undefined;
  const base = e.message ?? String(error);
  if (cause instanceof Error && cause.message && cause.message !== base) return `${base}: ${cause.message}`;
  return cause?.code ? `${base} (${cause.code})` : base;
}
