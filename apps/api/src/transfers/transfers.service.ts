import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import { giftLimitMicros, Money } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AllowancesService } from '../allowances/allowances.service';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { LedgerReads, TransferRow } from '../ledger/ledger-reads.service';
import { LedgerService } from '../ledger/ledger.service';
import { references } from '../ledger/references';
import { PeopleService } from '../people/people.service';
import { MAX_INCREASE_MICROS } from './increase-requests.service';
import { PeriodTotalsService } from './period-totals.service';

/** One side of a manager's move: an engineer's allowance or a team's pool. */
export interface MoveEnd {
  engineerId?: string | null;
  teamId?: string | null;
}

export type { TransferRow } from '../ledger/ledger-reads.service';

/** What an engineer may still give teammates this period (see `TransfersService.limit`). */
export interface TransferLimit {
  currency: string;
  periodStart: string;
  periodEnd: string;
  limitBp: number;
  limitMicros: bigint;
  givenMicros: bigint;
  availableMicros: bigint;
  remainingMicros: bigint;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Allowance moving between people: an engineer gives part of what they have left to a teammate (up to a
 * company limit per period), and a manager moves allowance between engineers and the team pool within
 * their subtree. Each move is one double-entry ledger entry (TRANSFER) that only happens when the
 * source can cover it, and an audit record.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly ledger: LedgerService,
    private readonly reads: LedgerReads,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly audit: AuditService,
    private readonly totals: PeriodTotalsService,
  ) {}

  private checkAmount(amountMicros: bigint): void {
    if (amountMicros <= 0n) throw AppError.badInput([{ field: 'amount', message: 'must be more than 0' }]);
    if (amountMicros > MAX_INCREASE_MICROS)
      throw AppError.badInput([{ field: 'amount', message: 'must be at most 1,000,000' }]);
  }

  private async engineer(id: string | null | undefined, field: string) {
    const found =
      id && UUID.test(id)
        ? await this.tenancy.manager().query(`select id, end_date from engineers where id = $1`, [id])
        : [];
    if (!found.length)
      throw new AppError('NOT_FOUND', 'No such engineer', [
        { field, message: 'is not an engineer of this company' },
      ]);
    return found[0] as { id: string; end_date: string | null };
  }

  /** An engineer gives part of their available allowance to a teammate. */
  async give(
    user: SessionUser,
    toEngineerId: string,
    amountMicros: bigint,
    note: string | null,
  ): Promise<TransferRow> {
    this.checkAmount(amountMicros);
    const viewer = await this.people.viewer(user);
    if (!viewer.engineerId) throw new AppError('FORBIDDEN', 'Only an engineer gives their own allowance');
    await this.engineer(toEngineerId, 'toEngineerId');
    if (toEngineerId === viewer.engineerId)
      throw AppError.badInput([{ field: 'toEngineerId', message: 'must be someone else' }]);
    const teams = await this.people.currentTeams();
    const team = teams.get(viewer.engineerId);
    if (!team || teams.get(toEngineerId) !== team)
      throw AppError.badInput([{ field: 'toEngineerId', message: 'must be a teammate (the same team)' }]);
    // One conditional upsert on the giver's counter for the period: parallel gifts queue on that row and
    // the limit holds however many arrive at once. If the move below fails, the counter rolls back with it.
    const limit = await this.limitOf(viewer.engineerId);
    const taken = await this.totals.take(
      'given',
      viewer.engineerId,
      limit.periodStart,
      amountMicros,
      limit.limitMicros,
    );
    if (taken === null) {
      const given = await this.totals.read('given', viewer.engineerId, limit.periodStart);
      const money = (micros: bigint) => Money.of(micros, limit.currency).format();
      const left = limit.limitMicros - given;
      throw AppError.badInput([
        {
          field: 'amount',
          message: `is above what you may still give this period: ${money(left > 0n ? left : 0n)} (the limit is ${money(limit.limitMicros)}, ${limit.limitBp / 100}% of your period allowance; you gave ${money(given)})`,
        },
      ]);
    }
    const from = await this.ledger.account('ENGINEER_ALLOWANCE', viewer.engineerId);
    return this.move(
      from,
      await this.ledger.account('ENGINEER_ALLOWANCE', toEngineerId),
      amountMicros,
      references.gift(randomUUID()),
      note?.trim() || 'A gift from a teammate',
      { from: { engineerId: viewer.engineerId }, to: { engineerId: toEngineerId } },
    );
  }

  /** The signed-in engineer's gift limit this period; undefined for a member who is not an engineer. */
  async limit(user: SessionUser): Promise<TransferLimit | undefined> {
    const viewer = await this.people.viewer(user);
    return viewer.engineerId ? this.limitOf(viewer.engineerId) : undefined;
  }

  /**
   * The company limit on gifts (the gift limit's share of the period's allowance, 20% by default), what the
   * engineer gave this period, and what they may still give now (never more than they have available).
   */
  private async limitOf(engineerId: string): Promise<TransferLimit> {
    const engineer = await this.people.mustFind(engineerId);
    const summary = await this.allowances.summary(engineer);
    const { limits } = await this.allowances.requestLimits();
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies`);
    const limitMicros = giftLimitMicros(summary.periodTotalMicros, limits.giftLimitBp);
    const givenMicros = await this.totals.read('given', engineerId, summary.period.start);
    const account = await this.ledger.account('ENGINEER_ALLOWANCE', engineerId);
    const available = BigInt(account.balanceMicros) - BigInt(account.heldMicros);
    const availableMicros = available > 0n ? available : 0n;
    const byLimit = limitMicros - givenMicros;
    const remaining = byLimit < availableMicros ? byLimit : availableMicros;
    return {
      currency: company?.currency?.trim() || 'USD',
      periodStart: summary.period.start,
      periodEnd: summary.period.end,
      limitBp: limits.giftLimitBp,
      limitMicros,
      givenMicros,
      availableMicros,
      remainingMicros: remaining > 0n ? remaining : 0n,
    };
  }

  /** The other engineers of the signed-in engineer's current team (whom they may give allowance). */
  async teammates(user: SessionUser): Promise<{ id: string; name: string; email: string }[]> {
    const viewer = await this.people.viewer(user);
    if (!viewer.engineerId) return [];
    const teams = await this.people.currentTeams();
    const team = teams.get(viewer.engineerId);
    if (!team) return [];
    const ids = [...teams].filter(([id, t]) => t === team && id !== viewer.engineerId).map(([id]) => id);
    if (!ids.length) return [];
    return this.tenancy.manager().query(
      `select id, name, email from engineers
        where id = any($1) and start_date <= $2 and (end_date is null or end_date >= $2) order by name, id`,
      [ids, await this.clock.companyToday()],
    );
  }

  /** A manager moves allowance between engineers and team pools of their subtree (ADMIN: anywhere). */
  async managerMove(
    user: SessionUser,
    from: MoveEnd,
    to: MoveEnd,
    amountMicros: bigint,
    note: string | null,
  ): Promise<TransferRow> {
    this.checkAmount(amountMicros);
    const viewer = await this.people.viewer(user);
    const teams = await this.people.currentTeams();
    const isAdmin = user.roles.includes(Role.ADMIN);
    const account = async (end: MoveEnd, field: string): Promise<LedgerAccount> => {
      if (!!end.engineerId === !!end.teamId)
        throw AppError.badInput([{ field, message: 'name either an engineer or a team' }]);
      if (end.engineerId) {
        await this.engineer(end.engineerId, `${field}.engineerId`);
        const teamId = teams.get(end.engineerId);
        if (!isAdmin && (!teamId || !viewer.managedTeamIds.has(teamId)))
          throw new AppError('FORBIDDEN', 'You manage no team this engineer belongs to');
        if (end.engineerId === viewer.engineerId)
          throw new AppError('FORBIDDEN', 'You cannot move allowance to or from yourself', [
            { field: `${field}.engineerId`, message: 'must not be you' },
          ]);
        return this.ledger.account('ENGINEER_ALLOWANCE', end.engineerId);
      }
      const found =
        end.teamId && UUID.test(end.teamId)
          ? await this.tenancy.manager().query(`select id from teams where id = $1`, [end.teamId])
          : [];
      if (!found.length)
        throw new AppError('NOT_FOUND', 'No such team', [
          { field: `${field}.teamId`, message: 'does not exist' },
        ]);
      if (!isAdmin && !viewer.managedTeamIds.has(end.teamId!))
        throw new AppError('FORBIDDEN', 'You do not manage this team');
      return this.ledger.account('TEAM_POOL', end.teamId!);
    };
    const source = await account(from, 'from');
    const target = await account(to, 'to');
    if (source.id === target.id)
      throw AppError.badInput([{ field: 'to', message: 'must differ from the source' }]);
    return this.move(
      source,
      target,
      amountMicros,
      references.move(randomUUID()),
      note?.trim() || 'Moved by a manager',
      {
        from,
        to,
      },
    );
  }

  private async move(
    from: LedgerAccount,
    to: LedgerAccount,
    amountMicros: bigint,
    reference: string,
    memo: string,
    audit: { from: MoveEnd; to: MoveEnd },
  ): Promise<TransferRow> {
    await this.ledger.transfer(from, to, amountMicros, reference, memo);
    await this.audit.record('ALLOWANCE_TRANSFERRED', 'ledger', null, null, {
      ...audit,
      amountMicros: amountMicros.toString(),
      reference,
    });
    const [row] = await this.list({ reference });
    return row;
  }

  /** Transfers (gifts and moves), newest first; for one engineer when given. */
  list(filter: { engineerId?: string; reference?: string } = {}): Promise<TransferRow[]> {
    return this.reads.transfers(filter);
  }
}
