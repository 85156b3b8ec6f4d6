import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Money } from '@tokenroll/domain';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { Roles } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { LedgerService } from '../ledger/ledger.service';
import { FundTeamPoolInput, TeamPoolObject } from './dto/team-pools.dto';

/**
 * Team pools: the money a team's engineers draw on (funding, the overflow switch). With transfers, which
 * moves money into and out of the pool (increase requests approved from it).
 */
@Resolver()
export class TeamPoolsResolver {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly ledger: LedgerService,
    private readonly reads: LedgerReads,
    private readonly audit: AuditService,
  ) {}

  @Roles(Role.ADMIN, Role.FINANCE, Role.HR)
  @Query(() => [TeamPoolObject])
  async teamPools(): Promise<TeamPoolObject[]> {
    const teams: { id: string; name: string; pool_overflow: boolean }[] = await this.tenancy
      .manager()
      .query(`select id, name, pool_overflow from teams order by name`);
    const pools = await this.reads.balancesOf(
      'TEAM_POOL',
      teams.map((team) => team.id),
    );
    return teams.map((row) => ({
      teamId: row.id,
      teamName: row.name,
      balanceMicros: (pools.get(row.id)?.balanceMicros ?? 0n).toString(),
      heldMicros: (pools.get(row.id)?.heldMicros ?? 0n).toString(),
      overflow: row.pool_overflow,
    }));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => TeamPoolObject, {
    description: 'Lets the team’s engineers draw on the pool when their allowance runs out.',
  })
  async setTeamPoolOverflow(
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('overflow') overflow: boolean,
  ): Promise<TeamPoolObject> {
    await this.mustFindTeam(teamId);
    await this.tenancy
      .manager()
      .query(`update teams set pool_overflow = $2 where id = $1`, [teamId, overflow]);
    await this.audit.record('TEAM_POOL_OVERFLOW_SET', 'team', teamId, null, { overflow });
    return this.pool(teamId);
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => TeamPoolObject, { description: 'Moves company funding into a team pool (a ledger entry).' })
  async fundTeamPool(@Args('input') input: FundTeamPoolInput): Promise<TeamPoolObject> {
    await this.mustFindTeam(input.teamId);
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies`);
    const amount = Money.parse(input.amount, company.currency.trim()).micros;
    if (amount <= 0n) throw AppError.badInput([{ field: 'amount', message: 'must be more than 0' }]);
    if (amount > 10_000_000n * 1_000_000n)
      throw AppError.badInput([{ field: 'amount', message: 'must be at most 10,000,000' }]);
    await this.ledger.fundPool(input.teamId, amount, input.memo?.trim() || 'Team pool funding');
    await this.audit.record('TEAM_POOL_FUNDED', 'team', input.teamId, null, {
      amountMicros: amount.toString(),
    });
    return this.pool(input.teamId);
  }

  private async mustFindTeam(teamId: string): Promise<void> {
    const rows = /^[0-9a-f-]{36}$/i.test(teamId)
      ? await this.tenancy.manager().query(`select id from teams where id = $1`, [teamId])
      : [];
    if (!rows.length)
      throw new AppError('NOT_FOUND', 'No such team', [{ field: 'teamId', message: 'does not exist' }]);
  }

  private async pool(teamId: string): Promise<TeamPoolObject> {
    const pools = await this.teamPools();
    return pools.find((pool) => pool.teamId === teamId)!;
  }
}
