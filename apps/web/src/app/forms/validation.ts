import {
  loadPasswordEstimator,
  PASSWORD_MIN_LENGTH,
  passwordEstimatorReady,
  passwordProblem,
} from '@tokenroll/domain';
import type { Role } from '../../gql/graphql';

export const MIN_PASSWORD_LENGTH = PASSWORD_MIN_LENGTH;
export const MAX_TEXT_LENGTH = 200;

// Deliberately simple: one "@", something before it, a dot in the domain, no spaces.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function validateRequired(label: string) {
  return (value: string): string | null => {
    const trimmed = value.trim();
    if (trimmed === '') return `${label} is required`;
    if (trimmed.length > MAX_TEXT_LENGTH) return `${label} must be at most ${MAX_TEXT_LENGTH} characters`;
    return null;
  };
}

export function validateEmail(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'Email is required';
  if (!EMAIL_SHAPE.test(trimmed)) return 'Enter a valid email address, like name@company.com';
  return null;
}

/** Pages that set a password load the strength estimator when they open (it is not on the sign-in path). */
export const preparePasswordCheck = loadPasswordEstimator;

/** The same rule the server applies (libs/domain), so the form says what the server would. */
export function validateNewPassword(value: string, email?: string): string | null {
  if (value === '') return 'Password is required';
  if (!passwordEstimatorReady()) {
    void loadPasswordEstimator();
    return 'Password strength is still being checked: try again in a moment';
  }
  const problem = passwordProblem(value, email);
  return problem ? `Password ${problem}` : null;
}

/** For sign-in we only check presence: the server decides whether it is right. */
export function validatePasswordPresent(value: string): string | null {
  return value === '' ? 'Password is required' : null;
}

export function validateConfirmation(value: string, password: string): string | null {
  if (value === '') return 'Confirm your password';
  return value === password ? null : 'Passwords do not match';
}

export function validateRoles(value: readonly Role[]): string | null {
  return value.length === 0 ? 'Choose at least one role' : null;
}
