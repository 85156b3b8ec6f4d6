import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Company } from '../companies/company.entity';
import { Team } from '../people/team.entity';

export type OfferStatus = 'DRAFT' | 'SENT' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/** An offer with a token allowance line beside base pay. Accepting it creates the engineer. */
@Entity({ name: 'offers' })
@Index('offers_company_status_idx', ['companyId', 'status'])
export class Offer {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ name: 'candidate_name', type: 'varchar', length: 200 })
  candidateName: string;

  @Column({ name: 'candidate_email', type: 'varchar', length: 320 })
  candidateEmail: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  level: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  location: string | null;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'team_id', referencedColumnName: 'id' },
  ])
  team?: Team;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'annual_pay_micros', type: 'bigint' })
  annualPayMicros: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'override_kind', type: 'varchar', length: 10, nullable: true })
  overrideKind: 'RATIO' | 'FIXED' | null;

  @Column({ name: 'override_ratio_bp', type: 'integer', nullable: true })
  overrideRatioBp: number | null;

  @Column({ name: 'override_annual_micros', type: 'bigint', nullable: true })
  overrideAnnualMicros: string | null;

  @Column({ name: 'override_reason', type: 'varchar', length: 500, nullable: true })
  overrideReason: string | null;

  @Column({ name: 'bonus_micros', type: 'bigint', nullable: true })
  bonusMicros: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  equity: string | null;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: OfferStatus;

  @Column({ name: 'engineer_id', type: 'uuid', nullable: true })
  engineerId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
