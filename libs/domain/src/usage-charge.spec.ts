import { ModelPrice, TokenRates, usageCharge } from './pricing';

const NO_RATES: TokenRates = {
  input: null,
  output: null,
  cacheRead: null,
  cacheWrite5m: null,
  cacheWrite1h: null,
};
const price = (model: string, rates: Partial<TokenRates>, currency = 'USD'): ModelPrice => ({
  provider: 'anthropic',
  model,
  effectiveFrom: '2026-01-01',
  currency,
  tiers: [],
  rates: { ...NO_RATES, ...rates },
});

const SONNET = price('claude-sonnet-4-6', { input: 3_000_000n, output: 15_000_000n });
// The provider's most expensive model: what an unpriced model's hold is taken at.
const OPUS = price('claude-opus-4-7', { input: 15_000_000n, output: 75_000_000n });
const USAGE = { inputTokens: 1_000_000, outputTokens: 100_000 };

describe('usageCharge', () => {
  it('charges a fully priced event at its own price', () => {
    // 1M × $3 + 100k × $15 = $4.50
    expect(usageCharge(SONNET, OPUS, USAGE)).toEqual({
      costMicros: 4_500_000n,
      currency: 'USD',
      unpriced: false,
      chargedAt: 'PRICE',
    });
  });

  it('charges a model with no price at the fallback, never at $0', () => {
    // 1M × $15 + 100k × $75 = $22.50
    expect(usageCharge(undefined, OPUS, USAGE)).toEqual({
      costMicros: 22_500_000n,
      currency: 'USD',
      unpriced: true,
      chargedAt: 'FALLBACK',
    });
  });

  it('charges a price missing a rate for a kind used at the fallback, never less than its own price covers', () => {
    const inputOnly = price('half', { input: 3_000_000n });
    expect(usageCharge(inputOnly, OPUS, USAGE)).toMatchObject({ costMicros: 22_500_000n, unpriced: true });
    const dearInput = price('dear', { input: 40_000_000n });
    // Its own input rate alone (1M × $40 = $40) is more than the fallback's whole event.
    expect(usageCharge(dearInput, OPUS, USAGE)).toMatchObject({
      costMicros: 40_000_000n,
      unpriced: true,
      chargedAt: 'PRICE',
    });
    // A rate missing for a kind not used does not matter.
    expect(usageCharge(inputOnly, OPUS, { inputTokens: 10, outputTokens: 0 })).toMatchObject({
      costMicros: 30n,
      unpriced: false,
    });
  });

  it('is undefined when there is no price and no fallback; a partial price alone is charged, flagged', () => {
    expect(usageCharge(undefined, undefined, USAGE)).toBeUndefined();
    expect(usageCharge(price('half', { input: 3_000_000n }), undefined, USAGE)).toEqual({
      costMicros: 3_000_000n,
      currency: 'USD',
      unpriced: true,
      chargedAt: 'PRICE',
    });
  });
});
