import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatPeriod } from './formatPeriod.js';
import { isValidPeriod } from './isValidPeriod.js';
import type { Period, SinglePeriod } from './Period.js';
import { parsePeriod } from './parsePeriod.js';
import { periodEnd } from './periodEnd.js';
import { periodStart } from './periodStart.js';

const year = fc.integer({ min: 1900, max: 9999 });
const singlePeriod: fc.Arbitrary<SinglePeriod> = fc.oneof(
  year.map((y): SinglePeriod => ({ kind: 'year', year: y })),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const))
    .map(([y, half]): SinglePeriod => ({ kind: 'half', year: y, half })),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const))
    .map(([y, quarter]): SinglePeriod => ({ kind: 'quarter', year: y, quarter })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, month]): SinglePeriod => ({ kind: 'month', year: y, month })),
  fc
    .date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    })
    .map(
      (d): SinglePeriod => ({
        kind: 'day',
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      }),
    ),
);
const period: fc.Arbitrary<Period> = fc.oneof(
  singlePeriod,
  fc
    .tuple(singlePeriod, singlePeriod)
    .map(([a, b]) => (periodStart(a) <= periodStart(b) ? [a, b] : [b, a]))
    .filter(([a, b]) => periodEnd(a!) <= periodEnd(b!))
    .map(([start, end]): Period => ({ kind: 'range', start: start!, end: end! })),
);

