import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf } from '../../test/fixtures/errors.js';
import { annualMilestones } from './annualMilestones.js';
import { cumulativeTotal } from './cumulativeTotal.js';
import { growthFactor } from './growthFactor.js';
import { impliedBase } from './impliedBase.js';
import { periodsToReach } from './periodsToReach.js';
import { projectPath } from './projectPath.js';
import { projectValue } from './projectValue.js';
import { rateForCumulativeTotal } from './rateForCumulativeTotal.js';
import { requiredAnnualRate } from './requiredAnnualRate.js';

const codeAndField = (fn: () => unknown) => detailsOf(fn).slice(0, 2);

describe('growth errors name the argument at fault', () => {
  it.each([
    ['growthFactor rate', () => growthFactor('x', 1), 'invalid-number', 'rate'],
    ['growthFactor periods', () => growthFactor(0.1, 'x'), 'invalid-number', 'periods'],
    ['growthFactor range', () => growthFactor('1e10', 1000), 'invalid-number', 'growthFactor'],
    ['projectValue base', () => projectValue('x', 0.1, 1), 'invalid-number', 'base'],
    ['projectValue rate', () => projectValue(1, 'x', 1), 'invalid-number', 'rate'],
    ['projectValue periods', () => projectValue(1, 0.1, 'x'), 'invalid-number', 'periods'],
    ['projectValue range', () => projectValue(1, '1e10', 1000), 'invalid-number', 'projectedValue'],
    ['impliedBase target', () => impliedBase('x', 0.1, 1), 'invalid-number', 'target'],
    ['impliedBase range', () => impliedBase(1, '1e10', 1000), 'invalid-number', 'impliedBase'],
    ['cumulativeTotal base', () => cumulativeTotal('x', 0.1, 1), 'invalid-number', 'base'],
    [
      'cumulativeTotal range',
      () => cumulativeTotal(1, '1e10', 1000),
      'invalid-number',
      'cumulativeTotal',
    ],
    [
      'projectPath base',
      () => projectPath('x', 0.1, { from: 2021, to: 2022 }),
      'invalid-number',
      'base',
    ],
    [
      'projectPath range',
      () => projectPath(1, '1e10', { from: 1900, to: 9999 }),
      'invalid-number',
      'projectPath',
    ],
    ['requiredAnnualRate base', () => requiredAnnualRate(0, 1, 1), 'non-positive-base', 'base'],
    ['requiredAnnualRate target', () => requiredAnnualRate(1, -1, 1), 'sign-change', 'target'],
    ['requiredAnnualRate periods', () => requiredAnnualRate(1, 2, 0), 'invalid-periods', 'periods'],
    [
      'requiredAnnualRate range',
      () => requiredAnnualRate(1, '1e900', '1e-3'),
      'invalid-number',
      'requiredAnnualRate',
    ],
    ['periodsToReach rate', () => periodsToReach(1, 2, -1), 'invalid-argument', 'rate'],
    ['periodsToReach zero', () => periodsToReach(1, 0, 0.1), 'unreachable', 'target'],
    ['periodsToReach away', () => periodsToReach(1, 2, -0.1), 'unreachable', 'target'],
    [
      'periodsToReach range',
      () => periodsToReach(1, '1e900', '1e-999'),
      'invalid-number',
      'periodsToReach',
    ],
    [
      'rateForCumulativeTotal total',
      () => rateForCumulativeTotal(1, -1, 2),
      'sign-change',
      'total',
    ],
    [
      'rateForCumulativeTotal periods',
      () => rateForCumulativeTotal(1, 3, 1.5),
      'invalid-periods',
      'periods',
    ],
    [
      'annualMilestones base',
      () => annualMilestones('x', 2, { from: 2021, to: 2026 }),
      'invalid-number',
      'base',
    ],
    [
      'annualMilestones span',
      () => annualMilestones(1, 2, { from: 2021, to: 2021 }),
      'invalid-periods',
      'to',
    ],
    // Results in range for the growth step but not after it: finishResult names the function.
    ['growthFactor result', () => growthFactor(9, 1001), 'invalid-number', 'growthFactor'],
    ['projectValue result', () => projectValue(1, 9, 1001), 'invalid-number', 'projectedValue'],
    ['impliedBase result', () => impliedBase(1, 9, 1001), 'invalid-number', 'impliedBase'],
    [
      'cumulativeTotal result',
      () => cumulativeTotal('1e999', 1, 10),
      'invalid-number',
      'cumulativeTotal',
    ],
    [
      'projectPath result',
      () => projectPath('1e999', 9, { from: 2021, to: 2023 }),
      'invalid-number',
      'projectPath',
    ],
    [
      'rateForCumulativeTotal result',
      () => rateForCumulativeTotal('1e-1000', '1e1000', 1),
      'invalid-number',
      'rateForCumulativeTotal',
    ],
  ])('%s', (_name, call, code, field) => {
    expect(codeAndField(call)).toEqual([code, field]);
  });

  it('says why a target cannot be reached', () => {
    expect(detailsOf(() => periodsToReach(1, 0, 0.1))[2]).toBe(
      'compound growth at a rate above -1 never reaches zero',
    );
    expect(detailsOf(() => periodsToReach(5, 2, 0))[2]).toBe(
      'the base 5 stays where it is at rate 0',
    );
    expect(detailsOf(() => periodsToReach(1, 2, -0.1))[2]).toBe(
      'the base 1 moves away from it at rate -0.1',
    );
    expect(detailsOf(() => annualMilestones(1, 2, { from: 2021, to: 2021 }))[2]).toBe(
      'the target year must come after the baseline year 2021',
    );
  });

  it('gives the size of an out-of-range result', () => {
    const [, , reason] = detailsOf(() => requiredAnnualRate(1, '1e900', '1e-3'));
    expect(reason).toBe('the result is outside the accepted range 1e-1000 to 1e+1000');
    expect(errorOf(() => growthFactor('1e10', 1000)).details.value).toBe('about 10^10000');
    expect(errorOf(() => requiredAnnualRate(1, '1e900', '1e-3')).details.value).toBe(
      'about 10^900000',
    );
    // Near the bound of checkRootRange's shortcut (|Δe| + 1)·ln 10 / periods: the exact check
    // still runs and sizes the result.
    expect(errorOf(() => requiredAnnualRate(1, '9.99e900', '0.2072')).details.value).toBe(
      'about 10^4348',
    );
    expect(errorOf(() => requiredAnnualRate('1e-100', '9.99e800', '0.2072')).details.value).toBe(
      'about 10^4348',
    );
    expect(errorOf(() => requiredAnnualRate(1, '1e900', '0.1')).details.value).toBe(
      'about 10^9000',
    );
    expect(errorOf(() => periodsToReach(1, '1e900', '1e-999')).details.value).toBe(
      '2.072327e+1002',
    );
  });
});
