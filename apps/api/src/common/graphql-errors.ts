import { FieldProblemError } from '@tokenroll/domain';
import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode, FieldError } from './app-error';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/** `Variable "$input" got invalid value "BOSS" at "input.roles[0]"; ...` → field `roles`. */
export function fieldFromCoercionMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) {
    const path = at[1].split('.');
    const field = path.length > 1 ? path.slice(1).join('.') : path[0];
    return field.replace(/\[\d+\]$/, '');
  }
  const missing =
    /Field "([^"]+)" of required type/.exec(message) ?? /Field "([^"]+)" is not defined/.exec(message);
  return missing?.[1];
}

/**
 * Every GraphQL error leaves with a stable `extensions.code` (and `fields` for input problems); unknown
 * errors become INTERNAL_SERVER_ERROR with no detail (logged with the request id by the caller).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const raised = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const original = raised instanceof FieldProblemError ? AppError.badInput(raised.problems) : raised;
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, fields: original.fields, ...original.extra },
    };
  }
  if (original instanceof HttpException) {
    const code = BY_STATUS[original.getStatus()] ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'INTERNAL_SERVER_ERROR') onUnexpected(original);
    return {
      ...base,
      message: code === 'INTERNAL_SERVER_ERROR' ? 'Internal error' : original.message,
      extensions: { code },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'The database is unavailable; try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    };
  }
  const code = formatted.extensions?.code;
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'BAD_USER_INPUT' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_REQUEST' ||
    code === 'OPERATION_RESOLUTION_FAILURE' ||
    code === 'PERSISTED_QUERY_NOT_SUPPORTED'
  ) {
    const field = fieldFromCoercionMessage(formatted.message);
    const fields: FieldError[] = field ? [{ field, message: formatted.message }] : [];
    return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  onUnexpected(original);
  return { ...base, message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * A GraphQL answer that failed because the database is unavailable leaves as HTTP 503 with `Retry-After`,
 * like REST, so clients and load balancers back off instead of taking it for a bug. When nothing was
 * answered (`data: null`) the empty `data` is dropped, as for a request that never ran: Nest's own plugin
 * (which runs after this one) puts the status of an executed request back to 200.
 */
export const databaseOutagePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (!result.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
        if (result.data !== null && result.data !== undefined) return; // a partial answer stays a 200
        delete result.data;
        response.http.status = 503;
      },
    };
  },
};
