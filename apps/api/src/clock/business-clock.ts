import { Inject, Injectable } from '@nestjs/common';
import { IsoDate, isoDateInZone } from '@tokenroll/domain';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TenancyService } from '../database/tenancy.service';

const DAY_MS = 86_400_000;

/**
 * The one business clock: what day and instant it is for allowances, accruals, budgets, forecasts, alerts,
 * offers, requests, seeds and the SQL that needs a business date (passed in as a parameter). Nothing else
 * reads the wall clock for a business date. Security times (token, invitation and hold expiry, webhook
 * tolerances) stay on real time.
 *
 * Outside production the day can be pinned (`BUSINESS_DATE=2028-02-29`): the instant is then that day at the
 * real time of day (UTC), so "today" is always the pinned day. Production refuses a pinned clock (config).
 */
export class Clock {
  constructor(readonly pinnedDate: IsoDate | undefined) {}

  /** The business instant. */
  now(): Date {
    const real = Date.now();
    if (!this.pinnedDate) return new Date(real);
    return new Date(Date.parse(`${this.pinnedDate}T00:00:00.000Z`) + (real % DAY_MS));
  }

  /** Today's calendar day in a time zone (a company's; UTC by default). */
  today(timeZone = 'UTC'): IsoDate {
    return this.pinnedDate ?? isoDateInZone(this.now(), timeZone);
  }
}

/** The business clock as a Nest provider; `companyToday()` reads the current tenant's time zone. */
@Injectable()
export class BusinessClock extends Clock {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tenancy: TenancyService,
  ) {
    super(config.businessDate);
  }

  /** Today for the company of the current tenant transaction, in its time zone. */
  async companyToday(): Promise<IsoDate> {
    return this.today(await this.tenancy.timeZone());
  }

  /** The day an instant belongs to for the current company. */
  async companyDayOf(instant: Date): Promise<IsoDate> {
    return isoDateInZone(instant, await this.tenancy.timeZone());
  }
}
