import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Engineer } from '../people/engineer.entity';

/** An engineer's allowance basis from a date on, replacing the policy's (null basis: back to the policy). Who and why are kept. */
@Entity({ name: 'allowance_overrides' })
@Index('allowance_overrides_engineer_from_key', ['companyId', 'engineerId', 'effectiveFrom'], {
  unique: true,
})
export class AllowanceOverride {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'engineer_id', type: 'uuid' })
  engineerId: string;

  @ManyToOne(() => Engineer, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'engineer_id', referencedColumnName: 'id' },
  ])
  engineer?: Engineer;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'basis_kind', type: 'varchar', length: 10, nullable: true })
  basisKind: 'RATIO' | 'FIXED' | null;

  @Column({ name: 'ratio_bp', type: 'integer', nullable: true })
  ratioBp: number | null;

  @Column({ name: 'annual_micros', type: 'bigint', nullable: true })
  annualMicros: string | null;

  /** An annual amount on top of the basis, after the floor and cap (a permanent increase); 0 for none. */
  @Column({ name: 'top_up_micros', type: 'bigint', default: 0 })
  topUpMicros: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
