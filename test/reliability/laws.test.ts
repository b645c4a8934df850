/**
 * The laws of the issue (exact power-of-ten unit round trips; every dataset parseDataset
 * accepts survives JSON unchanged) and a few more that tie the layers together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/_internal/csv.js';
import { tianmushan } from '../../src/data/tianmushan/index.js';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas.js';
import { miniDataset } from '../fixtures/miniDataset.js';
import { moderateDecimal, periodText, singlePeriodText } from './arbitraries.js';
import { validDataset } from './datasets.js';
import { RUNS } from './support.js';

const { Decimal } = root;

/** Units whose factor is a power of ten (元/万元/亿元, 亩/万亩, 株/万株, …), by dimension. */
const POWER_OF_TEN = root.UNITS.filter((unit) => /^1(0*)$|^0\.0*1$/.test(unit.factor));
const powerOfTenPair = fc
  .constantFrom(...POWER_OF_TEN)
  .chain((a) =>
    fc
      .constantFrom(...POWER_OF_TEN.filter((b) => b.dimension === a.dimension))
      .map((b) => [a, b] as const),
  );

/** Decimals of up to 34 significant digits, from 1e-40 to 1e40, as text. */
const digits34 = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,33}$/), fc.integer({ min: -40, max: 40 }))
  .map(([negative, mantissa, exponent]) => `${negative ? '-' : ''}${mantissa}e${exponent}`);

describe('unit conversion', () => {
  it(`round-trips exactly between power-of-ten units (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(digits34, powerOfTenPair, (value, [from, to]) => {
        const there = root.convert(value, from, to);
        expect(there.eq(new Decimal(value).times(from.factor).div(to.factor))).toBe(true);
        expect(root.convert(there, to, from).eq(value)).toBe(true);
      }),
      { numRuns: RUNS.law },
    );
  });

  it(`is the same through any intermediate unit of the dimension (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(
        digits34,
        powerOfTenPair,
        fc.constantFrom(...POWER_OF_TEN),
        (value, [a, b], c) => {
          fc.pre(c.dimension === a.dimension);
          expect(root.convert(root.convert(value, a, c), c, b).eq(root.convert(value, a, b))).toBe(
            true,
          );
        },
      ),
      { numRuns: RUNS.law },
    );
  });
});

describe('datasets', () => {
  it(`that parseDataset accepts survive a JSON round trip unchanged (${RUNS.dataset} generated)`, () => {
    fc.assert(
      fc.property(validDataset, (input) => {
        const parsed = schemas.parseDataset(input);
        const again = schemas.parseDataset(JSON.parse(JSON.stringify(parsed)));
        expect(again).toEqual(parsed);
        expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
      }),
      { numRuns: RUNS.dataset },
    );
  });

  it('the shipped and the sample dataset survive a JSON round trip unchanged', () => {
    for (const dataset of [tianmushan, miniDataset]) {
      const parsed = schemas.parseDataset(dataset);
      expect(schemas.parseDataset(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      expect(parsed).toEqual(JSON.parse(JSON.stringify(dataset)));
    }
  });

  it(`survive SDMX-CSV: the observations come back as they were (${RUNS.dataset} generated)`, () => {
    fc.assert(
      fc.property(validDataset, (input) => {
        const dataset = schemas.parseDataset(input);
        const { observations } = schemas.fromSdmxCsv(schemas.toSdmxCsv(dataset));
        expect(observations).toEqual(dataset.observations);
      }),
      { numRuns: RUNS.dataset },
    );
  });
});

describe('periods', () => {
  it(`format and parse back to themselves (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(periodText, (text) => {
        const period = root.parsePeriod(text);
        expect(root.parsePeriod(root.formatPeriod(period))).toEqual(period);
        expect(root.isValidPeriod(text)).toBe(true);
      }),
      { numRuns: RUNS.law },
    );
  });

  it(`are ordered: comparePeriods is antisymmetric and agrees with isPeriodBefore/After (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(periodText, periodText, (a, b) => {
        const ab = root.comparePeriods(a, b);
        expect(root.comparePeriods(b, a)).toBe(-ab || 0);
        expect(root.isPeriodBefore(a, b)).toBe(ab < 0);
        expect(root.isPeriodAfter(a, b)).toBe(ab > 0);
      }),
      { numRuns: RUNS.law },
    );
  });

  it(`step forward and back to where they were (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(singlePeriodText, (text) => {
        fc.pre(!/^(1900|9999)/.test(text));
        const period = root.parsePeriod(text);
        expect(root.previousPeriod(root.nextPeriod(period))).toEqual(period);
        expect(root.isPeriodAfter(root.nextPeriod(period), period)).toBe(true);
      }),
      { numRuns: RUNS.law },
    );
  });

  it(`start at UTC midnight on or before their end (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(periodText, (text) => {
        const start = root.periodStart(text);
        const end = root.periodEnd(text);
        expect(start.getTime() % 86_400_000 === 0).toBe(true);
        expect(start.getTime()).toBeLessThanOrEqual(end.getTime());
        expect(root.toDateString(start)).toBe(start.toISOString().slice(0, 10));
      }),
      { numRuns: RUNS.law },
    );
  });
});

describe('growth', () => {
  it(`projectValue and requiredAnnualRate undo each other (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(
        moderateDecimal.filter((x) => new Decimal(x).gt(0)),
        moderateDecimal.filter((x) => new Decimal(x).gt(0)),
        fc.integer({ min: 1, max: 30 }),
        (base, target, years) => {
          const rate = root.requiredAnnualRate(base, target, years);
          const back = root.projectValue(base, rate, years);
          // The rate is rounded to 34 digits; its last digit moves the target by
          // years·|rate|/(1 + rate) times its own relative size (large when rate is near −1).
          const sensitivity = rate.abs().times(years).div(rate.plus(1)).plus(1);
          const error = back.minus(target).abs().div(target);
          expect(error.lte(sensitivity.times('1e-31'))).toBe(true);
        },
      ),
      { numRuns: RUNS.law },
    );
  });

  it(`grow nothing at a rate of 0, for any period count (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0 }), fc.constantFrom('1e200', 1e308, '1e1000', 2 ** 53)),
        (periods) => {
          expect(root.growthFactor('0', periods).toString()).toBe('1');
        },
      ),
      { numRuns: RUNS.law },
    );
  });
});

describe('format', () => {
  it(`prints what it is given when no rounding is needed (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(moderateDecimal, (value) => {
        const text = root.formatPercent(new Decimal(value).div(100), {
          maximumFractionDigits: 6,
          useGrouping: false,
          locale: 'en',
        });
        expect(text).toBe(`${new Decimal(value).toFixed()}%`);
      }),
      { numRuns: RUNS.law },
    );
  });
});

describe('CSV', () => {
  it(`parses back what it writes, formula guards aside (${RUNS.law} cases)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          // A row of one empty cell is a blank line, which the reader skips.
          fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
          const back = parseCsv(toCsv(rows)).map((record) => record.cells);
          const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
          expect(back.map((row) => row.map(unguard))).toEqual(rows);
        },
      ),
      { numRuns: RUNS.law },
    );
  });
});
