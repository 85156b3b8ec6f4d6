import fc from 'fast-check';
import Papa from 'papaparse';
import type { ChargeLine } from './chargeback';
import {
  csvField,
  decimalToMicros,
  FOCUS_CHARGE_CATEGORIES,
  FOCUS_CHARGE_FREQUENCIES,
  FOCUS_COLUMNS,
  FOCUS_MANDATORY_COLUMNS,
  focusCsv,
  focusProviderName,
  focusRow,
  microsToDecimal,
  type FocusContext,
} from './focus';

const context: FocusContext = {
  month: '2026-11',
  currency: 'USD',
  companyId: '11111111-1111-4111-8111-111111111111',
  companyName: 'Acme, Inc.',
};

function line(overrides: Partial<ChargeLine> = {}): ChargeLine {
  return {
    day: '2026-11-03',
    category: 'USAGE',
    engineerId: 'e1',
    engineerName: 'Ada Lovelace',
    teamId: 't1',
    teamName: 'Platform',
    costCentre: 'CC-100',
    provider: 'anthropic',
    model: 'claude-sonnet-4-5',
    tool: 'claude-code',
    originalMonth: null,
    inputTokens: 1_000n,
    outputTokens: 500n,
    cacheReadTokens: 2_000n,
    cacheWriteTokens: 100n,
    costMicros: 12_345_678n,
    listCostMicros: 15_000_000n,
    description: 'claude-sonnet-4-5 via claude-code',
    ...overrides,
  };
}

describe('microsToDecimal / decimalToMicros', () => {
  it.each([
    [0n, '0.000000'],
    [1n, '0.000001'],
    [999_999n, '0.999999'],
    [1_000_000n, '1.000000'],
    [12_345_678n, '12.345678'],
    [-5n, '-0.000005'],
    [-1_500_000n, '-1.500000'],
    [123_456_789_012_345_678n, '123456789012.345678'],
  ])('%p → %s', (micros, text) => {
    expect(microsToDecimal(micros)).toBe(text);
    expect(decimalToMicros(text)).toBe(micros);
  });
  it('round-trips every amount exactly, beyond float precision (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (micros) => {
        expect(decimalToMicros(microsToDecimal(micros))).toBe(micros);
      }),
    );
  });
  it('reads shorter decimals and refuses junk', () => {
    expect(decimalToMicros('1.5')).toBe(1_500_000n);
    expect(decimalToMicros('7')).toBe(7_000_000n);
    expect(() => decimalToMicros('1e5')).toThrow();
    expect(() => decimalToMicros('1.1234567')).toThrow();
  });
});

