import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { leavesNoActiveAdmin } from '@tokenroll/domain';
import { IsNull, QueryFailedError } from 'typeorm';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuditService } from '../audit/audit.service';
import { RefreshToken } from '../auth/refresh-token.entity';
import { BusinessClock } from '../clock/business-clock';
import { PeopleService } from '../people/people.service';
import { MailService } from '../alerts/mail.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { Role } from '../auth/role';
import {
  formatCompoundToken,
  isUuid,
  parseCompoundToken,
  randomSecret,
  sameHash,
  sha256Hex,
} from '../auth/secrets';
import { CompaniesService } from '../companies/companies.service';
import { Company } from '../companies/company.entity';
import { Invitation } from './invitation.entity';
import { User } from './user.entity';
import { InvitationObject, InvitationPreviewObject, InvitationStatus } from './dto/invitation.object';
import { MemberObject, MemberStatus } from './dto/member.object';
import { UserObject } from './dto/user.object';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505';
}

function invitationStatus(invitation: Invitation, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

const INVALID_TOKEN = AppError.badInput([{ field: 'token', message: 'is not valid' }]);

@Injectable()
export class MembersService {
  private readonly logger = new Logger(MembersService.name);

  constructor(
    private readonly tenancy: TenancyService,
    private readonly companies: CompaniesService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: BusinessClock,
    private readonly people: PeopleService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  /** Creates a user in the current tenant; a taken email is a CONFLICT on `email`. */
  async createUser(fields: {
    email: string;
    name: string;
    passwordHash: string;
    roles: Role[];
  }): Promise<User> {
    const repository = this.tenancy.manager().getRepository(User);
    const user = repository.create({
      companyId: this.tenancy.companyId(),
      id: randomUUID(),
      email: normalizeEmail(fields.email),
      name: fields.name.trim(),
      passwordHash: fields.passwordHash,
      roles: fields.roles,
    });
    try {
      // A savepoint keeps the surrounding transaction usable when the insert fails.
      return await this.tenancy.manager().transaction((manager) => manager.getRepository(User).save(user));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('CONFLICT', 'An account with this email already exists', [
          { field: 'email', message: 'is already registered' },
        ]);
      }
      throw error;
    }
  }

  async userObject(userId: string): Promise<UserObject> {
    const user = await this.tenancy
      .manager()
      .getRepository(User)
      .findOne({
        where: { companyId: this.tenancy.companyId(), id: userId },
        relations: { company: true },
      });
    if (!user || !user.company) throw new AppError('UNAUTHENTICATED', 'Your account no longer exists');
    return toUserObject(user, user.company);
  }

  async listMembers(): Promise<MemberObject[]> {
    const manager = this.tenancy.manager();
    const [users, invitations] = await Promise.all([
      manager.getRepository(User).find({ order: { email: 'ASC' } }),
      manager.getRepository(Invitation).find({ order: { email: 'ASC' } }),
    ]);
    const members: MemberObject[] = users
      .filter((user) => !user.removedAt)
      .map((user) => toMemberObject(user));
    const joined = new Set(users.map((user) => user.email));
    for (const invitation of invitations) {
      if (invitationStatus(invitation) !== InvitationStatus.PENDING || joined.has(invitation.email)) continue;
      members.push({
        id: invitation.id,
        email: invitation.email,
        name: null,
        roles: invitation.roles,
        status: MemberStatus.INVITED,
        since: invitation.createdAt,
      });
    }
    return members;
  }

  async invite(inviter: SessionUser, email: string, roles: Role[]): Promise<InvitationObject> {
    const manager = this.tenancy.manager();
    const normalized = normalizeEmail(email);
    if (await manager.getRepository(User).existsBy({ email: normalized })) {
      throw new AppError('CONFLICT', 'This person is already a member', [
        { field: 'email', message: 'is already a member' },
      ]);
    }
    // A new invitation replaces any pending one for the same email.
    const [replaced]: [{ id: string; roles: string }[], number] = await manager.query(
      `update invitations set revoked_at = now()
        where email = $1 and accepted_at is null and revoked_at is null returning id, roles::text as roles`,
      [normalized],
    );
    for (const old of replaced)
      await this.audit.record(
        'INVITATION_REVOKED',
        'invitation',
        old.id,
        { email: normalized, status: InvitationStatus.PENDING },
        { email: normalized, status: InvitationStatus.REVOKED, reason: 'replaced by a new invitation' },
      );
    const secret = randomSecret();
    const invitation = await manager.getRepository(Invitation).save(
      manager.getRepository(Invitation).create({
        companyId: this.tenancy.companyId(),
        id: randomUUID(),
        email: normalized,
        roles: [...new Set(roles)],
        tokenHash: sha256Hex(secret),
        invitedBy: inviter.userId,
        expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3600_000),
        acceptedAt: null,
        revokedAt: null,
      }),
    );
    const token = formatCompoundToken({ companyId: invitation.companyId, id: invitation.id, secret });
    const acceptUrl = `${this.config.publicUrl}/accept-invite?token=${encodeURIComponent(token)}`;
    // Mailed (queued with the invitation, sent and retried by the delivery sweeper) and returned
    // to the admin when configured to.
    const company = await this.companies.current();
    await this.mail.queue({
      kind: 'INVITATION',
      to: normalized,
      subject: `You are invited to ${company.name} on Tokenroll`,
      text: [
        'Hello,',
        '',
        `You have been invited to join ${company.name} on Tokenroll.`,
        `Accept the invitation and choose a password here (the link works once, until ${invitation.expiresAt.toISOString()}):`,
        '',
        acceptUrl,
        '',
        '— Tokenroll',
      ].join('\n'),
    });
    // Never the link: it carries the secret that joins the company (issue 13).
    this.logger.log(`invitation ${invitation.id} queued`);
    await this.audit.record('INVITATION_SENT', 'invitation', invitation.id, null, {
      email: normalized,
      roles: invitation.roles,
      status: InvitationStatus.PENDING,
      expiresAt: invitation.expiresAt,
    });
    return {
      ...toInvitationObject(invitation),
      acceptUrl: this.config.returnInvitationLinks ? acceptUrl : null,
    };
  }

  async revokeInvitation(id: string): Promise<InvitationObject> {
    const manager = this.tenancy.manager();
    const invitation = isUuid(id) ? await manager.getRepository(Invitation).findOneBy({ id }) : null;
    if (!invitation)
      throw new AppError('NOT_FOUND', 'No such invitation', [{ field: 'id', message: 'does not exist' }]);
    if (invitationStatus(invitation) === InvitationStatus.PENDING) {
      invitation.revokedAt = new Date();
      await manager.getRepository(Invitation).save(invitation);
      await this.audit.record(
        'INVITATION_REVOKED',
        'invitation',
        invitation.id,
        { email: invitation.email, status: InvitationStatus.PENDING },
        { email: invitation.email, status: InvitationStatus.REVOKED },
      );
    }
    return toInvitationObject(invitation);
  }

  /** Public: what an invitation link is for, before the invitee sets a password. */
  async preview(rawToken: string): Promise<InvitationPreviewObject> {
    const token = parseCompoundToken(rawToken);
    if (!token) throw INVALID_TOKEN;
    return this.tenancy.run(token.companyId, async (manager) => {
      const invitation = await manager.getRepository(Invitation).findOneBy({ id: token.id });
      if (!invitation || !sameHash(invitation.tokenHash, sha256Hex(token.secret))) throw INVALID_TOKEN;
      assertUsable(invitation);
      const company = await this.companies.current();
      return {
        email: invitation.email,
        companyName: company.name,
        roles: invitation.roles,
        expiresAt: invitation.expiresAt,
      };
    });
  }

  /**
   * Public: turns an invitation into a user. Single use is enforced by one conditional UPDATE, so two
   * concurrent accepts cannot both succeed. Returns the new user's id and company.
   */
  async accept(
    rawToken: string,
    name: string,
    passwordHash: string,
  ): Promise<{ companyId: string; userId: string }> {
    const token = parseCompoundToken(rawToken);
    if (!token) throw INVALID_TOKEN;
    return this.tenancy.run(token.companyId, async (manager) => {
      const invitation = await manager.getRepository(Invitation).findOneBy({ id: token.id });
      if (!invitation || !sameHash(invitation.tokenHash, sha256Hex(token.secret))) throw INVALID_TOKEN;
      assertUsable(invitation);
      const claimed = await manager.query(
        `update invitations set accepted_at = now()
          where id = $1 and accepted_at is null and revoked_at is null and expires_at > now() returning id`,
        [invitation.id],
      );
      if (claimed[0].length === 0)
        throw AppError.badInput([{ field: 'token', message: 'has already been used' }]);
      const user = await this.createUser({
        email: invitation.email,
        name,
        passwordHash,
        roles: invitation.roles,
      });
      await this.audit.record(
        'INVITATION_ACCEPTED',
        'invitation',
        invitation.id,
        { email: invitation.email, status: InvitationStatus.PENDING },
        {
          email: invitation.email,
          status: InvitationStatus.ACCEPTED,
          roles: invitation.roles,
          userId: user.id,
        },
        user.id,
      );
      return { companyId: user.companyId, userId: user.id };
    });
  }

  // ---- roles, deactivation, removal, offboarding ----

  /**
   * Takes the company's lock on who is an active ADMIN (a transaction-level advisory lock, so two changes
   * to ADMINs of one company run one after the other) and returns the active ADMINs as they are once held.
   * Every change that could take an active ADMIN away goes through here, so two ADMINs demoting each other at
   * the same time cannot both pass the check.
   */
  private async lockActiveAdmins(): Promise<string[]> {
    const manager = this.tenancy.manager();
    await manager.query(`select pg_advisory_xact_lock(hashtext('tokenroll.members.admins'), hashtext($1))`, [
      this.tenancy.companyId(),
    ]);
    const rows: { id: string }[] = await manager.query(
      `select id from users where 'ADMIN' = any(roles) and deactivated_at is null and removed_at is null`,
    );
    return rows.map((row) => row.id);
  }

  private async memberToChange(userId: string): Promise<User> {
    const user = isUuid(userId)
      ? await this.tenancy.manager().getRepository(User).findOneBy({ id: userId, removedAt: IsNull() })
      : null;
    if (!user)
      throw new AppError('NOT_FOUND', 'No such member', [
        { field: 'userId', message: 'is not a member of this company' },
      ]);
    return user;
  }

  private assertAnAdminRemains(
    admins: string[],
    user: User,
    stillActiveAdmin: boolean,
    actor: SessionUser,
    field: 'roles' | 'userId',
  ): void {
    if (!leavesNoActiveAdmin(admins, user.id, stillActiveAdmin)) return;
    const message =
      actor?.userId === user.id
        ? 'You are the last active ADMIN: make another member ADMIN before giving this up'
        : `${user.email} is the last active ADMIN: the company must keep at least one`;
    throw new AppError('CONFLICT', message, [
      { field, message: 'would leave the company without an active ADMIN' },
    ]);
  }

  /** Ends every sign-in of a member: their refresh tokens are revoked (access tokens fail the per-request check). */
  private async endSessions(userId: string): Promise<void> {
    await this.tenancy
      .manager()
      .getRepository(RefreshToken)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' } as never);
  }

  /** Sets a member's roles (ADMIN only). Each role granted or removed is audited; it applies on their next request. */
  async setRoles(actor: SessionUser, userId: string, roles: Role[]): Promise<MemberObject> {
    const admins = await this.lockActiveAdmins();
    const user = await this.memberToChange(userId);
    const next = ROLE_ORDER.filter((role) => roles.includes(role));
    const before = [...user.roles];
    this.assertAnAdminRemains(admins, user, !user.deactivatedAt && next.includes(Role.ADMIN), actor, 'roles');
    const granted = next.filter((role) => !before.includes(role));
    const removed = before.filter((role) => !next.includes(role));
    if (!granted.length && !removed.length) return toMemberObject(user);
    await this.tenancy.manager().getRepository(User).update({ id: user.id }, { roles: next });
    user.roles = next;
    for (const role of granted)
      await this.audit.record(
        'ROLE_GRANTED',
        'user',
        user.id,
        { email: user.email, roles: before },
        { email: user.email, roles: next, granted: role },
      );
    for (const role of removed)
      await this.audit.record(
        'ROLE_REMOVED',
        'user',
        user.id,
        { email: user.email, roles: before },
        { email: user.email, roles: next, removed: role },
      );
    return toMemberObject(user);
  }

  /** Deactivates a member (ADMIN only): they cannot sign in, their sign-ins end on their next request. */
  async deactivate(actor: SessionUser, userId: string): Promise<MemberObject> {
    const admins = await this.lockActiveAdmins();
    const user = await this.memberToChange(userId);
    if (user.id === actor.userId)
      throw AppError.badInput([{ field: 'userId', message: 'is you: another ADMIN must deactivate you' }]);
    if (user.deactivatedAt) return toMemberObject(user);
    this.assertAnAdminRemains(admins, user, false, actor, 'userId');
    await this.markDeactivated(user, null);
    return toMemberObject(user);
  }

  private async markDeactivated(user: User, reason: string | null): Promise<void> {
    const [rows]: [{ deactivated_at: Date }[], number] = await this.tenancy
      .manager()
      .query(
        `update users set deactivated_at = now() where id = $1 and deactivated_at is null returning deactivated_at`,
        [user.id],
      );
    if (!rows.length) return;
    user.deactivatedAt = rows[0].deactivated_at;
    await this.endSessions(user.id);
    await this.audit.record(
      'MEMBER_DEACTIVATED',
      'user',
      user.id,
      { email: user.email, status: MemberStatus.ACTIVE },
      { email: user.email, status: MemberStatus.DEACTIVATED, ...(reason ? { reason } : {}) },
    );
  }

  /** Lets a deactivated member sign in again (ADMIN only). */
  async reactivate(userId: string): Promise<MemberObject> {
    const user = await this.memberToChange(userId);
    if (!user.deactivatedAt) return toMemberObject(user);
    await this.tenancy.manager().getRepository(User).update({ id: user.id }, { deactivatedAt: null });
    user.deactivatedAt = null;
    await this.audit.record(
      'MEMBER_REACTIVATED',
      'user',
      user.id,
      { email: user.email, status: MemberStatus.DEACTIVATED },
      { email: user.email, status: MemberStatus.ACTIVE },
    );
    return toMemberObject(user);
  }

  /** Removes a member for good (ADMIN only): gone from the list, signed out, cannot sign in. */
  async remove(actor: SessionUser, userId: string): Promise<MemberObject> {
    const admins = await this.lockActiveAdmins();
    const user = await this.memberToChange(userId);
    if (user.id === actor.userId)
      throw AppError.badInput([{ field: 'userId', message: 'is you: another ADMIN must remove you' }]);
    this.assertAnAdminRemains(admins, user, false, actor, 'userId');
    await this.tenancy.manager().query(`update users set removed_at = now() where id = $1`, [user.id]);
    await this.endSessions(user.id);
    await this.audit.record(
      'MEMBER_REMOVED',
      'user',
      user.id,
      { email: user.email, roles: user.roles, status: statusOf(user) },
      { email: user.email, roles: user.roles, status: 'REMOVED' },
    );
    return toMemberObject(user);
  }

  /**
   * Offboards a leaver once their end date has passed (the end date is their last day: they work, sign in and
   * authorize on it; from the next business day on they are offboarded): the login of
   * the engineer (linked, or sharing the work email) is deactivated and its sign-ins end, and the API keys
   * tied to the engineer are revoked. Nothing happens for an end date still ahead (the offboarding job does
   * it when the day comes). Idempotent: what is already done is left alone. The company's last active ADMIN
   * keeps their login (their keys are still revoked): no action leaves a company without one.
   */
  async offboard(
    engineerId: string,
    endDate: string | null,
  ): Promise<{ deactivated: boolean; keysRevoked: number }> {
    if (!endDate || endDate >= (await this.clock.companyToday()))
      return { deactivated: false, keysRevoked: 0 };
    const engineer = await this.people.mustFind(engineerId);
    const reason = `left on ${endDate}`;
    const keysRevoked = await this.apiKeys.revokeAllOf(engineer.id, reason);
    const users = this.tenancy.manager().getRepository(User);
    const user = engineer.userId
      ? await users.findOneBy({ id: engineer.userId })
      : await users.findOneBy({ email: engineer.email.toLowerCase() });
    if (!user || user.removedAt || user.deactivatedAt) return { deactivated: false, keysRevoked };
    const admins = await this.lockActiveAdmins();
    if (leavesNoActiveAdmin(admins, user.id, false)) {
      this.logger.warn(
        `offboarding left the login of engineer ${engineer.id} active: it is the last active ADMIN`,
      );
      return { deactivated: false, keysRevoked };
    }
    await this.markDeactivated(user, reason);
    return { deactivated: true, keysRevoked };
  }

  /** Offboards every leaver of the current company whose end date has passed (the offboarding job, per company). */
  async offboardDue(): Promise<number> {
    const today = await this.clock.companyToday();
    let done = 0;
    for (const engineer of await this.people.engineers()) {
      if (!engineer.endDate || engineer.endDate >= today) continue;
      const result = await this.offboard(engineer.id, engineer.endDate);
      if (result.deactivated || result.keysRevoked) done++;
    }
    return done;
  }
}

