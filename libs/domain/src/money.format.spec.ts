import { Money, MoneyFormatOptions } from './money';

const NBSP = '\u00a0';

describe('Money.format', () => {
  it('formats the spec example exactly (beyond 2^53) with the en-US default', () => {
    expect(Money.of(1234567890123456789n, 'USD').format()).toBe('$1,234,567,890,123.46');
  });

  it.each<[string, bigint, string, MoneyFormatOptions | undefined, string]>([
    // en-US, USD
    ['USD', 0n, 'en-US', undefined, '$0.00'],
    ['USD', 1_500_000n, 'en-US', undefined, '$1.50'],
    ['USD', -1_500_000n, 'en-US', undefined, '-$1.50'],
    ['USD', 1_234_560_000n, 'en-US', undefined, '$1,234.56'],
    ['USD', 999_560_000n, 'en-US', undefined, '$999.56'],
    ['USD', 5_000n, 'en-US', undefined, '$0.01'], // 0.005 rounds half up
    ['USD', 4_999n, 'en-US', undefined, '$0.00'],
    ['USD', -5_000n, 'en-US', undefined, '-$0.01'], // -0.005 rounds away from zero
    ['USD', -4_999n, 'en-US', undefined, '$0.00'], // rounds to zero: no minus sign
    ['USD', 9_995_000n, 'en-US', undefined, '$10.00'], // carry into the integer part
    ['USD', 999_999_995_000n, 'en-US', undefined, '$1,000,000.00'], // carry adds a group
    ['USD', -1234567890123456789n, 'en-US', undefined, '-$1,234,567,890,123.46'],
    ['USD', 10n ** 36n, 'en-US', undefined, '$1,000,000,000,000,000,000,000,000,000,000.00'],
    // precision: 'micros'
    ['USD', 1n, 'en-US', { precision: 'micros' }, '$0.000001'],
    ['USD', -1n, 'en-US', { precision: 'micros' }, '-$0.000001'],
    ['USD', 1234567890123456789n, 'en-US', { precision: 'micros' }, '$1,234,567,890,123.456789'],
    ['USD', 1_234_560_000n, 'en-US', { precision: 'currency' }, '$1,234.56'],
    // de-DE
    ['EUR', 1_234_560_000n, 'de-DE', undefined, `1.234,56${NBSP}€`],
    ['EUR', -1_500_000n, 'de-DE', undefined, `-1,50${NBSP}€`],
    ['USD', 1234567890123456789n, 'de-DE', undefined, `1.234.567.890.123,46${NBSP}$`],
    ['EUR', 1234567890123456789n, 'de-DE', { precision: 'micros' }, `1.234.567.890.123,456789${NBSP}€`],
    ['JPY', 1_234_500_000n, 'de-DE', undefined, `1.235${NBSP}¥`],
    ['KWD', 1_234_567_800n, 'de-DE', undefined, `1.234,568${NBSP}KWD`],
    ['KWD', -1_234_567_800n, 'de-DE', undefined, `-1.234,568${NBSP}KWD`],
    // ja-JP, JPY has 0 decimals
    ['JPY', 1_234_000_000n, 'ja-JP', undefined, '￥1,234'],
    ['JPY', 1_234_500_000n, 'ja-JP', undefined, '￥1,235'], // .5 rounds up
    ['JPY', -1_234_500_000n, 'ja-JP', undefined, '-￥1,235'], // -.5 rounds away from zero
    ['JPY', 1_234_499_999n, 'ja-JP', undefined, '￥1,234'],
    ['JPY', 400_000n, 'ja-JP', undefined, '￥0'],
    ['JPY', 12345678901234567890123456n, 'ja-JP', undefined, '￥12,345,678,901,234,567,890'],
    ['JPY', 1_234_500_000n, 'ja-JP', { precision: 'micros' }, '￥1,234.500000'],
    ['JPY', 1_234_000_000n, 'en-US', undefined, '¥1,234'],
    // KWD has 3 decimals
    ['KWD', 1_234_567_800n, 'en-US', undefined, `KWD${NBSP}1,234.568`],
    ['KWD', 1_234_567_499n, 'en-US', undefined, `KWD${NBSP}1,234.567`],
    ['KWD', -500n, 'en-US', undefined, `-KWD${NBSP}0.001`],
    ['KWD', 1_234_567_800n, 'ja-JP', undefined, `KWD${NBSP}1,234.568`],
    ['KWD', 1_234_567_800n, 'en-US', { precision: 'micros' }, `KWD${NBSP}1,234.567800`],
  ])('%s %p in %s %j -> %j', (currency, micros, locale, options, expected) => {
    expect(Money.of(micros, currency).format({ ...options, locale })).toBe(expected);
  });

  it('defaults to en-US and currency precision', () => {
    expect(Money.of(-1_500_000n, 'USD').format()).toBe('-$1.50');
    expect(Money.of(-1_500_000n, 'USD').format({})).toBe('-$1.50');
  });

  it.each<[string, string, bigint, string]>([
    // Indian grouping (3 then 2), min-grouping-digits 2, Arabic-Indic digits, apostrophe groups with the
    // sign after the symbol. Where CLDR versions differ, the expectation comes from Intl on a safe number.
    ['en-IN', 'INR', 123456789012_340000n, '₹1,23,45,67,89,012.34'],
    ['es-ES', 'EUR', 1_234_000_000n, `1234,00${NBSP}€`],
    ['es-ES', 'EUR', 12_345_000_000n, `12.345,00${NBSP}€`],
    [
      'ar-EG',
      'EGP',
      1_234_500_000n,
      new Intl.NumberFormat('ar-EG', { style: 'currency', currency: 'EGP' }).format(1234.5),
    ],
    [
      'de-CH',
      'CHF',
      -1_234_567_500_000n,
      new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(-1234567.5),
    ],
  ])('follows %s conventions for %s %p', (locale, currency, micros, expected) => {
    expect(Money.of(micros, currency).format({ locale })).toBe(expected);
  });

  it('lets an invalid locale surface as the RangeError Intl throws', () => {
    expect(() => Money.of(1n, 'USD').format({ locale: 'not a locale!' })).toThrow(RangeError);
  });
});