describe('focusRow', () => {
  it('maps a usage line to a Usage row with every mandatory column filled', () => {
    const row = focusRow(line(), context);
    expect(Object.keys(row)).toEqual([...FOCUS_COLUMNS]);
    for (const column of FOCUS_MANDATORY_COLUMNS.filter((c) => c !== 'ChargeClass')) {
      expect([column, row[column]]).not.toEqual([column, null]);
      expect([column, row[column]]).not.toEqual([column, '']);
    }
    expect(row).toMatchObject({
      BilledCost: '12.345678',
      EffectiveCost: '12.345678',
      ContractedCost: '12.345678',
      ListCost: '15.000000',
      BillingCurrency: 'USD',
      BillingAccountId: context.companyId,
      BillingAccountName: 'Acme, Inc.',
      BillingPeriodStart: '2026-11-01T00:00:00Z',
      BillingPeriodEnd: '2026-12-01T00:00:00Z',
      ChargePeriodStart: '2026-11-03T00:00:00Z',
      ChargePeriodEnd: '2026-11-04T00:00:00Z',
      ChargeCategory: 'Usage',
      ChargeClass: null,
      ChargeFrequency: 'Usage-Based',
      ConsumedQuantity: '3600',
      ConsumedUnit: 'Tokens',
      PricingQuantity: '0.003600',
      PricingUnit: '1M Tokens',
      ProviderName: 'Anthropic',
      PublisherName: 'Anthropic',
      InvoiceIssuerName: 'Anthropic',
      ServiceName: 'claude-sonnet-4-5',
      ServiceCategory: 'AI and Machine Learning',
      ServiceSubcategory: 'Generative AI',
      ResourceId: 'e1',
      ResourceName: 'Ada Lovelace',
      SubAccountId: 't1',
      SubAccountName: 'Platform',
      x_Team: 'Platform',
      x_CostCentre: 'CC-100',
      x_Engineer: 'Ada Lovelace',
    });
    expect(JSON.parse(row.Tags!)).toEqual({
      'tokenroll/category': 'USAGE',
      'tokenroll/tool': 'claude-code',
      'tokenroll/cost-centre': 'CC-100',
    });
  });

  it('maps an adjustment to Adjustment / Correction naming the original month, without consumed quantity', () => {
    const row = focusRow(
      line({
        category: 'ADJUSTMENT',
        originalMonth: '2026-09',
        description: 'late usage',
        costMicros: -250n,
      }),
      context,
    );
    expect(row.ChargeCategory).toBe('Adjustment');
    expect(row.ChargeClass).toBe('Correction');
    expect(row.ChargeDescription).toContain('2026-09');
    expect(row.BilledCost).toBe('-0.000250');
    expect(row.ConsumedQuantity).toBeNull();
    expect(row.ConsumedUnit).toBeNull();
    expect(JSON.parse(row.Tags!)['tokenroll/original-month']).toBe('2026-09');
    // Billed in the file's month, whatever month it corrects.
    expect(row.BillingPeriodStart).toBe('2026-11-01T00:00:00Z');
  });

  it('keeps a description that already names the original month', () => {
    const row = focusRow(
      line({ category: 'ADJUSTMENT', originalMonth: '2026-09', description: 'Late usage of 2026-09' }),
      context,
    );
    expect(row.ChargeDescription).toBe('Late usage of 2026-09');
  });

  it('maps allocated shared cost to its own Usage row on the team, with no engineer', () => {
    const row = focusRow(
      line({
        category: 'SHARED',
        engineerId: null,
        engineerName: null,
        provider: null,
        model: null,
        tool: null,
        description: '',
        inputTokens: 0n,
        outputTokens: 0n,
        cacheReadTokens: 0n,
        cacheWriteTokens: 0n,
      }),
      context,
    );
    expect(row).toMatchObject({
      ChargeCategory: 'Usage',
      ChargeClass: null,
      ChargeFrequency: 'Usage-Based',
      ResourceId: 'team:t1:shared',
      ResourceType: 'Allocated shared cost',
      ProviderName: 'Acme, Inc.',
      ServiceName: 'Shared AI tooling',
      x_Engineer: null,
      ChargeDescription: 'Allocated shared AI cost',
    });
  });

  it('maps unabsorbed capacity (held centrally, negative) to a Recurring row', () => {
    const row = focusRow(
      line({
        category: 'UNABSORBED',
        engineerId: null,
        engineerName: null,
        teamId: null,
        teamName: 'Central',
        provider: 'self-hosted',
        model: 'llama-3-70b',
        costMicros: -1_000_001n,
        listCostMicros: -1_000_001n,
        description: 'Unabsorbed capacity of llama-3-70b',
      }),
      context,
    );
    expect(row).toMatchObject({
      ChargeCategory: 'Usage',
      ChargeFrequency: 'Recurring',
      BilledCost: '-1.000001',
      SubAccountId: 'central',
      ResourceId: 'team:central:unabsorbed',
      ResourceType: 'Unabsorbed capacity',
      PricingQuantity: '1',
      ProviderName: 'self-hosted',
    });
  });

  it('only emits allowed values for ChargeCategory and ChargeFrequency, ISO 8601 UTC datetimes (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('USAGE' as const, 'ADJUSTMENT' as const, 'SHARED' as const, 'UNABSORBED' as const),
        fc.integer({ min: 1, max: 30 }),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        (category, day, cost) => {
          const row = focusRow(
            line({
              category,
              day: `2026-11-${String(day).padStart(2, '0')}`,
              costMicros: cost,
              originalMonth: category === 'ADJUSTMENT' ? '2026-08' : null,
            }),
            context,
          );
          expect(FOCUS_CHARGE_CATEGORIES).toContain(row.ChargeCategory);
          expect(FOCUS_CHARGE_FREQUENCIES).toContain(row.ChargeFrequency);
          for (const column of [
            'BillingPeriodStart',
            'BillingPeriodEnd',
            'ChargePeriodStart',
            'ChargePeriodEnd',
          ] as const) {
            expect(row[column]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
          }
          expect(row.ChargePeriodEnd! > row.ChargePeriodStart!).toBe(true);
          expect(decimalToMicros(row.BilledCost!)).toBe(cost);
        },
      ),
    );
  });

  it('ends a charge period on the next day across month and year ends', () => {
    expect(focusRow(line({ day: '2026-11-30' }), context).ChargePeriodEnd).toBe('2026-12-01T00:00:00Z');
    expect(focusRow(line({ day: '2026-12-31' }), { ...context, month: '2026-12' })).toMatchObject({
      ChargePeriodEnd: '2027-01-01T00:00:00Z',
      BillingPeriodEnd: '2027-01-01T00:00:00Z',
    });
  });

  it('names known providers as FOCUS expects and keeps unknown ones', () => {
    expect(focusProviderName('openai')).toBe('OpenAI');
    expect(focusProviderName('Anthropic')).toBe('Anthropic');
    expect(focusProviderName('acme-llm')).toBe('acme-llm');
  });
});

