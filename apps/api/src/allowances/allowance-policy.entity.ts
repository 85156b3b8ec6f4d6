import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '../companies/company.entity';

/**
 * The company's current allowance settings that are not dated (one row per company): enforcement and the
 * request limits. The allowance rule itself is effective-dated in `allowance_policy_versions`
 * (see AllowancesService.policies) and computed by libs/domain.
 */
@Entity({ name: 'allowance_policies' })
export class AllowancePolicyRow {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @OneToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  /** Default budget enforcement: HARD refuses an authorization beyond what is available, SOFT allows and flags it. */
  @Column({ type: 'varchar', length: 4, default: 'SOFT' })
  enforcement: 'HARD' | 'SOFT';

  /** Increase requests up to this amount are approved automatically from the team pool. */
  @Column({ name: 'auto_approve_micros', type: 'bigint', default: 50_000_000 })
  autoApproveMicros: string;

  /**
   * The most one engineer may get by auto-approval in one allowance period (all requests together); past it
   * a request waits for the manager. Default 100.00 (two requests at the default threshold).
   */
  @Column({ name: 'auto_approve_per_period_micros', type: 'bigint', default: 100_000_000 })
  autoApprovePerPeriodMicros: string;

  /** Increase requests above this amount need HR after the manager. */
  @Column({ name: 'hr_approval_above_micros', type: 'bigint', default: 1_000_000_000 })
  hrApprovalAboveMicros: string;

  /** Most of one's period allowance one may give away in transfers in a period (basis points). */
  @Column({ name: 'transfer_limit_bp', type: 'integer', default: 2000 })
  transferLimitBp: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
