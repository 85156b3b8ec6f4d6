import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { CompaniesService } from '../companies/companies.service';
import { MembersService, normalizeEmail } from '../members/members.service';
import { User } from '../members/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords';
import { Role } from './role';
import { IssuedSession, SessionsService } from './sessions.service';
import { AcceptInvitationInput } from '../members/dto/members.input';
import { SignUpInput } from './dto/auth.input';
import { UserObject } from '../members/dto/user.object';
import { SsoSettingsService } from '../sso/sso-settings.service';

export interface SignedIn {
  session: IssuedSession;
  user: UserObject;
}

const WRONG_CREDENTIALS = 'Email or password is incorrect';

@Injectable()
export class AuthService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly companies: CompaniesService,
    private readonly members: MembersService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly sso: SsoSettingsService,
  ) {}

  /** Creates a company and its first member (ADMIN) in one transaction, and signs them in. */
  async signUp(input: SignUpInput, ip: string): Promise<SignedIn> {
    // Counted first (so parallel sign-ups cannot pass the limit); given back when nothing was created.
    const attempt = await this.throttle.attemptSignUp(ip);
    try {
      assertAcceptablePassword(input.password, input.email);
      const passwordHash = await hashPassword(input.password);
      return await this.tenancy.run(randomUUID(), async () => {
        await this.companies.create(input.companyName);
        const user = await this.members.createUser({
          email: input.email,
          name: input.name,
          passwordHash,
          roles: [Role.ADMIN],
        });
        return this.signIn(toSessionUser(user));
      });
    } catch (error) {
      await attempt.failed();
      throw error;
    }
  }

  /** Used by the passport-local strategy. The same error for an unknown email and a wrong password. */
  async validateLogin(email: string, password: string, ip: string): Promise<SessionUser> {
    const normalized = normalizeEmail(email);
    // Counted before the password is checked: parallel guesses cannot all be checked.
    const attempt = await this.throttle.attemptLogin(normalized, ip);
    const found = await this.tenancy.runAsLogin(normalized, (manager) =>
      manager.getRepository(User).findOneBy({ email: normalized }),
    );
    // A removed member is no member: the same answer as for an unknown email.
    const user = found && !found.removedAt ? found : null;
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    await attempt.succeeded();
    if (user.deactivatedAt)
      throw new AppError(
        'FORBIDDEN',
        'Your account is deactivated: ask an ADMIN of your company to reactivate it',
      );
    // A company that requires single sign-on turns password sign-in off (ADMINs keep it: break-glass).
    await this.sso.assertPasswordSignInAllowed(toSessionUser(user));
    return toSessionUser(user);
  }

  login(user: SessionUser): Promise<SignedIn> {
    return this.tenancy.run(user.companyId, () => this.signIn(user));
  }

  async refresh(rawRefreshToken: string | undefined): Promise<SignedIn> {
    const { user, session } = await this.sessions.rotate(rawRefreshToken);
    return this.tenancy.run(user.companyId, async () => ({
      session,
      user: await this.members.userObject(user.userId),
    }));
  }

  logout(rawRefreshToken: string | undefined, signedIn?: SessionUser): Promise<void> {
    return this.sessions.revoke(rawRefreshToken, signedIn);
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<SignedIn> {
    const preview = await this.members.preview(input.token);
    assertAcceptablePassword(input.password, preview.email);
    const passwordHash = await hashPassword(input.password);
    const { companyId, userId } = await this.members.accept(input.token, input.name, passwordHash);
    return this.tenancy.run(companyId, async () => {
      const user = await this.members.userObject(userId);
      return this.signIn({ userId, companyId, email: user.email, roles: user.roles });
    });
  }

  private async signIn(user: SessionUser): Promise<SignedIn> {
    const session = await this.sessions.issue(user);
    return { session, user: await this.members.userObject(user.userId) };
  }
}

function toSessionUser(user: User): SessionUser {
  return { userId: user.id, companyId: user.companyId, email: user.email, roles: user.roles };
}
