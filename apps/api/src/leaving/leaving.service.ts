import { Injectable } from '@nestjs/common';
import { addDays, assertIsoDate } from '@tokenroll/domain';
import { AllowancesService } from '../allowances/allowances.service';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { BusinessClock } from '../clock/business-clock';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { TenancyService } from '../database/tenancy.service';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { User } from '../members/user.entity';
import { PeopleService } from '../people/people.service';

export interface LeavingPreview {
  engineerId: string;
  lastDayPaid: string;
  forfeitOn: string;
  currency: string;
  balanceNowMicros: bigint;
  grantsToComeMicros: bigint;
  reversedGrants: { month: string; amountMicros: bigint }[];
  reversedMicros: bigint;
  forfeitMicros: bigint;
  overageMicros: bigint;
  loginEmail: string | null;
  apiKeysToRevoke: number;
}

/** Thrown to roll the preview's savepoint back once its figures are read. */
class PreviewDone extends Error {}

/**
 * What HR sees before saving an end date. The figures come from the very code that saving runs: inside a
 * savepoint the end date is set and the allowance accrued up to the day after the last day, the ledger is
 * read through LedgerReads, and the savepoint is rolled back, so the preview cannot drift from what saving
 * does and nothing of it is kept (not the end date, the postings or the audit entry).
 */
@Injectable()
export class LeavingService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly ledgerReads: LedgerReads,
    private readonly keys: ApiKeysService,
    private readonly companies: CompaniesService,
  ) {}

  async preview(engineerId: string, endDate: string): Promise<LeavingPreview> {
    assertIsoDate('endDate', endDate);
    const engineer = await this.people.mustFind(engineerId);
    if (endDate < engineer.startDate)
      throw AppError.badInput([
        { field: 'endDate', message: `must not be before the start date (${engineer.startDate})` },
      ]);
    const today = await this.clock.companyToday();
    const forfeitOn = addDays(endDate, 1) > today ? addDays(endDate, 1) : today;
    const before = await this.ledgerReads.allowanceEntriesOf(engineerId);
    let after: Awaited<ReturnType<LedgerReads['allowanceEntriesOf']>> | undefined;
    try {
      await this.tenancy.manager().transaction(async () => {
        await this.people.setEndDate(engineerId, endDate);
        await this.allowances.accrue({
          engineerIds: [engineerId],
          asOf: forfeitOn,
          change: `Last day ${endDate}`,
          preview: true,
        });
        after = await this.ledgerReads.allowanceEntriesOf(engineerId);
        throw new PreviewDone();
      });
    } catch (error) {
      if (!(error instanceof PreviewDone)) throw error;
    }
    if (!after) throw new Error('the leaving preview read nothing');
    const known = new Set(before.entries.map((entry) => entry.reference));
    const added = after.entries.filter((entry) => !known.has(entry.reference));
    const reversed = new Map<string, bigint>();
    for (const entry of added)
      if (entry.kind === 'ADJUSTMENT' && entry.micros < 0n && entry.month)
        reversed.set(entry.month, (reversed.get(entry.month) ?? 0n) - entry.micros);
    const reversedGrants = [...reversed].map(([month, amountMicros]) => ({ month, amountMicros }));
    const sum = (list: { micros: bigint }[]) => list.reduce((total, entry) => total + entry.micros, 0n);
    const forfeits = after.entries.filter((entry) => entry.kind === 'FORFEIT');
    const userEmail = await this.loginOf(engineer.userId, engineer.email);
    const keys = await this.keys.list(engineerId);
    return {
      engineerId,
      lastDayPaid: endDate,
      forfeitOn,
      currency: (await this.companies.current()).currency,
      balanceNowMicros: before.balanceMicros,
      grantsToComeMicros: sum(added.filter((entry) => entry.kind === 'GRANT')),
      reversedGrants,
      reversedMicros: reversedGrants.reduce((total, grant) => total + grant.amountMicros, 0n),
      forfeitMicros: -sum(forfeits),
      overageMicros: after.balanceMicros < 0n ? -after.balanceMicros : 0n,
      loginEmail: userEmail,
      apiKeysToRevoke: keys.filter((key) => !key.revokedAt).length,
    };
  }

  /** The email of the engineer's sign-in: linked explicitly, or sharing the work email. */
  private async loginOf(userId: string | null, email: string): Promise<string | null> {
    const users = this.tenancy.manager().getRepository(User);
    const user =
      (userId ? await users.findOneBy({ id: userId }) : null) ??
      (await users.findOneBy({ email: email.toLowerCase() }));
    return user?.email ?? null;
  }
}
