import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError } from '../common/app-error';

/**
 * Counts failed sign-ins per email and per IP in PostgreSQL (shared by every API instance) and refuses
 * further attempts for the rest of the window once either limit is reached.
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit {
  private byEmail: RateLimiterPostgres;
  private byIp: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // TypeORM's postgres driver keeps its pg Pool as `master`.
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: this.config.loginThrottleWindowSeconds,
    };
    this.byEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'email',
      points: this.config.loginMaxFailuresPerEmail,
    });
    this.byIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: this.config.loginMaxFailuresPerIp,
    });
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [emailState, ipState] = await Promise.all([this.byEmail.get(email), this.byIp.get(ip)]);
    const blocked = [
      [emailState, this.config.loginMaxFailuresPerEmail],
      [ipState, this.config.loginMaxFailuresPerIp],
    ].filter(([state, limit]) => state && (state as RateLimiterRes).consumedPoints >= (limit as number));
    if (blocked.length) {
      const retryAfterSeconds = Math.max(
        ...blocked.map(([state]) => Math.ceil((state as RateLimiterRes).msBeforeNext / 1000)),
      );
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Too many failed sign-in attempts; try again in ${retryAfterSeconds} s`,
        [],
        {
          retryAfterSeconds,
        },
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.byEmail.penalty(email, 1).catch(() => undefined),
      this.byIp.penalty(ip, 1).catch(() => undefined),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}
