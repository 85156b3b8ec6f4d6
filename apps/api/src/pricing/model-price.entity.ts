import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Rates in micro-units of `currency` per 1M tokens, as strings of integers (bigint). */
export interface StoredTier {
  aboveInputTokens: number;
  rates: Partial<Record<'input' | 'output' | 'cacheRead' | 'cacheWrite5m' | 'cacheWrite1h', string | null>>;
}

/**
 * The public list-price catalog, effective-dated; shared by every company (a reference table, not
 * tenant data). Seeded from `seed/model-prices.json` with each figure's source; companies override it
 * with their own rows in `company_model_prices`.
 */
@Entity({ name: 'model_prices' })
@Index('model_prices_lookup_idx', ['provider', 'model', 'effectiveFrom'])
export class ModelPriceRow {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  provider: string;

  @PrimaryColumn({ type: 'varchar', length: 120 })
  model: string;

  @PrimaryColumn({ name: 'effective_from', type: 'date' })
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

  /** Other names of the same model (dated snapshots such as `claude-haiku-4-5-20251001`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  source: string | null;

  @Column({ name: 'source_date', type: 'varchar', length: 20, nullable: true })
  sourceDate: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
