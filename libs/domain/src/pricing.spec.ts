import { IsoDate } from './dates';
import {
  convertMicros,
  fallbackPrice,
  matchesModelPattern,
  ModelPattern,
  ModelPrice,
  priceInForce,
  ratePerMillionFromDecimal,
  selfHostedRatePerMillion,
  TokenRates,
  TokenUsage,
  usageCost,
  usageProblems,
  worstCaseCost,
} from './pricing';

const NO_RATES: TokenRates = {
  input: null,
  output: null,
  cacheRead: null,
  cacheWrite5m: null,
  cacheWrite1h: null,
};

function price(
  overrides: Partial<Omit<ModelPrice, 'rates'>> & { rates?: Partial<TokenRates> } = {},
): ModelPrice {
  return {
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    effectiveFrom: '2025-09-29',
    currency: 'USD',
    tiers: [],
    ...overrides,
    rates: { ...NO_RATES, ...overrides.rates },
  };
}

// claude-sonnet-4-5-like: $3 in, $15 out, cache read $0.30, writes $3.75 (5m) / $6 (1h);
// above 200,000 prompt tokens: $6 in, $22.50 out, cache read $0.60, writes $7.50 / $12.
const SONNET = price({
  rates: {
    input: 3_000_000n,
    output: 15_000_000n,
    cacheRead: 300_000n,
    cacheWrite5m: 3_750_000n,
    cacheWrite1h: 6_000_000n,
  },
  tiers: [
    {
      aboveInputTokens: 200_000,
      rates: {
        input: 6_000_000n,
        output: 22_500_000n,
        cacheRead: 600_000n,
        cacheWrite5m: 7_500_000n,
        cacheWrite1h: 12_000_000n,
      },
    },
  ],
});

