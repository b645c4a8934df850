import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import type { Dataset, Indicator } from '../models/types.js';
import { INDICATORS, obs, town } from './_testKit.js';
import { rollUp } from './rollUp.js';

// rollUp's refusals, each with its code, field and reason, and its formula indicators at their
// edges.

const area = { id: 'lin-an', name: { zh: '临安区', en: "Lin'an" } };
const options = { id: 'district', area };
const towns = [town('a', [obs('output', '2022', '8.2')]), town('b', [obs('output', '2022', '5')])];
const perCapita = INDICATORS['income-per-capita'] as Indicator;
const income = INDICATORS.income as Indicator;
const population = INDICATORS.population as Indicator;

describe('rollUp refuses, saying why', () => {
  it('options without a lower-case id', () => {
    for (const bad of [null, 'district', {}, { id: 7 }, { id: 'Lin An', area }]) {
      const error = errorOf(() => rollUp(towns, bad as never));
      expect(error.details).toEqual({
        field: 'options.id',
        value: (bad as { id?: unknown } | null)?.id,
        reason: 'expected a lower-case id such as "lin-an"',
      });
      expect(error.code).toBe('invalid-argument');
    }
  });

  it('an area without an id and names in both languages', () => {
    for (const bad of [
      undefined,
      { name: area.name },
      { id: 'Lin An', name: area.name },
      { id: 'lin-an' },
      { id: 'lin-an', name: { en: "Lin'an" } },
      { id: 'lin-an', name: { zh: '临安区' } },
    ]) {
      const error = errorOf(() => rollUp(towns, { id: 'district', area: bad as never }));
      expect([error.code, error.details.field, error.details.reason]).toEqual([
        'invalid-argument',
        'options.area',
        'expected { id, name: { zh, en } }',
      ]);
    }
  });

  it('datasets of another shape, as invalid-dataset naming the datasets', () => {
    const [a, b] = towns as [Dataset, Dataset];
    const error = errorOf(() => rollUp([{ ...a, indicators: [null] } as never, b], options));
    expect([error.code, error.details.field]).toEqual(['invalid-dataset', 'datasets']);
  });

  it('a formula aggregation without a formula', () => {
    const stated = { ...income, aggregation: 'formula' } as Indicator;
    const error = errorOf(() =>
      rollUp([town('a', [obs('income', '2022', '1')], { indicators: [stated] })], options),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toEqual({
      field: 'indicators.income.aggregation',
      value: 'formula',
      reason: 'the indicator has no formula to recompute it by',
    });
  });

  it('a formula that refers back to itself', () => {
    const loop = {
      ...perCapita,
      formula: {
        op: 'ratio',
        numerator: 'income-per-capita',
        denominator: 'population',
        multiplier: '1',
      },
    } as Indicator;
    const error = errorOf(() =>
      rollUp(
        [town('a', [obs('population', '2022', '1')], { indicators: [loop, population] })],
        options,
      ),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toEqual({
      field: 'indicators.income-per-capita.formula',
      value: 'income-per-capita',
      reason: 'the formula refers back to itself',
    });
  });

  it('a ratio over a rolled-up denominator of zero', () => {
    const indicators = [perCapita, income, population];
    const error = errorOf(() =>
      rollUp(
        [
          town('a', [obs('income', '2022', '1'), obs('population', '2022', '0')], { indicators }),
          town('b', [obs('income', '2022', '2'), obs('population', '2022', '0')], { indicators }),
        ],
        options,
      ),
    );
    expect(error.code).toBe('non-positive-base');
    expect(error.details).toEqual({
      field: 'income-per-capita: population',
      value: '0',
      reason: 'a ratio has no value over a denominator of zero',
    });
  });
});

describe('rollUp, formula indicators', () => {
  const indicators = [perCapita, income, population];

  it('recomputes a ratio only where every input is rolled up, and quotes its formula', () => {
    const result = rollUp(
      [
        town('a', [obs('income', '2022', '1'), obs('population', '2022', '10000')], { indicators }),
        town('b', [obs('income', '2022', '3'), obs('population', '2022', '30000')], { indicators }),
      ],
      options,
    );
    const derived = result.dataset.observations.filter((o) => o.indicator === 'income-per-capita');
    expect(derived.map((o) => [o.period, o.value])).toEqual([['2022', '10000']]);
    expect(derived[0]?.source.quote).toBe('income-per-capita = income / population × 1');
  });

  it('quotes a sum formula as its inputs added', () => {
    const total = {
      ...income,
      id: 'total',
      aggregation: 'formula',
      formula: { op: 'sum', of: ['income', 'output'] },
    } as Indicator;
    const output = INDICATORS.output as Indicator;
    const result = rollUp(
      [
        town('a', [obs('income', '2022', '1'), obs('output', '2022', '2')], {
          indicators: [total, income, output],
        }),
      ],
      options,
    );
    const derived = result.dataset.observations.find((o) => o.indicator === 'total');
    expect([derived?.value, derived?.source.quote]).toEqual(['3', 'total = income + output']);
  });

  it('units of different dimensions, naming the indicator, both units and both towns', () => {
    const error = errorOf(() =>
      rollUp(
        [
          town('a', [obs('output', '2022', '1')]),
          town('b', [], { indicators: [{ ...(INDICATORS.output as Indicator), unit: 'mu' }] }),
        ],
        options,
      ),
    );
    expect([error.code, error.details]).toEqual([
      'incompatible-units',
      {
        field: 'indicators.output',
        value: 'mu',
        from: 'yi-yuan',
        to: 'mu',
        areas: ['a', 'b'],
        reason: 'a measures it in yi-yuan, b in mu',
      },
    ]);
  });

  it('skips a formula whose input no town defines', () => {
    const ghost = {
      ...perCapita,
      formula: { op: 'ratio', numerator: 'income', denominator: 'ghost', multiplier: '1' },
    } as Indicator;
    const result = rollUp(
      [town('a', [obs('income', '2022', '1')], { indicators: [ghost, income] })],
      options,
    );
    expect(result.skipped).toEqual(['income-per-capita']);
    expect(result.dataset.indicators.map((indicator) => indicator.id)).toEqual(['income']);
  });

  it('does not recompute a ratio when one input cannot be rolled up', () => {
    const rate = { ...population, measure: 'rate', unit: 'percent' } as Indicator;
    const result = rollUp(
      [
        town('a', [obs('income', '2022', '1'), obs('population', '2022', '5')], {
          indicators: [perCapita, income, rate],
        }),
      ],
      options,
    );
    expect(result.dataset.observations.some((o) => o.indicator === 'income-per-capita')).toBe(
      false,
    );
  });
});
