import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
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
    const members: MemberObject[] = users.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      status: MemberStatus.ACTIVE,
      since: user.createdAt,
    }));
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
    await manager
      .createQueryBuilder()
      .update(Invitation)
      .set({ revokedAt: () => 'now()' })
      .where('email = :email and accepted_at is null and revoked_at is null', { email: normalized })
      .execute();
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
      return { companyId: user.companyId, userId: user.id };
    });
  }
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
