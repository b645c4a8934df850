/**
 * A user's `Decimal.set({ precision: 5, rounding: … })` on their own decimal.js changes no
 * result of the library: it computes with its own clone. Every call of a fixed battery is made
 * before and after the user's setting (and with the user's Decimals as inputs) and compared.
 */
import { Decimal as UserDecimal } from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { tianmushan } from '../../src/data/tianmushan/index.js';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas.js';
import { miniDataset } from '../fixtures/miniDataset.js';

/** Every result as plain JSON (Decimals as their strings), for one comparison. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, inner) =>
      root.Decimal.isDecimal(inner) ? `Decimal(${String(inner)})` : inner,
    ),
  );
}

/** The battery: every function of the library on figures of the report, inputs built by `d`. */
function battery(d: (text: string) => unknown): unknown {
  const x = d as (text: string) => string;
  const dataset = schemas.parseDataset(tianmushan);
  const mini = schemas.parseDataset(miniDataset);
  return plain({
    toDecimal: root.toDecimal(x('27720.123456789012345678901234567890')),
    percent: root.percent(x('44.3')),
    toPercent: root.toPercent(x('0.07612345678901234567890123456789')),
    convert: [
      root.convert(x('8.2'), '亿元', '万元'),
      root.convert(x('1'), '亩', '公顷'),
      root.convert(x('27720'), 'yuan', 'wan-yuan'),
    ],
    growthFactor: root.growthFactor(x('0.06'), x('5')),
    projectValue: root.projectValue(x('27720'), x('0.0761'), x('5.5')),
    impliedBase: root.impliedBase(x('10.5'), x('0.06'), x('5')),
    requiredAnnualRate: root.requiredAnnualRate(x('27720'), x('40000'), x('5')),
    periodsToReach: root.periodsToReach(x('27720'), x('40000'), x('0.0761')),
    cumulativeTotal: root.cumulativeTotal(x('2'), x('0.1'), x('5')),
    rateForCumulativeTotal: root.rateForCumulativeTotal(x('2'), x('10'), x('5')),
    projectPath: root.projectPath(x('8.2'), x('0.06'), { from: 2021, to: 2026 }),
    annualMilestones: root.annualMilestones(x('8.2'), x('10.5'), { from: 2021, to: 2026 }),
    yearsBetween: root.yearsBetween('2016', '2021-06-30'),
    elapsedFraction: root.elapsedFraction('2022/2026', '2023-06-30', { basis: 'day' }),
    compareValues: root.compareValues(
      { period: '2016', value: x('27720') },
      { period: '2021', value: x('40000') },
      { direction: 'increase' },
    ),
    checkStatedChange: root.checkStatedChange(x('27720'), x('40000'), x('44.3'), {
      toQualifier: 'approximately',
    }),
    yearOverYear: root.yearOverYear([
      { period: '2020', value: x('7') },
      { period: '2021', value: x('7.7') },
    ]),
    currentStatusIndex: root.currentStatusIndex(x('8'), x('9'), x('10.5'), 'increase'),
    progressRatioScore: root.progressRatioScore(x('0.7')),
    formatPercent: root.formatPercent(x('0.0761234'), { maximumFractionDigits: 4 }),
    formatQuantity: root.formatQuantity(x('82000.5'), '万元', { scale: 'auto', locale: 'en' }),
    formatPercentagePoints: root.formatPercentagePoints(x('-2.65'), { fractionDigits: 1 }),
    scorecards: dataset.plans.map((plan) => root.assessPlan(dataset, plan.id)),
    miniScorecard: root.assessPlan(mini, 'term-2022-2026', { asOf: '2024-06-30' }),
    audit: root.auditDataset(dataset),
    sdmx: schemas.toSdmxCsv(dataset),
  });
}

// Every setting the tests change, restored after each: other test files share these modules.
const SETTINGS = ['precision', 'rounding', 'toExpNeg', 'toExpPos'] as const;
const settingsOf = (ctor: typeof UserDecimal) =>
  Object.fromEntries(SETTINGS.map((name) => [name, ctor[name]]));
const DEFAULTS = settingsOf(UserDecimal);
const EXPORTED_DEFAULTS = settingsOf(root.Decimal);

afterEach(() => {
  UserDecimal.set(DEFAULTS);
  root.Decimal.set(EXPORTED_DEFAULTS);
});

describe("a user's Decimal.set", () => {
  it.each([
    ['ROUND_DOWN', UserDecimal.ROUND_DOWN],
    ['ROUND_UP', UserDecimal.ROUND_UP],
    ['ROUND_CEIL', UserDecimal.ROUND_CEIL],
    ['ROUND_FLOOR', UserDecimal.ROUND_FLOOR],
    ['ROUND_HALF_UP', UserDecimal.ROUND_HALF_UP],
  ] as const)('({ precision: 5, rounding: %s }) changes no result', (_name, rounding) => {
    const before = battery((text) => text);
    UserDecimal.set({ precision: 5, rounding, toExpNeg: -3, toExpPos: 3 });
    // The setting is in force for the user's own arithmetic…
    expect(new UserDecimal(1).div(3).toString()).toMatch(/^0\.3333[34]$/);
    // …and changes nothing of the library's, given strings or the user's Decimals (whose
    // constructor keeps every digit of the text, whatever the precision).
    expect(battery((text) => text)).toEqual(before);
    expect(battery((text) => new UserDecimal(text))).toEqual(before);
  });

  it("on the package's exported Decimal changes no result, only that class", () => {
    const before = battery((text) => text);
    root.Decimal.set({ precision: 5, rounding: root.Decimal.ROUND_DOWN });
    expect(new root.Decimal(1).div(3).toString()).toBe('0.33333');
    expect(root.requiredAnnualRate(27720, 40000, 5).toString()).toBe(
      '0.07610178819369843704753816186471454',
    );
    expect(battery((text) => text)).toEqual(before);
    expect(battery((text) => new root.Decimal(text))).toEqual(before);
  });

  it('leaves the library clone at 34 digits, half-even, without exponent notation', () => {
    UserDecimal.set({ precision: 5, rounding: UserDecimal.ROUND_DOWN });
    expect(root.Decimal.precision).toBe(34);
    expect(root.Decimal.rounding).toBe(root.Decimal.ROUND_HALF_EVEN);
    expect(root.toDecimal('1e-20').toString()).toBe('0.00000000000000000001');
  });
});
