import { isDatabaseUnavailable } from '../common/database-unavailable';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../common/app-error';
import {
  IS_PUBLIC,
  MACHINE_OR_SESSION,
  MACHINE_SCOPE,
  requestOf,
  ROLES,
  SessionUser,
} from '../common/decorators';
import { ApiKeysService } from '../api-keys/api-keys.service';
import type { ApiKeyScope } from '../api-keys/api-key.entity';
import { Role } from './role';

/**
 * Global guard: every GraphQL operation and REST route needs a valid access token and, when it names
 * roles, one of them. Only operations marked @Public() are open.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const scope = this.reflector.getAllAndOverride<ApiKeyScope | 'any' | undefined>(MACHINE_SCOPE, targets);
    const sessionRoles = this.reflector.getAllAndOverride<Role[] | undefined>(MACHINE_OR_SESSION, targets);
    const header = requestOf(context).headers.authorization;
    const raw =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    // An endpoint for machines and people: an access token (not a `trk_` key) takes the people's way.
    if (scope && !(sessionRoles && raw !== undefined && !raw.startsWith('trk_'))) {
      const request = requestOf(context);
      // Checked against the database inside the request's tenant transaction (TenantTransactionInterceptor).
      request.presentedKey = this.apiKeys.parse(raw, scope);
      return true;
    }
    await super.canActivate(context);
    const roles = sessionRoles ?? this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    const user = requestOf(context).user as SessionUser;
    if (roles?.length && !roles.some((role) => user.roles.includes(role))) {
      throw new AppError('FORBIDDEN', `This needs one of these roles: ${roles.join(', ')}`);
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof AppError) throw error;
    // The session is checked in the database on every request: an outage is a 503, not a signed-out caller.
    if (isDatabaseUnavailable(error)) throw error;
    if (error || !user)
      throw new AppError('UNAUTHENTICATED', 'Sign in first: the access token is missing, invalid or expired');
    return user;
  }
}

/** Runs passport-local on the GraphQL `login(input: {email, password})` arguments. */
@Injectable()
export class LocalLoginGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext().req;
    const input = gql.getArgs<{ input?: { email?: unknown; password?: unknown } }>().input ?? {};
    request.body = { email: input.email, password: input.password };
    return request;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof AppError) throw error;
    if (isDatabaseUnavailable(error)) throw error;
    if (error || !user) throw new AppError('UNAUTHENTICATED', 'Email or password is incorrect');
    return user;
  }
}
