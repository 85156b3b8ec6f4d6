/** Minimum and maximum length of a sign-in password. Length is what makes a password strong (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set([
  'password1234',
  'passwordpassword',
  '123456789012',
  'qwertyuiopas',
  'letmein12345',
  'welcome12345',
  'iloveyou1234',
  'administrator',
  'changeme1234',
  'tokenroll123',
]);

/** Why a password is not acceptable, or undefined when it is. Shared by the api and the web form. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(password).size < 5) return 'must use at least 5 different characters';
  if (COMMON.has(password.toLowerCase())) return 'is too common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    return 'must not contain your email name';
  return undefined;
}
