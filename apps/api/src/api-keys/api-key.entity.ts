import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '../companies/company.entity';
import { Engineer } from '../people/engineer.entity';

export type ApiKeyScope = 'usage:write' | 'authorize' | 'budget:read' | 'finance:read';
export const API_KEY_SCOPES: readonly ApiKeyScope[] = [
  'usage:write',
  'authorize',
  'budget:read',
  'finance:read',
];
/**
 * The finance desk's read scope (statements, FOCUS and GL exports for a BI tool's nightly pull): a company
 * key, created only by FINANCE or ADMIN, holding no other scope.
 */
export const FINANCE_READ_SCOPE: ApiKeyScope = 'finance:read';

/**
 * A key for machines. The secret is shown once and only its SHA-256 is kept. A key is bound to one
 * engineer (their tools) or to the company (a gateway or importer that names the engineer per event).
 */
@Entity({ name: 'api_keys' })
@Index('api_keys_company_engineer_idx', ['companyId', 'engineerId'])
export class ApiKey {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash: string;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Column({ name: 'engineer_id', type: 'uuid', nullable: true })
  engineerId: string | null;

  @ManyToOne(() => Engineer, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'engineer_id', referencedColumnName: 'id' },
  ])
  engineer?: Engineer;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
