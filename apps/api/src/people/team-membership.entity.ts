import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Engineer } from './engineer.entity';
import { Team } from './team.entity';

/** Which team an engineer belongs to from a date on; the history of moves is kept. */
@Entity({ name: 'team_memberships' })
@Index('team_memberships_engineer_from_key', ['companyId', 'engineerId', 'effectiveFrom'], { unique: true })
@Index('team_memberships_team_idx', ['companyId', 'teamId'])
export class TeamMembership {
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

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'company_id', referencedColumnName: 'companyId' },
    { name: 'team_id', referencedColumnName: 'id' },
  ])
  team?: Team;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
