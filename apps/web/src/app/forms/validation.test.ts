import { beforeAll, describe, expect, it } from 'vitest';
import {
  preparePasswordCheck,
  validateConfirmation,
  validateEmail,
  validateNewPassword,
  validatePasswordPresent,
  validateRequired,
  validateRoles,
} from './validation';

// The pages that set a password load the strength estimator as they open; so do these tests.
beforeAll(() => preparePasswordCheck());

describe('form validation messages', () => {
  it.each([
    ['', 'Email is required'],
    ['   ', 'Email is required'],
    ['not-an-email', 'Enter a valid email address, like name@company.com'],
    ['a@b', 'Enter a valid email address, like name@company.com'],
    ['a b@c.io', 'Enter a valid email address, like name@company.com'],
    ['a@@c.io', 'Enter a valid email address, like name@company.com'],
    ['ada@example.com', null],
    ['  ada.l+test@mail.example.co.uk ', null],
  ])('email %j → %j', (value, message) => {
    expect(validateEmail(value)).toBe(message);
  });

  it('asks for at least 12 characters in a new password', () => {
    expect(validateNewPassword('')).toBe('Password is required');
    expect(validateNewPassword('short')).toBe('Password must be at least 12 characters');
    expect(validateNewPassword('elevenchars')).toBe('Password must be at least 12 characters');
    expect(validateNewPassword('twelve chars')).toBe('Password is too easy to guess');
    expect(validateNewPassword('plum sextant orbit')).toBeNull();
  });

  it('refuses the guessable passwords of issue 13 with the same reason as the server (libs/domain)', () => {
    for (const password of ['Summer2026!!', 'qwertyuiop12', 'abcdeabcdeab'])
      expect(validateNewPassword(password)).toMatch(/^Password is too easy to guess/);
  });

  it('only checks presence of a sign-in password', () => {
    expect(validatePasswordPresent('')).toBe('Password is required');
    expect(validatePasswordPresent('x')).toBeNull();
  });

  it('names the field in required messages and trims whitespace', () => {
    expect(validateRequired('Company name')('  ')).toBe('Company name is required');
    expect(validateRequired('Company name')('Acme')).toBeNull();
    expect(validateRequired('Your name')('x'.repeat(201))).toBe('Your name must be at most 200 characters');
  });

  it('checks the confirmation matches', () => {
    expect(validateConfirmation('', 'secret secret')).toBe('Confirm your password');
    expect(validateConfirmation('secret', 'secret secret')).toBe('Passwords do not match');
    expect(validateConfirmation('secret secret', 'secret secret')).toBeNull();
  });

  it('requires at least one role', () => {
    expect(validateRoles([])).toBe('Choose at least one role');
    expect(validateRoles(['HR'])).toBeNull();
  });
});

describe('validateNewPassword uses the shared rule from libs/domain', () => {
  it('refuses a password containing the email name, like the server', () => {
    expect(validateNewPassword('my richard password', 'richard@example.com')).toBe(
      'Password must not contain your email name',
    );
    expect(validateNewPassword('my richard password', 'someone@example.com')).toBeNull();
  });

  it('refuses a common password', () => {
    expect(validateNewPassword('Password1234')).toBe('Password is too common');
  });
});
