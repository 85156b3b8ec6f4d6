/**
 * Single sign-on rules: which identities a company's identity provider may sign in, and with which roles.
 * Pure: the api applies them to the claims of an ID token whose signature, issuer, audience, expiry and
 * nonce were already checked.
 */

/** The roles a member can hold (as the api's Role enum). */
export const SSO_ROLES = ['ADMIN', 'HR', 'FINANCE', 'MANAGER', 'ENGINEER'] as const;
export type SsoRole = (typeof SSO_ROLES)[number];

export interface SsoRoleMapping {
  /** A value of the role claim (a string, or one element of an array claim), compared exactly. */
  value: string;
  role: SsoRole;
}

/** Lower-cased, trimmed; null when it is not a plain domain name (`example.com`, `eu.example.co.uk`). */
export function normalizeDomain(raw: string): string | null {
  const domain = raw.trim().toLowerCase().replace(/\.$/, '');
  if (domain.length > 253) return null;
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain) ? domain : null;
}

/** The domain of an email address (after its last @), lower-cased; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  return normalizeDomain(email.slice(at + 1));
}

export type SsoIdentityProblem = 'NO_EMAIL' | 'EMAIL_NOT_VERIFIED' | 'DOMAIN_NOT_ALLOWED';

/**
 * Why an identity may not sign in through SSO, or null when it may: the provider must assert an email it
 * verified (`email_verified` exactly true), in one of the company's allowed domains (exact match, not a
 * subdomain: `evil.example.com` is not `example.com`).
 */
export function ssoIdentityProblem(
  claims: { email?: unknown; email_verified?: unknown },
  allowedDomains: readonly string[],
): SsoIdentityProblem | null {
  if (typeof claims.email !== 'string' || !claims.email.includes('@')) return 'NO_EMAIL';
  if (claims.email_verified !== true) return 'EMAIL_NOT_VERIFIED';
  const domain = emailDomain(claims.email);
  if (!domain || !allowedDomains.includes(domain)) return 'DOMAIN_NOT_ALLOWED';
  return null;
}

/**
 * The roles a member created by SSO gets: every mapped role whose value the role claim holds (a string or
 * an array of strings), in the order of SSO_ROLES; ENGINEER when no claim is configured or nothing matches.
 */
export function ssoRoles(
  claims: Record<string, unknown>,
  roleClaim: string | null,
  mappings: readonly SsoRoleMapping[],
): SsoRole[] {
  if (!roleClaim) return ['ENGINEER'];
  const raw = claims[roleClaim];
  const values = new Set(
    (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string'),
  );
  const roles = new Set(mappings.filter((mapping) => values.has(mapping.value)).map((m) => m.role));
  const ordered = SSO_ROLES.filter((role) => roles.has(role));
  return ordered.length ? ordered : ['ENGINEER'];
}
