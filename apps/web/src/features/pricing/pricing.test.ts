import { describe, expect, it } from 'vitest';
import { selfHostedRatePerMillion } from '@tokenroll/domain';
import { buildTableCsv } from '../../app/table/csv';
import {
  formatRate,
  PRICE_CSV_COLUMNS,
  providersOf,
  readCompanyPriceForm,
  readExchangeRateForm,
  readPatternForm,
  readSelfHostedFigures,
  readSelfHostedForm,
  suggestPattern,
  utilizationCurve,
  type CompanyPriceValues,
  type PriceRow,
} from './pricing';

describe('formatRate', () => {
  it('shows cents when they are exact, and every significant micro-unit otherwise', () => {
    expect(formatRate('3000000', 'USD')).toBe('$3.00');
    expect(formatRate('300000', 'USD')).toBe('$0.30');
    expect(formatRate('75000', 'USD')).toBe('$0.075');
    expect(formatRate('1157407', 'USD')).toBe('$1.157407');
    expect(formatRate('15000000000', 'USD')).toBe('$15,000.00');
    expect(formatRate(null, 'USD')).toBe('—');
  });
});

describe('price rows', () => {
  const row: PriceRow = {
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    effectiveFrom: '2026-01-01',
    currency: 'USD',
    inputMicros: '3000000',
    outputMicros: '15000000',
    cacheReadMicros: '300000',
    cacheWrite5mMicros: '3750000',
    cacheWrite1hMicros: null,
    tierCount: 1,
    origin: 'CATALOG',
    source: 'https://example.com/pricing',
  };

  it('exports exact rates with no rounding', () => {
    expect(buildTableCsv(PRICE_CSV_COLUMNS, [{ ...row, cacheReadMicros: '75000' }]).split('\r\n')[1]).toBe(
      'anthropic,claude-sonnet-4-6,USD,3,15,0.075,3.75,,1,2026-01-01,List price,https://example.com/pricing',
    );
  });

  it('lists each provider once, sorted', () => {
    expect(providersOf([row, { provider: 'openai' }, { provider: 'Google' }, row])).toEqual([
      'anthropic',
      'Google',
      'openai',
    ]);
  });
});

describe('suggestPattern', () => {
  it('maps a dated variant to its catalog model', () => {
    expect(suggestPattern('claude-opus-5-5-20261101')).toEqual({
      pattern: 'claude-opus-5-5-*',
      model: 'claude-opus-5-5',
    });
    expect(suggestPattern('gpt-5.4-2026-03-01')).toEqual({ pattern: 'gpt-5.4-*', model: 'gpt-5.4' });
  });

  it('has no suggestion for an undated name', () => {
    expect(suggestPattern('claude-opus-5-5')).toBeNull();
    expect(suggestPattern('20261101')).toBeNull();
  });
});

