import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '../companies/company.entity';
import type { StoredTier } from './model-price.entity';

/**
 * A company's own price for a model from a date on: a negotiated discount on a listed model, a model
 * the catalog lacks, or a self-hosted model priced from GPU cost, throughput and utilization.
 */
@Entity({ name: 'company_model_prices' })
@Index('company_model_prices_key', ['companyId', 'provider', 'model', 'effectiveFrom'], { unique: true })
export class CompanyModelPrice {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'varchar', length: 40 })
  provider: string;

  @Column({ type: 'varchar', length: 120 })
  model: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency: string;

  @Column({ name: 'input_micros', type: 'bigint', nullable: true })
  inputMicros: string | null;

  @Column({ name: 'output_micros', type: 'bigint', nullable: true })
  outputMicros: string | null;

  @Column({ name: 'cache_read_micros', type: 'bigint', nullable: true })
  cacheReadMicros: string | null;

  @Column({ name: 'cache_write_5m_micros', type: 'bigint', nullable: true })
  cacheWrite5mMicros: string | null;

  @Column({ name: 'cache_write_1h_micros', type: 'bigint', nullable: true })
  cacheWrite1hMicros: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  tiers: StoredTier[];

  @Column({ name: 'gpu_hour_micros', type: 'bigint', nullable: true })
  gpuHourMicros: string | null;

  /** How many GPUs the hourly cost is for (self-hosted): the month's capacity cost is gpu $/h × gpus × hours. */
  @Column({ name: 'gpu_count', type: 'integer', default: 1 })
  gpuCount: number;

  @Column({ name: 'tokens_per_second', type: 'numeric', precision: 12, scale: 3, nullable: true })
  tokensPerSecond: string | null;

  @Column({ name: 'utilization_bp', type: 'integer', nullable: true })
  utilizationBp: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
