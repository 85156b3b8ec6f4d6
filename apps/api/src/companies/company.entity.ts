import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A tenant. Its row is visible only inside its own tenant context (row-level security). */
@Entity({ name: 'companies' })
export class Company {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency: string;

  /** IANA time zone that decides which day and month an instant belongs to (UTC by default). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  /** Managers see their reports' own allowance figures (and so, in effect, their pay). Off by default. */
  @Column({ name: 'managers_see_allowances', type: 'boolean', default: false })
  managersSeeAllowances: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
