import { Injectable } from '@nestjs/common';
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
}