describe('the self-hosted calculator', () => {
  it('derives $/1M tokens with the shared domain rule', () => {
    const read = readSelfHostedFigures({ gpuHourCost: '2.50', tokensPerSecond: '1500', utilizationBp: '40' });
    expect(read.errors).toBeNull();
    expect(read.figures).toEqual({
      gpuHourMicros: 2_500_000n,
      tokensPerSecond: 1500,
      utilizationBp: 4000,
      rateMicros: selfHostedRatePerMillion(2_500_000n, 1500, 4000),
    });
    // 2.50 / (1500 × 3600 × 0.4) × 1e6 = 1.157407…
    expect(read.figures?.rateMicros).toBe(1_157_407n);
  });

  it('says what is wrong with each figure', () => {
    expect(
      readSelfHostedFigures({ gpuHourCost: '0', tokensPerSecond: '1.2345', utilizationBp: '0' }).errors,
    ).toEqual({
      gpuHourCost: 'GPU cost per hour must be more than 0',
      tokensPerSecond: 'Tokens per second per GPU must be a number with at most 3 decimals',
      utilizationBp: 'Utilization must be more than 0% and at most 100%',
    });
    expect(
      readSelfHostedFigures({ gpuHourCost: 'abc', tokensPerSecond: '', utilizationBp: '120' }).errors,
    ).toEqual({
      gpuHourCost: 'GPU cost per hour must be an amount like 185000 or 185,000.00',
      tokensPerSecond: 'Tokens per second per GPU is required',
      utilizationBp: 'Utilization must be more than 0% and at most 100%',
    });
  });

  it('charts ten points from 10% to 100%, dearer at low utilization', () => {
    const curve = utilizationCurve(2_500_000n, 1500);
    expect(curve.map((point) => point.utilization)).toEqual([
      '10%',
      '20%',
      '30%',
      '40%',
      '50%',
      '60%',
      '70%',
      '80%',
      '90%',
      '100%',
    ]);
    expect(curve[3]?.rate).toBe(1.157407);
    expect(curve[0]!.rate).toBeCloseTo(curve[9]!.rate * 10, 5);
  });

  it('saves the figures (not the rate) so the server derives the same price', () => {
    expect(
      readSelfHostedForm({
        provider: ' Self-Hosted ',
        model: 'llama-4-70b',
        effectiveFrom: '2026-11-01',
        gpuHourCost: '2.5',
        tokensPerSecond: '1,500',
        utilizationBp: '62.5',
      }).input,
    ).toEqual({
      provider: 'self-hosted',
      model: 'llama-4-70b',
      effectiveFrom: '2026-11-01',
      selfHosted: { gpuHourCost: '2.5', tokensPerSecond: 1500, utilizationBp: 6250 },
    });
  });
});

describe('the company price form', () => {
  const values = (overrides: Partial<CompanyPriceValues> = {}): CompanyPriceValues => ({
    provider: 'anthropic',
    model: 'claude-opus-5-5',
    effectiveFrom: '2026-11-01',
    inputPerMillion: '4.50',
    outputPerMillion: '22.5',
    cacheReadPerMillion: '',
    cacheWritePerMillion: '',
    note: '',
    ...overrides,
  });

  it('sends the rates as typed and leaves out empty cache rates', () => {
    expect(readCompanyPriceForm(values()).input).toEqual({
      provider: 'anthropic',
      model: 'claude-opus-5-5',
      effectiveFrom: '2026-11-01',
      inputPerMillion: '4.50',
      outputPerMillion: '22.5',
    });
  });

  it('asks for input and output rates, a date and amounts with at most 6 decimals', () => {
    expect(
      readCompanyPriceForm(
        values({
          inputPerMillion: '',
          outputPerMillion: '-1',
          effectiveFrom: '2026-13-01',
          cacheReadPerMillion: '0.1234567',
        }),
      ).errors,
    ).toEqual({
      inputPerMillion: 'Input per 1M tokens is required',
      outputPerMillion: 'Output per 1M tokens must be an amount like 2.70',
      effectiveFrom: 'Effective from must be a date like 2026-04-01',
      cacheReadPerMillion: 'Cache read per 1M tokens must be an amount like 2.70',
    });
  });
});

describe('patterns and exchange rates', () => {
  it('reads a pattern', () => {
    expect(
      readPatternForm({ provider: 'Anthropic', pattern: ' claude-opus-5-5-* ', model: 'claude-opus-5-5' })
        .input,
    ).toEqual({
      provider: 'anthropic',
      pattern: 'claude-opus-5-5-*',
      model: 'claude-opus-5-5',
    });
    expect(readPatternForm({ provider: '', pattern: '', model: '' }).errors).toEqual({
      provider: 'Provider is required',
      pattern: 'Pattern is required',
      model: 'Priced as is required',
    });
  });

  it('reads an exchange rate', () => {
    expect(
      readExchangeRateForm({ currency: 'eur', effectiveFrom: '2026-11-01', rate: '0.92' }).input,
    ).toEqual({
      currency: 'EUR',
      effectiveFrom: '2026-11-01',
      rate: '0.92',
    });
    expect(readExchangeRateForm({ currency: 'EURO', effectiveFrom: '', rate: '0' }).errors).toEqual({
      currency: 'Currency must be a three-letter code like EUR',
      effectiveFrom: 'Effective from is required',
      rate: 'Units per 1 USD must be more than 0',
    });
  });
});
