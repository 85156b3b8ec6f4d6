import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { LeasedLimiter, SharedCounter } from './leased-limiter';

/** One shared counter (the database, here rate-limiter-flexible's in-memory store), counting its calls. */
function sharedCounter(points: number, duration = 60): SharedCounter & { calls: number } {
  const store = new RateLimiterMemory({ points, duration });
  const counter = {
    calls: 0,
    consume(key: string, taken: number): Promise<RateLimiterRes> {
      counter.calls++;
      return store.consume(key, taken);
    },
  };
  return counter;
}

describe('LeasedLimiter', () => {
  it('never lets more than the limit through across instances, and wastes at most a lease per instance', async () => {
    const limit = 1000;
    const shared = sharedCounter(limit);
    const instances = [new LeasedLimiter(shared, limit), new LeasedLimiter(shared, limit)];
    const answers = await Promise.all(Array.from({ length: 3000 }, (_, i) => instances[i % 2].take('key-1')));
    const allowed = answers.filter((answer) => answer.allowed).length;
    expect(allowed).toBeLessThanOrEqual(limit);
    expect(allowed).toBeGreaterThanOrEqual(limit - 2 * (limit / 50 - 1));
    for (const answer of answers) if (!answer.allowed) expect(answer.retryAfterMs).toBeGreaterThan(0);
    // Leases of 20: the shared counter is written about once per 20 requests, not once per request.
    expect(shared.calls).toBeLessThan(3000 / 10);
  });

  it('counts every request in the shared counter when the limit is small', async () => {
    const shared = sharedCounter(10);
    const one = new LeasedLimiter(shared, 10);
    const two = new LeasedLimiter(shared, 10);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).take('k')));
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(10);
  });

  it('keeps keys apart and refuses locally once the shared counter is used up', async () => {
    const shared = sharedCounter(100);
    const limiter = new LeasedLimiter(shared, 100);
    for (let i = 0; i < 100; i++) expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
    const calls = shared.calls;
    expect((await limiter.take('a')).allowed).toBe(false);
    expect(shared.calls).toBe(calls);
    expect((await limiter.take('b')).allowed).toBe(true);
  });

  it('starts again when the window ends', async () => {
    const shared = sharedCounter(2, 1);
    const limiter = new LeasedLimiter(shared, 2);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(true);
    const refused = await limiter.take('a');
    expect(refused.allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await limiter.take('a')).allowed).toBe(true);
  });
});
