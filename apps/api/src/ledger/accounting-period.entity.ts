import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '../companies/company.entity';

/**
 * A closed month of the company's books (in the company's time zone). Months close in order, so every month
 * up to the latest row is closed and every later one is open; a closed month is never reopened (append-only,
 * enforced in the database). `month` is the first day of the month.
 */
@Entity({ name: 'accounting_periods' })
@Check('accounting_periods_first_day', `"month" = date_trunc('month', "month")::date`)
export class AccountingPeriod {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn({ type: 'date' })
  month: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  /** When it was closed (real time: an audit time, not a business date). */
  @CreateDateColumn({ name: 'closed_at', type: 'timestamptz' })
  closedAt: Date;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;
}
