import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../areas/_testKit.js';
import { Decimal } from '../decimal/Decimal.js';
import type { Indicator } from '../models/types.js';
import {
  evaluateFormula,
  type FormulaInput,
  formulaInputs,
  ratioQualifier,
  sumFigures,
  sumQualifier,
  toBase,
} from './formula.js';
import { leastFinal, moreFinal } from './observationStatus.js';

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
    const result = evaluateFormula(share, share.formula!, [
      input('3', 'person', { status: 'estimated' }),
      input('1.2', 'person', { qualifier: 'more-than' }),
    ]);
    expect(result?.value.toString()).toBe('250');
    expect(result).toMatchObject({
      unit: 'percent',
      status: 'estimated',
      qualifier: 'approximately',
    });
  });

  it('converts money per person to the indicator’s unit', () => {
    const perCapita = { ...INDICATORS['income-per-capita']!, unit: 'wan-yuan' };
    const result = evaluateFormula(perCapita, perCapita.formula!, [
      input('12.4544', 'yi-yuan'),
      input('55000', 'person'),
    ]);
    expect(result?.value.toString()).toBe('2.264436363636363636363636363636364');
    expect(result?.qualifier).toBeNull();
  });

  it('refuses units that cannot give the indicator’s and a value that is not a number; a zero denominator has no value', () => {
    const perCapita = INDICATORS['income-per-capita']!;
    const area = thrown(() =>
      evaluateFormula(perCapita, perCapita.formula!, [input('1', 'mu'), input('1', 'person')]),
    );
    expect(area).toMatchObject({ code: 'incompatible-units', details: { from: 'mu', to: 'yuan' } });
    expect(
      evaluateFormula(perCapita, perCapita.formula!, [input('1', 'yuan'), input('0', 'person')]),
    ).toBeNull();
    const total = { ...INDICATORS.output!, formula: { op: 'sum' as const, of: ['a', 'b'] } };
    const mixed = thrown(() =>
      evaluateFormula(total, total.formula, [input('1', 'yuan'), input('1', 'mu')]),
    );
    expect(mixed).toMatchObject({
      code: 'incompatible-units',
      details: {
        field: `formula of ${total.id}`,
        value: 'mu',
        reason: `an input in mu cannot give ${total.id} in ${total.unit}`,
      },
    });
    expect(
      thrown(() => evaluateFormula(total, { op: 'mean' } as never, [input('1', 'yuan')])),
    ).toMatchObject({ code: 'invalid-argument', details: { field: 'formula.op', value: 'mean' } });
    expect(thrown(() => toBase('1x', 'yuan', 'observations[3].value'))).toMatchObject({
      code: 'invalid-number',
      details: { field: 'observations[3].value', value: '1x' },
    });
  });

  it('sums exactly across units, with the bound a sum of bounds has', () => {
    const output = { ...INDICATORS.output!, unit: 'yi-yuan' };
    // 8.2亿元 + 5000万元 + 12.5亿元 = 21.2亿元, exactly.
    const result = sumFigures(output, [
      input('8.2', 'yi-yuan'),
      input('5000', 'wan-yuan', { status: 'preliminary', qualifier: 'at-least' }),
      input('12.5', 'yi-yuan', { qualifier: 'more-than' }),
    ]);
    expect([result.value.toString(), result.unit, result.status, result.qualifier]).toEqual([
      '21.2',
      'yi-yuan',
      'preliminary',
      'more-than',
    ]);
    expect(toBase('8.2', 'yi-yuan').toString()).toBe('820000000');
    expect(thrown(() => toBase('1x', 'yuan'))).toMatchObject({ details: { field: 'value' } });
    expect(
      thrown(() => sumFigures(output, [input('9e1000', 'yi-yuan'), input('9e1000', 'yi-yuan')])),
    ).toMatchObject({
      code: 'invalid-number',
      details: { field: output.id },
    });
  });

  it('lists the inputs of each formula and refuses an unknown op', () => {
    expect(formulaInputs({ op: 'sum', of: ['a', 'b', 'c'] })).toEqual(['a', 'b', 'c']);
    expect(
      formulaInputs({ op: 'ratio', numerator: 'n', denominator: 'd', multiplier: '1' }),
    ).toEqual(['n', 'd']);
    expect(thrown(() => formulaInputs({ op: 'mean' } as never))).toMatchObject({
      code: 'invalid-argument',
      details: { field: 'formula.op', value: 'mean', reason: 'expected sum or ratio' },
    });
  });
});

describe('combining statuses and qualifiers', () => {
  it('takes the least final status', () => {
    expect(leastFinal(['actual', 'actual'])).toBe('actual');
    expect(leastFinal(['actual', 'preliminary'])).toBe('preliminary');
    expect(leastFinal(['forecast', 'estimated'])).toBe('forecast');
    expect(leastFinal([])).toBe('actual');
    expect(moreFinal('actual', 'preliminary')).toBe(true);
    expect(moreFinal('estimated', 'estimated')).toBe(false);
    expect(moreFinal('forecast', 'estimated')).toBe(false);
    // A status outside the model (unvalidated data) never makes a figure less final.
    expect(leastFinal(['preliminary', 'final' as never])).toBe('preliminary');
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
