import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { parseApiError } from '../../app/errors';
import type { Role } from '../../gql/graphql';

export const SSO_ROLE_NAMES: readonly Role[] = ['ADMIN', 'HR', 'FINANCE', 'MANAGER', 'ENGINEER'];

export interface SsoFormValues {
  slug: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string;
  roleClaim: string;
  roleMappings: string;
  ssoRequired: boolean;
}

export const SSO_FIELD_LABELS = {
  slug: 'SSO name',
  issuerUrl: 'Issuer URL',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  allowedDomains: 'Allowed email domains',
  roleClaim: 'Role claim',
  roleMappings: 'Role mapping',
  ssoRequired: 'Require SSO',
};

/** Domains typed as a list separated by commas, spaces or lines. */
export function parseDomains(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((domain) => domain.trim())
    .filter(Boolean);
}

/**
 * Role mappings typed one a line as `claim value = ROLE` (e.g. `tokenroll-admins = ADMIN`); returns the
 * mappings or the first problem.
 */
export function parseRoleMappings(text: string): {
  mappings: { value: string; role: Role }[];
  error: string | null;
} {
  const mappings: { value: string; role: Role }[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.lastIndexOf('=');
    const value = eq > 0 ? line.slice(0, eq).trim() : '';
    const role = (
      eq > 0
        ? line
            .slice(eq + 1)
            .trim()
            .toUpperCase()
        : ''
    ) as Role;
    if (!value || !SSO_ROLE_NAMES.includes(role))
      return {
        mappings: [],
        error: `Line ${index + 1}: write "claim value = ROLE", the role one of ${SSO_ROLE_NAMES.join(', ')}`,
      };
    mappings.push({ value, role });
  }
  return { mappings, error: null };
}

export function roleMappingsText(mappings: readonly { value: string; role: Role }[]): string {
  return mappings.map((mapping) => `${mapping.value} = ${mapping.role}`).join('\n');
}

/** SSO refusals are written for people by the server (why the provider's answer was not accepted). */
const SSO_REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'UNPROCESSABLE_ENTITY']);

/** What the callback page says when a sign-in is refused: the server's reason, else the usual wording. */
export function ssoFailureMessage(error: unknown): string {
  let errors: readonly GraphQLFormattedError[] | null = null;
  if (CombinedGraphQLErrors.is(error)) errors = error.errors;
  else if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      errors = body.errors ?? null;
    } catch {
      errors = null;
    }
  }
  const first = errors?.[0];
  const code = first?.extensions?.['code'];
  if (first?.message && typeof code === 'string' && SSO_REFUSALS.has(code)) return first.message;
  return parseApiError(error).message;
}