describe('usageCost', () => {
  it.each<[string, ModelPrice, TokenUsage, bigint]>([
    // 1,000 × $3/1M + 500 × $15/1M = 3,000,000,000 + 7,500,000,000 = 10.5e9 micro·tokens / 1e6 = 10,500 micros = $0.0105
    ['1,000 in + 500 out', SONNET, { inputTokens: 1_000, outputTokens: 500 }, 10_500n],
    // 200,000 prompt tokens is not ABOVE 200,000: 200,000 × 3 + 1,000 × 15 = 600,000 + 15,000 = 615,000
    ['exactly at the threshold', SONNET, { inputTokens: 200_000, outputTokens: 1_000 }, 615_000n],
    // 250,000 × $6 + 1,000 × $22.50 = 1,500,000 + 22,500 = 1,522,500 (whole request at the tier)
    ['250,000 in switches to the tier', SONNET, { inputTokens: 250_000, outputTokens: 1_000 }, 1_522_500n],
    // 100 × 3 + 10 × 15 + 10,000 × 0.30 + 2,000 × 3.75 + 1,000 × 6
    //   = 300 + 150 + 3,000 + 7,500 + 6,000 = 16,950
    [
      'cache read and write kinds',
      SONNET,
      {
        inputTokens: 100,
        outputTokens: 10,
        cacheReadTokens: 10_000,
        cacheWrite5mTokens: 2_000,
        cacheWrite1hTokens: 1_000,
      },
      16_950n,
    ],
    // prompt = 1,000 + 200,000 (cache read) = 201,000 > 200,000 → tier:
    //   1,000 × 6 + 100 × 22.5 + 200,000 × 0.60 = 6,000 + 2,250 + 120,000 = 128,250
    [
      'cache reads count toward the tier threshold',
      SONNET,
      { inputTokens: 1_000, outputTokens: 100, cacheReadTokens: 200_000 },
      128_250n,
    ],
    // 1 × $3/1M = 3 micros
    ['1 input token at $3', SONNET, { inputTokens: 1, outputTokens: 0 }, 3n],
    // 1 × $0.25/1M = 0.25 micro → 0
    [
      '0.25 micro rounds down',
      price({ rates: { input: 250_000n } }),
      { inputTokens: 1, outputTokens: 0 },
      0n,
    ],
    // 2 × $0.25/1M = 0.5 micro → 1 (half-up)
    ['0.5 micro rounds up', price({ rates: { input: 250_000n } }), { inputTokens: 2, outputTokens: 0 }, 1n],
    // 3 × 0.25 = 0.75 → 1; rounding happens once for the whole event: 1 in + 1 out at $0.25 = 0.5 → 1, not 0 + 0
    [
      'one rounding per event, not per kind',
      price({ rates: { input: 250_000n, output: 250_000n } }),
      { inputTokens: 1, outputTokens: 1 },
      1n,
    ],
    ['no tokens costs nothing', SONNET, { inputTokens: 0, outputTokens: 0 }, 0n],
    // 100,000,000 × $15 = 1,500,000,000 micros = $1,500
    ['the largest allowed count', SONNET, { inputTokens: 0, outputTokens: 100_000_000 }, 1_500_000_000n],
  ])('%s', (_name, modelPrice, usage, expected) => {
    const cost = usageCost(modelPrice, usage);
    expect(cost.costMicros).toBe(expected);
    expect(cost.unpricedKinds).toEqual([]);
  });

  it('reports the tier used (null below the threshold)', () => {
    expect(usageCost(SONNET, { inputTokens: 200_000, outputTokens: 0 }).tier).toBeNull();
    expect(usageCost(SONNET, { inputTokens: 200_001, outputTokens: 0 }).tier).toBe(SONNET.tiers[0]);
  });

  it('falls back to the base rate for kinds the tier omits', () => {
    const partialTier = price({
      rates: { input: 3_000_000n, output: 15_000_000n, cacheRead: 300_000n },
      tiers: [{ aboveInputTokens: 1_000, rates: { input: 6_000_000n } }],
    });
    // 2,000 × 6 + 100 × 15 (base) + 1,000 × 0.30 (base) = 12,000 + 1,500 + 300 = 13,800
    expect(
      usageCost(partialTier, { inputTokens: 2_000, outputTokens: 100, cacheReadTokens: 1_000 }).costMicros,
    ).toBe(13_800n);
  });

  it('uses the highest tier whose threshold is exceeded, whatever the listing order', () => {
    const twoTiers = price({
      rates: { input: 1_000_000n, output: 1_000_000n },
      tiers: [
        { aboveInputTokens: 500_000, rates: { input: 3_000_000n } },
        { aboveInputTokens: 100_000, rates: { input: 2_000_000n } },
      ],
    });
    // 100,001 × $2 = 200,002; 500,001 × $3 = 1,500,003; 100,000 × $1 = 100,000
    expect(usageCost(twoTiers, { inputTokens: 100_000, outputTokens: 0 }).costMicros).toBe(100_000n);
    expect(usageCost(twoTiers, { inputTokens: 100_001, outputTokens: 0 }).costMicros).toBe(200_002n);
    expect(usageCost(twoTiers, { inputTokens: 500_001, outputTokens: 0 }).costMicros).toBe(1_500_003n);
  });

  it('counts an unpriced kind with tokens at 0 and lists it', () => {
    const noCache = price({ rates: { input: 3_000_000n, output: 15_000_000n } });
    const cost = usageCost(noCache, {
      inputTokens: 1_000,
      outputTokens: 500,
      cacheReadTokens: 0, // no tokens: not listed
      cacheWrite5mTokens: 10,
      cacheWrite1hTokens: 5,
    });
    expect(cost.costMicros).toBe(10_500n); // only input and output are priced
    expect(cost.unpricedKinds).toEqual(['cacheWrite5m', 'cacheWrite1h']);
  });

  it('lists every kind of a model with no price at all', () => {
    const cost = usageCost(price(), { inputTokens: 1, outputTokens: 1, cacheReadTokens: 1 });
    expect(cost.costMicros).toBe(0n);
    expect(cost.unpricedKinds).toEqual(['input', 'output', 'cacheRead']);
  });

  it('throws a RangeError naming every bad field', () => {
    expect(() => usageCost(SONNET, { inputTokens: -1, outputTokens: 1.5 })).toThrow(
      'Invalid token usage: inputTokens must not be negative; outputTokens must be a whole number of tokens',
    );
  });

  it('rejects a malformed price instead of guessing', () => {
    const bad = price({ rates: { input: -1n } });
    expect(() => usageCost(bad, { inputTokens: 1, outputTokens: 0 })).toThrow(
      /Invalid rate at .*rates\.input/,
    );
  });
});

