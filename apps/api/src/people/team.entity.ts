import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Company } from '../companies/company.entity';
import { User } from '../members/user.entity';

/** A team in the company's tree: a parent, a manager (a user) and the cost centre its spend is charged to. */
@Entity({ name: 'teams' })
@Index('teams_company_name_parent_key', ['companyId', 'parentId', 'name'], { unique: true })
export class Team {
  @PrimaryColumn({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @PrimaryColumn('uuid')
  id: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'parent_id', referencedColumnName: 'id' },
  ])
  parent?: Team;

  @Column({ name: 'manager_user_id', type: 'uuid', nullable: true })
  managerUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'manager_user_id', referencedColumnName: 'id' },
  ])
  manager?: User;

  @Column({ name: 'cost_centre', type: 'varchar', length: 40 })
  costCentre: string;

  /** When an engineer's allowance runs out, holds and spend may draw on the team pool. */
  @Column({ name: 'pool_overflow', type: 'boolean', default: false })
  poolOverflow: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
