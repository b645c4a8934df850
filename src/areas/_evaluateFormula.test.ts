import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import type { Indicator } from '../models/types.js';
import { leastFinal, ratioQualifier, sumQualifier } from './_combine.js';
import { evaluateFormula, type FormulaInput, formulaInputs } from './_evaluateFormula.js';
import { INDICATORS } from './_testKit.js';

const input = (value: string, unit: string, extra: Partial<FormulaInput> = {}): FormulaInput => ({
  value: new Decimal(value),
  unit,
  status: 'actual',
  qualifier: null,
  ...extra,
});

const share: Indicator = {
  ...INDICATORS['forest-cover']!,
  id: 'urban-share',
  formula: { op: 'ratio', numerator: 'urban', denominator: 'people', multiplier: '100' },
};

function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('expected an error');
}

describe('evaluateFormula', () => {
  it('gives a share of one dimension as a percent, the least final status, approximate', () => {
    const result = evaluateFormula(
      share,
      share.formula!,
      new Map([
        ['urban', input('3', 'person', { status: 'estimated' })],
        ['people', input('1.2', 'person', { qualifier: 'more-than' })],
      ]),
    );
    expect(result.value.toString()).toBe('250');
    expect(result).toMatchObject({
      unit: 'percent',
      status: 'estimated',
      qualifier: 'approximately',
    });
  });

  it('converts money per person to the indicator’s unit', () => {
    const perCapita = { ...INDICATORS['income-per-capita']!, unit: 'wan-yuan' };
    const result = evaluateFormula(
      perCapita,
      perCapita.formula!,
      new Map([
        ['income', input('12.4544', 'yi-yuan')],
        ['population', input('55000', 'person')],
      ]),
    );
    expect(result.value.toString()).toBe('2.264436363636363636363636363636364');
    expect(result.qualifier).toBeNull();
  });

  it('refuses units that cannot give the indicator’s, a missing input and a zero denominator', () => {
    const perCapita = INDICATORS['income-per-capita']!;
    const area = thrown(() =>
      evaluateFormula(
        perCapita,
        perCapita.formula!,
        new Map([
          ['income', input('1', 'mu')],
          ['population', input('1', 'person')],
        ]),
      ),
    );
    expect(area).toMatchObject({ code: 'incompatible-units', details: { from: 'mu', to: 'yuan' } });
    const missing = thrown(() =>
      evaluateFormula(perCapita, perCapita.formula!, new Map([['income', input('1', 'yuan')]])),
    );
    expect(missing).toMatchObject({ code: 'not-found', details: { value: 'population' } });
    const zero = thrown(() =>
      evaluateFormula(
        perCapita,
        perCapita.formula!,
        new Map([
          ['income', input('1', 'yuan')],
          ['population', input('0', 'person')],
        ]),
      ),
    );
    expect(zero).toMatchObject({ code: 'non-positive-base', details: { value: '0' } });
    const total = { ...INDICATORS.output!, formula: { op: 'sum' as const, of: ['a', 'b'] } };
    const mixed = thrown(() =>
      evaluateFormula(
        total,
        total.formula,
        new Map([
          ['a', input('1', 'yuan')],
          ['b', input('1', 'mu')],
        ]),
      ),
    );
    expect(mixed).toMatchObject({ code: 'incompatible-units', details: { value: 'mu' } });
  });

  it('lists the inputs of each formula and refuses an unknown op', () => {
    expect(formulaInputs({ op: 'sum', of: ['a', 'b', 'c'] })).toEqual(['a', 'b', 'c']);
    expect(
      formulaInputs({ op: 'ratio', numerator: 'n', denominator: 'd', multiplier: '1' }),
    ).toEqual(['n', 'd']);
    expect(thrown(() => formulaInputs({ op: 'mean' } as never))).toMatchObject({
      code: 'invalid-argument',
      details: { field: 'formula.op', value: 'mean' },
    });
  });
});

describe('combining statuses and qualifiers', () => {
  it('takes the least final status', () => {
    expect(leastFinal(['actual', 'actual'])).toBe('actual');
    expect(leastFinal(['actual', 'preliminary'])).toBe('preliminary');
    expect(leastFinal(['forecast', 'estimated'])).toBe('forecast');
    expect(leastFinal([])).toBe('actual');
  });

  it('qualifies sums and ratios', () => {
    expect(sumQualifier([null, null])).toBeNull();
    expect(sumQualifier([null, 'at-least'])).toBe('at-least');
    expect(sumQualifier(['at-least', 'more-than'])).toBe('more-than');
    expect(sumQualifier(['more-than', 'approximately'])).toBe('approximately');
    expect(ratioQualifier([null, null])).toBeNull();
    expect(ratioQualifier([null, 'at-least'])).toBe('approximately');
  });
});
