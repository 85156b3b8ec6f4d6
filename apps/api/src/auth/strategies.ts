import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import { SessionUser } from '../common/decorators';
import { AuthService } from './auth.service';
import { AccessTokenClaims } from './sessions.service';
import { Role } from './role';
import { JWT_SECRET } from './jwt-secret';

/** Bearer access tokens: HS256 only (so `alg: none` and other algorithms are refused), expiry enforced. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(@Inject(JWT_SECRET) secret: string) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: secret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): SessionUser {
    return { userId: claims.sub, companyId: claims.cid, email: claims.email, roles: claims.roles as Role[] };
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
