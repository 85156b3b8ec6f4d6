import fc from 'fast-check';
import {
  ModelPrice,
  selfHostedRatePerMillion,
  TOKEN_KINDS,
  TokenKind,
  TokenRates,
  TokenUsage,
  usageCost,
  worstCaseCost,
} from './pricing';

// Runs are deterministic per seed; fast-check prints the seed and the shrunk counterexample on failure.
const RUNS = { numRuns: 300 };

const FIELD: Record<TokenKind, keyof TokenUsage> = {
  input: 'inputTokens',
  output: 'outputTokens',
  cacheRead: 'cacheReadTokens',
  cacheWrite5m: 'cacheWrite5mTokens',
  cacheWrite1h: 'cacheWrite1hTokens',
};

/** Up to $1,000 per 1M tokens, often tiny so that fractional micros (and rounding) are common. */
const rate = fc.oneof(fc.bigInt({ min: 0n, max: 1_000n }), fc.bigInt({ min: 0n, max: 1_000_000_000n }));
const maybeRate = fc.option(rate, { freq: 5, nil: null });
const rates: fc.Arbitrary<TokenRates> = fc.record({
  input: maybeRate,
  output: maybeRate,
  cacheRead: maybeRate,
  cacheWrite5m: maybeRate,
  cacheWrite1h: maybeRate,
});

/**
 * A price whose tier rates are never below the base rates (as in every real catalog), so crossing
 * a threshold can only make a request dearer. Tier rates are base + a non-negative surcharge.
 */
const monotonePrice: fc.Arbitrary<ModelPrice> = fc
  .tuple(
    rates,
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 300_000 }),
        fc.record({
          input: fc.option(rate, { nil: undefined }),
          output: fc.option(rate, { nil: undefined }),
          cacheRead: fc.option(rate, { nil: undefined }),
          cacheWrite5m: fc.option(rate, { nil: undefined }),
          cacheWrite1h: fc.option(rate, { nil: undefined }),
        }),
      ),
      { maxLength: 2 },
    ),
  )
  .map(([base, tierSpecs]) => {
    // Sort thresholds so a higher tier's surcharge adds to the lower ones: rates rise with the threshold.
    const sorted = [...tierSpecs].sort((a, b) => a[0] - b[0]);
    const running: Record<TokenKind, bigint> = {
      input: 0n,
      output: 0n,
      cacheRead: 0n,
      cacheWrite5m: 0n,
      cacheWrite1h: 0n,
    };
    const tiers = sorted.map(([above, extra]) => {
      const tierRates: Partial<TokenRates> = {};
      for (const kind of TOKEN_KINDS) {
        running[kind] += extra[kind] ?? 0n;
        const baseRate = base[kind];
        // an unpriced base kind stays unpriced in the tier (the tier omits it); a kind this tier
        // omits falls back to the base rate, so it is only omitted while no lower tier raised it
        if (baseRate !== null && (extra[kind] !== undefined || running[kind] > 0n)) {
          tierRates[kind] = baseRate + running[kind];
        }
      }
      return { aboveInputTokens: above, rates: tierRates };
    });
    return {
      provider: 'p',
      model: 'm',
      effectiveFrom: '2026-01-01',
      currency: 'USD',
      rates: base,
      tiers,
    };
  });

const count = fc.integer({ min: 0, max: 1_000_000 });
const usage: fc.Arbitrary<TokenUsage> = fc.record(
  {
    inputTokens: count,
    outputTokens: count,
    cacheReadTokens: count,
    cacheWrite5mTokens: count,
    cacheWrite1hTokens: count,
  },
  { requiredKeys: ['inputTokens', 'outputTokens'] },
);

function promptOf(u: TokenUsage): number {
  return u.inputTokens + (u.cacheReadTokens ?? 0) + (u.cacheWrite5mTokens ?? 0) + (u.cacheWrite1hTokens ?? 0);
}

function plus(a: TokenUsage, b: TokenUsage): TokenUsage {
  const sum = { inputTokens: 0, outputTokens: 0 } as TokenUsage;
  for (const kind of TOKEN_KINDS) {
    const field = FIELD[kind];
    (sum as unknown as Record<string, number>)[field] = (a[field] ?? 0) + (b[field] ?? 0);
  }
  return sum;
}

