import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '../companies/company.entity';
import { User } from '../members/user.entity';

/**
 * A person whose pay carries a token allowance. The work email is the key that later matches usage
 * from tools. Status is derived from the dates (offer before the start date, leaver after the end date).
 */
@Entity({ name: 'engineers' })
@Index('engineers_company_email_key', ['companyId', 'email'], { unique: true })
export class Engineer {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  level: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  location: string | null;

  /** Overrides the policy's budget enforcement for this engineer (null: the policy decides). */
  @Column({ name: 'budget_enforcement', type: 'varchar', length: 4, nullable: true })
  budgetEnforcement: 'HARD' | 'SOFT' | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** The day the accrual run next has something to do for this engineer; null: now (set by triggers on any change). */
  @Column({ name: 'accruals_due_on', type: 'date', nullable: true })
  accrualsDueOn?: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'user_id', referencedColumnName: 'id' },
  ])
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
