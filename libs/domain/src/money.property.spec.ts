import fc from 'fast-check';
import { allocateLargestRemainder, currencyDecimals, MICROS_PER_UNIT, Money, roundHalfUp } from './money';

// Runs are deterministic per seed; fast-check prints the seed and the shrunk counterexample on failure.
const RUNS = { numRuns: 500 };

const abs = (value: bigint) => (value < 0n ? -value : value);
const sign = (value: bigint) => (value < 0n ? -1n : 1n);

/** Any size, weighted towards values around and far beyond 2^53. */
const anyMicros = fc.oneof(
  fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n }),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.bigInt(),
);
const nonZero = (arb: fc.Arbitrary<bigint>) => arb.filter((value) => value !== 0n);
const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'CLF', 'INR', 'CHF');
const money = (code = 'USD') => anyMicros.map((micros) => Money.of(micros, code));

/** Reference rounding computed a different way: floor((2|n| + |d|) / (2|d|)), then the sign. */
function referenceRound(numerator: bigint, denominator: bigint): bigint {
  const magnitude = (2n * abs(numerator) + abs(denominator)) / (2n * abs(denominator));
  return sign(numerator) * sign(denominator) * magnitude;
}

describe('roundHalfUp (properties)', () => {
  it('matches floor((2|n| + |d|) / 2|d|) with the sign applied', () => {
    fc.assert(
      fc.property(anyMicros, nonZero(anyMicros), (n, d) => {
        expect(roundHalfUp(n, d)).toBe(referenceRound(n, d));
      }),
      RUNS,
    );
  });

  it('matches sign * floor(|n/d| + 0.5) in floats for small integers (where floats are exact enough)', () => {
    const small = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(
        small,
        small.filter((d) => d !== 0),
        (n, d) => {
          const expected = Math.sign(n / d) * Math.floor(Math.abs(n / d) + 0.5);
          expect(roundHalfUp(BigInt(n), BigInt(d))).toBe(BigInt(expected === 0 ? 0 : expected)); // no -0
        },
      ),
      RUNS,
    );
  });

  it('is the nearest integer, and exact halves go away from zero', () => {
    fc.assert(
      fc.property(anyMicros, nonZero(anyMicros), (n, d) => {
        const r = roundHalfUp(n, d);
        // |n/d - r| <= 1/2  <=>  2|n - r*d| <= |d|
        const error2 = 2n * abs(n - r * d);
        expect(error2 <= abs(d)).toBe(true);
        if (error2 === abs(d)) expect(abs(r * d) > abs(n)).toBe(true); // tie: magnitude went up
      }),
      RUNS,
    );
  });

  it('is odd: roundHalfUp(-n, d) = -roundHalfUp(n, d)', () => {
    fc.assert(
      fc.property(anyMicros, nonZero(anyMicros), (n, d) => {
        expect(roundHalfUp(-n, d)).toBe(-roundHalfUp(n, d));
        expect(roundHalfUp(n, -d)).toBe(-roundHalfUp(n, d));
      }),
      RUNS,
    );
  });

  it('is exact division when d divides n', () => {
    fc.assert(
      fc.property(anyMicros, nonZero(anyMicros), (q, d) => {
        expect(roundHalfUp(q * d, d)).toBe(q);
      }),
      RUNS,
    );
  });
});

