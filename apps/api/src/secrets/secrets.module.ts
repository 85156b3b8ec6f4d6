import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TenancyService } from '../database/tenancy.service';
import { SEALED_COLUMNS } from './contexts';
import { processSecretStore, SecretStore } from './secret-store';

export const SECRET_STORE = Symbol('SECRET_STORE');

/**
 * After a key rotation (a new primary first in SECRET_KEYS), re-wraps every data key still wrapped by an
 * older key. Runs once at every start, in the background; idempotent and safe on several instances at once
 * (each update applies only where the row still holds the ciphertext it read).
 */
@Injectable()
export class SecretRewrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SecretRewrapService.name);

  constructor(
    @Inject(SECRET_STORE) private readonly store: SecretStore,
    private readonly tenancy: TenancyService,
  ) {}

  onApplicationBootstrap(): void {
    this.rewrapAll().catch((error: unknown) =>
      this.logger.error(`re-wrapping sealed secrets failed: ${(error as Error).message}`),
    );
  }

  /** Re-wraps every sealed secret of every company under the primary key; returns how many changed. */
  async rewrapAll(): Promise<number> {
    const primary = this.store.primaryKeyId;
    let changed = 0;
    for (const companyId of await this.tenancy.companyIds()) {
      changed += await this.tenancy.run(companyId, async (manager) => {
        let n = 0;
        for (const { table, keys, column } of SEALED_COLUMNS) {
          const rows: Record<string, string>[] = await manager.query(
            `select ${['company_id', ...keys].join(', ')}, ${column} as sealed from ${table}
              where ${column} not like $1`,
            [`v1.${primary}.%`],
          );
          for (const row of rows) {
            const where = keys.map((key, i) => `${key} = $${i + 3}`);
            await manager.query(
              `update ${table} set ${column} = $1 where ${column} = $2${where.length ? ` and ${where.join(' and ')}` : ''}`,
              [this.store.rewrap(row.sealed), row.sealed, ...keys.map((key) => row[key])],
            );
            n += 1;
          }
        }
        return n;
      });
    }
    if (changed) this.logger.log(`re-wrapped ${changed} sealed secrets under key "${primary}"`);
    return changed;
  }
}

/** The secret store (one per process, shared with migrations) for every module. */
@Global()
@Module({
  providers: [
    {
      provide: SECRET_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => processSecretStore(config),
    },
    SecretRewrapService,
  ],
  exports: [SECRET_STORE],
})
export class SecretsModule {}
