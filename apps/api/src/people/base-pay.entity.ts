import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Engineer } from './engineer.entity';

/** Annual base pay from a date on. A raise is a new row; history is kept. Private: see the pay rules. */
@Entity({ name: 'base_pay' })
@Index('base_pay_engineer_from_key', ['companyId', 'engineerId', 'effectiveFrom'], { unique: true })
export class BasePay {
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

  @Column({ name: 'annual_micros', type: 'bigint' })
  annualMicros: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
