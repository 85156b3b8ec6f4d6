import { Injectable } from '@nestjs/common';
import { AllowanceSightSetting, isTimeZone } from '@tokenroll/domain';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { Company } from './company.entity';

@Injectable()
export class CompaniesService {
  constructor(private readonly tenancy: TenancyService) {}

  /** Inserts the company of the current tenant context (its id is the context's company id). */
  async create(name: string, currency = 'USD'): Promise<Company> {
    const repository = this.tenancy.manager().getRepository(Company);
    return repository.save(repository.create({ id: this.tenancy.companyId(), name: name.trim(), currency }));
  }

  async current(): Promise<Company> {
    return this.tenancy.manager().getRepository(Company).findOneByOrFail({ id: this.tenancy.companyId() });
  }

  /** The company's allowance-sight setting (libs/domain `payVisibility` reads it). */
  async allowanceSight(): Promise<AllowanceSightSetting> {
    return { managersSeeAllowances: (await this.current()).managersSeeAllowances };
  }

  async setManagersSeeAllowances(enabled: boolean): Promise<Company> {
    await this.tenancy
      .manager()
      .getRepository(Company)
      .update({ id: this.tenancy.companyId() }, { managersSeeAllowances: enabled });
    return this.current();
  }

  /** Changes the company's time zone (an IANA name this runtime knows). */
  async setTimeZone(timeZone: string): Promise<Company> {
    const zone = timeZone.trim();
    if (!isTimeZone(zone))
      throw AppError.badInput([
        { field: 'timeZone', message: `must be an IANA time zone such as Europe/Paris, got "${timeZone}"` },
      ]);
    await this.tenancy
      .manager()
      .getRepository(Company)
      .update({ id: this.tenancy.companyId() }, { timeZone: zone });
    this.tenancy.forgetTimeZone();
    return this.current();
  }
}
