import { Args, Field, InputType, Int, Query, Resolver } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
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
  @IsIn(['team', 'engineer', 'allowance_policy', 'offer', 'user'], {
    message: 'must be team, engineer, allowance_policy, offer or user',
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
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
    }));
  }
}