describe('usageProblems', () => {
  it('accepts a valid usage with or without cache counts', () => {
    expect(usageProblems({ inputTokens: 0, outputTokens: 0 })).toEqual([]);
    expect(
      usageProblems({
        inputTokens: 100_000_000,
        outputTokens: 1,
        cacheReadTokens: 0,
        cacheWrite5mTokens: 2,
        cacheWrite1hTokens: 3,
      }),
    ).toEqual([]);
  });

  it.each<[string, TokenUsage, { field: string; message: string }[]]>([
    [
      'negative',
      { inputTokens: -5, outputTokens: 0 },
      [{ field: 'inputTokens', message: 'must not be negative' }],
    ],
    [
      'fractional',
      { inputTokens: 1, outputTokens: 2.5 },
      [{ field: 'outputTokens', message: 'must be a whole number of tokens' }],
    ],
    [
      'absurd',
      { inputTokens: 1, outputTokens: 1, cacheReadTokens: 100_000_001 },
      [{ field: 'cacheReadTokens', message: 'must not be above 100,000,000' }],
    ],
    [
      'not a number',
      { inputTokens: Number.NaN, outputTokens: Infinity },
      [
        { field: 'inputTokens', message: 'must be a number' },
        { field: 'outputTokens', message: 'must be a number' },
      ],
    ],
    [
      'missing required counts',
      { cacheWrite1hTokens: -1 } as unknown as TokenUsage,
      [
        { field: 'inputTokens', message: 'is required' },
        { field: 'outputTokens', message: 'is required' },
        { field: 'cacheWrite1hTokens', message: 'must not be negative' },
      ],
    ],
    [
      'a numeric string',
      { inputTokens: '10', outputTokens: 0 } as unknown as TokenUsage,
      [{ field: 'inputTokens', message: 'must be a number' }],
    ],
  ])('reports %s counts', (_name, usage, expected) => {
    expect(usageProblems(usage)).toEqual(expected);
  });
});

describe('worstCaseCost', () => {
  it.each<[string, number, number, bigint]>([
    // 10,000 × 3 + 4,000 × 15 = 30,000 + 60,000 = 90,000
    ['below the tier', 10_000, 4_000, 90_000n],
    // 300,000 × 6 + 8,000 × 22.5 = 1,800,000 + 180,000 = 1,980,000
    ['tier chosen by the estimate', 300_000, 8_000, 1_980_000n],
    ['nothing to hold', 0, 0, 0n],
  ])('%s', (_name, estimate, maxOutput, expected) => {
    expect(worstCaseCost(SONNET, estimate, maxOutput)).toBe(expected);
  });

  it('rounds half-up once', () => {
    // 1 × 0.25 + 1 × 0.25 = 0.5 micro → 1
    expect(worstCaseCost(price({ rates: { input: 250_000n, output: 250_000n } }), 1, 1)).toBe(1n);
  });

  it('is at least the cost of a matching usage', () => {
    const usage = { inputTokens: 9_000, outputTokens: 4_000 };
    expect(worstCaseCost(SONNET, 10_000, 4_000)).toBeGreaterThanOrEqual(usageCost(SONNET, usage).costMicros);
  });

  it('refuses to hold $0 for a missing input or output rate', () => {
    const noOutput = price({ rates: { input: 3_000_000n } });
    expect(() => worstCaseCost(noOutput, 100, 100)).toThrow(
      'Cannot compute a hold for anthropic/claude-sonnet-4-5: it has no output rate (use fallbackPrice)',
    );
    // without output tokens the missing rate is not needed: 100 × 3 = 300
    expect(worstCaseCost(noOutput, 100, 0)).toBe(300n);
  });

  it('throws a RangeError for invalid counts', () => {
    expect(() => worstCaseCost(SONNET, -1, 0.5)).toThrow(
      'Invalid hold estimate: estimatedInputTokens must not be negative; maxOutputTokens must be a whole number of tokens',
    );
    expect(() => worstCaseCost(SONNET, 0, 100_000_001)).toThrow(
      /maxOutputTokens must not be above 100,000,000/,
    );
  });
});