describe('focusCsv', () => {
  it('escapes fields the RFC 4180 way', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('parses back with papaparse: header, names with commas and quotes, JSON tags', () => {
    const csv = focusCsv(
      [
        line({ engineerName: 'O"Brien, Pat', teamName: 'R&D, "Core"' }),
        line({ category: 'SHARED', engineerId: null, engineerName: null }),
      ],
      context,
    );
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...FOCUS_COLUMNS]);
    expect(parsed.data[0].x_Engineer).toBe('O"Brien, Pat');
    expect(parsed.data[0].x_Team).toBe('R&D, "Core"');
    expect(JSON.parse(parsed.data[0].Tags)['tokenroll/tool']).toBe('claude-code');
    expect(parsed.data[1].x_Engineer).toBe('');
  });

  it('Σ BilledCost of a file = Σ costMicros of its lines, exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            category: fc.constantFrom(
              'USAGE' as const,
              'ADJUSTMENT' as const,
              'SHARED' as const,
              'UNABSORBED' as const,
            ),
            costMicros: fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }),
            listCostMicros: fc.bigInt({ min: 0n, max: 10n ** 13n }),
            engineerName: fc.string({ maxLength: 12 }),
          }),
          { maxLength: 60 },
        ),
        (parts) => {
          const lines = parts.map((part) =>
            line({ ...part, originalMonth: part.category === 'ADJUSTMENT' ? '2026-10' : null }),
          );
          const parsed = Papa.parse<Record<string, string>>(focusCsv(lines, context), {
            header: true,
            skipEmptyLines: 'greedy',
          });
          expect(parsed.data).toHaveLength(lines.length);
          const billed = parsed.data.reduce((sum, row) => sum + decimalToMicros(row.BilledCost), 0n);
          const list = parsed.data.reduce((sum, row) => sum + decimalToMicros(row.ListCost), 0n);
          expect(billed).toBe(lines.reduce((sum, l) => sum + l.costMicros, 0n));
          expect(list).toBe(lines.reduce((sum, l) => sum + l.listCostMicros, 0n));
        },
      ),
      { numRuns: 60 },
    );
  });
});