describe('parsing and printing (properties)', () => {
  it('parse(toDecimalString()) and fromDecimalString(toDecimalString()) round-trip', () => {
    fc.assert(
      fc.property(anyMicros, currency, (micros, code) => {
        const original = Money.of(micros, code);
        const text = original.toDecimalString();
        expect(text).toMatch(/^-?\d+\.\d{6}$/);
        expect(Money.parse(text, code).equals(original)).toBe(true);
        expect(Money.fromDecimalString(text, code).equals(original)).toBe(true);
      }),
      RUNS,
    );
  });

  it('parse accepts en-US grouped text (BigInt#toLocaleString is exact) and surrounding whitespace', () => {
    fc.assert(
      fc.property(
        anyMicros,
        fc.constantFrom('', ' ', '  ', '\t'),
        fc.constantFrom('', ' ', '\n'),
        (micros, before, after) => {
          const units = abs(micros) / MICROS_PER_UNIT;
          const fraction = (abs(micros) % MICROS_PER_UNIT).toString().padStart(6, '0');
          const grouped = `${micros < 0n ? '-' : ''}${units.toLocaleString('en-US')}.${fraction}`;
          expect(Money.parse(`${before}${grouped}${after}`, 'USD').micros).toBe(micros);
        },
      ),
      RUNS,
    );
  });

  it('parse rounds any number of decimals half away from zero to the micro', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 25n }),
        fc.stringMatching(/^\d{1,20}$/),
        (negative, units, fraction) => {
          const text = `${negative ? '-' : ''}${units}.${fraction}`;
          const scale = 10n ** BigInt(fraction.length);
          const exact = (units * scale + BigInt(fraction)) * (negative ? -1n : 1n); // value * scale
          expect(Money.parse(text, 'EUR').micros).toBe(referenceRound(exact * MICROS_PER_UNIT, scale));
        },
      ),
      RUNS,
    );
  });

  it('toJSON / fromJSON round-trip through JSON text', () => {
    fc.assert(
      fc.property(anyMicros, currency, (micros, code) => {
        const original = Money.of(micros, code);
        expect(Money.fromJSON(JSON.parse(JSON.stringify(original))).equals(original)).toBe(true);
      }),
      RUNS,
    );
  });

  it('toMinorUnits is micros rounded half away from zero to the currency decimals', () => {
    fc.assert(
      fc.property(anyMicros, currency, (micros, code) => {
        const decimals = currencyDecimals(code);
        const minor = Money.of(micros, code).toMinorUnits();
        // minor / 10^decimals is within half a minor unit of micros / 10^6:
        // |micros * 10^decimals - minor * 10^6| * 2 <= 10^6
        const error2 = 2n * abs(micros * 10n ** BigInt(decimals) - minor * MICROS_PER_UNIT);
        expect(error2 <= MICROS_PER_UNIT).toBe(true);
        expect(minor).toBe(referenceRound(micros * 10n ** BigInt(decimals), MICROS_PER_UNIT));
      }),
      RUNS,
    );
  });
});

describe('arithmetic (properties)', () => {
  it('plus is commutative and associative, with zero as identity', () => {
    fc.assert(
      fc.property(money(), money(), money(), (a, b, c) => {
        expect(a.plus(b).equals(b.plus(a))).toBe(true);
        expect(
          a
            .plus(b)
            .plus(c)
            .equals(a.plus(b.plus(c))),
        ).toBe(true);
        expect(a.plus(Money.zero('USD')).equals(a)).toBe(true);
      }),
      RUNS,
    );
  });

  it('minus is the inverse of plus and equals adding the negation', () => {
    fc.assert(
      fc.property(money(), money(), (a, b) => {
        expect(a.plus(b).minus(b).equals(a)).toBe(true);
        expect(a.minus(b).plus(b).equals(a)).toBe(true);
        expect(a.minus(b).equals(a.plus(b.negate()))).toBe(true);
        expect(a.minus(a).isZero()).toBe(true);
      }),
      RUNS,
    );
  });

  it('sum equals folding plus, in any order', () => {
    fc.assert(
      fc.property(fc.array(money('KWD'), { maxLength: 20 }), (items) => {
        const folded = items.reduce((acc, item) => acc.plus(item), Money.zero('KWD'));
        expect(Money.sum(items, 'KWD').equals(folded)).toBe(true);
        expect(Money.sum([...items].reverse(), 'KWD').equals(folded)).toBe(true);
      }),
      RUNS,
    );
  });

  it('times(k) equals adding k copies, and mulRatio(k, 1) equals times(k)', () => {
    fc.assert(
      fc.property(money(), fc.integer({ min: 0, max: 12 }), (a, k) => {
        const copies = Money.sum(
          Array.from({ length: k }, () => a),
          'USD',
        );
        expect(a.times(BigInt(k)).equals(copies)).toBe(true);
        expect(a.mulRatio(BigInt(k), 1n).equals(copies)).toBe(true);
      }),
      RUNS,
    );
  });

  it('mulRatio is micros * n / d rounded half away from zero', () => {
    fc.assert(
      fc.property(money(), anyMicros, nonZero(anyMicros), (a, n, d) => {
        expect(a.mulRatio(n, d).micros).toBe(referenceRound(a.micros * n, d));
      }),
      RUNS,
    );
  });

  it('compare agrees with the micros order, is antisymmetric, and 0 iff equals', () => {
    fc.assert(
      fc.property(money(), money(), (a, b) => {
        const expected = a.micros < b.micros ? -1 : a.micros > b.micros ? 1 : 0;
        expect(a.compare(b)).toBe(expected);
        expect(b.compare(a)).toBe(-expected || 0);
        expect(a.compare(b) === 0).toBe(a.equals(b));
      }),
      RUNS,
    );
  });

  it('sign predicates agree with compare against zero', () => {
    fc.assert(
      fc.property(money(), (a) => {
        const c = a.compare(Money.zero('USD'));
        expect(a.isNegative()).toBe(c === -1);
        expect(a.isZero()).toBe(c === 0);
        expect(a.isPositive()).toBe(c === 1);
      }),
      RUNS,
    );
  });
});

