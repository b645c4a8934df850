import { describe, expect, it } from 'vitest';
import type { Assessment } from '../attainment/index.js';
import { Decimal } from '../decimal/Decimal.js';
import { annualMilestones } from '../growth/index.js';
import { assessment, errorOf, layersOf, rowsOf } from './_testKit.js';
import { trajectoryChart } from './trajectoryChart.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

type Row = {
  series: string;
  seriesLabel: string;
  period: string;
  periodLabel: string;
  date: string;
  value: number;
  valueLabel: string;
  note: string;
};

function rows(spec: Record<string, unknown>, series?: string): Row[] {
  const all = rowsOf(spec) as unknown as Row[];
  return series === undefined ? all : all.filter((row) => row.series === series);
}

const income = () => assessment('farmer-income-2026');

/** A level assessment with chosen figures, for the cases the mini dataset does not hold. */
function handmade(overrides: Partial<Assessment>): Assessment {
  return { ...income(), ...overrides };
}

describe('trajectoryChart for a level target', () => {
  const spec = trajectoryChart(income(), { observations: [{ period: '2016', value: '27720' }] });

  it('is a layered Vega-Lite v6 spec over one inline data set', () => {
    expect(spec.$schema).toBe(SCHEMA);
    expect(spec.width).toBe(560);
    expect(spec.height).toBe(300);
    expect(layersOf(spec).map((layer) => (layer.mark as { type: string }).type)).toEqual([
      'line',
      'line',
      'line',
      'point',
      'text',
    ]);
    expect(layersOf(spec).map((layer) => layer.transform)).toEqual([
      [{ filter: "datum.series === 'required'" }],
      [{ filter: "datum.series === 'projected'" }],
      [{ filter: "datum.series === 'observed'" }],
      [{ filter: "datum.series === 'target'" }],
      [{ filter: "datum.series === 'target'" }],
    ]);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('draws the required path dashed, the projection dotted and the target as a diamond', () => {
    const marks = layersOf(spec).map((layer) => layer.mark as Record<string, unknown>);
    expect(marks[0]).toMatchObject({ type: 'line', strokeDash: [6, 4] });
    expect(marks[1]).toMatchObject({ type: 'line', strokeDash: [2, 3] });
    expect(marks[2]).toMatchObject({ type: 'line', point: { filled: true } });
    expect(marks[3]).toMatchObject({ type: 'point', shape: 'diamond', filled: true });
    expect(marks[4]).toMatchObject({ type: 'text', color: '#D55E00' });
  });

  it('puts time on a UTC axis with a tick at each year end, and values on the y axis', () => {
    const encoding = spec.encoding as Record<string, Record<string, unknown>>;
    expect(encoding.x).toMatchObject({
      field: 'date',
      type: 'temporal',
      scale: { type: 'utc' },
      axis: { format: '%Y' },
    });
    const ticks = (encoding.x!.axis as { values: { year: number }[] }).values;
    expect(ticks.map((tick) => tick.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(ticks[0]).toEqual({ year: 2016, month: 12, date: 31, utc: true });
    expect(encoding.y).toMatchObject({
      field: 'value',
      type: 'quantitative',
      title: '元',
      scale: { zero: false },
    });
  });

  it('plots the observations, the assessment first, at the last day of their periods', () => {
    expect(rows(spec, 'observed').map((row) => [row.period, row.date, row.value])).toEqual([
      ['2016', '2016-12-31', 27720],
      ['2021', '2021-12-31', 40000],
      ['2023', '2023-12-31', 43000],
    ]);
  });

  it('draws the required path of annualMilestones, rounded for display', () => {
    const exact = annualMilestones(40000, 50000, { from: 2021, to: 2026 }).milestones;
    const required = rows(spec, 'required');
    expect(required.map((row) => row.period)).toEqual(exact.map((point) => point.period));
    expect(required.map((row) => row.value)).toEqual([
      40000, 41825.6, 43734.5, 45730.5, 47817.6, 50000,
    ]);
    required.forEach((row, index) => {
      const value = exact[index]?.value as Decimal;
      expect(Math.abs(row.value - value.toNumber())).toBeLessThan(0.05);
    });
  });

  it('projects the latest value to the deadline at the actual rate', () => {
    const projected = rows(spec, 'projected');
    expect(projected.map((row) => row.period)).toEqual(['2023', '2024', '2025', '2026']);
    expect(projected[0]?.value).toBe(43000);
    expect(projected[3]?.value).toBe(47927.1);
    // Each year grows by the actual rate, 3.68%.
    const rate = new Decimal(43000).div(40000).sqrt().minus(1).toNumber();
    expect(projected[1]?.value).toBeCloseTo(43000 * (1 + rate), 1);
  });

  it('marks the target and labels it', () => {
    expect(rows(spec, 'target')).toEqual([
      {
        series: 'target',
        seriesLabel: '目标',
        period: '2026',
        periodLabel: '2026年',
        date: '2026-12-31',
        value: 50000,
        valueLabel: '5万元',
        note: '目标 5万元',
      },
    ]);
  });

  it('titles the chart in Chinese with the rates and the status', () => {
    expect(spec.title).toEqual({
      text: '农民人均收入达到5万元',
      subtitle: ['所需年均增速4.56%;实际年均增速3.68%', '状态:需加快;含约数'],
    });
    expect(spec.description).toBe('农民人均收入达到5万元:观测值、所需路径、按当前增速的预测与目标');
    expect(rows(spec, 'required')[1]).toMatchObject({
      seriesLabel: '所需路径',
      periodLabel: '2022年',
      valueLabel: '4.18万元',
    });
    expect(rows(spec, 'projected')[0]?.seriesLabel).toBe('按当前增速预测');
    expect(rows(spec, 'observed')[0]?.seriesLabel).toBe('观测值');
    expect((spec.config as { font: string }).font).toContain('PingFang SC');
  });

  it('speaks English with locale en', () => {
    const en = trajectoryChart(income(), { locale: 'en' });
    expect(en.title).toEqual({
      text: 'Farmer income of CNY 50,000',
      subtitle: [
        'Required 4.56% a year; actual 3.68% a year',
        'Status: Needs acceleration; approximate figures',
      ],
    });
    expect(rows(en, 'target')[0]).toMatchObject({
      seriesLabel: 'Target',
      periodLabel: '2026',
      valueLabel: 'CNY 50,000',
      note: 'Target CNY 50,000',
    });
    expect(rows(en, 'required')[0]?.seriesLabel).toBe('Required path');
    expect(rows(en, 'projected')[0]?.seriesLabel).toBe('Projection at current rate');
    expect((en.encoding as { y: { title: string } }).y.title).toBe('CNY');
    expect((en.config as { font: string }).font).toContain('Helvetica');
  });

  it('colours each series with its fixed colour and draws it in the legend as in the chart', () => {
    const color = (layersOf(spec)[0]!.encoding as { color: Record<string, unknown> }).color;
    expect(color.scale).toEqual({
      domain: ['观测值', '所需路径', '按当前增速预测', '目标'],
      range: ['#0072B2', '#009E73', '#CC79A7', '#D55E00'],
    });
    const legend = color.legend as Record<string, unknown>;
    const symbols = (legend.encode as { symbols: { update: Record<string, { signal: string }> } })
      .symbols.update;
    expect(symbols.shape?.signal).toBe(`datum.value === "目标" ? 'diamond' : 'stroke'`);
    expect(symbols.strokeDash?.signal).toBe(
      'datum.value === "所需路径" ? [6, 4] : datum.value === "按当前增速预测" ? [2, 3] : [1, 0]',
    );
    expect(legend.columns).toBeUndefined();
    const en = trajectoryChart(income(), { locale: 'en' });
    const enLegend = (layersOf(en)[0]!.encoding as { color: { legend: { columns?: number } } })
      .color.legend;
    expect(enLegend.columns).toBe(2);
  });

  it('adds a tooltip with the series, the period and the display value', () => {
    const encoding = layersOf(spec)[2]?.encoding as { tooltip: { field: string }[] };
    expect(encoding.tooltip.map((entry) => entry.field)).toEqual([
      'seriesLabel',
      'periodLabel',
      'valueLabel',
    ]);
  });

  it('takes a title option', () => {
    const titled = trajectoryChart(income(), { title: '示意' });
    expect((titled.title as { text: string }).text).toBe('示意');
    expect(titled.description).toBe('示意:观测值、所需路径、按当前增速的预测与目标');
  });

  it('keeps the assessment value when an observation repeats its period', () => {
    const again = trajectoryChart(income(), {
      observations: [
        { period: '2021', value: 1 },
        { period: '2022', value: new Decimal('41500.123456') },
      ],
    });
    expect(rows(again, 'observed').map((row) => [row.period, row.value])).toEqual([
      ['2021', 40000],
      ['2022', 41500.1],
      ['2023', 43000],
    ]);
  });

  it('marks approximate figures and a missing projection', () => {
    const before = assessment('farmer-income-2026', '2021-12-31');
    const chart = trajectoryChart(before);
    expect(before.reason).toBe('not-yet-started');
    expect(rows(chart, 'projected')).toEqual([]);
    expect(layersOf(chart)).toHaveLength(4);
    expect((chart.title as { subtitle: string[] }).subtitle).toEqual([
      '所需年均增速4.56%',
      '状态:无法评估(尚未开始);含约数',
    ]);
    expect(
      (trajectoryChart(before, { locale: 'en' }).title as { subtitle: string[] }).subtitle,
    ).toEqual([
      'Required 4.56% a year',
      'Status: Not assessable (not yet started); approximate figures',
    ]);
  });

  it('draws a growth target like a level target', () => {
    const grown = handmade({
      kind: 'growth',
      baseline: { period: '2021', value: new Decimal(8) },
      latest: { period: '2021', value: new Decimal(8), status: 'actual' },
      target: { period: '2022', value: new Decimal('8.48') },
      unit: 'yi-yuan',
      requiredAnnualRate: new Decimal('0.06'),
      actualAnnualRate: null,
      projectedAtDeadline: null,
    });
    const chart = trajectoryChart(grown);
    expect(rows(chart, 'required').map((row) => [row.period, row.value])).toEqual([
      ['2021', 8],
      ['2022', 8.48],
    ]);
    expect(rows(chart, 'target')[0]?.valueLabel).toBe('8.48亿元');
    expect((chart.encoding as { y: { title: string } }).y.title).toBe('亿元');
  });
});

describe('trajectoryChart off the yearly grid', () => {
  const monthly = handmade({
    baseline: { period: '2021-06', value: new Decimal(100) },
    latest: { period: '2022-06', value: new Decimal(110), status: 'actual' },
    target: { period: '2026', value: new Decimal(150) },
    requiredAnnualRate: new Decimal('0.0765'),
    projectedAtDeadline: new Decimal('155'),
  });

  it('steps the required path a year at a time from the baseline period end', () => {
    const spec = trajectoryChart(monthly);
    const required = rows(spec, 'required');
    expect(required.map((row) => row.date)).toEqual([
      '2021-06-30',
      '2022-06-30',
      '2023-06-30',
      '2024-06-30',
      '2025-06-30',
      '2026-06-30',
      '2026-12-31',
    ]);
    expect(required[0]?.value).toBe(100);
    expect(required[6]?.value).toBe(150);
    // Compound growth: each step multiplies by the same factor.
    const values = required.map((row) => row.value);
    const factor = (values[1] as number) / (values[0] as number);
    expect((values[2] as number) / (values[1] as number)).toBeCloseTo(factor, 4);
    expect(required[1]?.periodLabel).toBe('2022年6月30日');
    expect(rows(spec, 'projected').map((row) => row.date)).toEqual([
      '2022-06-30',
      '2023-06-30',
      '2024-06-30',
      '2025-06-30',
      '2026-06-30',
      '2026-12-31',
    ]);
    const axis = (spec.encoding as { x: { axis: Record<string, unknown> } }).x.axis;
    expect(axis).toEqual({ labelAngle: 0, grid: false });
  });

  it('moves 29 February to 28 February in other years', () => {
    const leap = handmade({
      baseline: { period: '2024-02-29', value: new Decimal(100) },
      latest: null,
      target: { period: '2026-03', value: new Decimal(121) },
      projectedAtDeadline: null,
    });
    expect(rows(trajectoryChart(leap), 'required').map((row) => [row.date, row.value])).toEqual([
      ['2024-02-29', 100],
      // 25 months apart: the rate is 1.21^(12/25) − 1.
      ['2025-02-28', 109.581],
      ['2026-02-28', 120.081],
      ['2026-03-31', 121],
    ]);
  });

  it('stops stepping before the target day', () => {
    const short = handmade({
      baseline: { period: '2021-12-15', value: new Decimal(100) },
      latest: null,
      target: { period: '2022-12', value: new Decimal(110) },
      projectedAtDeadline: null,
    });
    expect(rows(trajectoryChart(short), 'required').map((row) => row.date)).toEqual([
      '2021-12-15',
      '2022-12-15',
      '2022-12-31',
    ]);
  });

  it('does not step onto the target day', () => {
    // 366 days apart on the day basis: more than a year, yet a year on is the target day.
    const leapYear = handmade({
      baseline: { period: '2023-03-01', value: new Decimal(100) },
      latest: null,
      target: { period: '2024-03-01', value: new Decimal(110) },
      projectedAtDeadline: null,
    });
    expect(rows(trajectoryChart(leapYear), 'required').map((row) => row.date)).toEqual([
      '2023-03-01',
      '2024-03-01',
    ]);
  });

  it('plots observations that end on the same day side by side, in order given', () => {
    const spec = trajectoryChart(income(), {
      observations: [
        { period: '2021-Q4', value: 10000 },
        { period: '2021-12', value: 3500 },
      ],
    });
    expect(rows(spec, 'observed').map((row) => [row.period, row.date])).toEqual([
      ['2021', '2021-12-31'],
      ['2021-Q4', '2021-12-31'],
      ['2021-12', '2021-12-31'],
      ['2023', '2023-12-31'],
    ]);
  });

  it('draws a straight line where compound growth does not exist', () => {
    const negative = handmade({
      baseline: { period: '2021', value: new Decimal(-10) },
      latest: { period: '2023', value: new Decimal(-8), status: 'actual' },
      target: { period: '2026', value: new Decimal(-5) },
      requiredAnnualRate: new Decimal('0.13'),
      projectedAtDeadline: new Decimal('-6'),
      unit: null,
    });
    const spec = trajectoryChart(negative);
    expect(rows(spec, 'required').map((row) => [row.period, row.value])).toEqual([
      ['2021', -10],
      ['2026', -5],
    ]);
    expect(rows(spec, 'projected').map((row) => row.value)).toEqual([-8, -6]);
    expect(rows(spec, 'target')[0]?.valueLabel).toBe('-5');
    expect((spec.encoding as { y: { title: unknown } }).y.title).toBeNull();
  });

  it('draws a straight line when no whole year separates the ends', () => {
    const close = handmade({
      baseline: { period: '2026-06', value: new Decimal(100) },
      latest: null,
      target: { period: '2026-Q4', value: new Decimal(104) },
      projectedAtDeadline: null,
    });
    expect(rows(trajectoryChart(close), 'required').map((row) => row.date)).toEqual([
      '2026-06-30',
      '2026-12-31',
    ]);
  });

  it('leaves out a path whose start is not before the deadline', () => {
    const late = handmade({
      baseline: { period: '2026', value: new Decimal(100) },
      latest: { period: '2026', value: new Decimal(100), status: 'actual' },
      target: { period: '2026', value: new Decimal(90) },
      projectedAtDeadline: new Decimal(100),
    });
    const spec = trajectoryChart(late);
    expect(rows(spec, 'required')).toEqual([]);
    expect(rows(spec, 'projected')).toEqual([]);
  });

  it('spaces year ticks over a long span', () => {
    const long = trajectoryChart(income(), { observations: [{ period: '1990', value: 1000 }] });
    const axis = (long.encoding as { x: { axis: { values: { year: number }[] } } }).x.axis;
    expect(axis.values.map((tick) => tick.year)).toEqual([
      1990, 1993, 1996, 1999, 2002, 2005, 2008, 2011, 2014, 2017, 2020, 2023, 2026,
    ]);
  });
});

describe('trajectoryChart for a cumulative target', () => {
  const trees = () => assessment('precious-trees-2022-2026');
  const spec = trajectoryChart(trees());

  it('draws the even pace from zero, the total to date and its projection', () => {
    expect(rows(spec, 'required').map((row) => [row.date, row.value])).toEqual([
      ['2021-12-31', 0],
      ['2022-12-31', 20000],
      ['2023-12-31', 40000],
      ['2024-12-31', 60000],
      ['2025-12-31', 80000],
      ['2026-12-31', 100000],
    ]);
    expect(rows(spec, 'observed').map((row) => [row.date, row.value, row.valueLabel])).toEqual([
      ['2023-12-31', 15000, '1.5万株'],
    ]);
    expect(rows(spec, 'projected').map((row) => [row.date, row.value])).toEqual([
      ['2023-12-31', 15000],
      ['2026-12-31', 37500],
    ]);
    expect(rows(spec, 'target').map((row) => [row.period, row.periodLabel, row.value])).toEqual([
      ['2022/2026', '2022—2026年', 100000],
    ]);
  });

  it('names the series as running totals and starts the axis at zero', () => {
    expect(rows(spec, 'required')[0]?.seriesLabel).toBe('均衡进度');
    expect(rows(spec, 'observed')[0]?.seriesLabel).toBe('累计完成');
    expect(rows(spec, 'projected')[0]?.seriesLabel).toBe('按当前进度预测');
    expect((spec.encoding as { y: { scale: unknown } }).y.scale).toEqual({ zero: true });
    expect((spec.title as { subtitle: string[] }).subtitle).toEqual([
      '完成率15%,序时进度40%',
      '状态:进展有限',
    ]);
    const en = trajectoryChart(trees(), { locale: 'en' });
    expect((en.title as { subtitle: string[] }).subtitle).toEqual([
      'Completion 15%, time elapsed 40%',
      'Status: Limited progress',
    ]);
    expect(rows(en, 'observed')[0]?.seriesLabel).toBe('Total to date');
    expect(rows(en, 'required')[0]?.seriesLabel).toBe('Even pace');
  });

  it('keeps the total within the range when assessed after it ends', () => {
    const after = trajectoryChart(assessment('precious-trees-2022-2026', '2027-06-30'));
    expect(rows(after, 'observed').map((row) => row.date)).toEqual(['2026-12-31']);
    expect(rows(after, 'projected')).toEqual([]);
  });

  it('dates the total by its latest period without an as-of day, and plots given totals', () => {
    const undated = trajectoryChart(
      { ...trees(), asOf: null },
      { observations: [{ period: '2022-06', value: 5000 }] },
    );
    expect(rows(undated, 'observed').map((row) => [row.date, row.value])).toEqual([
      ['2022-06-30', 5000],
      ['2022-12-31', 15000],
    ]);
  });

  it('puts the year ends inside a range that does not start in January', () => {
    const midYear = trajectoryChart({
      ...trees(),
      target: { period: '2022-07/2024-06', value: new Decimal(24) },
      sumToDate: null,
      latest: null,
      projectedAtDeadline: null,
      completion: { level: null, increment: null, growth: null },
    });
    expect(rows(midYear, 'required').map((row) => [row.date, row.value])).toEqual([
      ['2022-06-30', 0],
      ['2022-12-31', 6],
      ['2023-12-31', 18],
      ['2024-06-30', 24],
    ]);
    expect((midYear.title as { subtitle: string[] }).subtitle).toEqual([
      '状态:进展有限;暂无观测数据',
    ]);
  });

  it('draws only the given totals without a target', () => {
    const loose = trajectoryChart(
      { ...trees(), target: null },
      { observations: [{ period: '2022', value: 1 }] },
    );
    expect(rows(loose).map((row) => row.series)).toEqual(['observed', 'observed']);
  });
});

describe('trajectoryChart with little or nothing to draw', () => {
  it('says so in a text mark for a qualitative target', () => {
    const none = trajectoryChart(assessment('future-villages'));
    expect(none.$schema).toBe(SCHEMA);
    expect(none.mark).toEqual({ type: 'text', fontSize: 13, color: '#555555' });
    expect(none.data).toEqual({ values: [{ message: '没有可绘制的数据' }] });
    expect(none.title).toEqual({ text: '实现新时代美丽乡村建设全覆盖' });
    expect(none.layer).toBeUndefined();
    const en = trajectoryChart(assessment('future-villages'), { locale: 'en' });
    expect(en.data).toEqual({ values: [{ message: 'No figures to chart' }] });
    expect(en.title).toEqual({ text: 'Beautiful villages everywhere' });
  });

  it('pads a long title that would overflow the message', () => {
    const long = trajectoryChart(assessment('future-villages'), { title: '长'.repeat(40) });
    expect((long.padding as { right: number }).right).toBe(5 + 600 - 480);
    const short = trajectoryChart(assessment('future-villages'));
    expect((short.padding as { right: number }).right).toBe(5);
  });

  it('draws a lone target against zero and says there are no observations', () => {
    const lone = trajectoryChart(
      handmade({
        baseline: null,
        latest: null,
        status: 'not-assessable',
        reason: 'no-data',
        requiredAnnualRate: null,
        actualAnnualRate: null,
        projectedAtDeadline: null,
        approximate: false,
      }),
    );
    expect(rows(lone).map((row) => row.series)).toEqual(['target']);
    expect((lone.encoding as { y: { scale: unknown } }).y.scale).toEqual({ zero: true });
    expect((lone.title as { subtitle: string[] }).subtitle).toEqual([
      '状态:无法评估(无数据);暂无观测数据',
    ]);
  });

  it('pads the right for wide labels', () => {
    const spec = trajectoryChart(income(), { title: '农'.repeat(50) });
    // 50 glyphs of 15 px = 750 px against 560 + 60 of room.
    expect((spec.padding as Record<string, number>).right).toBe(5 + 750 - 620);
    expect((spec.padding as Record<string, number>).left).toBe(5);
  });
});

describe('trajectoryChart arguments', () => {
  it('rejects what is not an assessment', () => {
    for (const bad of [
      null,
      1,
      'x',
      {},
      { kind: 'level', title: null },
      { kind: 'level', title: {} },
    ]) {
      const error = errorOf(() => trajectoryChart(bad as never));
      expect(error.code).toBe('invalid-argument');
      expect(error.details.field).toBe('assessment');
    }
  });

  it('rejects bad options, naming them', () => {
    const cases: [unknown, string, string][] = [
      [5, 'invalid-argument', 'options'],
      [[], 'invalid-argument', 'options'],
      [{ locale: 'fr' }, 'invalid-argument', 'options.locale'],
      [{ title: 5 }, 'invalid-argument', 'options.title'],
      [{ observations: 'x' }, 'invalid-argument', 'options.observations'],
      [{ observations: [null] }, 'invalid-argument', 'options.observations[0]'],
      [
        { observations: [{ period: '2021-Q5', value: 1 }] },
        'invalid-period',
        'options.observations[0].period',
      ],
      [{ observations: [{ value: 1 }] }, 'invalid-period', 'options.observations[0].period'],
      [
        {
          observations: [
            { period: '2021', value: 1 },
            { period: '2022', value: 'NaN' },
          ],
        },
        'invalid-number',
        'options.observations[1].value',
      ],
    ];
    for (const [options, code, field] of cases) {
      const error = errorOf(() => trajectoryChart(income(), options as never));
      expect([error.code, error.details.field]).toEqual([code, field]);
    }
  });

  it('changes neither the assessment nor the options', () => {
    const subject = income();
    const options = { locale: 'en' as const, observations: [{ period: '2016', value: '27720' }] };
    const before = JSON.stringify([subject, options]);
    trajectoryChart(Object.freeze(subject), Object.freeze(options));
    expect(JSON.stringify([subject, options])).toBe(before);
  });

  it('returns a fresh spec each time', () => {
    const a = trajectoryChart(income());
    const b = trajectoryChart(income());
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.data).not.toBe(b.data);
  });

  it('never writes a negative zero', () => {
    const spec = trajectoryChart(
      handmade({ baseline: { period: '2021', value: new Decimal('-0.0000000001') } }),
    );
    for (const row of rows(spec)) expect(Object.is(row.value, -0)).toBe(false);
  });
});