describe('parsePeriod', () => {
  it('reads every single kind', () => {
    expect(parsePeriod('2021')).toEqual({ kind: 'year', year: 2021 });
    expect(parsePeriod('2021-H1')).toEqual({ kind: 'half', year: 2021, half: 1 });
    expect(parsePeriod('2021-H2')).toEqual({ kind: 'half', year: 2021, half: 2 });
    expect(parsePeriod('2021-Q3')).toEqual({ kind: 'quarter', year: 2021, quarter: 3 });
    expect(parsePeriod('2021-06')).toEqual({ kind: 'month', year: 2021, month: 6 });
    expect(parsePeriod('2021-06-30')).toEqual({ kind: 'day', year: 2021, month: 6, day: 30 });
  });

  it('reads the SDMX spellings S1 and M06 as the canonical periods', () => {
    expect(parsePeriod('2021-S1')).toEqual(parsePeriod('2021-H1'));
    expect(parsePeriod('2021-S2')).toEqual(parsePeriod('2021-H2'));
    expect(parsePeriod('2021-M06')).toEqual(parsePeriod('2021-06'));
    expect(parsePeriod('2021-M12')).toEqual({ kind: 'month', year: 2021, month: 12 });
  });

  it('reads inclusive ranges of any single kinds', () => {
    expect(parsePeriod('2022/2026')).toEqual({
      kind: 'range',
      start: { kind: 'year', year: 2022 },
      end: { kind: 'year', year: 2026 },
    });
    expect(parsePeriod('2022-01/2022-06')).toEqual({
      kind: 'range',
      start: { kind: 'month', year: 2022, month: 1 },
      end: { kind: 'month', year: 2022, month: 6 },
    });
    expect(parsePeriod('2021-Q3/2022-06-30').kind).toBe('range');
    expect(parsePeriod('2022/2022')).toEqual({
      kind: 'range',
      start: { kind: 'year', year: 2022 },
      end: { kind: 'year', year: 2022 },
    });
    expect(parsePeriod('2022-01/2022-Q1').kind).toBe('range');
    expect(parsePeriod('2022/2022-12').kind).toBe('range');
  });

  it('accepts the leap day only in leap years', () => {
    expect(parsePeriod('2024-02-29').kind).toBe('day');
    expect(parsePeriod('2000-02-29').kind).toBe('day');
    expect(isValidPeriod('2100-02-29')).toBe(false);
    expect(isValidPeriod('1900-02-29')).toBe(false);
  });

  it.each([
    ['2021-Q5', 'quarter must be 1 to 4'],
    ['2021-Q0', 'quarter must be 1 to 4'],
    ['2021-Q01', 'quarter must be 1 to 4'],
    ['2021-H3', 'half must be 1 or 2'],
    ['2021-S0', 'half must be 1 or 2'],
    ['2021-13', 'month must be 01 to 12'],
    ['2021-00', 'month must be 01 to 12'],
    ['2021-M13', 'month must be 01 to 12'],
    ['2021-02-30', 'day must be 01 to 28 in 2021-02'],
    ['2024-02-30', 'day must be 01 to 29 in 2024-02'],
    ['2021-04-31', 'day must be 01 to 30 in 2021-04'],
    ['2021-06-00', 'day must be 01 to 30 in 2021-06'],
    ['2021-13-01', 'month must be 01 to 12'],
    ['2026/2022', 'the end 2022 is before the start 2026'],
    ['2022-06/2022', 'the end 2022 is before the start 2022-06'],
    ['2022/2022-06', 'the end 2022-06 is before the start 2022'],
    ['2022-Q2/2022-04', 'the end 2022-04 is before the start 2022-Q2'],
    ['2022/2024/2026', 'a range cannot be nested'],
    ['1899', 'year must be 1900 to 9999'],
    ['0000', 'year must be 1900 to 9999'],
    ['1899-12-31', 'year must be 1900 to 9999'],
    ['1899/2022', 'year must be 1900 to 9999'],
  ])('rejects %s: %s', (text, reason) => {
    const error = errorOf(() => parsePeriod(text));
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('period');
    expect(error.details.value).toBe(text);
    expect(error.details.reason).toBe(reason);
    expect(error.message).toContain(`period (${JSON.stringify(text)}) is not a valid period`);
  });

  it.each([
    '',
    ' 2021',
    '2021 ',
    '2021-q3',
    '2021-h1',
    '2021-6',
    '2021-M6',
    '2021-M06-30',
    '2021-6-30',
    '2021-06-30T00:00',
    '21',
    '12021',
    '+2021',
    '-2021',
    '10000',
    '2021/',
    '/2021',
    '/',
    '2021-W01',
    '2021-A1',
    '2022-01-01/P5Y',
    '２０２１',
    '2021年',
    'NaN',
  ])('rejects %j with invalid-period', (text) => {
    const error = errorOf(() => parsePeriod(text));
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('period');
  });

  it('rejects non-strings from JavaScript callers without a raw TypeError', () => {
    for (const value of [undefined, null, 2021, {}, [], Symbol('x'), 10n]) {
      const error = errorOf(() => parsePeriod(value as unknown as string));
      expect(error.code).toBe('invalid-period');
      expect(error.details.reason).toMatch(/^expected a period string/);
    }
  });

  it('returns fresh objects', () => {
    const a = parsePeriod('2021');
    const b = parsePeriod('2021');
    expect(a).not.toBe(b);
  });

  it('round-trips: parse(format(p)) equals p for random valid periods', () => {
    fc.assert(
      fc.property(period, (p) => {
        const text = formatPeriod(p);
        expect(parsePeriod(text)).toEqual(p);
        expect(formatPeriod(parsePeriod(text))).toBe(text);
      }),
    );
  });

  it('never throws anything but invalid-period on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^\d{4}(-[HSQM]?\d{1,3}(-\d{1,3})?)?(\/\d{4}(-[HSQM]?\d{1,3})?)?$/),
        ),
        (text) => {
          try {
            const parsed = parsePeriod(text);
            expect(isValidPeriod(formatPeriod(parsed))).toBe(true);
          } catch (error) {
            // The documented error: invalid-period, field `period`, the text as value, a reason.
            expect(error).toBeInstanceOf(IndicatorError);
            const { code, details } = error as IndicatorError;
            expect([code, details.field, details.value]).toEqual([
              'invalid-period',
              'period',
              text,
            ]);
            expect(typeof details.reason).toBe('string');
            expect(isValidPeriod(text)).toBe(false);
          }
        },
      ),
    );
  });

  it('rejects out-of-range quarters, months and days generated at random', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 5, max: 99 }), (y, quarter) => {
        expect(errorOf(() => parsePeriod(`${y}-Q${quarter}`)).code).toBe('invalid-period');
      }),
    );
    fc.assert(
      fc.property(year, fc.integer({ min: 13, max: 99 }), (y, month) => {
        expect(errorOf(() => parsePeriod(`${y}-${month}`)).code).toBe('invalid-period');
      }),
    );
    fc.assert(
      fc.property(
        year,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 32, max: 99 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${d}`;
          expect(errorOf(() => parsePeriod(text)).code).toBe('invalid-period');
        },
      ),
    );
  });
});
