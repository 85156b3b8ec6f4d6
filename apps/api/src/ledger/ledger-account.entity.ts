import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Company } from '../companies/company.entity';
import { AccountKind } from './references';

/** The account kinds live in ./references.ts (with every reference format). */
export type LedgerAccountKind = AccountKind;

/**
 * An account of the company's token ledger. `owner_id` is the engineer (allowance, spend), the team (pool) or
 * the company itself (funding, expiry). Spend is kept per engineer so concurrent usage of different
 * engineers never waits on one shared row. The balance is kept in the same transaction as the entries:
 * balance = Σ amounts credited (to) − Σ amounts debited (from).
 */
@Entity({ name: 'ledger_accounts' })
@Index('ledger_accounts_owner_key', ['companyId', 'kind', 'ownerId'], { unique: true })
@Check('ledger_accounts_held_not_negative', '"held_micros" >= 0')
export class LedgerAccount {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'varchar', length: 20 })
  kind: LedgerAccountKind;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ name: 'balance_micros', type: 'bigint', default: 0 })
  balanceMicros: string;

  /** Reserved by open holds (real-time authorizations): available = balance − held. */
  @Column({ name: 'held_micros', type: 'bigint', default: 0 })
  heldMicros: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
