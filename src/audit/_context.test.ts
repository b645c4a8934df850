import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { Decimal } from '../decimal/Decimal.js';
import type { Dataset, Observation } from '../models/types.js';
import {
  buildContext,
  contiguousFrom,
  durationYears,
  enQty,
  inUnit,
  observationAt,
  partsWithin,
  percentOf,
  periodBefore,
  qualifiedRange,
  ratio,
  sum,
  unitLabels,
} from './_context.js';

const source = { document: 'report-2021', section: 's', quote: 'q' };

function observation(period: string, value: string, extra: Partial<Observation> = {}): Observation {
  return {
    indicator: 'farmer-income',
    period,
    value,
    status: 'actual',
    qualifier: null,
    source,
    ...extra,
  };
}

function contextWith(observations: Observation[]) {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  dataset.observations = observations;
  return buildContext(dataset, {});
}

const strings = (values: readonly (readonly [Decimal, Decimal])[] | readonly Decimal[]) =>
  values.flat().map((value) => value.toString());

describe('buildContext and observationAt', () => {
  it('keeps one observation per period, preferring actual > preliminary > estimated > forecast', () => {
    const context = contextWith([
      observation('2021', '1', { status: 'forecast' }),
      observation('2021', '2', { status: 'estimated' }),
      observation('2021', '3', { status: 'preliminary' }),
      observation('2020', '9', { status: 'estimated' }),
      observation('2021', '4', { status: 'estimated' }),
    ]);
    expect(observationAt(context, 'farmer-income', '2021')?.observation.value).toBe('3');
    expect(observationAt(context, 'farmer-income', '2020')?.observation.value).toBe('9');
    expect(observationAt(context, 'farmer-income', '2019')).toBeUndefined();
    expect(observationAt(context, 'nothing', '2021')).toBeUndefined();
    const withActual = contextWith([
      observation('2021', '2', { status: 'estimated' }),
      observation('2021', '5', { status: 'actual' }),
    ]);
    expect(observationAt(withActual, 'farmer-income', '2021')?.observation.value).toBe('5');
  });

  it('tells a year from its first quarter, which starts the same day', () => {
    const context = contextWith([observation('2021-Q1', '1'), observation('2021', '4')]);
    expect(observationAt(context, 'farmer-income', '2021')?.observation.value).toBe('4');
    expect(observationAt(context, 'farmer-income', '2021-Q1')?.observation.value).toBe('1');
  });

  it('keeps the first of two observations of one period and one status', () => {
    const context = contextWith([observation('2021', '1'), observation('2021', '2')]);
    expect(observationAt(context, 'farmer-income', '2021')?.observation.value).toBe('1');
  });

  it('matches a period by its first day as well as its last', () => {
    // 2017/2021 ends with 2021 and comes first in the series; it is not the 2021 figure.
    const context = contextWith([observation('2021', '10'), observation('2017/2021', '50')]);
    expect(observationAt(context, 'farmer-income', '2021')?.observation.value).toBe('10');
    const longOnly = contextWith([observation('2017/2021', '50')]);
    expect(observationAt(longOnly, 'farmer-income', '2021')).toBeUndefined();
  });

  it('orders each series by end, then start, and treats 2021-H1 and 2021-01/2021-06 as one period', () => {
    const context = contextWith([
      observation('2021', '10'),
      observation('2017/2021', '50'),
      observation('2021-H1', '4'),
      observation('2016', '8'),
    ]);
    expect(context.series.get('farmer-income')?.map((item) => item.period)).toEqual([
      '2016',
      '2021-H1',
      '2017/2021',
      '2021',
    ]);
    expect(observationAt(context, 'farmer-income', '2021-01/2021-06')?.observation.value).toBe('4');
    expect(context.indicators.get('farmer-income')?.unit).toBe('yuan');
  });
});

