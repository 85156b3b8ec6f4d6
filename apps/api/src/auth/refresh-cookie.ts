import { AppConfig } from '../config/config';
import type { SignedIn } from './auth.service';
import type { AuthPayloadObject } from './dto/auth-payload.object';

export const REFRESH_COOKIE = 'tokenroll_refresh';

/** The minimal shape of a Fastify reply with @fastify/cookie. */
export interface CookieReply {
  setCookie(name: string, value: string, options: Record<string, unknown>): unknown;
  clearCookie(name: string, options: Record<string, unknown>): unknown;
}

/**
 * Secure always, except for local development: a server whose public URL is plain http on this machine
 * (localhost, 127.0.0.0/8, ::1), as `npm start` and the tests run, where a browser would not send it back.
 */
export function refreshCookieSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  if (url.protocol === 'https:') return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1');
}

function options(config: AppConfig): Record<string, unknown> {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: refreshCookieSecure(config.publicUrl),
    path: '/graphql',
  };
}

export function setRefreshCookie(reply: CookieReply, config: AppConfig, token: string, expires: Date): void {
  reply.setCookie(REFRESH_COOKIE, token, { ...options(config), expires });
}

export function clearRefreshCookie(reply: CookieReply, config: AppConfig): void {
  reply.clearCookie(REFRESH_COOKIE, options(config));
}

/** Answers a sign-in (password, refresh, invitation or single sign-on): the refresh cookie set, the access token returned. */
export function signedInPayload(
  reply: CookieReply,
  config: AppConfig,
  signedIn: SignedIn,
): AuthPayloadObject {
  setRefreshCookie(reply, config, signedIn.session.refreshToken, signedIn.session.refreshTokenExpiresAt);
  return {
    accessToken: signedIn.session.accessToken,
    accessTokenExpiresAt: signedIn.session.accessTokenExpiresAt,
    user: signedIn.user,
  };
}
