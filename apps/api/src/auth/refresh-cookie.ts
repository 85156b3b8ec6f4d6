import { AppConfig } from '../config/config';

export const REFRESH_COOKIE = 'tokenroll_refresh';

/** The minimal shape of a Fastify reply with @fastify/cookie. */
export interface CookieReply {
  setCookie(name: string, value: string, options: Record<string, unknown>): unknown;
  clearCookie(name: string, options: Record<string, unknown>): unknown;
}

function options(config: AppConfig): Record<string, unknown> {
  return {
    httpOnly: true,
    sameSite: 'strict',
    // Always Secure outside local development (issue 13); browsers keep a Secure cookie from a loopback
    // http origin too, so tests over http://127.0.0.1 still sign in.
    secure: config.nodeEnv !== 'development' || config.publicUrl.startsWith('https:'),
    path: '/graphql',
  };
}

export function setRefreshCookie(reply: CookieReply, config: AppConfig, token: string, expires: Date): void {
  reply.setCookie(REFRESH_COOKIE, token, { ...options(config), expires });
}

export function clearRefreshCookie(reply: CookieReply, config: AppConfig): void {
  reply.clearCookie(REFRESH_COOKIE, options(config));
}
