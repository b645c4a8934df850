import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { type ElapsedFractionOptions, elapsedFraction } from './elapsedFraction.js';
import { periodStart } from './periodStart.js';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('elapsedFraction', () => {
  it('gives 时间过半 at 30 June on the month basis (the default)', () => {
    expect(elapsedFraction('2022', utc(2022, 6, 30), { basis: 'month' }).toString()).toBe('0.5');
    expect(elapsedFraction('2022', '2022-06-30').toString()).toBe('0.5');
    expect(elapsedFraction('2022', '2022-06-30', {}).toString()).toBe('0.5');
  });

  it('counts a month only from its last day on', () => {
    expect(elapsedFraction('2022', '2022-06-29').toString()).toBe(
      '0.4166666666666666666666666666666667',
    );
    expect(elapsedFraction('2022', '2022-01-30').toString()).toBe('0');
    expect(elapsedFraction('2022', '2022-01-31').toString()).toBe(
      '0.08333333333333333333333333333333333',
    );
    expect(elapsedFraction('2024', '2024-02-28').toString()).toBe(
      '0.08333333333333333333333333333333333',
    );
    expect(elapsedFraction('2024', '2024-02-29').toString()).toBe(
      '0.1666666666666666666666666666666667',
    );
    expect(elapsedFraction('2022-Q3', '2022-08-31').toFixed(4)).toBe('0.6667');
  });

  it('uses months for a five-year plan period', () => {
    expect(elapsedFraction('2022/2026', '2023-12-31').toString()).toBe('0.4');
    expect(elapsedFraction('2022/2026', '2024-06-30').toString()).toBe('0.5');
    expect(elapsedFraction('2021-H2/2022-H1', '2021-12-31').toString()).toBe('0.5');
  });

  it('counts the months a day-bounded range touches, the last ending at the range end', () => {
    // 2022-01-15 .. 2022-03-10 touches three months.
    expect(elapsedFraction('2022-01-15/2022-03-10', '2022-01-30').toString()).toBe('0');
    expect(elapsedFraction('2022-01-15/2022-03-10', '2022-01-31').toFixed(4)).toBe('0.3333');
    expect(elapsedFraction('2022-01-15/2022-03-10', '2022-03-09').toFixed(4)).toBe('0.6667');
    expect(elapsedFraction('2022-01-15/2022-03-10', '2022-03-10').toString()).toBe('1');
    expect(elapsedFraction('2022-06-30', '2022-06-29').toString()).toBe('0');
    expect(elapsedFraction('2022-06-30', '2022-06-30').toString()).toBe('1');
  });

  it('gives 181/365 at 30 June 2022 on the day basis, counting the as-of day', () => {
    const fraction = elapsedFraction('2022', utc(2022, 6, 30), { basis: 'day' });
    expect(fraction.toString()).toBe('0.495890410958904109589041095890411');
    expect(fraction.times(365).toDecimalPlaces(20).toString()).toBe('181');
    expect(
      elapsedFraction('2022', '2022-01-01', { basis: 'day' }).times(365).round().toNumber(),
    ).toBe(1);
    expect(
      elapsedFraction('2024', '2024-06-30', { basis: 'day' }).times(366).round().toNumber(),
    ).toBe(182);
  });

  it('is 0 before the start and 1 from the last day on', () => {
    for (const basis of ['month', 'day'] as const) {
      expect(elapsedFraction('2022', '2021-12-31', { basis }).toString()).toBe('0');
      expect(elapsedFraction('2022', '2022-12-31', { basis }).toString()).toBe('1');
      expect(elapsedFraction('2022', '2030-01-01', { basis }).toString()).toBe('1');
    }
  });

  it('uses the UTC calendar day of a Date, whatever the machine time zone', () => {
    // 23:30 UTC on 30 June is already 1 July in Shanghai and still 30 June in Los Angeles.
    expect(elapsedFraction('2022', new Date('2022-06-30T23:30:00Z')).toString()).toBe('0.5');
    expect(elapsedFraction('2022', new Date('2022-07-01T00:30:00Z')).toString()).toBe('0.5');
    expect(elapsedFraction('2022', new Date('2022-06-30T00:00:00+08:00')).toFixed(4)).toBe(
      '0.4167',
    );
  });

  it('accepts period objects', () => {
    expect(elapsedFraction({ kind: 'year', year: 2022 }, '2022-09-30').toString()).toBe('0.75');
  });

  it('rejects an invalid range, naming `range`', () => {
    const error = errorOf(() => elapsedFraction('2026/2022', '2022-06-30'));
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('range');
  });

  it.each([
    ['an invalid Date', new Date(Number.NaN)],
    ['a non-existent day', '2022-02-30'],
    ['a datetime string', '2022-06-30T00:00:00Z'],
    ['a period string', '2022-06'],
    ['a year before 1900', '1899-12-31'],
    ['a Date before 1900', new Date(Date.UTC(1899, 11, 31))],
    ['a Date after 9999', new Date(Date.UTC(10000, 0, 1))],
    ['a number', 1656547200000],
    ['null', null],
  ])('rejects %s as asOf with invalid-period naming asOf', (_label, asOf) => {
    const error = errorOf(() => elapsedFraction('2022', asOf as unknown as string));
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('asOf');
  });

  it('rejects an unknown basis or options that are not an object', () => {
    const basis = errorOf(() =>
      elapsedFraction('2022', '2022-06-30', { basis: 'week' } as unknown as ElapsedFractionOptions),
    );
    expect(basis.code).toBe('invalid-argument');
    expect(basis.details.field).toBe('options.basis');
    const options = errorOf(() =>
      elapsedFraction('2022', '2022-06-30', null as unknown as ElapsedFractionOptions),
    );
    expect(options.code).toBe('invalid-argument');
    expect(options.details.field).toBe('options');
  });

  const yearRange = fc
    .tuple(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 0, max: 10 }))
    .filter(([start, length]) => start + length <= 9999)
    .map(([start, length]) => (length === 0 ? String(start) : `${start}/${start + length}`));
  const monthRange = fc
    .tuple(
      fc.integer({ min: 1900, max: 9997 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 20 }),
    )
    .map(([year, month, length]) => {
      const end = year * 12 + month - 1 + length;
      const pad = (m: number) => String(m).padStart(2, '0');
      return `${year}-${pad(month)}/${Math.floor(end / 12)}-${pad((end % 12) + 1)}`;
    });
  const dayRange = fc
    .tuple(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9990, 0, 1) }),
      fc.integer({ min: 0, max: 800 }),
    )
    .map(([start, length]) => {
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const first = start - (start % 86_400_000);
      return `${day(first)}/${day(first + length * 86_400_000)}`;
    });
  const asOfDay = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 11, 31) });
  const basis = fc.constantFrom<'month' | 'day'>('month', 'day');

  it('stays within [0, 1] and never decreases as asOf moves on', () => {
    fc.assert(
      fc.property(
        fc.oneof(yearRange, monthRange, dayRange),
        asOfDay,
        fc.integer({ min: 0, max: 400 }),
        basis,
        (range, from, step, b) => {
          const earlier = new Date(from);
          const later = new Date(Math.min(from + step * 86_400_000, Date.UTC(9999, 11, 31)));
          const a = elapsedFraction(range, earlier, { basis: b });
          const c = elapsedFraction(range, later, { basis: b });
          expect(a.gte(0) && a.lte(1)).toBe(true);
          expect(c.gte(a)).toBe(true);
          expect(a.isNegative()).toBe(false);
          expect(a.isFinite()).toBe(true);
        },
      ),
    );
  });

  it('is monotone day by day around and inside a range', () => {
    const firstDay = Date.UTC(1900, 0, 1);
    const lastDay = Date.UTC(9999, 11, 30);
    fc.assert(
      fc.property(
        fc.oneof(yearRange, monthRange, dayRange),
        basis,
        fc.integer({ min: -40, max: 4000 }),
        (range, b, offset) => {
          const at = Math.min(
            Math.max(periodStart(range).getTime() + offset * 86_400_000, firstDay),
            lastDay,
          );
          const today = elapsedFraction(range, new Date(at), { basis: b });
          const tomorrow = elapsedFraction(range, new Date(at + 86_400_000), { basis: b });
          expect(tomorrow.gte(today)).toBe(true);
          expect(today.gte(0) && tomorrow.lte(1)).toBe(true);
        },
      ),
    );
  });
});
