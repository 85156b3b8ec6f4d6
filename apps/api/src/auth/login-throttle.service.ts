import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError } from '../common/app-error';

/** A sign-in or sign-up the caller may try (the attempt is already counted). */
export interface Attempt {
  /** Call when the credentials were right: the attempt no longer counts against anyone. */
  succeeded(): Promise<void>;
}

/** Keys of the throttle table name no email: a hash of it (and of the address with it). */
function keyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url');
}

function throttled(what: string, retryAfterSeconds: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', `Too many ${what}; try again in ${retryAfterSeconds} s`, [], {
    retryAfterSeconds,
  });
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Sign-in and sign-up throttling in PostgreSQL (rate-limiter-flexible: one atomic upsert per counter, so
 * every API instance shares the counts). An attempt is counted *before* the password is checked, so
 * parallel attempts cannot all slip past the limit.
 *
 * - Per email *and* address: LOGIN_MAX_FAILURES_PER_EMAIL attempts, then a delay that doubles each time the
 *   attempts run out again (LOGIN_LOCKOUT_SECONDS, up to LOGIN_THROTTLE_WINDOW_SECONDS). A stranger
 *   guessing someone's password slows down only their own address: the owner still signs in from theirs.
 * - Per address: LOGIN_MAX_FAILURES_PER_IP attempts per window, across emails.
 * - Per email, across addresses: LOGIN_MAX_FAILURES_PER_ACCOUNT per window (a distributed guess).
 * - Sign-up per address: SIGNUP_MAX_PER_IP companies per SIGNUP_WINDOW_SECONDS.
 * A successful sign-in gives its attempt back (and clears the email's counters); so does a sign-up that
 * created nothing (bad input).
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit {
  private byEmailAndIp: RateLimiterPostgres;
  private lockouts: RateLimiterPostgres;
  private byIp: RateLimiterPostgres;
  private byEmail: RateLimiterPostgres;
  private signUps: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // TypeORM's postgres driver keeps its pg Pool as `master`. Sign-in runs before any tenant transaction.
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    const window = this.config.loginThrottleWindowSeconds;
    this.byEmailAndIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'email-ip',
      points: this.config.loginMaxFailuresPerEmail,
      duration: window,
      // One of the counters deletes the table's rows expired over an hour ago (every 5 minutes).
      clearExpiredByTimeout: true,
    });
    this.lockouts = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'lockouts',
      points: 1_000_000,
      duration: 86_400,
    });
    this.byIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: this.config.loginMaxFailuresPerIp,
      duration: window,
    });
    this.byEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'email',
      points: this.config.loginMaxFailuresPerAccount,
      duration: window,
    });
    this.signUps = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'signup-ip',
      points: this.config.signupMaxPerIp,
      duration: this.config.signupWindowSeconds,
    });
  }

  /** Counts a sign-in attempt for (email, address), the address and the email; throws 429 when over. */
  async attemptLogin(email: string, ip: string): Promise<Attempt> {
    const emailIp = keyOf(email, ip);
    const emailKey = keyOf(email);
    try {
      await this.byEmailAndIp.consume(emailIp);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      // The attempt that first finds the (email, address) attempts used up starts the next, longer delay.
      if (error.consumedPoints === this.config.loginMaxFailuresPerEmail + 1) {
        const lockouts = (await this.lockouts.penalty(emailIp, 1)).consumedPoints;
        const delay = Math.min(
          this.config.loginLockoutSeconds * 2 ** Math.min(lockouts - 1, 20),
          this.config.loginThrottleWindowSeconds,
        );
        await this.byEmailAndIp.block(emailIp, delay);
        throw throttled('failed sign-in attempts', delay);
      }
      throw throttled('failed sign-in attempts', seconds(error.msBeforeNext));
    }
    // Only attempts let through for their (email, address) count for the address and the account, so a
    // throttled stranger hammering one account does not use up its owner's share.
    const [address, account] = await Promise.allSettled([
      this.byIp.consume(ip),
      this.byEmail.consume(emailKey),
    ]);
    for (const outcome of [address, account]) {
      if (outcome.status === 'fulfilled') continue;
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      throw throttled('failed sign-in attempts', seconds(outcome.reason.msBeforeNext));
    }
    return {
      succeeded: async () => {
        await Promise.all([
          this.byEmailAndIp.delete(emailIp),
          this.lockouts.delete(emailIp),
          this.byEmail.delete(emailKey),
          this.byIp.reward(ip, 1),
        ]);
      },
    };
  }

  /** Counts a sign-up from an address; throws 429 when over. `failed`: nothing was created, the sign-up does not count. */
  async attemptSignUp(ip: string): Promise<{ failed(): Promise<void> }> {
    try {
      await this.signUps.consume(ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw throttled('sign-ups', seconds(error.msBeforeNext));
      throw error;
    }
    return { failed: async () => void (await this.signUps.reward(ip, 1)) };
  }
}
