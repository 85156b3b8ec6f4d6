import { RateLimiterRes } from 'rate-limiter-flexible';

/** The shared counter: rate-limiter-flexible's consume (consume-first; rejects with a RateLimiterRes when over). */
export interface SharedCounter {
  consume(key: string, points: number): Promise<RateLimiterRes>;
}

/** The outcome of taking one point: allowed, or refused until `retryAfterMs` from now. */
export type Taken = { allowed: true } | { allowed: false; retryAfterMs: number };

interface Lease {
  /** Points this instance took from the shared counter and has not spent yet. */
  left: number;
  /** When the shared counter's window ends (its points then count nothing). */
  until: number;
  /** The shared counter was used up: refuse locally until its window ends. */
  exhausted: boolean;
  /** A refill in flight: concurrent requests of this key wait for it instead of sending their own. */
  refill?: Promise<void>;
}

const MAX_LOCAL_KEYS = 50_000;

/**
 * A fixed-window counter shared by every instance in PostgreSQL (rate-limiter-flexible's Postgres store:
 * one atomic upsert per call, consume-first), taken in leases so the hot paths do not write one shared
 * row per request: an instance takes `lease` points at once (2% of the limit, at least 1) and spends them
 * in memory. The shared count therefore never lets more than `points` through in a window, across all
 * instances; at most `lease - 1` points per instance and window go unused. With a limit under 100 the
 * lease is 1 point: every request is counted in the database.
 */
export class LeasedLimiter {
  private readonly local = new Map<string, Lease>();
  private readonly lease: number;

  constructor(
    private readonly store: SharedCounter,
    private readonly points: number,
  ) {
    this.lease = Math.max(1, Math.floor(points / 50));
  }

  async take(key: string): Promise<Taken> {
    for (;;) {
      const now = Date.now();
      const lease = this.local.get(key);
      if (lease && lease.until > now) {
        if (lease.left > 0) {
          lease.left--;
          return { allowed: true };
        }
        if (lease.exhausted && !lease.refill) return { allowed: false, retryAfterMs: lease.until - now };
      }
      if (lease?.refill) {
        await lease.refill;
        continue;
      }
      const next: Lease = { left: 0, until: 0, exhausted: false };
      next.refill = this.refill(key, next).finally(() => (next.refill = undefined));
      this.remember(key, next);
      await next.refill;
    }
  }

  private async refill(key: string, into: Lease): Promise<void> {
    let answer: RateLimiterRes;
    try {
      answer = await this.store.consume(key, this.lease);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      answer = error;
    }
    // Consume-first: the counter went up by the whole lease even past the limit; what was left is ours.
    const before = answer.consumedPoints - this.lease;
    const granted = Math.max(0, Math.min(this.lease, this.points - before));
    into.left = granted;
    into.until = Date.now() + Math.max(answer.msBeforeNext, 1);
    into.exhausted = granted < this.lease;
  }

  private remember(key: string, lease: Lease): void {
    if (this.local.size >= MAX_LOCAL_KEYS) {
      const now = Date.now();
      for (const [other, kept] of this.local) if (kept.until <= now && !kept.refill) this.local.delete(other);
    }
    this.local.set(key, lease);
  }
}
