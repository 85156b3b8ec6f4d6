import { emailDomain, normalizeDomain, ssoIdentityProblem, ssoRoles } from './single-sign-on';

describe('single sign-on rules', () => {
  it.each([
    ['Example.COM', 'example.com'],
    [' eu.example.co.uk. ', 'eu.example.co.uk'],
    ['localhost', null],
    ['exa mple.com', null],
    ['@example.com', null],
    ['-bad.com', null],
    ['', null],
  ])('normalizeDomain(%j) = %j', (raw, expected) => {
    expect(normalizeDomain(raw)).toBe(expected);
  });

  it('takes the domain after the last @', () => {
    expect(emailDomain('Ann@Example.com')).toBe('example.com');
    expect(emailDomain('"a@b"@example.com')).toBe('example.com');
    expect(emailDomain('nobody')).toBeNull();
  });

  it('needs a verified email in an allowed domain, matched exactly', () => {
    const allowed = ['example.com'];
    expect(ssoIdentityProblem({ email: 'ann@example.com', email_verified: true }, allowed)).toBeNull();
    expect(ssoIdentityProblem({ email: 'ann@EXAMPLE.com', email_verified: true }, allowed)).toBeNull();
    expect(ssoIdentityProblem({ email_verified: true }, allowed)).toBe('NO_EMAIL');
    expect(ssoIdentityProblem({ email: 'ann@example.com' }, allowed)).toBe('EMAIL_NOT_VERIFIED');
    expect(ssoIdentityProblem({ email: 'ann@example.com', email_verified: 'true' }, allowed)).toBe(
      'EMAIL_NOT_VERIFIED',
    );
    expect(ssoIdentityProblem({ email: 'ann@evil.example.com', email_verified: true }, allowed)).toBe(
      'DOMAIN_NOT_ALLOWED',
    );
    expect(ssoIdentityProblem({ email: 'ann@example.com.evil.io', email_verified: true }, allowed)).toBe(
      'DOMAIN_NOT_ALLOWED',
    );
    expect(ssoIdentityProblem({ email: 'ann@example.com', email_verified: true }, [])).toBe(
      'DOMAIN_NOT_ALLOWED',
    );
  });

  it('maps the role claim (string or array) to roles, ENGINEER otherwise', () => {
    const mappings = [
      { value: 'tokenroll-admins', role: 'ADMIN' as const },
      { value: 'finance', role: 'FINANCE' as const },
      { value: 'leads', role: 'MANAGER' as const },
    ];
    expect(ssoRoles({ groups: ['finance', 'tokenroll-admins'] }, 'groups', mappings)).toEqual([
      'ADMIN',
      'FINANCE',
    ]);
    expect(ssoRoles({ role: 'leads' }, 'role', mappings)).toEqual(['MANAGER']);
    expect(ssoRoles({ groups: ['other'] }, 'groups', mappings)).toEqual(['ENGINEER']);
    expect(ssoRoles({ groups: 'TOKENROLL-ADMINS' }, 'groups', mappings)).toEqual(['ENGINEER']);
    expect(ssoRoles({ groups: [{ value: 'finance' }] }, 'groups', mappings)).toEqual(['ENGINEER']);
    expect(ssoRoles({ groups: ['finance'] }, null, mappings)).toEqual(['ENGINEER']);
  });
});
