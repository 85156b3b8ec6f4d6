import {
  CallHandler,
  ExecutionContext,
  Global,
  Inject,
  Injectable,
  Module,
  NestInterceptor,
  OnModuleInit,
  UseInterceptors,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { from, Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { requestOf } from '../common/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ASIDE_DATA_SOURCE } from '../database/data-source';
import { LeasedLimiter } from './leased-limiter';

/**
 * Machine requests per API key and per company (RATE_LIMIT_PER_KEY, RATE_LIMIT_PER_COMPANY per
 * RATE_LIMIT_WINDOW_SECONDS), counted in PostgreSQL (`rate_limits`) so every instance shares them. A key
 * over its limit is refused without touching its company's count, so one noisy key does not use up the
 * others' share; the company limit caps all its keys together.
 */
@Injectable()
export class MachineRateLimiter implements OnModuleInit {
  private perKey: LeasedLimiter;
  private perCompany: LeasedLimiter;

  constructor(
    // The pool kept for work beside a request's transaction: a request holding a connection of the main
    // pool never waits here for a second one of it.
    @InjectDataSource(ASIDE_DATA_SOURCE) private readonly aside: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const pool = (this.aside.driver as unknown as { master: unknown }).master;
    const store = (keyPrefix: string, points: number, clearExpiredByTimeout: boolean) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout,
        keyPrefix,
        points,
        duration: this.config.rateLimitWindowSeconds,
      });
    this.perKey = new LeasedLimiter(
      store('key', this.config.rateLimitPerKey, true),
      this.config.rateLimitPerKey,
    );
    this.perCompany = new LeasedLimiter(
      store('company', this.config.rateLimitPerCompany, false),
      this.config.rateLimitPerCompany,
    );
  }

  /** Takes one request of the key's and the company's allowance; throws 429 with Retry-After when over. */
  async take(companyId: string, keyId: string): Promise<void> {
    const key = await this.perKey.take(keyId);
    if (!key.allowed) throw tooMany('API key', this.config.rateLimitPerKey, key.retryAfterMs, this.config);
    const company = await this.perCompany.take(companyId);
    if (!company.allowed)
      throw tooMany('company', this.config.rateLimitPerCompany, company.retryAfterMs, this.config);
  }
}

function tooMany(
  what: 'API key' | 'company',
  limit: number,
  retryAfterMs: number,
  config: AppConfig,
): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppError(
    'TOO_MANY_REQUESTS',
    `This ${what} sent more than ${limit} requests in ${config.rateLimitWindowSeconds} s; try again in ${retryAfterSeconds} s`,
    [],
    { retryAfterSeconds, limit: what === 'API key' ? 'api-key' : 'company' },
  );
}

/** Runs after the API key is proven (TenantTransactionInterceptor), before the handler. */
@Injectable()
export class MachineRateLimitInterceptor implements NestInterceptor {
  constructor(private readonly limiter: MachineRateLimiter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const machine = requestOf(context).machine;
    if (!machine) return next.handle();
    return from(this.limiter.take(machine.companyId, machine.keyId)).pipe(switchMap(() => next.handle()));
  }
}

/** Counts every request of a machine endpoint (or of a controller's) against its key's and company's limits. */
export const MachineRateLimited = () => UseInterceptors(MachineRateLimitInterceptor);

@Global()
@Module({
  providers: [MachineRateLimiter, MachineRateLimitInterceptor],
  exports: [MachineRateLimiter, MachineRateLimitInterceptor],
})
export class RateLimitsModule {}