describe('allocateLargestRemainder (properties)', () => {
  const weights = fc
    .oneof(
      fc.array(fc.bigInt({ min: 0n, max: 10n }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.bigInt({ min: 0n, max: 2n ** 80n }), { minLength: 1, maxLength: 8 }),
    )
    .filter((ws) => ws.some((w) => w > 0n));
  const total = fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), anyMicros);

  it('always sums exactly to the total', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = allocateLargestRemainder(t, ws);
        expect(parts).toHaveLength(ws.length);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(t);
      }),
      RUNS,
    );
  });

  it('each part is within 1 of its exact share (floor or ceil), and zero weights get nothing', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const weightSum = ws.reduce((a, b) => a + b, 0n);
        allocateLargestRemainder(t, ws).forEach((part, i) => {
          // |part - t*w/W| < 1  <=>  |part*W - t*w| < W
          expect(abs(part * weightSum - t * ws[i]) < weightSum).toBe(true);
          if (ws[i] === 0n) expect(part).toBe(0n);
        });
      }),
      RUNS,
    );
  });

  it('is monotonic in weight: a larger weight never gets a smaller part (by magnitude)', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const parts = allocateLargestRemainder(t, ws).map(abs);
        for (let i = 0; i < ws.length; i++) {
          for (let j = 0; j < ws.length; j++) {
            if (ws[i] > ws[j]) expect(parts[i] >= parts[j]).toBe(true);
            // Equal weights: lower index first on ties, so the earlier part is equal or 1 larger.
            if (ws[i] === ws[j] && i < j) expect(parts[i] - parts[j]).toBeGreaterThanOrEqual(0n);
            if (ws[i] === ws[j] && i < j) expect(parts[i] - parts[j]).toBeLessThanOrEqual(1n);
          }
        }
      }),
      RUNS,
    );
  });

  it('a negative total is the negation of the positive allocation', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(allocateLargestRemainder(-t, ws)).toEqual(allocateLargestRemainder(t, ws).map((p) => -p));
      }),
      RUNS,
    );
  });

  it('scaling all weights by the same factor does not change the result', () => {
    fc.assert(
      fc.property(total, weights, fc.bigInt({ min: 1n, max: 1000n }), (t, ws, k) => {
        expect(
          allocateLargestRemainder(
            t,
            ws.map((w) => w * k),
          ),
        ).toEqual(allocateLargestRemainder(t, ws));
      }),
      RUNS,
    );
  });

  it('Money.allocate keeps the currency and sums back to the original', () => {
    fc.assert(
      fc.property(money('JPY'), weights, (m, ws) => {
        const parts = m.allocate(ws);
        expect(parts.every((part) => part.currency === 'JPY')).toBe(true);
        expect(Money.sum(parts, 'JPY').equals(m)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('format (properties)', () => {
  // Oracle: modern Intl.NumberFormat formats a *decimal string* exactly (Intl.NumberFormat v3).
  // The implementation cannot rely on that (older browsers convert strings to numbers), but Node 20+ can.
  type FormatString = (value: string) => string;
  const exactFormat = (locale: string, code: string, digits: number): FormatString => {
    const formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: code,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return formatter.format as unknown as FormatString;
  };

  it('the oracle really is exact in this runtime', () => {
    expect(exactFormat('en-US', 'USD', 2)('12345678901234567890.25')).toBe('$12,345,678,901,234,567,890.25');
  });

  const locale = fc.constantFrom(
    'en-US',
    'de-DE',
    'ja-JP',
    'fr-FR',
    'de-CH',
    'en-IN',
    'es-ES',
    'pl-PL',
    'pt-PT',
    'nl-NL',
    'sv-SE',
    'ar-EG',
    'he-IL',
    'fa-IR',
    'bn-BD',
  );
  const formatMicros = fc.oneof(
    fc.bigInt({ min: -100_000_000n, max: 100_000_000n }), // around 0 and the first groups
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), // 4-7 digit units: minimum-grouping cases
    anyMicros,
  );

  it.each(['currency', 'micros'] as const)('matches exact Intl output for precision %s', (precision) => {
    fc.assert(
      fc.property(formatMicros, currency, locale, (micros, code, loc) => {
        const m = Money.of(micros, code);
        const digits = precision === 'micros' ? 6 : currencyDecimals(code);
        const scaled = precision === 'micros' ? micros : m.toMinorUnits();
        const text = abs(scaled)
          .toString()
          .padStart(digits + 1, '0');
        const decimal =
          (scaled < 0n ? '-' : '') +
          (digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`);
        expect(m.format({ locale: loc, precision })).toBe(exactFormat(loc, code, digits)(decimal));
      }),
      RUNS,
    );
  });
});
