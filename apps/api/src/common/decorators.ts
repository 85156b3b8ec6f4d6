import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../auth/role';

export const IS_PUBLIC = 'tokenroll:public';
export const ROLES = 'tokenroll:roles';
export const MACHINE_SCOPE = 'tokenroll:machine-scope';
export const MACHINE_OR_SESSION = 'tokenroll:machine-or-session';

/** Marks an operation as reachable without signing in. Everything else requires a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** A REST endpoint for machines: authenticated by an API key (holding `scope`, if given) instead of a sign-in. */
export const MachineAuth = (
  scope: 'usage:write' | 'authorize' | 'budget:read' | 'finance:read' | 'any' = 'any',
) => SetMetadata(MACHINE_SCOPE, scope);

/**
 * A REST endpoint for machines AND signed-in people: an API key (`Bearer trk_…`) holding `scope`, or an
 * access token of a member holding one of `roles` (the web app downloads the same files).
 */
export const MachineOrSessionAuth = (scope: 'finance:read', roles: Role[]) =>
  applyDecorators(SetMetadata(MACHINE_SCOPE, scope), SetMetadata(MACHINE_OR_SESSION, roles));

/** Restricts an operation to members holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in member, as read from the verified access token. */
export interface SessionUser {
  userId: string;
  companyId: string;
  email: string;
  roles: Role[];
  /** The sign-in (refresh-token family) behind the access token, when signed in with one. */
  sessionId?: string;
}

export interface MachineCallerInfo {
  companyId: string;
  keyId: string;
  engineerId: string | null;
  scopes: string[];
}

export function requestOf(context: ExecutionContext): {
  user?: SessionUser;
  machine?: MachineCallerInfo;
  presentedKey?: {
    companyId: string;
    keyId: string;
    secret: string;
    scope: 'usage:write' | 'authorize' | 'budget:read' | 'finance:read' | 'any';
  };
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

/** The API key behind a machine request. */
export const CurrentMachine = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).machine,
);
