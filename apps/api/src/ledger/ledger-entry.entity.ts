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
import { LedgerAccount } from './ledger-account.entity';
import { EntryKind } from './references';

/** The entry kinds live in ./references.ts (with every reference format). */
export type LedgerEntryKind = EntryKind;

/**
 * One movement of an amount from one account (debited) to another (credited). Append-only: the app role
 * may insert and read, never update or delete (enforced by grants). A mistake is corrected by a REVERSAL.
 * `reference` makes posting idempotent (e.g. `accrual:<engineer>:2026-04`).
 */
@Entity({ name: 'ledger_entries' })
@Index('ledger_entries_reference_key', ['companyId', 'reference'], { unique: true })
@Index('ledger_entries_from_idx', ['companyId', 'fromAccountId'])
@Index('ledger_entries_to_idx', ['companyId', 'toAccountId'])
// Grants by date (team burn): keyed on (company_id, effective_at), INCLUDE (to_account_id, amount_micros);
// TypeORM lists an index's included columns with its keys (migration 1795560000000-BurnReadPaths).
@Index('ledger_entries_grants_idx', ['companyId', 'effectiveAt', 'toAccountId', 'amountMicros'], {
  where: `"kind" = 'GRANT'`,
})
// True-ups by date (team burn's accrual): INCLUDE (from_account_id, to_account_id, amount_micros) (migration
// 1795643000000-BurnAccrualsAndOverage).
@Index(
  'ledger_entries_adjustments_idx',
  ['companyId', 'effectiveAt', 'fromAccountId', 'toAccountId', 'amountMicros'],
  {
    where: `"kind" = 'ADJUSTMENT'`,
  },
)
@Check('ledger_entries_amount_positive', '"amount_micros" > 0')
@Check('ledger_entries_distinct_accounts', '"from_account_id" <> "to_account_id"')
export class LedgerEntry {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'from_account_id', type: 'uuid' })
  fromAccountId: string;

  @ManyToOne(() => LedgerAccount, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'from_account_id', referencedColumnName: 'id' },
  ])
  fromAccount?: LedgerAccount;

  @Column({ name: 'to_account_id', type: 'uuid' })
  toAccountId: string;

  @ManyToOne(() => LedgerAccount, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'to_account_id', referencedColumnName: 'id' },
  ])
  toAccount?: LedgerAccount;

  @Column({ name: 'amount_micros', type: 'bigint' })
  amountMicros: string;

  @Column({ type: 'varchar', length: 20 })
  kind: LedgerEntryKind;

  @Column({ type: 'varchar', length: 200 })
  reference: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  memo: string | null;

  @Column({ name: 'effective_at', type: 'timestamptz' })
  effectiveAt: Date;

  /**
   * Set when the entry was effective in a closed accounting month: it was posted at the start of the first
   * open month instead (`effective_at`), as an adjustment of this original date.
   */
  @Column({ name: 'original_effective_at', type: 'timestamptz', nullable: true })
  originalEffectiveAt: Date | null;

  @Column({ name: 'reverses_entry_id', type: 'uuid', nullable: true })
  reversesEntryId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