describe('usageCost properties', () => {
  it('is monotonic in every token count (tier rates >= base rates)', () => {
    fc.assert(
      fc.property(
        monotonePrice,
        usage,
        fc.constantFrom(...TOKEN_KINDS),
        fc.integer({ min: 1, max: 500_000 }),
        (price, u, kind, extra) => {
          const field = FIELD[kind];
          const more = { ...u, [field]: (u[field] ?? 0) + extra };
          expect(usageCost(price, more).costMicros).toBeGreaterThanOrEqual(usageCost(price, u).costMicros);
        },
      ),
      RUNS,
    );
  });

  it('splitting an event changes the cost by at most 1 micro (same tier)', () => {
    fc.assert(
      fc.property(monotonePrice, usage, usage, (price, a, b) => {
        const whole = usageCost(price, plus(a, b));
        const partA = usageCost(price, a);
        const partB = usageCost(price, b);
        fc.pre(whole.tier === partA.tier && whole.tier === partB.tier);
        const difference = whole.costMicros - partA.costMicros - partB.costMicros;
        expect(difference >= -1n && difference <= 1n).toBe(true);
      }),
      RUNS,
    );
  });

  it('equals the exact sum Σ tokens × rate rounded half-up once', () => {
    fc.assert(
      fc.property(monotonePrice, usage, (price, u) => {
        const { costMicros, tier, unpricedKinds } = usageCost(price, u);
        // independent reference: exact rational value and half-up via floor((2n + d) / 2d)
        let exact = 0n;
        const unpriced: TokenKind[] = [];
        for (const kind of TOKEN_KINDS) {
          const tokens = BigInt(u[FIELD[kind]] ?? 0);
          const r = (tier ? tier.rates[kind] : undefined) ?? price.rates[kind];
          if (tokens > 0n && r === null) unpriced.push(kind);
          else if (r !== null) exact += tokens * r;
        }
        expect(costMicros).toBe((2n * exact + 1_000_000n) / 2_000_000n);
        expect(unpricedKinds).toEqual(unpriced);
        // the tier is used exactly when the prompt exceeds some threshold
        const exceeded = price.tiers.filter((t) => promptOf(u) > t.aboveInputTokens);
        expect(tier === null).toBe(exceeded.length === 0);
      }),
      RUNS,
    );
  });
});

describe('worstCaseCost properties', () => {
  const pricedIO = monotonePrice.filter((p) => p.rates.input !== null && p.rates.output !== null);

  it('is at least the cost of any usage within the estimate and the output cap (same tier)', () => {
    fc.assert(
      fc.property(
        pricedIO,
        count,
        count,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (price, estimate, maxOutput, inputShare, outputShare) => {
          const u: TokenUsage = {
            inputTokens: Math.floor(estimate * inputShare),
            outputTokens: Math.floor(maxOutput * outputShare),
          };
          const actual = usageCost(price, u);
          const hold = worstCaseCost(price, estimate, maxOutput);
          const holdTier = usageCost(price, { inputTokens: estimate, outputTokens: 0 }).tier;
          fc.pre(actual.tier === holdTier);
          expect(hold).toBeGreaterThanOrEqual(actual.costMicros);
        },
      ),
      RUNS,
    );
  });

  it('with rates rising by tier, holds for a smaller usage in a lower tier too', () => {
    fc.assert(
      fc.property(pricedIO, count, count, count, count, (price, estimate, maxOutput, input, output) => {
        fc.pre(input <= estimate && output <= maxOutput);
        expect(worstCaseCost(price, estimate, maxOutput)).toBeGreaterThanOrEqual(
          usageCost(price, { inputTokens: input, outputTokens: output }).costMicros,
        );
      }),
      RUNS,
    );
  });

  it('equals usageCost of the same input and output', () => {
    fc.assert(
      fc.property(pricedIO, count, count, (price, estimate, maxOutput) => {
        expect(worstCaseCost(price, estimate, maxOutput)).toBe(
          usageCost(price, { inputTokens: estimate, outputTokens: maxOutput }).costMicros,
        );
      }),
      RUNS,
    );
  });
});

describe('selfHostedRatePerMillion properties', () => {
  const gpuHour = fc.bigInt({ min: 1n, max: 100_000_000n }); // up to $100/hour
  const throughput = fc.integer({ min: 1, max: 50_000_000 }).map((milli) => milli / 1000); // 0.001..50,000 tok/s
  const bp = fc.integer({ min: 1, max: 10_000 });

  it('scales inversely with utilization (within rounding)', () => {
    fc.assert(
      fc.property(gpuHour, throughput, bp, (cost, tps, utilization) => {
        const full = selfHostedRatePerMillion(cost, tps, 10_000);
        const partial = selfHostedRatePerMillion(cost, tps, utilization);
        // rate(u) × u and rate(100%) × 10000 both approximate the same exact value X; each
        // rounding error is at most half a micro, scaled by its utilization.
        const difference = partial * BigInt(utilization) - full * 10_000n;
        const bound = BigInt(utilization + 10_000); // 2 × (u/2 + 10000/2)
        expect(2n * (difference < 0n ? -difference : difference) <= bound).toBe(true);
      }),
      RUNS,
    );
  });

  it('never gets cheaper as utilization drops', () => {
    fc.assert(
      fc.property(gpuHour, throughput, bp, bp, (cost, tps, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(selfHostedRatePerMillion(cost, tps, low)).toBeGreaterThanOrEqual(
          selfHostedRatePerMillion(cost, tps, high),
        );
      }),
      RUNS,
    );
  });

  it('1/k of the utilization costs exactly k times the GPU price at the same utilization', () => {
    fc.assert(
      fc.property(gpuHour, throughput, fc.integer({ min: 1, max: 10 }), (cost, tps, k) => {
        // 10000/k bp is exact only when k divides 10000
        fc.pre(10_000 % k === 0);
        expect(selfHostedRatePerMillion(cost, tps, 10_000 / k)).toBe(
          selfHostedRatePerMillion(cost * BigInt(k), tps, 10_000),
        );
      }),
      RUNS,
    );
  });
});
