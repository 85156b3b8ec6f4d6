import {
  allocateLargestRemainder,
  currencyDecimals,
  isCurrencyCode,
  MICROS_PER_UNIT,
  Money,
  MoneyError,
  MoneyErrorCode,
  roundHalfUp,
} from './money';

/** Runs `fn` and returns the MoneyError it throws (fails the test otherwise). */
function moneyError(fn: () => unknown): MoneyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MoneyError);
    return error as MoneyError;
  }
  throw new Error('expected a MoneyError to be thrown');
}

function expectMoneyError(fn: () => unknown, code: MoneyErrorCode, message?: RegExp): void {
  const error = moneyError(fn);
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

const usd = (micros: bigint) => Money.of(micros, 'USD');

describe('MICROS_PER_UNIT', () => {
  it('is one million', () => {
    expect(MICROS_PER_UNIT).toBe(1_000_000n);
  });
});

describe('MoneyError', () => {
  it('is an Error with a name and a code', () => {
    const error = new MoneyError('INVALID_AMOUNT', 'nope');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(MoneyError);
    expect(error.name).toBe('MoneyError');
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toBe('nope');
  });
});

describe('isCurrencyCode', () => {
  it.each(['USD', 'EUR', 'JPY', 'KWD', 'XAU', 'ZZZ'])('accepts %s', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it.each(['', 'usd', 'Usd', 'US', 'USDD', 'US1', 'U$D', ' USD', 'USD ', 'ÜSD', '€'])(
    'rejects %j',
    (code) => {
      expect(isCurrencyCode(code)).toBe(false);
    },
  );

  it('rejects non-strings from untyped callers', () => {
    expect(isCurrencyCode(42 as unknown as string)).toBe(false);
    expect(isCurrencyCode(undefined as unknown as string)).toBe(false);
  });
});

describe('currencyDecimals', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['GBP', 2],
    ['XAU', 2],
    ['ZZZ', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['VND', 0],
    ['CLP', 0],
    ['ISK', 0],
    ['UGX', 0],
    ['XOF', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['OMR', 3],
    ['JOD', 3],
    ['TND', 3],
    ['IQD', 3],
    ['LYD', 3],
    ['CLF', 4],
  ])('%s has %i decimals', (code, decimals) => {
    expect(currencyDecimals(code)).toBe(decimals);
  });

  it.each(['usd', 'toString', 'constructor', ''])('rejects malformed code %j', (code) => {
    expectMoneyError(() => currencyDecimals(code), 'INVALID_CURRENCY', /three uppercase letters/);
  });
});

describe('roundHalfUp', () => {
  it.each([
    // [numerator, denominator, expected]
    [0n, 7n, 0n],
    [10n, 5n, 2n],
    [-10n, 5n, -2n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [-1n, 3n, 0n],
    [-2n, 3n, -1n],
    [5n, 2n, 3n], // 2.5 -> 3
    [-5n, 2n, -3n], // -2.5 -> -3 (away from zero)
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [1n, 2n, 1n], // 0.5 -> 1
    [-1n, 2n, -1n], // -0.5 -> -1
    [3n, 2n, 2n], // 1.5 -> 2
    [-3n, 2n, -2n],
    [7n, 2n, 4n], // 3.5 -> 4
    [149n, 100n, 1n], // 1.49
    [150n, 100n, 2n], // 1.50
    [-149n, 100n, -1n],
    [-150n, 100n, -2n],
    [2499999n, 1000000n, 2n],
    [2500000n, 1000000n, 3n],
    [-2500000n, 1000000n, -3n],
    [-2500001n, 1000000n, -3n],
    [-2499999n, 1000000n, -2n],
    [7n, 1n, 7n],
    [-7n, -1n, 7n],
  ])('roundHalfUp(%p, %p) = %p', (numerator, denominator, expected) => {
    expect(roundHalfUp(numerator, denominator)).toBe(expected);
  });

  it('stays exact far beyond 2^53', () => {
    const big = 2n ** 200n;
    expect(roundHalfUp(big * 10n + 5n, 10n)).toBe(big + 1n);
    expect(roundHalfUp(-(big * 10n + 5n), 10n)).toBe(-(big + 1n));
    expect(roundHalfUp(big * 10n + 4n, 10n)).toBe(big);
    expect(roundHalfUp(big + 1n, big * 2n)).toBe(1n); // just above one half
    expect(roundHalfUp(big - 1n, big * 2n)).toBe(0n); // just below one half
  });

  it('throws INVALID_AMOUNT for a zero denominator', () => {
    expectMoneyError(() => roundHalfUp(1n, 0n), 'INVALID_AMOUNT', /zero/);
    expectMoneyError(() => roundHalfUp(0n, 0n), 'INVALID_AMOUNT', /zero/);
  });

  it('rejects JS numbers from untyped callers', () => {
    expectMoneyError(() => roundHalfUp(1 as unknown as bigint, 2n), 'INVALID_AMOUNT', /bigint/);
    expectMoneyError(() => roundHalfUp(1n, 2 as unknown as bigint), 'INVALID_AMOUNT', /bigint/);
  });
});

describe('allocateLargestRemainder', () => {
  it.each([
    { total: 100n, weights: [1n, 1n, 1n], expected: [34n, 33n, 33n] },
    { total: 101n, weights: [1n, 1n, 1n], expected: [34n, 34n, 33n] },
    { total: 102n, weights: [1n, 1n, 1n], expected: [34n, 34n, 34n] },
    { total: 100n, weights: [1n], expected: [100n] },
    { total: 100n, weights: [7n], expected: [100n] },
    { total: 0n, weights: [1n, 2n, 3n], expected: [0n, 0n, 0n] },
    { total: 100n, weights: [0n, 1n, 0n], expected: [0n, 100n, 0n] },
    { total: 100n, weights: [0n, 1n, 1n], expected: [0n, 50n, 50n] },
    { total: 101n, weights: [0n, 1n, 1n], expected: [0n, 51n, 50n] },
    { total: 5n, weights: [0n, 1n, 0n, 1n], expected: [0n, 3n, 0n, 2n] },
    { total: 100n, weights: [1n, 2n, 3n], expected: [17n, 33n, 50n] }, // 16.67, 33.33, 50
    { total: 10n, weights: [3n, 3n, 3n, 1n], expected: [3n, 3n, 3n, 1n] }, // exact shares, nothing left over
    { total: 10n, weights: [3n, 3n, 3n, 2n], expected: [3n, 3n, 2n, 2n] }, // 2.73 x3, 1.82: .82 beats .73, then index order
    { total: 1n, weights: [1n, 1n, 1n, 1n], expected: [1n, 0n, 0n, 0n] },
    { total: 3n, weights: [1n, 1n, 1n, 1n], expected: [1n, 1n, 1n, 0n] },
    { total: 7n, weights: [2n, 5n], expected: [2n, 5n] },
    { total: 10n, weights: [1n, 3n], expected: [3n, 7n] }, // 2.5, 7.5 -> tie, lower index first
    { total: 1n, weights: [1n, 3n], expected: [0n, 1n] }, // 0.25, 0.75 -> largest remainder wins
    // negative totals: allocate |total| then negate
    { total: -100n, weights: [1n, 1n, 1n], expected: [-34n, -33n, -33n] },
    { total: -10n, weights: [1n, 3n], expected: [-3n, -7n] },
    { total: -1n, weights: [0n, 1n, 1n], expected: [0n, -1n, 0n] },
  ])('$total over $weights -> $expected', ({ total, weights, expected }) => {
    const parts = allocateLargestRemainder(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
  });

  it('stays exact with huge totals and weights', () => {
    const total = 10n ** 30n + 1n;
    const parts = allocateLargestRemainder(total, [2n ** 70n, 2n ** 70n]);
    expect(parts).toEqual([5n * 10n ** 29n + 1n, 5n * 10n ** 29n]);
  });

  it('does not mutate the weights array', () => {
    const weights = [3n, 1n, 2n];
    allocateLargestRemainder(100n, weights);
    expect(weights).toEqual([3n, 1n, 2n]);
  });

  it.each([
    { weights: [], reason: /empty/ },
    { weights: [0n], reason: /greater than zero/ },
    { weights: [0n, 0n, 0n], reason: /greater than zero/ },
    { weights: [1n, -1n], reason: /index 1 is negative/ },
    { weights: [-2n, 5n], reason: /index 0 is negative/ },
    { weights: [1n, 1 as unknown as bigint], reason: /index 1 must be a bigint/ },
  ])('rejects weights $weights with INVALID_ALLOCATION', ({ weights, reason }) => {
    expectMoneyError(() => allocateLargestRemainder(100n, weights), 'INVALID_ALLOCATION', reason);
  });
});

describe('Money.of / Money.zero', () => {
  it('keeps micros and currency', () => {
    const money = Money.of(1_500_000n, 'EUR');
    expect(money.micros).toBe(1_500_000n);
    expect(money.currency).toBe('EUR');
  });

  it('zero is zero', () => {
    const zero = Money.zero('JPY');
    expect(zero.micros).toBe(0n);
    expect(zero.currency).toBe('JPY');
    expect(zero.isZero()).toBe(true);
  });

  it.each(['usd', 'US', 'DOLLARS', '', '123'])('rejects currency %j with INVALID_CURRENCY', (currency) => {
    expectMoneyError(() => Money.of(1n, currency), 'INVALID_CURRENCY', /ISO 4217/);
    expectMoneyError(() => Money.zero(currency), 'INVALID_CURRENCY');
    expectMoneyError(() => Money.parse('1', currency), 'INVALID_CURRENCY');
    expectMoneyError(() => Money.fromDecimalString('1', currency), 'INVALID_CURRENCY');
    expectMoneyError(() => Money.sum([], currency), 'INVALID_CURRENCY');
  });

  it.each([1.5, 1, Number.NaN, '1', null])('rejects non-bigint micros %p with INVALID_AMOUNT', (micros) => {
    expectMoneyError(() => Money.of(micros as unknown as bigint, 'USD'), 'INVALID_AMOUNT', /bigint/);
  });

  it('is immutable', () => {
    const money = usd(1n);
    expect(Object.isFrozen(money)).toBe(true);
    expect(() => {
      (money as unknown as { micros: bigint }).micros = 2n;
    }).toThrow(TypeError);
    expect(money.micros).toBe(1n);
  });
});

describe('Money.parse', () => {
  it.each([
    ['1234', 1_234_000_000n],
    ['1234.5', 1_234_500_000n],
    ['-0.000001', -1n],
    ['1,234.56', 1_234_560_000n],
    [' 12.30 ', 12_300_000n],
    ['\t\n 7 \n', 7_000_000n],
    ['0', 0n],
    ['-0', 0n],
    ['+5', 5_000_000n],
    ['-5', -5_000_000n],
    ['007.5', 7_500_000n],
    ['.5', 500_000n],
    ['-.25', -250_000n],
    ['1,000', 1_000_000_000n],
    ['12,345,678.9', 12_345_678_900_000n],
    ['-1,234,567.123456', -1_234_567_123_456n],
    ['0.123456', 123_456n],
    // more than 6 decimals: round half away from zero to the micro
    ['0.0000005', 1n],
    ['-0.0000005', -1n],
    ['0.0000004999', 0n],
    ['-0.0000004999', 0n],
    ['1.2345675', 1_234_568n],
    ['-1.2345675', -1_234_568n],
    ['1.23456749999999999', 1_234_567n],
    ['0.9999995', 1_000_000n],
    ['-0.9999995', -1_000_000n],
    ['1,234.00000050', 1_234_000_001n],
    // beyond 2^53: exact
    ['9007199254740993', 9_007_199_254_740_993_000_000n],
    ['123456789012345678901234567890.123456', 123_456_789_012_345_678_901_234_567_890_123_456n],
    ['9,007,199,254,740,993.000001', 9_007_199_254_740_993_000_001n],
  ])('parses %j as %p micros', (text, micros) => {
    const money = Money.parse(text, 'USD');
    expect(money.micros).toBe(micros);
    expect(money.currency).toBe('USD');
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['-', /sign must be followed by digits/],
    ['+', /sign must be followed by digits/],
    ['abc', /unexpected character "a" at position 0/],
    ['12a', /unexpected character "a" at position 2/],
    ['$12', /unexpected character "\$"/],
    ['12 USD', /unexpected character " " at position 2 \(spaces/],
    ['1 234', /unexpected character " " at position 1/],
    ['- 5', /unexpected character " " at position 1/],
    ['--5', /unexpected character "-" at position 1/],
    ['5-', /unexpected character "-" at position 1/],
    ['0x10', /unexpected character "x"/],
    ['١٢٣', /unexpected character "١"/],
    ['1.2.3', /more than one decimal point/],
    ['1..2', /more than one decimal point/],
    ['1e5', /exponent notation/],
    ['1E5', /exponent notation/],
    ['-2.5e-3', /exponent notation/],
    ['1.5e+10', /exponent notation/],
    ['NaN', /NaN is not an amount/],
    ['nan', /NaN is not an amount/],
    ['-NaN', /NaN is not an amount/],
    ['Infinity', /infinite amounts are not allowed/],
    ['-Infinity', /infinite amounts are not allowed/],
    ['+inf', /infinite amounts are not allowed/],
    ['1,23', /misplaced thousands separator/],
    ['12,34,567', /misplaced thousands separator/],
    ['1234,567', /misplaced thousands separator/],
    [',123', /misplaced thousands separator/],
    ['123,', /misplaced thousands separator/],
    ['1,,234', /misplaced thousands separator/],
    ['1,2345', /misplaced thousands separator/],
    [',', /misplaced thousands separator/],
    ['1,234.5,6', /not allowed after the decimal point/],
    ['1.234,56', /not allowed after the decimal point/],
    ['5.', /decimal point must be followed by at least one digit/],
    ['-5.', /decimal point must be followed by at least one digit/],
    ['.', /no digits/],
  ])('rejects %j: %s', (text, reason) => {
    expectMoneyError(() => Money.parse(text, 'USD'), 'INVALID_AMOUNT', reason);
  });

  it('quotes the offending input in the message', () => {
    expectMoneyError(() => Money.parse('1.2.3', 'USD'), 'INVALID_AMOUNT', /^Invalid amount "1\.2\.3": /);
  });

  it('truncates very long input in the message', () => {
    const error = moneyError(() => Money.parse(`${'9'.repeat(100)}x`, 'USD'));
    expect(error.message.length).toBeLessThan(150);
    expect(error.message).toContain('…');
  });

  it('rejects non-string input from untyped callers', () => {
    expectMoneyError(
      () => Money.parse(12 as unknown as string, 'USD'),
      'INVALID_AMOUNT',
      /expected a string/,
    );
  });
});

describe('Money.fromDecimalString', () => {
  it.each([
    ['0', 0n],
    ['1', 1_000_000n],
    ['-1', -1_000_000n],
    ['1234.56', 1_234_560_000n],
    ['1234.560000', 1_234_560_000n],
    ['-0.000001', -1n],
    ['0.5', 500_000n],
    ['12345678901234567890.123456', 12_345_678_901_234_567_890_123_456n],
  ])('parses %j as %p micros', (text, micros) => {
    expect(Money.fromDecimalString(text, 'EUR').micros).toBe(micros);
  });

  it.each([
    '',
    ' 1',
    '1 ',
    '+1',
    '1,234',
    '.5',
    '5.',
    '1.2345678',
    '1e5',
    'NaN',
    'Infinity',
    '--1',
    '1.2.3',
    'abc',
  ])('rejects %j with INVALID_AMOUNT', (text) => {
    expectMoneyError(() => Money.fromDecimalString(text, 'EUR'), 'INVALID_AMOUNT', /Invalid decimal string/);
  });
});

describe('arithmetic', () => {
  it('plus / minus / negate / times are exact', () => {
    const a = usd(1_500_000n);
    const b = usd(250_000n);
    expect(a.plus(b).micros).toBe(1_750_000n);
    expect(a.minus(b).micros).toBe(1_250_000n);
    expect(b.minus(a).micros).toBe(-1_250_000n);
    expect(a.negate().micros).toBe(-1_500_000n);
    expect(a.negate().negate().equals(a)).toBe(true);
    expect(a.times(3n).micros).toBe(4_500_000n);
    expect(a.times(-2n).micros).toBe(-3_000_000n);
    expect(a.times(0n).isZero()).toBe(true);
  });

  it('does not modify the operands', () => {
    const a = usd(10n);
    const b = usd(5n);
    a.plus(b);
    a.minus(b);
    a.negate();
    a.times(5n);
    expect(a.micros).toBe(10n);
    expect(b.micros).toBe(5n);
  });

  it('stays exact beyond 2^53 where floats would not', () => {
    const max = usd(BigInt(Number.MAX_SAFE_INTEGER));
    const sum = max.plus(usd(2n));
    expect(sum.micros).toBe(9_007_199_254_740_993n);
    expect(Number(sum.micros)).toBe(9_007_199_254_740_992); // the float would be off by one
    expect(sum.toDecimalString()).toBe('9007199254.740993');
    const huge = usd(10n ** 40n).plus(usd(1n));
    expect(huge.minus(usd(10n ** 40n)).micros).toBe(1n);
    expect(huge.times(10n ** 10n).micros).toBe(10n ** 50n + 10n ** 10n);
  });

  it('plus tracks cents without float drift (0.1 + 0.2)', () => {
    const total = Money.parse('0.1', 'USD').plus(Money.parse('0.2', 'USD'));
    expect(total.equals(Money.parse('0.3', 'USD'))).toBe(true);
  });

  it.each([
    ['plus', (a: Money, b: Money) => a.plus(b), /Cannot add USD and EUR/],
    ['minus', (a: Money, b: Money) => a.minus(b), /Cannot subtract USD and EUR/],
    ['compare', (a: Money, b: Money) => a.compare(b), /Cannot compare USD and EUR/],
  ])('%s throws CURRENCY_MISMATCH for different currencies', (_name, operation, message) => {
    expectMoneyError(() => operation(usd(1n), Money.of(1n, 'EUR')), 'CURRENCY_MISMATCH', message);
  });

  it('times rejects a JS number factor', () => {
    expectMoneyError(
      () => usd(1n).times(1.5 as unknown as bigint),
      'INVALID_AMOUNT',
      /factor must be a bigint/,
    );
  });
});

describe('mulRatio', () => {
  it.each([
    [1_000_000n, 1n, 3n, 333_333n],
    [2_000_000n, 1n, 3n, 666_667n],
    [-2_000_000n, 1n, 3n, -666_667n],
    [5n, 1n, 2n, 3n], // 2.5 -> 3
    [-5n, 1n, 2n, -3n], // -2.5 -> -3
    [5n, -1n, 2n, -3n],
    [1_000_000n, 15n, 100n, 150_000n], // 15%
    [3n, 1n, 2n, 2n], // 1.5 -> 2
    [1n, 1n, 3n, 0n],
    [123_456_789n, 0n, 7n, 0n],
    [10n ** 30n + 1n, 1n, 2n, 5n * 10n ** 29n + 1n], // huge half rounds up
  ])('%p * %p / %p = %p', (micros, numerator, denominator, expected) => {
    expect(usd(micros).mulRatio(numerator, denominator).micros).toBe(expected);
  });

  it('throws INVALID_AMOUNT on a zero denominator', () => {
    expectMoneyError(() => usd(1n).mulRatio(1n, 0n), 'INVALID_AMOUNT', /zero/);
  });
});

describe('Money.allocate', () => {
  it('splits 1.00 USD three ways into 0.333334 / 0.333333 / 0.333333', () => {
    const parts = Money.parse('1', 'USD').allocate([1n, 1n, 1n]);
    expect(parts.map((part) => part.toDecimalString())).toEqual(['0.333334', '0.333333', '0.333333']);
    expect(parts.every((part) => part.currency === 'USD')).toBe(true);
    expect(Money.sum(parts, 'USD').equals(Money.parse('1', 'USD'))).toBe(true);
  });

  it('handles 100 micros over [1, 1, 1], a single part, zero weights and a negative total', () => {
    expect(
      usd(100n)
        .allocate([1n, 1n, 1n])
        .map((p) => p.micros),
    ).toEqual([34n, 33n, 33n]);
    expect(
      usd(100n)
        .allocate([5n])
        .map((p) => p.micros),
    ).toEqual([100n]);
    expect(
      usd(100n)
        .allocate([0n, 3n, 0n])
        .map((p) => p.micros),
    ).toEqual([0n, 100n, 0n]);
    expect(
      usd(-100n)
        .allocate([1n, 1n, 1n])
        .map((p) => p.micros),
    ).toEqual([-34n, -33n, -33n]);
  });

  it('throws INVALID_ALLOCATION for bad weights', () => {
    expectMoneyError(() => usd(100n).allocate([]), 'INVALID_ALLOCATION');
    expectMoneyError(() => usd(100n).allocate([0n, 0n]), 'INVALID_ALLOCATION');
    expectMoneyError(() => usd(100n).allocate([1n, -1n]), 'INVALID_ALLOCATION');
  });
});

describe('Money.sum', () => {
  it('adds exactly', () => {
    const items = [usd(1n), usd(2n), usd(-10n), usd(10n ** 25n)];
    expect(Money.sum(items, 'USD').micros).toBe(10n ** 25n - 7n);
  });

  it('gives zero in the requested currency for an empty list', () => {
    const total = Money.sum([], 'KWD');
    expect(total.isZero()).toBe(true);
    expect(total.currency).toBe('KWD');
  });

  it('throws CURRENCY_MISMATCH when an item has another currency', () => {
    expectMoneyError(
      () => Money.sum([usd(1n), Money.of(1n, 'EUR')], 'USD'),
      'CURRENCY_MISMATCH',
      /EUR into a USD/,
    );
    expectMoneyError(() => Money.sum([usd(1n)], 'EUR'), 'CURRENCY_MISMATCH', /USD into a EUR/);
  });
});

describe('comparison and predicates', () => {
  it.each([
    [1n, 2n, -1],
    [2n, 1n, 1],
    [5n, 5n, 0],
    [-1n, 0n, -1],
    [0n, -1n, 1],
    [10n ** 30n, 10n ** 30n + 1n, -1],
  ])('compare(%p, %p) = %p', (a, b, expected) => {
    expect(usd(a).compare(usd(b))).toBe(expected);
  });

  it('equals needs the same amount and currency', () => {
    expect(usd(5n).equals(usd(5n))).toBe(true);
    expect(usd(5n).equals(usd(6n))).toBe(false);
    expect(usd(5n).equals(Money.of(5n, 'EUR'))).toBe(false);
  });

  it.each([
    [-1n, false, true, false],
    [0n, true, false, false],
    [1n, false, false, true],
  ])('%p micros: isZero=%p isNegative=%p isPositive=%p', (micros, zero, negative, positive) => {
    const money = usd(micros);
    expect(money.isZero()).toBe(zero);
    expect(money.isNegative()).toBe(negative);
    expect(money.isPositive()).toBe(positive);
  });
});

describe('toDecimalString / toString / toJSON', () => {
  it.each([
    [0n, '0.000000'],
    [1n, '0.000001'],
    [-1n, '-0.000001'],
    [1_234_560_000n, '1234.560000'],
    [-1_234_560_000n, '-1234.560000'],
    [12_500_000n, '12.500000'],
    [999_999n, '0.999999'],
    [1_000_000n, '1.000000'],
    [123_456_789_012_345_678_901_234_567n, '123456789012345678901.234567'],
  ])('%p micros -> %j', (micros, text) => {
    expect(usd(micros).toDecimalString()).toBe(text);
  });

  it('toString appends the currency', () => {
    expect(usd(12_500_000n).toString()).toBe('12.500000 USD');
    expect(Money.of(-1n, 'JPY').toString()).toBe('-0.000001 JPY');
    expect(`${usd(1n)}`).toBe('0.000001 USD');
  });

  it('toJSON uses a string for micros so JSON.stringify works and stays exact', () => {
    const money = Money.of(12_345_678_901_234_567_890n, 'EUR');
    expect(money.toJSON()).toEqual({ micros: '12345678901234567890', currency: 'EUR' });
    expect(JSON.stringify({ price: money })).toBe(
      '{"price":{"micros":"12345678901234567890","currency":"EUR"}}',
    );
  });

  it('fromJSON reverses toJSON', () => {
    const money = Money.of(-12_345_678_901_234_567_890n, 'KWD');
    const back = Money.fromJSON(JSON.parse(JSON.stringify(money)));
    expect(back.equals(money)).toBe(true);
  });

  it.each([
    [{ micros: '1.5', currency: 'USD' }, 'INVALID_AMOUNT'],
    [{ micros: '', currency: 'USD' }, 'INVALID_AMOUNT'],
    [{ micros: 15, currency: 'USD' }, 'INVALID_AMOUNT'],
    [{ micros: '15', currency: 'usd' }, 'INVALID_CURRENCY'],
    [null, 'INVALID_AMOUNT'],
  ])('fromJSON(%j) throws %s', (json, code) => {
    expectMoneyError(() => Money.fromJSON(json as never), code as MoneyErrorCode);
  });
});

describe('toMinorUnits', () => {
  it.each([
    ['USD', 1_234_560_000n, 123_456n],
    ['USD', 5_000n, 1n], // 0.005 -> 0.01
    ['USD', 4_999n, 0n],
    ['USD', -5_000n, -1n], // -0.005 -> -0.01
    ['USD', -4_999n, 0n],
    ['USD', 1_234_567_890_123_456_789n, 123_456_789_012_346n],
    ['JPY', 1_500_000n, 2n],
    ['JPY', -1_500_000n, -2n],
    ['JPY', 1_499_999n, 1n],
    ['KWD', 1_234_500n, 1_235n], // 1.2345 -> 1.235
    ['KWD', -1_234_500n, -1_235n],
    ['KWD', 1_234_499n, 1_234n],
    ['CLF', 1_234_550n, 12_346n],
  ])('%s %p micros -> %p', (currency, micros, minor) => {
    expect(Money.of(micros, currency).toMinorUnits()).toBe(minor);
  });
});
