import { loadPasswordEstimator, passwordProblem, PASSWORD_MIN_LENGTH } from './password-policy';

describe('passwordProblem', () => {
  beforeAll(() => loadPasswordEstimator());

  it.each([
    ['short1!', `must be at least ${PASSWORD_MIN_LENGTH} characters`],
    ['a'.repeat(201), 'must be at most 200 characters'],
    ['aaaaaaaaaaaaaaab', 'must use at least 5 different characters'],
    ['Password1234', 'is too common'],
    ['ababababcdcdcdcd', 'must use at least 5 different characters'],
  ])('refuses %j: %s', (password, reason) => {
    expect(passwordProblem(password)).toBe(reason);
  });

  // Issue 13: accepted by the length rules, yet guessable.
  it.each(['Summer2026!!', 'qwertyuiop12', 'abcdeabcdeab', 'January2026!!', 'zxcvbnm12345'])(
    'refuses %j as too easy to guess',
    (password) => {
      expect(passwordProblem(password)).toMatch(/^is too easy to guess/);
    },
  );

  it('says why, in the words of the estimator', () => {
    expect(passwordProblem('qwertyuiop12')).toBe(
      'is too easy to guess: this is similar to a commonly used password',
    );
  });

  it('refuses a password containing the email name', () => {
    expect(passwordProblem('xx-janedoe-2026!', 'janedoe@example.com')).toBe(
      'must not contain your email name',
    );
  });

  it.each(['correct horse battery', 'Tr0ub4dor&3-extended', 'ünïcödé-pässwörd'])('accepts %j', (password) => {
    expect(passwordProblem(password, 'someone@example.com')).toBeUndefined();
  });
});