describe('priceInForce', () => {
  const OLD = price({ effectiveFrom: '2025-01-01', rates: { input: 3_000_000n, output: 15_000_000n } });
  const NEW = price({ effectiveFrom: '2026-03-01', rates: { input: 2_000_000n, output: 10_000_000n } });
  const HAIKU = price({
    model: 'claude-haiku-4-5',
    effectiveFrom: '2025-10-01',
    rates: { input: 1_000_000n },
  });
  const OPENAI = price({
    provider: 'openai',
    model: 'gpt-5',
    effectiveFrom: '2025-08-07',
    rates: { input: 1_250_000n },
  });
  const PRICES = [NEW, OLD, HAIKU, OPENAI]; // listing order must not matter

  it.each<[string, string, IsoDate, ModelPrice | undefined]>([
    ['before any price', 'claude-sonnet-4-5', '2024-12-31', undefined],
    ['the first day of the old price', 'claude-sonnet-4-5', '2025-01-01', OLD],
    ['past usage keeps the old price', 'claude-sonnet-4-5', '2026-02-28', OLD],
    ['a change applies from its date', 'claude-sonnet-4-5', '2026-03-01', NEW],
    ['and after it', 'claude-sonnet-4-5', '2027-01-01', NEW],
    ['case-insensitive model name', 'Claude-SONNET-4-5', '2026-03-01', NEW],
    ['an unknown model', 'claude-opus-9', '2026-03-01', undefined],
  ])('%s', (_name, model, at, expected) => {
    expect(priceInForce(PRICES, 'anthropic', model, at)).toBe(expected);
  });

  it('matches the provider case-insensitively and never across providers', () => {
    expect(priceInForce(PRICES, 'Anthropic', 'claude-haiku-4-5', '2026-01-01')).toBe(HAIKU);
    expect(priceInForce(PRICES, 'openai', 'claude-haiku-4-5', '2026-01-01')).toBeUndefined();
  });

  const PATTERNS: ModelPattern[] = [
    { provider: 'anthropic', pattern: 'claude-sonnet-4-5-*', model: 'claude-sonnet-4-5' },
    { provider: 'anthropic', pattern: 'claude-*', model: 'claude-haiku-4-5' },
  ];

  it('maps a dated variant through a pattern to its target, with the target effective dating', () => {
    expect(priceInForce(PRICES, 'anthropic', 'claude-sonnet-4-5-20250929', '2025-10-01', PATTERNS)).toBe(OLD);
    expect(priceInForce(PRICES, 'anthropic', 'CLAUDE-SONNET-4-5-20250929', '2026-04-01', PATTERNS)).toBe(NEW);
  });

  it('uses the first pattern that matches', () => {
    expect(priceInForce(PRICES, 'anthropic', 'claude-opus-9', '2026-01-01', PATTERNS)).toBe(HAIKU);
  });

  it('an exact match beats the patterns', () => {
    const catchAll: ModelPattern[] = [{ provider: 'anthropic', pattern: '*', model: 'claude-haiku-4-5' }];
    expect(priceInForce(PRICES, 'anthropic', 'Claude-Sonnet-4-5', '2026-01-01', catchAll)).toBe(OLD);
  });

  it('ignores patterns of another provider and targets without a price in force', () => {
    const foreign: ModelPattern[] = [{ provider: 'openai', pattern: 'claude-*', model: 'gpt-5' }];
    expect(priceInForce(PRICES, 'anthropic', 'claude-opus-9', '2026-01-01', foreign)).toBeUndefined();
    // the target exists but is not in force yet on 2025-09-01
    expect(priceInForce(PRICES, 'anthropic', 'claude-opus-9', '2025-09-01', PATTERNS)).toBeUndefined();
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => priceInForce(PRICES, 'anthropic', 'claude-sonnet-4-5', '2026-02-30')).toThrow(RangeError);
  });
});