const ROLE_ORDER = Object.values(Role);

function statusOf(user: User): MemberStatus {
  return user.deactivatedAt ? MemberStatus.DEACTIVATED : MemberStatus.ACTIVE;
}

function toMemberObject(user: User): MemberObject {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    status: statusOf(user),
    since: user.createdAt,
    deactivatedAt: user.deactivatedAt,
  };
}

function assertUsable(invitation: Invitation): void {
  const status = invitationStatus(invitation);
  if (status === InvitationStatus.ACCEPTED)
    throw AppError.badInput([{ field: 'token', message: 'has already been used' }]);
  if (status === InvitationStatus.REVOKED)
    throw AppError.badInput([{ field: 'token', message: 'was revoked' }]);
  if (status === InvitationStatus.EXPIRED)
    throw AppError.badInput([{ field: 'token', message: 'has expired' }]);
}

export function toUserObject(user: User, company: Company): UserObject {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    createdAt: user.createdAt,
    company: {
      id: company.id,
      name: company.name,
      currency: company.currency,
      timeZone: company.timeZone,
      createdAt: company.createdAt,
    },
  };
}

function toInvitationObject(invitation: Invitation): InvitationObject {
  return {
    id: invitation.id,
    email: invitation.email,
    roles: invitation.roles,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
    acceptUrl: null,
  };
}
