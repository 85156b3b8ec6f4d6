import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../auth/role';

export const IS_PUBLIC = 'tokenroll:public';
export const ROLES = 'tokenroll:roles';

/** Marks an operation as reachable without signing in. Everything else requires a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts an operation to members holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in member, as read from the verified access token. */
export interface SessionUser {
  userId: string;
  companyId: string;
  email: string;
  roles: Role[];
}

export function requestOf(context: ExecutionContext): {
  user?: SessionUser;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  body?: unknown;
  id?: string;
} {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).user,
);
