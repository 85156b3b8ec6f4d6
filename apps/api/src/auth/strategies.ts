import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { SessionUser } from '../common/decorators';
import { AuthService } from './auth.service';
import { AccessTokenClaims, SessionsService } from './sessions.service';
import { JWT_SECRET } from './jwt-secret';

const CHECKED = Symbol('tokenroll.checkedSession');

/**
 * Bearer access tokens: HS256 only (so `alg: none` and other algorithms are refused), expiry enforced, and
 * checked against the database on every request (SessionsService.current): a deactivated or removed member,
 * or a signed-out sign-in, is refused at once, and the roles are the member's roles now, not the token's.
 * One lookup per request (kept on the request for the other operations of the same GraphQL document).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    @Inject(JWT_SECRET) secret: string,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: secret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  async validate(
    request: {
      headers?: Record<string, unknown>;
      [CHECKED]?: { token: unknown; user: SessionUser | null };
    },
    claims: AccessTokenClaims,
  ): Promise<SessionUser | false> {
    const token = request.headers?.authorization;
    const kept = request[CHECKED];
    const user = kept && kept.token === token ? kept.user : await this.sessions.current(claims);
    request[CHECKED] = { token, user };
    return user ?? false;
  }
}

/** Email + password sign-in; throttled per email and per IP inside AuthService.validateLogin. */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: { ip: string }, email: string, password: string): Promise<SessionUser> {
    return this.auth.validateLogin(email, password, request.ip);
  }
}
