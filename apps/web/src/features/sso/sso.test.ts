import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { parseDomains, parseRoleMappings, roleMappingsText, ssoFailureMessage } from './sso';

describe('SSO settings form', () => {
  it('reads domains separated by commas, spaces or lines', () => {
    expect(parseDomains(' acme.com, acme.io\nlabs.acme.com ;x.org ')).toEqual([
      'acme.com',
      'acme.io',
      'labs.acme.com',
      'x.org',
    ]);
    expect(parseDomains('  ')).toEqual([]);
  });

  it('reads role mappings one a line and names the bad line', () => {
    expect(parseRoleMappings('tokenroll-admins = ADMIN\n\nfinance=finance')).toEqual({
      mappings: [
        { value: 'tokenroll-admins', role: 'ADMIN' },
        { value: 'finance', role: 'FINANCE' },
      ],
      error: null,
    });
    expect(parseRoleMappings('ok = HR\nno role here').error).toMatch(/^Line 2/);
    expect(parseRoleMappings('x = OWNER').error).toMatch(/Line 1/);
    expect(roleMappingsText([{ value: 'a=b', role: 'HR' }])).toBe('a=b = HR');
    expect(parseRoleMappings('a=b = HR').mappings).toEqual([{ value: 'a=b', role: 'HR' }]);
  });
});

describe('SSO refusals', () => {
  const refusal = (code: string, message: string) =>
    new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

  it('shows the server reason for a refused sign-in, the usual wording for anything else', () => {
    expect(ssoFailureMessage(refusal('FORBIDDEN', 'Your email domain is not allowed'))).toBe(
      'Your email domain is not allowed',
    );
    expect(ssoFailureMessage(refusal('UNAUTHENTICATED', 'This sign-in was already used'))).toBe(
      'This sign-in was already used',
    );
    expect(ssoFailureMessage(refusal('INTERNAL_SERVER_ERROR', 'stack trace here'))).not.toContain('stack');
  });
});