describe('matchesModelPattern', () => {
  it.each<[string, string, boolean]>([
    ['claude-sonnet-4-5-*', 'claude-sonnet-4-5-20250929', true],
    ['claude-sonnet-4-5-*', 'claude-sonnet-4-5-', true], // * matches nothing too
    ['claude-sonnet-4-5-*', 'claude-sonnet-4-5', false],
    ['claude-sonnet-4-5-*', 'x-claude-sonnet-4-5-1', false], // anchored at the start
    ['*-latest', 'gpt-5-latest', true],
    ['gpt-*-mini', 'gpt-5.1-mini', true],
    ['gpt-*-mini', 'gpt-5.1-mini-2', false], // anchored at the end
    ['gpt-5.1', 'gpt-5x1', false], // '.' is literal, not a regex wildcard
    ['a*b*c', 'aXXbYYc', true],
    ['GPT-*', 'gpt-4o', true],
    ['*', '', true],
    ['', 'x', false],
  ])('%s ~ %s → %s', (pattern, text, expected) => {
    expect(matchesModelPattern(pattern, text)).toBe(expected);
  });

  it('stays fast on a pathological pattern', () => {
    const started = Date.now();
    expect(matchesModelPattern('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5_000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('fallbackPrice', () => {
  const CHEAP = price({
    model: 'haiku',
    effectiveFrom: '2025-01-01',
    rates: { input: 1_000_000n, output: 5_000_000n },
  });
  const MID = price({
    model: 'sonnet',
    effectiveFrom: '2025-01-01',
    rates: { input: 3_000_000n, output: 15_000_000n },
  });
  const TOP_LATER = price({
    model: 'opus',
    effectiveFrom: '2026-01-01',
    rates: { input: 15_000_000n, output: 75_000_000n },
  });
  const TOP_NOW = price({
    model: 'opus',
    effectiveFrom: '2025-01-01',
    rates: { input: 5_000_000n, output: 25_000_000n },
  });
  const SAME_OUT_MORE_IN = price({
    model: 'sonnet-long',
    effectiveFrom: '2025-01-01',
    rates: { input: 6_000_000n, output: 25_000_000n },
  });
  const OTHER = price({
    provider: 'openai',
    model: 'pro',
    effectiveFrom: '2025-01-01',
    rates: { output: 600_000_000n },
  });
  const UNPRICED = price({ model: 'mystery', effectiveFrom: '2025-01-01' });

  it('picks the most expensive model in force, by output rate', () => {
    expect(fallbackPrice([CHEAP, MID, TOP_LATER, TOP_NOW, OTHER, UNPRICED], 'anthropic', '2025-06-01')).toBe(
      TOP_NOW,
    );
    expect(fallbackPrice([CHEAP, MID, TOP_LATER, TOP_NOW, OTHER, UNPRICED], 'ANTHROPIC', '2026-06-01')).toBe(
      TOP_LATER,
    );
  });

  it('breaks an output-rate tie by the input rate', () => {
    expect(fallbackPrice([TOP_NOW, SAME_OUT_MORE_IN, MID], 'anthropic', '2025-06-01')).toBe(SAME_OUT_MORE_IN);
  });

  it('uses the price in force of each model, not its newest', () => {
    // before 2026 the opus price is 25/1M output; a cheaper-than-opus-later model can win
    const PRICEY = price({
      model: 'x',
      effectiveFrom: '2025-01-01',
      rates: { input: 1n, output: 50_000_000n },
    });
    expect(fallbackPrice([TOP_LATER, TOP_NOW, PRICEY], 'anthropic', '2025-12-31')).toBe(PRICEY);
    expect(fallbackPrice([TOP_LATER, TOP_NOW, PRICEY], 'anthropic', '2026-01-01')).toBe(TOP_LATER);
  });

  it('returns undefined when nothing is priced or in force', () => {
    expect(fallbackPrice([UNPRICED, OTHER], 'anthropic', '2025-06-01')).toBeUndefined();
    expect(fallbackPrice([CHEAP], 'anthropic', '2024-12-31')).toBeUndefined();
    expect(fallbackPrice([], 'anthropic', '2025-06-01')).toBeUndefined();
  });
});

describe('selfHostedRatePerMillion', () => {
  it.each<[string, bigint, number, number, bigint]>([
    // $2/h ÷ (1,000 tok/s × 3600 × 1) × 1e6 = $0.5555…6 → 555,556 micros
    ['$2/h, 1,000 tok/s, 100%', 2_000_000n, 1_000, 10_000, 555_556n],
    // ÷ 0.2 = $2.7777…8 → 2,777,778 (5 × 555,555.5…; rounding happens after the division)
    ['20% utilization', 2_000_000n, 1_000, 2_000, 2_777_778n],
    // $3.60/h ÷ (1,000 × 3600) × 1e6 = $1 exactly
    ['an exact result', 3_600_000n, 1_000, 10_000, 1_000_000n],
    // $3.60/h ÷ (0.5 tok/s × 3600 = 1,800 tok/h) × 1e6 = $2,000 per 1M tokens
    ['fractional throughput', 3_600_000n, 0.5, 10_000, 2_000_000_000n],
    // $3.60/h ÷ (1,234.567 tok/s × 3600 × 0.5) × 1e6 = 3.6e19 / (1,234,567 × 3600 × 5000) = 1,620,001.18… → 1,620,001
    ['three decimals of throughput at 50%', 3_600_000n, 1_234.567, 5_000, 1_620_001n],
  ])('%s', (_name, gpuHour, tps, bp, expected) => {
    expect(selfHostedRatePerMillion(gpuHour, tps, bp)).toBe(expected);
  });

  it('20% utilization costs exactly 5× before rounding', () => {
    // same throughput, 1/5 of the utilization ≡ 5× the GPU price at 100%
    expect(selfHostedRatePerMillion(2_000_000n, 1_000, 2_000)).toBe(
      selfHostedRatePerMillion(10_000_000n, 1_000, 10_000),
    );
  });

  it.each<[string, bigint, number, number, RegExp]>([
    [
      'a zero GPU cost',
      0n,
      1_000,
      10_000,
      /Invalid GPU cost per hour 0: expected micros as a bigint greater than 0/,
    ],
    ['a negative GPU cost', -1n, 1_000, 10_000, /Invalid GPU cost per hour -1/],
    ['zero throughput', 1n, 0, 10_000, /Invalid throughput 0 tokens\/s: expected a number greater than 0/],
    ['negative throughput', 1n, -5, 10_000, /Invalid throughput -5 tokens\/s/],
    ['NaN throughput', 1n, Number.NaN, 10_000, /Invalid throughput NaN tokens\/s/],
    ['too many decimals', 1n, 0.0001, 10_000, /Invalid throughput 0.0001 tokens\/s: at most 3 decimals/],
    [
      'zero utilization',
      1n,
      1_000,
      0,
      /Invalid utilization 0 bp: expected whole basis points from 1 to 10000/,
    ],
    ['over 100% utilization', 1n, 1_000, 10_001, /Invalid utilization 10001 bp/],
    ['fractional utilization', 1n, 1_000, 50.5, /Invalid utilization 50.5 bp/],
  ])('throws for %s', (_name, gpuHour, tps, bp, message) => {
    expect(() => selfHostedRatePerMillion(gpuHour, tps, bp)).toThrow(message);
  });
});

describe('ratePerMillionFromDecimal', () => {
  it.each<[number | string, bigint]>([
    [3, 3_000_000n],
    [0.25, 250_000n],
    [22.5, 22_500_000n],
    ['22.50', 22_500_000n],
    [0.1, 100_000n], // the decimal 0.1, not the float 0.1000000000000000055…
    [0.3, 300_000n],
    [1.1, 1_100_000n],
    ['0.000001', 1n],
    ['0.0000010', 1n], // trailing zeros beyond 6 decimals are fine
    [0, 0n],
    ['  1.25 ', 1_250_000n],
    ['+2', 2_000_000n],
    [1e21, 1_000_000_000_000_000_000_000_000_000n], // String(1e21) is "1e+21"
    [600, 600_000_000n],
  ])('%p → %p micros', (value, expected) => {
    expect(ratePerMillionFromDecimal(value)).toBe(expected);
  });

  it.each<[unknown, RegExp]>([
    [-1, /cannot be negative/],
    ['-0.5', /cannot be negative/],
    [Number.NaN, /expected a finite number/],
    [Infinity, /expected a finite number/],
    ['0.0000001', /more than 6 decimals/],
    [1e-7, /more than 6 decimals/],
    ['abc', /expected a decimal like "3", "0.25" or "22.5"/],
    ['1,000', /expected a decimal/],
    ['', /expected a decimal/],
    ['.5', /expected a decimal/],
    [null, /expected a decimal number or string/],
  ])('rejects %p', (value, message) => {
    expect(() => ratePerMillionFromDecimal(value as number)).toThrow(message);
  });
});

describe('convertMicros', () => {
  it.each<[bigint, bigint, bigint]>([
    [10_500n, 920_000n, 9_660n], // $0.0105 × 0.92 = €0.00966
    [1_000_000n, 920_000n, 920_000n], // $1 → €0.92
    [1n, 500_000n, 1n], // 0.5 micro → 1 (half-up)
    [1n, 499_999n, 0n], // 0.499999 → 0
    [-1n, 500_000n, -1n], // -0.5 → -1 (away from zero, like roundHalfUp)
    [0n, 920_000n, 0n],
    [123_456_789n, 1_000_000n, 123_456_789n], // rate 1 is the identity
    [5n, 150_000_000n, 750n], // ¥150 per $1: 5 micro-dollars → 750 micro-yen
  ])('%p at %p → %p', (micros, rate, expected) => {
    expect(convertMicros(micros, rate)).toBe(expected);
  });

  it('throws for a zero or negative rate', () => {
    expect(() => convertMicros(1n, 0n)).toThrow(
      'Invalid exchange rate 0: expected micros of the target per 1 unit',
    );
    expect(() => convertMicros(1n, -920_000n)).toThrow(/Invalid exchange rate -920000/);
  });
});
