import { Args, Field, InputType, Int, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  auditChanges,
  changesForReader,
  HIDDEN_PAY,
  isPayFigure,
  payVisibility,
  ViewerRole,
} from '@tokenroll/domain';
import { AuditEntryObject } from '../allowances/dto/policy.dto';
import { Role } from '../auth/role';
import { CurrentUser, Roles, SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { User } from '../members/user.entity';
import { AuditService } from './audit.service';

@InputType()
export class AuditFilterInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(60) action?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['team', 'engineer', 'allowance_policy', 'offer', 'user', 'invitation'], {
    message: 'must be team, engineer, allowance_policy, offer, user or invitation',
  })
  entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID('all', { message: 'is not an id' }) entityId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(5000) limit?: number;
}

@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly tenancy: TenancyService,
  ) {}

  @Roles(Role.ADMIN, Role.HR)
  @Query(() => [AuditEntryObject], {
    description: 'Newest first. Reads of pay (PAY_VIEWED) are shown to ADMIN only.',
  })
  async auditEntries(
    @CurrentUser() user: SessionUser,
    @Args('filter', { nullable: true }) filter?: AuditFilterInput,
  ): Promise<AuditEntryObject[]> {
    const seesPayReads = user.roles.includes(Role.ADMIN);
    // Pay figures in changes follow the pay-visibility rule: what this reader may see of someone's base pay
    // (an audit reader is neither the engineer nor their manager as such).
    // (base pay does not depend on the managers' allowance-sight setting)
    const seesPay = payVisibility(
      user.roles as ViewerRole[],
      { isSelf: false, managesEngineer: false },
      { managersSeeAllowances: false },
    ).basePay;
    const entries = (await this.audit.list(filter ?? {})).filter(
      (entry) => seesPayReads || entry.action !== 'PAY_VIEWED',
    );
    const users = new Map(
      (await this.tenancy.manager().getRepository(User).find()).map((user) => [user.id, user.email]),
    );
    return entries.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      actorUserId: entry.actorUserId,
      actorEmail: entry.actorUserId ? (users.get(entry.actorUserId) ?? null) : null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshotForReader(entry.action, entry.before, seesPay),
      after: snapshotForReader(entry.action, entry.after, seesPay),
      changes: changesForReader(
        entry.action,
        entry.changes ?? auditChanges(entry.before, entry.after),
        seesPay,
      ),
    }));
  }
}

/** A raw snapshot as JSON, with its pay figures hidden from a reader who may not see pay. */
function snapshotForReader(
  action: string,
  snapshot: Record<string, unknown> | null,
  seesPay: boolean,
): string | null {
  if (!snapshot) return null;
  if (seesPay) return JSON.stringify(snapshot);
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(snapshot).map(([field, value]) => [
        field,
        isPayFigure(action, field) && value != null ? HIDDEN_PAY : value,
      ]),
    ),
  );
}