describe('values and units', () => {
  it('converts into the indicator unit only when the unit differs', () => {
    expect(inUnit('4', 'wan-yuan', 'yuan').toString()).toBe('40000');
    expect(inUnit('4', undefined, 'yuan').toString()).toBe('4');
    expect(inUnit('4', 'yuan', 'yuan').toString()).toBe('4');
    // Without a conversion nothing is rounded, not even beyond 34 digits.
    const long = `1.${'0'.repeat(40)}1`;
    expect(inUnit(long, 'yuan', 'yuan').toFixed()).toBe(long);
    expect(inUnit(long, undefined, 'yuan').toFixed()).toBe(long);
  });

  it('names the value that is not a number', () => {
    const reason = 'expected a decimal such as "8.2" or "1.5e3"';
    expect(detailsOf(() => inUnit('x', 'yuan', 'yuan'))).toEqual([
      'invalid-number',
      'value',
      reason,
    ]);
    expect(detailsOf(() => qualifiedRange('x', undefined, 'approximately', 'yuan'))).toEqual([
      'invalid-number',
      'value',
      reason,
    ]);
  });

  it('widens qualified figures at their last non-zero digit, in the unit they are written in', () => {
    expect(strings([qualifiedRange('4', 'wan-yuan', 'approximately', 'yuan')])).toEqual([
      '35000',
      '45000',
    ]);
    expect(strings([qualifiedRange('27720', undefined, 'approximately', 'yuan')])).toEqual([
      '27715',
      '27725',
    ]);
    expect(strings([qualifiedRange('4', 'wan-yuan', 'more-than', 'yuan')])).toEqual([
      '40000',
      '50000',
    ]);
    expect(strings([qualifiedRange('6700', undefined, 'more-than', 'wan-yuan')])).toEqual([
      '6700',
      '6800',
    ]);
    expect(strings([qualifiedRange('8.2', undefined, 'at-least', 'yi-yuan')])).toEqual([
      '8.2',
      '8.3',
    ]);
    expect(strings([qualifiedRange('-30', undefined, 'more-than', 'percent')])).toEqual([
      '-40',
      '-30',
    ]);
    expect(strings([qualifiedRange('350', undefined, null, 'mu')])).toEqual(['350', '350']);
    expect(strings([qualifiedRange('0', undefined, 'approximately', 'mu')])).toEqual(['0', '0']);
  });

  it('labels units for sentences, singular for exactly one', () => {
    const item = unitLabels('item');
    expect(enQty('1', item)).toBe(`1 ${item.one}`);
    expect(enQty('3', item)).toBe(`3 ${item.en}`);
    expect(unitLabels('mu').zh).toBe('亩');
  });
});

describe('periods', () => {
  it('finds the period before a period or range starts', () => {
    expect(periodBefore('2022/2026')).toBe('2021');
    expect(periodBefore('2022')).toBe('2021');
    expect(periodBefore('2022-Q1')).toBe('2021-Q4');
  });

  it('measures periods in years', () => {
    expect(durationYears('2021').toString()).toBe('1');
    expect(durationYears('2017/2021').toString()).toBe('5');
    expect(durationYears('2021-Q3').toString()).toBe('0.25');
    expect(durationYears('2021-07/2021-12').toString()).toBe('0.5');
  });

  it('picks non-overlapping parts, longest first at one start, and tells gaps', () => {
    const context = contextWith([
      observation('2017/2021', '50'),
      observation('2021', '10'),
      observation('2021-Q1', '2'),
      observation('2019', '9'),
      observation('2017/2018', '20'),
      observation('2015', '1'),
    ]);
    const items = context.series.get('farmer-income') ?? [];
    const whole = items.find((item) => item.period === '2017/2021')!;
    const parts = partsWithin(items, whole.start, whole.end, true);
    expect(parts.map((part) => part.period)).toEqual(['2017/2018', '2019', '2021']);
    expect(contiguousFrom(parts, whole.start)).toBe(false);
    expect(contiguousFrom(parts.slice(0, 2), whole.start)).toBe(true);
    expect(contiguousFrom(parts.slice(1, 2), whole.start)).toBe(false);
    expect(partsWithin(items, whole.start, whole.end, false).map((part) => part.period)).toEqual([
      '2017/2021',
    ]);
  });

  it('skips a part that shares a day with the one before', () => {
    const context = contextWith([
      observation('2021-01-01/2021-06-30', '1'),
      observation('2021-06-30/2021-12-31', '2'),
    ]);
    const items = context.series.get('farmer-income') ?? [];
    const year = contextWith([observation('2021', '3')]).series.get('farmer-income')![0]!;
    expect(partsWithin(items, year.start, year.end, false).map((part) => part.period)).toEqual([
      '2021-01-01/2021-06-30',
    ]);
  });
});

describe('arithmetic', () => {
  it('divides and sums in 34 digits', () => {
    expect(percentOf(new Decimal(350), new Decimal(3500)).toString()).toBe('10');
    expect(ratio(new Decimal(1), new Decimal(3)).toString()).toBe(
      '0.3333333333333333333333333333333333',
    );
    expect(sum([new Decimal('0.1'), new Decimal('0.2')]).toString()).toBe('0.3');
    expect(sum([]).toString()).toBe('0');
  });
});
