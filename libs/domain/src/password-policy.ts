import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

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

/**
 * The strength estimator (zxcvbn-ts: common passwords, names, English words, keyboard walks, repeats,
 * sequences, dates, l33t): a password must score 4, about 10^10 guesses or more. Built on first use;
 * only the first 64 characters are estimated (a longer one that passes the other checks is long enough,
 * and the estimate's cost grows with length).
 */
export const PASSWORD_MIN_SCORE = 4;
let estimator: ZxcvbnFactory | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the estimator's dictionaries (about 1.6 MB of JavaScript): imported on demand, so the web app's
 * sign-in page never downloads them (first-load budget) and only the pages that set a password do. The api
 * loads it at start. Idempotent.
 */
export function loadPasswordEstimator(): Promise<void> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    estimator = new core.ZxcvbnFactory({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
      maxLength: 64,
    });
  });
  return loading;
}

/** Whether passwordProblem can run (the estimator is loaded). */
export function passwordEstimatorReady(): boolean {
  return estimator !== undefined;
}

function strength(password: string, userInputs: string[]) {
  if (!estimator) throw new Error('loadPasswordEstimator() must complete before passwords are checked');
  return estimator.check(password, userInputs);
}

/**
 * Why a password is not acceptable, or undefined when it is. Shared by the api and the web form, so both
 * refuse the same passwords with the same reason (issue 13: `Summer2026!!`, `qwertyuiop12`, `abcdeabcdeab`).
 * The estimator must be loaded first (loadPasswordEstimator).
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(password).size < 5) return 'must use at least 5 different characters';
  if (COMMON.has(password.toLowerCase())) return 'is too common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    return 'must not contain your email name';
  const estimate = strength(password, email ? [email, ...email.split(/[@.]/)] : []);
  if (estimate.score < PASSWORD_MIN_SCORE) {
    const why = estimate.feedback.warning
      ? `: ${estimate.feedback.warning.replace(/\.$/, '').toLowerCase()}`
      : '';
    return `is too easy to guess${why}`;
  }
  return undefined;
}
