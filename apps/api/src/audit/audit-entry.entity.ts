import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditChange } from '@tokenroll/domain';

/**
 * Append-only record of a change (who, when, what, before, after) or of a read of someone's pay.
 * The app role may insert and read, never update or delete (enforced by grants).
 */
@Entity({ name: 'audit_entries' })
@Index('audit_entries_company_created_idx', ['companyId', 'createdAt'])
@Index('audit_entries_company_entity_idx', ['companyId', 'entityType', 'entityId'])
export class AuditEntry {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  /** The named fields the change touched, before and after (null on entries written before it was kept). */
  @Column({ type: 'jsonb', nullable: true })
  changes: AuditChange[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
