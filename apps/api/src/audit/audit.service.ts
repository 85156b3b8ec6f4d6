import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { auditChanges } from '@tokenroll/domain';
import { TenancyService } from '../database/tenancy.service';
import { AuditEntry } from './audit-entry.entity';

/** JSON-safe copy: bigint amounts become strings. */
function plain(value: unknown): Record<string, unknown> | null {
  if (value == null) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item)),
  );
}

export interface AuditFilter {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

@Injectable()
export class AuditService {
  constructor(private readonly tenancy: TenancyService) {}

  /** Appends an entry in the current tenant transaction, so it commits or rolls back with the change. */
  async record(
    action: string,
    entityType: string,
    entityId: string | null,
    before: unknown,
    after: unknown,
    /** Who did it, when not the signed-in member behind the transaction (an invitee accepting). */
    actorUserId?: string,
  ): Promise<void> {
    const was = plain(before);
    const now = plain(after);
    await this.tenancy
      .manager()
      .getRepository(AuditEntry)
      .insert({
        companyId: this.tenancy.companyId(),
        id: randomUUID(),
        actorUserId: actorUserId ?? this.tenancy.actorUserId(),
        action,
        entityType,
        entityId,
        before: was as never,
        after: now as never,
        changes: auditChanges(was, now) as never,
      });
  }

  async list(filter: AuditFilter): Promise<AuditEntry[]> {
    const query = this.tenancy
      .manager()
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'DESC');
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId) query.andWhere('a.actor_user_id = :actor', { actor: filter.actorUserId });
    if (filter.from) query.andWhere('a.created_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.created_at < :to', { to: filter.to });
    return query.limit(Math.min(filter.limit ?? 500, 5000)).getMany();
  }
}
