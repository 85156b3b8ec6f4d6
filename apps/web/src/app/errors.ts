import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PAYMENT_REQUIRED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNPROCESSABLE_ENTITY'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK'
  | 'UNKNOWN';

const KNOWN_CODES = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'PAYMENT_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE_ENTITY',
  'INTERNAL_SERVER_ERROR',
]);

/** Codes whose server message is written for people (input, conflicts, limits, an exhausted budget). */
const MESSAGES_FOR_PEOPLE = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'PAYMENT_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE_ENTITY',
]);

export type FieldErrors = Record<string, string>;

export interface ApiError {
  code: ApiErrorCode;
  /** A message fit to show a person. */
  message: string;
  /** Messages keyed by input field name (from `extensions.fields`). */
  fieldErrors: FieldErrors;
}

export const GENERIC_MESSAGES: Record<ApiErrorCode, string> = {
  BAD_USER_INPUT: 'Please check the highlighted fields.',
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: "You don't have permission to do that.",
  NOT_FOUND: "We couldn't find what you were looking for.",
  CONFLICT: 'That conflicts with something that already exists.',
  TOO_MANY_REQUESTS: 'Too many attempts. Please wait a minute and try again.',
  PAYMENT_REQUIRED: 'The budget has run out: there is nothing left to spend.',
  PAYLOAD_TOO_LARGE: 'That is too much to send at once.',
  UNPROCESSABLE_ENTITY: 'Please check what was sent.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
  NETWORK: "We can't reach Tokenroll right now. Check your connection and try again.",
  UNKNOWN: 'Something went wrong. Please try again.',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `input.email` and `email` both map to the form field `email`. */
function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

function readFields(extensions: unknown): FieldErrors {
  const result: FieldErrors = {};
  if (!isRecord(extensions) || !Array.isArray(extensions['fields'])) return result;
  for (const entry of extensions['fields']) {
    if (!isRecord(entry)) continue;
    const field = entry['field'];
    const message = entry['message'];
    if (typeof field !== 'string' || typeof message !== 'string' || field === '') continue;
    const name = fieldName(field);
    // keep the first message per field; it is usually the most fundamental one
    if (!(name in result)) result[name] = message;
  }
  return result;
}

function codeOf(error: GraphQLFormattedError): ApiErrorCode {
  const code = error.extensions?.['code'];
  return typeof code === 'string' && KNOWN_CODES.has(code as ApiErrorCode)
    ? (code as ApiErrorCode)
    : 'UNKNOWN';
}

export function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): ApiError {
  const first = errors[0];
  if (!first) return { code: 'UNKNOWN', message: GENERIC_MESSAGES.UNKNOWN, fieldErrors: {} };
  const code = codeOf(first);
  const fieldErrors: FieldErrors = {};
  for (const error of errors) {
    for (const [field, message] of Object.entries(readFields(error.extensions))) {
      if (!(field in fieldErrors)) fieldErrors[field] = message;
    }
  }
  // Input and conflict messages are written for people; the rest get a stable wording
  // so nothing technical leaks into the page.
  const message = MESSAGES_FOR_PEOPLE.has(code) && first.message ? first.message : GENERIC_MESSAGES[code];
  return { code, message, fieldErrors };
}

function errorsFromBody(bodyText: string): GraphQLFormattedError[] | null {
  try {
    const parsed: unknown = JSON.parse(bodyText);
    if (isRecord(parsed) && Array.isArray(parsed['errors']))
      return parsed['errors'] as GraphQLFormattedError[];
  } catch {
    // not JSON
  }
  return null;
}

/** Turns anything an Apollo operation can throw into one shape the pages understand. */
export function parseApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    const errors = errorsFromBody(error.bodyText);
    if (errors) return fromGraphQLErrors(errors);
    if (error.statusCode === 429)
      return { code: 'TOO_MANY_REQUESTS', message: GENERIC_MESSAGES.TOO_MANY_REQUESTS, fieldErrors: {} };
    if (error.statusCode === 401)
      return { code: 'UNAUTHENTICATED', message: GENERIC_MESSAGES.UNAUTHENTICATED, fieldErrors: {} };
    if (error.statusCode >= 500)
      return {
        code: 'INTERNAL_SERVER_ERROR',
        message: GENERIC_MESSAGES.INTERNAL_SERVER_ERROR,
        fieldErrors: {},
      };
    return { code: 'UNKNOWN', message: GENERIC_MESSAGES.UNKNOWN, fieldErrors: {} };
  }
  if (error instanceof TypeError)
    return { code: 'NETWORK', message: GENERIC_MESSAGES.NETWORK, fieldErrors: {} };
  return { code: 'UNKNOWN', message: GENERIC_MESSAGES.UNKNOWN, fieldErrors: {} };
}

export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => codeOf(e) === 'UNAUTHENTICATED');
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return true;
    return (errorsFromBody(error.bodyText) ?? []).some((e) => codeOf(e) === 'UNAUTHENTICATED');
  }
  return false;
}

/** `companyName` → "Company name". */
export function humanizeField(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The server's field messages may be fragments meant to follow the field name
 * ("is already registered"); those get the field's label in front.
 */
export function fieldMessage(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

/**
 * Splits a server error between the form's fields and a banner: messages whose
 * field is on the form go next to it, anything else becomes the banner text.
 * `labels` maps each form field name to its visible label.
 * The banner is null when every message found a field.
 */
export function splitFieldErrors<F extends string>(
  error: ApiError,
  labels: Record<F, string>,
): { fieldErrors: Partial<Record<F, string>>; banner: string | null } {
  const fieldErrors: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (Object.prototype.hasOwnProperty.call(labels, field))
      fieldErrors[field as F] = fieldMessage(labels[field as F], message);
    else unplaced.push(fieldMessage(humanizeField(field), message));
  }
  const placedAny = Object.keys(fieldErrors).length > 0;
  let banner: string | null = null;
  if (unplaced.length > 0) banner = unplaced.join('. ');
  else if (!placedAny) banner = error.message;
  return { fieldErrors, banner };
}
