import { FieldProblemError } from '@tokenroll/domain';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { AppError, ErrorCode } from './app-error';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
}

/**
 * REST errors as RFC 9457 problem details with a stable `type`. GraphQL errors are left to Apollo's
 * formatter (this filter re-throws them).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') throw exception;
    const reply = host.switchToHttp().getResponse<ReplyLike>();
    const request = host.switchToHttp().getRequest<{ id?: string; url?: string }>();
    let status = 500;
    let code: ErrorCode = 'INTERNAL_SERVER_ERROR';
    let detail = 'Internal error';
    let fields: unknown[] = [];
    let extra: Record<string, unknown> = {};
    if (exception instanceof FieldProblemError) exception = AppError.badInput(exception.problems);
    if (exception instanceof AppError) {
      status = exception.status;
      code = exception.code;
      detail = exception.message;
      fields = exception.fields;
      extra = exception.extra;
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      code =
        (
          {
            400: 'BAD_USER_INPUT',
            401: 'UNAUTHENTICATED',
            403: 'FORBIDDEN',
            404: 'NOT_FOUND',
            409: 'CONFLICT',
            413: 'PAYLOAD_TOO_LARGE',
            422: 'UNPROCESSABLE_ENTITY',
            429: 'TOO_MANY_REQUESTS',
          } as Record<number, ErrorCode>
        )[status] ?? (status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR'); // 413, 415, 422…: the request is at fault
      detail = status >= 500 ? 'Internal error' : exception.message;
    }
    if (status === 500 && isDatabaseUnavailable(exception)) {
      // An outage, not a bug: callers (OTLP exporters, SDKs) retry a 503 after Retry-After.
      status = 503;
      code = 'SERVICE_UNAVAILABLE';
      detail = 'The database is unavailable; try again shortly';
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      this.logger.warn({ err: exception, requestId: request.id }, 'database unavailable');
    } else if (status >= 500)
      this.logger.error({ err: exception, requestId: request.id }, 'unexpected error');
    // A throttled caller is told when to come back (429, and 503 while the service recovers).
    if (typeof extra.retryAfterSeconds === 'number')
      reply.header('retry-after', String(extra.retryAfterSeconds));
    reply
      .status(status)
      .header('content-type', 'application/problem+json')
      .send({
        type: `https://tokenroll.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
        title: code,
        status,
        detail,
        instance: request.url,
        requestId: request.id,
        ...(fields.length ? { fields } : {}),
        ...extra,
      });
    return undefined;
  }
}
