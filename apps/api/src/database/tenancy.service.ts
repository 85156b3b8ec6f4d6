import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ASIDE_DATA_SOURCE } from './data-source';

const MANAGER = 'tenancy.manager';
const COMPANY = 'tenancy.companyId';
const ACTOR = 'tenancy.actorUserId';
/** How long a company's time zone is kept by this instance (a change shows everywhere within a minute). */
const TIME_ZONE_TTL_MS = 60_000;

/**
 * Runs work inside one transaction whose `app.company_id` is set transaction-locally, so row-level
 * security shows only that company's rows (safe with pooled connections: the setting dies with the
 * transaction). Services reach the transaction through `manager()`; they never take a company id from
 * arguments.
 */
@Injectable()
export class TenancyService {
  private readonly timeZones = new Map<string, { timeZone: string; at: number }>();

  constructor(
    private readonly dataSource: DataSource,
    @InjectDataSource(ASIDE_DATA_SOURCE) private readonly asideDataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  async run<T>(
    companyId: string,
    work: (manager: EntityManager) => Promise<T>,
    actorUserId?: string,
  ): Promise<T> {
    return this.cls.run(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(`select set_config('app.company_id', $1, true)`, [companyId]);
        this.cls.set(MANAGER, manager);
        this.cls.set(COMPANY, companyId);
        this.cls.set(ACTOR, actorUserId);
        return work(manager);
      }),
    );
  }

  /**
   * A read for the current company on another pooled connection, beside the tenant transaction: a request
   * that reads much (team burn) runs its heaviest statement there while the rest run on its own connection,
   * so the database works on both at once. Row-level security applies there as on the request's own
   * connection. Under read committed each statement sees its own snapshot either way; the work must not
   * need the request transaction's uncommitted writes. The connection comes from a pool of its own: taken
   * from the request's pool, enough requests at once would each hold one connection and wait for a second.
   */
  readAside<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const companyId = this.companyId();
    return this.asideDataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.company_id', $1, true)`, [companyId]);
      return work(manager);
    });
  }

  /** Scheduled work across tenants: the ids of every company (visible only with app.jobs set). */
  async companyIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.asJobs((manager) =>
      manager.query('select id from companies order by id'),
    );
    return rows.map((row) => row.id);
  }

  /** A transaction for scheduled work that may see what the jobs policies show across companies. */
  asJobs<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.jobs', 'on', true)`);
      return work(manager);
    });
  }

  /** The signed-in user behind the current tenant transaction, if any (jobs have none). */
  actorUserId(): string | null {
    return (this.cls.isActive() ? this.cls.get<string | undefined>(ACTOR) : undefined) ?? null;
  }

  /** A transaction that may read only the user row with this (lower-cased) email: for sign-in. */
  async runAsLogin<T>(email: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.login_email', $1, true)`, [email]);
      return work(manager);
    });
  }

  /** The current tenant transaction; throws when called outside one (a programming error). */
  manager(): EntityManager {
    const manager = this.cls.isActive() ? this.cls.get<EntityManager | undefined>(MANAGER) : undefined;
    if (!manager) throw new Error('No tenant context: run this inside TenancyService.run');
    return manager;
  }

  companyId(): string {
    const companyId = this.cls.isActive() ? this.cls.get<string | undefined>(COMPANY) : undefined;
    if (!companyId) throw new Error('No tenant context: run this inside TenancyService.run');
    return companyId;
  }

  /**
   * The current company's time zone (IANA; UTC by default): which day and month an instant belongs to.
   * Kept for a minute per instance, so the hot paths do not read it on every request.
   */
  async timeZone(): Promise<string> {
    const companyId = this.companyId();
    const kept = this.timeZones.get(companyId);
    if (kept && kept.at > Date.now() - TIME_ZONE_TTL_MS) return kept.timeZone;
    const [row]: { time_zone: string }[] = await this.manager().query(
      'select time_zone from companies where id = $1',
      [companyId],
    );
    const timeZone = row?.time_zone ?? 'UTC';
    this.timeZones.set(companyId, { timeZone, at: Date.now() });
    return timeZone;
  }

  /** Forgets the kept time zone of the current company (after it changes). */
  forgetTimeZone(): void {
    this.timeZones.delete(this.companyId());
  }
}
