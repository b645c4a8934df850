/**
 * The full specs of known charts, in both locales: the field names, encodings, scales, colours,
 * marks and words that a dashboard or the README pictures rely on, written out in full.
 */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../attainment/index.js';
import { Decimal } from '../decimal/Decimal.js';
import { renderSvgWith } from './_render.js';
import { readLocale, readOptions, readText, widthShortfall } from './_spec.js';
import { assessment, errorOf, layersOf, rejectionOf, rowsOf, scorecard } from './_testKit.js';
import { scorecardChart } from './scorecardChart.js';
import { trajectoryChart } from './trajectoryChart.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const ZH_FONT =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const EN_FONT = 'Helvetica, Arial, sans-serif';

function config(font: string): Record<string, unknown> {
  return {
    font,
    title: { anchor: 'start', fontSize: 15, subtitleFontSize: 12, subtitleColor: '#555555' },
    axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#e6e6e6' },
    legend: { labelFontSize: 11, titleFontSize: 12 },
  };
}

describe('the scorecard spec', () => {
  function scorecardLayers(words: {
    axis: string;
    statuses: string[];
    status: string;
    target: string;
    completion: string;
    elapsedNote: string;
    elapsed: number;
  }) {
    const x = {
      field: 'completion',
      type: 'quantitative',
      title: words.axis,
      scale: { domain: [0, 100], nice: true },
    };
    const y = {
      field: 'label',
      type: 'nominal',
      title: null,
      sort: null,
      axis: { labelLimit: 480, labelFontSize: 12, labelPadding: 12, ticks: false, domain: false },
    };
    const color = {
      field: 'statusLabel',
      type: 'nominal',
      scale: {
        domain: words.statuses,
        range: ['#0072B2', '#009E73', '#F0E442', '#E69F00', '#D55E00', '#CC79A7', '#999999'],
      },
      legend: { title: words.status, orient: 'bottom', direction: 'horizontal', columns: 3 },
    };
    const tooltip = [
      { field: 'title', type: 'nominal', title: words.target },
      { field: 'statusLabel', type: 'nominal', title: words.status },
      { field: 'completionLabel', type: 'nominal', title: words.completion },
    ];
    const elapsed = { values: [{ elapsed: words.elapsed, note: words.elapsedNote }] };
    return [
      {
        transform: [{ filter: 'datum.completion !== null' }],
        mark: { type: 'bar', height: 14, stroke: '#4d4d4d', strokeWidth: 0.75 },
        encoding: { x, y, color, tooltip },
      },
      {
        transform: [{ filter: 'datum.completion === null' }],
        mark: {
          type: 'point',
          shape: 'circle',
          size: 90,
          filled: true,
          opacity: 1,
          stroke: '#4d4d4d',
          strokeWidth: 0.75,
        },
        encoding: { x: { ...x, field: 'labelAt' }, y, color, tooltip },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 9, fontSize: 11 },
        encoding: {
          x: { ...x, field: 'labelAt' },
          y,
          text: { field: 'note', type: 'nominal' },
          color: { value: '#333333' },
        },
      },
      {
        data: elapsed,
        mark: { type: 'rule', color: '#333333', strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: { x: { ...x, field: 'elapsed' } },
      },
      {
        data: elapsed,
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'bottom',
          dx: 4,
          fontSize: 11,
          color: '#333333',
        },
        encoding: {
          x: { ...x, field: 'elapsed' },
          y: { value: -4 },
          text: { field: 'note', type: 'nominal' },
        },
      },
    ];
  }

  it('is exactly this in Chinese', () => {
    expect(scorecardChart(scorecard())).toEqual({
      $schema: SCHEMA,
      description: '今后五年发展目标:各目标完成率与序时进度,按状态着色',
      title: {
        text: '今后五年发展目标',
        subtitle: ['截至2023年12月31日;序时进度40%;显示3个目标(共4个)'],
      },
      width: 440,
      height: { step: 24 },
      padding: { left: 26, top: 5, right: 5, bottom: 5 },
      data: {
        values: [
          {
            target: 'precious-trees-2022-2026',
            label: '完成珍贵树种造林10万株',
            title: '完成珍贵树种造林10万株',
            status: 'limited-progress',
            statusLabel: '进展有限',
            completion: 15,
            completionLabel: '15%',
            labelAt: 15,
            note: '15% · 进展有限',
          },
          {
            target: 'industrial-output-2026',
            label: '规上工业总产值10.5亿元',
            title: '规上工业总产值10.5亿元',
            status: 'needs-acceleration',
            statusLabel: '需加快',
            completion: 24,
            completionLabel: '24%',
            labelAt: 24,
            note: '24% · 需加快',
          },
          {
            target: 'farmer-income-2026',
            label: '农民人均收入达到5万元',
            title: '农民人均收入达到5万元',
            status: 'needs-acceleration',
            statusLabel: '需加快',
            completion: 30,
            completionLabel: '30%',
            labelAt: 30,
            note: '30% · 需加快',
          },
        ],
      },
      layer: scorecardLayers({
        axis: '完成率(按增量,%)',
        statuses: ['已实现', '进展顺利', '需加快', '进展有限', '倒退', '未完成', '无法评估'],
        status: '状态',
        target: '目标',
        completion: '完成率',
        elapsedNote: '序时进度 40%',
        elapsed: 40,
      }),
      config: { ...config(ZH_FONT), view: { stroke: null } },
    });
  });

  it('is exactly this in English', () => {
    const spec = scorecardChart(scorecard(), { locale: 'en' });
    expect(spec).toEqual({
      $schema: SCHEMA,
      description:
        'Goals for 2022–2026: completion of each target against time elapsed, coloured by status',
      title: {
        text: 'Goals for 2022–2026',
        subtitle: ['As of 31 December 2023; time elapsed 40%; 3 of 4 targets shown'],
      },
      width: 440,
      height: { step: 24 },
      padding: { left: 5, top: 5, right: 5, bottom: 5 },
      data: {
        values: [
          {
            target: 'precious-trees-2022-2026',
            label: '100,000 precious trees planted',
            title: '100,000 precious trees planted',
            status: 'limited-progress',
            statusLabel: 'Limited progress',
            completion: 15,
            completionLabel: '15%',
            labelAt: 15,
            note: '15% · Limited progress',
          },
          {
            target: 'industrial-output-2026',
            label: 'Industrial output of CNY 1.05 billi…',
            title: 'Industrial output of CNY 1.05 billion',
            status: 'needs-acceleration',
            statusLabel: 'Needs acceleration',
            completion: 24,
            completionLabel: '24%',
            labelAt: 24,
            note: '24% · Needs acceleration',
          },
          {
            target: 'farmer-income-2026',
            label: 'Farmer income of CNY 50,000',
            title: 'Farmer income of CNY 50,000',
            status: 'needs-acceleration',
            statusLabel: 'Needs acceleration',
            completion: 30,
            completionLabel: '30%',
            labelAt: 30,
            note: '30% · Needs acceleration',
          },
        ],
      },
      layer: scorecardLayers({
        axis: 'Completion by increment (%)',
        statuses: [
          'Achieved',
          'On track',
          'Needs acceleration',
          'Limited progress',
          'Deterioration',
          'Missed',
          'Not assessable',
        ],
        status: 'Status',
        target: 'Target',
        completion: 'Completion',
        elapsedNote: 'Time elapsed 40%',
        elapsed: 40,
      }),
      config: { ...config(EN_FONT), view: { stroke: null } },
    });
  });

  it('writes rows with and without a level completion before the plan starts', () => {
    const early = scorecardChart(scorecard('2021-12-31'), {
      include: 'quantified',
      completion: 'level',
    });
    expect(early.title).toEqual({
      text: '今后五年发展目标',
      subtitle: ['截至2021年12月31日;序时进度0%;显示3个目标(共4个)'],
    });
    expect(early.padding).toEqual({ left: 26, top: 5, right: 18, bottom: 5 });
    expect(rowsOf(early)).toEqual([
      {
        target: 'precious-trees-2022-2026',
        label: '完成珍贵树种造林10万株',
        title: '完成珍贵树种造林10万株',
        status: 'not-assessable',
        statusLabel: '无法评估',
        completion: null,
        completionLabel: '—',
        labelAt: 0,
        note: '无法评估(尚未开始)',
      },
      {
        target: 'industrial-output-2026',
        label: '规上工业总产值10.5亿元',
        title: '规上工业总产值10.5亿元',
        status: 'not-assessable',
        statusLabel: '无法评估',
        completion: 76.2,
        completionLabel: '76.2%',
        labelAt: 76.2,
        note: '76.2% · 无法评估(尚未开始)',
      },
      {
        target: 'farmer-income-2026',
        label: '农民人均收入达到5万元',
        title: '农民人均收入达到5万元',
        status: 'not-assessable',
        statusLabel: '无法评估',
        completion: 80,
        completionLabel: '80%',
        labelAt: 80,
        note: '80% · 无法评估(尚未开始)',
      },
    ]);
    const x = (layersOf(early)[0] as { encoding: { x: unknown } }).encoding.x;
    expect(x).toEqual({
      field: 'completion',
      type: 'quantitative',
      title: '完成率(按水平,%)',
      scale: { domain: [0, 100], nice: true },
    });
    expect(layersOf(early)[3]?.data).toEqual({ values: [{ elapsed: 0, note: '序时进度 0%' }] });
  });

  it('keeps one decimal in the labels of completion and time elapsed', () => {
    const base = scorecard();
    const fine = scorecardChart({
      ...base,
      timeElapsed: new Decimal('0.41256'),
      assessments: [
        {
          ...(base.assessments[0] as Assessment),
          completion: { level: null, increment: new Decimal('0.12345'), growth: null },
        },
      ],
    });
    expect(rowsOf(fine)[0]).toMatchObject({
      completion: 12.3,
      completionLabel: '12.3%',
      note: '12.3% · 进展有限',
    });
    expect(layersOf(fine)[3]?.data).toEqual({
      values: [{ elapsed: 41.3, note: '序时进度 41.3%' }],
    });
    expect((fine.title as { subtitle: string[] }).subtitle).toEqual([
      '截至2023年12月31日;序时进度41.3%;显示1个目标(共1个)',
    ]);
  });

  it('draws a zero completion at zero, never below', () => {
    const base = scorecard();
    const chart = scorecardChart({
      ...base,
      assessments: [
        {
          ...(base.assessments[0] as Assessment),
          completion: { level: null, increment: new Decimal('-0.00001'), growth: null },
        },
      ],
    });
    expect(Object.is(rowsOf(chart)[0]?.completion, 0)).toBe(true);
    expect(Object.is(rowsOf(chart)[0]?.labelAt, 0)).toBe(true);
  });

  it('accepts title lengths from 4 to 200 and says which it wants', () => {
    const long = 'x'.repeat(250);
    const base = scorecard();
    const one = {
      ...base,
      assessments: [{ ...(base.assessments[0] as Assessment), title: { zh: long, en: long } }],
    };
    expect(rowsOf(scorecardChart(one, { maxTitleLength: 200 }))[0]?.label).toBe(
      `${'x'.repeat(199)}…`,
    );
    expect(rowsOf(scorecardChart(one, { maxTitleLength: 4 }))[0]?.label).toBe('xxx…');
    expect(errorOf(() => scorecardChart(one, { maxTitleLength: 201 })).details.reason).toBe(
      'expected an integer from 4 to 200',
    );
    expect(errorOf(() => scorecardChart(null as never)).details.reason).toBe(
      'expected a scorecard from assessPlan',
    );
    expect(errorOf(() => scorecardChart({ ...base, title: 'x' } as never)).details.field).toBe(
      'scorecard',
    );
    expect(errorOf(() => scorecardChart(7 as never)).details.value).toBe('number');
    expect(errorOf(() => scorecardChart(undefined as never)).details.field).toBe('scorecard');
  });
});

describe('the trajectory spec', () => {
  type Row = Record<string, unknown>;

  function legend(names: string[], columns: boolean) {
    const [, required, projected, target] = names.map((name) => JSON.stringify(name));
    return {
      title: null,
      orient: 'bottom',
      ...(columns ? { columns: 2 } : {}),
      columnPadding: 18,
      gridAlign: 'none',
      labelLimit: 400,
      symbolStrokeWidth: 2.5,
      encode: {
        symbols: {
          update: {
            shape: { signal: `datum.value === ${target} ? 'diamond' : 'stroke'` },
            size: { signal: `datum.value === ${target} ? 110 : 260` },
            strokeDash: {
              signal: `datum.value === ${required} ? [6, 4] : datum.value === ${projected} ? [2, 3] : [1, 0]`,
            },
            stroke: { signal: "scale('color', datum.value)" },
            fill: {
              signal: `datum.value === ${target} ? scale('color', datum.value) : 'transparent'`,
            },
          },
        },
      },
    };
  }

  function trajectoryLayers(names: string[], tips: string[], columns = false) {
    const color = {
      field: 'seriesLabel',
      type: 'nominal',
      scale: { domain: names, range: ['#0072B2', '#009E73', '#CC79A7', '#D55E00'] },
      legend: legend(names, columns),
    };
    const tooltip = [
      { field: 'seriesLabel', type: 'nominal', title: tips[0] },
      { field: 'periodLabel', type: 'nominal', title: tips[1] },
      { field: 'valueLabel', type: 'nominal', title: tips[2] },
    ];
    const only = (key: string) => [{ filter: `datum.series === '${key}'` }];
    return [
      {
        transform: only('required'),
        mark: { type: 'line', strokeDash: [6, 4], strokeWidth: 2, point: { size: 24 } },
        encoding: { color, tooltip },
      },
      {
        transform: only('projected'),
        mark: { type: 'line', strokeDash: [2, 3], strokeWidth: 2.5 },
        encoding: { color, tooltip },
      },
      {
        transform: only('observed'),
        mark: { type: 'line', strokeWidth: 2.5, point: { size: 64, filled: true } },
        encoding: { color, tooltip },
      },
      {
        transform: only('target'),
        mark: { type: 'point', shape: 'diamond', size: 170, filled: true, opacity: 1 },
        encoding: { color, tooltip },
      },
      {
        transform: only('target'),
        mark: { type: 'text', dy: -16, fontSize: 12, fontWeight: 'bold', color: '#D55E00' },
        encoding: { text: { field: 'note', type: 'nominal' } },
      },
    ];
  }

  function xAxis(years: number[]) {
    return {
      field: 'date',
      type: 'temporal',
      title: null,
      scale: { type: 'utc', padding: 24 },
      axis: {
        values: years.map((year) => ({ year, month: 12, date: 31, utc: true })),
        format: '%Y',
        labelAngle: 0,
        grid: false,
      },
    };
  }

  function row(
    series: string,
    seriesLabel: string,
    period: string,
    periodLabel: string,
    date: string,
    value: number,
    valueLabel: string,
    note = valueLabel,
  ): Row {
    return { series, seriesLabel, period, periodLabel, date, value, valueLabel, note };
  }

  it('is exactly this in Chinese for a level target', () => {
    const spec = trajectoryChart(assessment('farmer-income-2026'), {
      observations: [{ period: '2016', value: '27720' }],
    });
    const o = (p: string, v: number, l: string) =>
      row('observed', '观测值', p, `${p}年`, `${p}-12-31`, v, l);
    const r = (p: string, v: number, l: string) =>
      row('required', '所需路径', p, `${p}年`, `${p}-12-31`, v, l);
    const j = (p: string, v: number, l: string) =>
      row('projected', '按当前增速预测', p, `${p}年`, `${p}-12-31`, v, l);
    expect(spec).toEqual({
      $schema: SCHEMA,
      description: '农民人均收入达到5万元:观测值、所需路径、按当前增速的预测与目标',
      title: {
        text: '农民人均收入达到5万元',
        subtitle: ['所需年均增速4.56%;实际年均增速3.68%', '状态:需加快;含约数'],
      },
      width: 560,
      height: 300,
      // The target's note, 目标 5万元, needs 4 pixels more than Vega's estimate: half on the right.
      padding: { left: 5, top: 5, right: 7, bottom: 5 },
      data: {
        values: [
          o('2016', 27720, '2.77万元'),
          o('2021', 40000, '4万元'),
          o('2023', 43000, '4.3万元'),
          r('2021', 40000, '4万元'),
          r('2022', 41825.6, '4.18万元'),
          r('2023', 43734.5, '4.37万元'),
          r('2024', 45730.5, '4.57万元'),
          r('2025', 47817.6, '4.78万元'),
          r('2026', 50000, '5万元'),
          j('2023', 43000, '4.3万元'),
          j('2024', 44583.3, '4.46万元'),
          j('2025', 46225, '4.62万元'),
          j('2026', 47927.1, '4.79万元'),
          row('target', '目标', '2026', '2026年', '2026-12-31', 50000, '5万元', '目标 5万元'),
        ],
      },
      encoding: {
        x: xAxis([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]),
        y: { field: 'value', type: 'quantitative', title: '元', scale: { zero: false } },
      },
      layer: trajectoryLayers(
        ['观测值', '所需路径', '按当前增速预测', '目标'],
        ['系列', '时期', '数值'],
      ),
      config: config(ZH_FONT),
    });
  });

  it('is exactly this in English for a level target', () => {
    const spec = trajectoryChart(assessment('farmer-income-2026'), { locale: 'en' });
    const o = (p: string, v: number, l: string) =>
      row('observed', 'Observed', p, p, `${p}-12-31`, v, l);
    const r = (p: string, v: number, l: string) =>
      row('required', 'Required path', p, p, `${p}-12-31`, v, l);
    const j = (p: string, v: number, l: string) =>
      row('projected', 'Projection at current rate', p, p, `${p}-12-31`, v, l);
    expect(spec).toEqual({
      $schema: SCHEMA,
      description:
        'Farmer income of CNY 50,000: observations, the required path, the projection at the current rate and the target',
      title: {
        text: 'Farmer income of CNY 50,000',
        subtitle: [
          'Required 4.56% a year; actual 3.68% a year',
          'Status: Needs acceleration; approximate figures',
        ],
      },
      width: 560,
      height: 300,
      padding: { left: 5, top: 5, right: 5, bottom: 5 },
      data: {
        values: [
          o('2021', 40000, 'CNY 40,000'),
          o('2023', 43000, 'CNY 43,000'),
          r('2021', 40000, 'CNY 40,000'),
          r('2022', 41825.6, 'CNY 41,825.58'),
          r('2023', 43734.5, 'CNY 43,734.48'),
          r('2024', 45730.5, 'CNY 45,730.51'),
          r('2025', 47817.6, 'CNY 47,817.62'),
          r('2026', 50000, 'CNY 50,000'),
          j('2023', 43000, 'CNY 43,000'),
          j('2024', 44583.3, 'CNY 44,583.35'),
          j('2025', 46225, 'CNY 46,225'),
          j('2026', 47927.1, 'CNY 47,927.1'),
          row(
            'target',
            'Target',
            '2026',
            '2026',
            '2026-12-31',
            50000,
            'CNY 50,000',
            'Target CNY 50,000',
          ),
        ],
      },
      encoding: {
        x: xAxis([2021, 2022, 2023, 2024, 2025, 2026]),
        y: { field: 'value', type: 'quantitative', title: 'CNY', scale: { zero: false } },
      },
      layer: trajectoryLayers(
        ['Observed', 'Required path', 'Projection at current rate', 'Target'],
        ['Series', 'Period', 'Value'],
        true,
      ),
      config: config(EN_FONT),
    });
  });

  it('is exactly this for a cumulative target', () => {
    const spec = trajectoryChart(assessment('precious-trees-2022-2026'));
    const r = (day: string, v: number, l: string) =>
      row('required', '均衡进度', day, `${day.slice(0, 4)}年12月31日`, day, v, l);
    expect(spec).toMatchObject({
      description: '完成珍贵树种造林10万株:观测值、所需路径、按当前增速的预测与目标',
      title: {
        text: '完成珍贵树种造林10万株',
        subtitle: ['完成率15%,序时进度40%', '状态:进展有限'],
      },
      padding: { left: 5, top: 5, right: 6, bottom: 5 },
      encoding: {
        x: xAxis([2021, 2022, 2023, 2024, 2025, 2026]),
        y: { field: 'value', type: 'quantitative', title: '株', scale: { zero: true } },
      },
      layer: trajectoryLayers(
        ['累计完成', '均衡进度', '按当前进度预测', '目标'],
        ['系列', '时期', '数值'],
      ),
    });
    expect(rowsOf(spec)).toEqual([
      row('observed', '累计完成', '2023-12-31', '2023年12月31日', '2023-12-31', 15000, '1.5万株'),
      r('2021-12-31', 0, '0株'),
      r('2022-12-31', 20000, '2万株'),
      r('2023-12-31', 40000, '4万株'),
      r('2024-12-31', 60000, '6万株'),
      r('2025-12-31', 80000, '8万株'),
      row('required', '均衡进度', '2022/2026', '2022—2026年', '2026-12-31', 100000, '10万株'),
      row(
        'projected',
        '按当前进度预测',
        '2023-12-31',
        '2023年12月31日',
        '2023-12-31',
        15000,
        '1.5万株',
      ),
      row(
        'projected',
        '按当前进度预测',
        '2022/2026',
        '2022—2026年',
        '2026-12-31',
        37500,
        '3.75万株',
      ),
      row(
        'target',
        '目标',
        '2022/2026',
        '2022—2026年',
        '2026-12-31',
        100000,
        '10万株',
        '目标 10万株',
      ),
    ]);
  });

  it('is exactly this when there is nothing to draw', () => {
    expect(trajectoryChart(assessment('future-villages'), { locale: 'en' })).toEqual({
      $schema: SCHEMA,
      description:
        'Beautiful villages everywhere: observations, the required path, the projection at the current rate and the target',
      title: { text: 'Beautiful villages everywhere' },
      width: 420,
      padding: { left: 5, top: 5, right: 5, bottom: 5 },
      height: 60,
      data: { values: [{ message: 'No figures to chart' }] },
      mark: { type: 'text', fontSize: 13, color: '#555555' },
      encoding: {
        text: { field: 'message', type: 'nominal' },
        x: { value: 210 },
        y: { value: 30 },
      },
      config: { ...config(EN_FONT), view: { stroke: null } },
    });
  });
});

describe('which series a trajectory draws', () => {
  const income = () => assessment('farmer-income-2026');
  const trees = () => assessment('precious-trees-2022-2026');
  const series = (spec: Record<string, unknown>) => [
    ...new Set(rowsOf(spec).map((row) => row.series)),
  ];
  const dec = (value: string) => new Decimal(value);

  it('draws the required path only with a baseline and a required rate', () => {
    expect(series(trajectoryChart({ ...income(), requiredAnnualRate: null }))).toEqual([
      'observed',
      'projected',
      'target',
    ]);
    expect(series(trajectoryChart({ ...income(), baseline: null }))).toEqual([
      'observed',
      'projected',
      'target',
    ]);
  });

  it('draws the projection only from a latest value with a projected figure', () => {
    expect(series(trajectoryChart({ ...income(), projectedAtDeadline: null }))).toEqual([
      'observed',
      'required',
      'target',
    ]);
    expect(series(trajectoryChart({ ...income(), latest: null }))).toEqual([
      'observed',
      'required',
      'target',
    ]);
  });

  it('plots a cumulative total only when both the sum and the latest figure are known', () => {
    expect(series(trajectoryChart({ ...trees(), latest: null }))).toEqual(['required', 'target']);
    expect(series(trajectoryChart({ ...trees(), sumToDate: null }))).toEqual([
      'required',
      'target',
    ]);
  });

  it('projects a cumulative total only before the end of its range, with a projected figure', () => {
    expect(series(trajectoryChart({ ...trees(), projectedAtDeadline: null }))).toEqual([
      'observed',
      'required',
      'target',
    ]);
    const late = trajectoryChart({ ...trees(), asOf: '2027-03-31', projectedAtDeadline: dec('9') });
    expect(series(late)).toEqual(['observed', 'required', 'target']);
    expect(rowsOf(late)[0]).toMatchObject({ series: 'observed', date: '2026-12-31' });
  });

  it('writes the completion line only with both completion and time elapsed', () => {
    const subtitle = (a: Assessment) =>
      (trajectoryChart(a).title as { subtitle: string[] }).subtitle;
    expect(subtitle({ ...trees(), timeElapsed: null })).toEqual(['状态:进展有限']);
    expect(
      subtitle({ ...trees(), completion: { level: null, increment: null, growth: null } }),
    ).toEqual(['状态:进展有限']);
  });

  it('sorts observations by date, keeping ties in the order given', () => {
    const spec = trajectoryChart(income(), {
      observations: [
        { period: '2019', value: 3 },
        { period: '2017', value: 1 },
        { period: '2019-12', value: 4 },
        { period: '2018', value: 2 },
        { period: '2019-Q4', value: 5 },
      ],
    });
    expect(
      rowsOf(spec)
        .filter((row) => row.series === 'observed')
        .map((row) => row.period),
    ).toEqual(['2017', '2018', '2019', '2019-12', '2019-Q4', '2021', '2023']);
  });

  it('starts the value axis at zero only for totals or fewer than two distinct values', () => {
    const two = trajectoryChart({
      ...income(),
      latest: null,
      projectedAtDeadline: null,
      target: { period: '2022', value: dec('50000') },
    });
    expect(new Set(rowsOf(two).map((row) => row.value))).toEqual(new Set([40000, 50000]));
    expect((two.encoding as { y: { scale: unknown } }).y.scale).toEqual({ zero: false });
  });

  it('writes plain numbers and no axis title without a unit', () => {
    const bare = trajectoryChart({ ...income(), unit: null });
    expect((bare.encoding as { y: { title: unknown } }).y.title).toBeNull();
    expect(rowsOf(bare).at(-1)).toMatchObject({ valueLabel: '50000', note: '目标 50000' });
  });

  it('pads the right for the target note only, not for other labels', () => {
    // 4万元 overflows Vega's estimate by 2 pixels at 12 px; 目标 5,000元 does not.
    const small = trajectoryChart({
      ...income(),
      latest: null,
      requiredAnnualRate: null,
      projectedAtDeadline: null,
      target: { period: '2026', value: dec('5000') },
    });
    expect(rowsOf(small).map((row) => row.note)).toEqual(['4万元', '目标 5,000元']);
    expect(small.padding).toEqual({ left: 5, top: 5, right: 5, bottom: 5 });
  });

  it('rejects an assessment without a kind or a title, and observations that are not objects', () => {
    expect(errorOf(() => trajectoryChart(undefined as never)).details.value).toBe('undefined');
    for (const bad of [
      { ...income(), kind: 5 },
      { ...income(), title: 'x' },
      { ...income(), title: null },
    ]) {
      expect(errorOf(() => trajectoryChart(bad as never)).details).toMatchObject({
        field: 'assessment',
        reason: 'expected an assessment from assessTarget or assessPlan',
      });
    }
    expect(
      errorOf(() => trajectoryChart(income(), { observations: {} as never })).details,
    ).toMatchObject({
      field: 'options.observations',
      value: 'object',
      reason: 'expected an array of { period, value }',
    });
    expect(
      errorOf(() => trajectoryChart(income(), { observations: [5 as never] })).details,
    ).toMatchObject({
      field: 'options.observations[0]',
      value: 5,
      reason: 'expected { period, value }',
    });
  });
});

describe('the shared readers', () => {
  it('read options, locales and texts, and say what they expected', () => {
    expect(readOptions(undefined)).toEqual({});
    for (const bad of ['x', null, [], 3]) {
      expect(errorOf(() => readOptions(bad as never)).details).toMatchObject({
        field: 'options',
        reason: 'expected an options object',
      });
    }
    expect(readLocale('zh-CN')).toBe('zh-CN');
    expect(readLocale('en')).toBe('en');
    expect(readLocale(undefined)).toBe('zh-CN');
    expect(errorOf(() => readLocale('fr')).details).toMatchObject({
      field: 'options.locale',
      reason: "expected 'zh-CN' or 'en'",
    });
    expect(readText('t', 'f')).toBe('t');
    expect(errorOf(() => readText(1, 'f')).details).toMatchObject({
      field: 'f',
      reason: 'expected a string',
    });
  });

  it('counts the glyphs at the edges of each wide range as wide, and their neighbours as narrow', () => {
    const wide = [0x2e80, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60];
    const narrow = [0x2e7f, 0xa4d0, 0xabff, 0xd7a4, 0xf8ff, 0xfb00, 0xfe2f, 0xfe50, 0xfeff, 0xff61];
    for (const code of wide) {
      expect(widthShortfall([String.fromCodePoint(code).repeat(10)], 10), code.toString(16)).toBe(
        20,
      );
    }
    for (const code of narrow) {
      expect(widthShortfall([String.fromCodePoint(code).repeat(10)], 10), code.toString(16)).toBe(
        0,
      );
    }
    // Outside the BMP: 20 wide glyphs and one more, wide from U+20000 on.
    expect(widthShortfall([`${'农'.repeat(20)}\u{20000}`], 10)).toBe(34);
    expect(widthShortfall([`${'农'.repeat(20)}\u{1FFFF}`], 10)).toBe(30);
  });
});

describe('renderSvgWith', () => {
  function engines(seen: unknown[] = []) {
    return async (name: string) =>
      name === 'vega-lite'
        ? { compile: (spec: unknown) => ({ spec }) }
        : {
            parse: (spec: unknown) => spec,
            View: class {
              constructor(_runtime: unknown, options: unknown) {
                seen.push(options);
              }
              toSVG = async () => '<svg/>';
              finalize = () => undefined;
              _getPulse = () => ({});
              runAsync = async () => undefined;
              scenegraph = () => ({ root: {} });
            },
          };
  }

  it('asks vega for a headless view', async () => {
    const seen: unknown[] = [];
    expect(await renderSvgWith({ mark: 'bar' }, engines(seen))).toBe('<svg/>');
    // An untrusted spec: a loader that loads nothing; and always a logger that keeps errors.
    const logger = expect.any(Object);
    expect(seen).toEqual([{ renderer: 'none', loader: expect.any(Object), logger }]);
    const loader = (seen[0] as { loader: Record<string, () => Promise<unknown>> }).loader;
    for (const method of ['load', 'sanitize', 'http', 'file']) {
      await expect(loader[method]!()).rejects.toThrow(/loads nothing|no request|no file/);
    }
    const trusted: unknown[] = [];
    await renderSvgWith({ mark: 'bar' }, engines(trusted), { trusted: true });
    expect(trusted).toEqual([{ renderer: 'none', logger }]);
  });

  it('rejects what is not a spec object before loading anything', async () => {
    const cases: [unknown, unknown][] = [
      [null, null],
      ['spec', 'string'],
      [[], 'object'],
      [3, 'number'],
    ];
    for (const [bad, value] of cases) {
      const error = await rejectionOf(renderSvgWith(bad, engines()));
      expect(error.details).toMatchObject({
        field: 'spec',
        value,
        reason: 'expected a Vega-Lite spec object',
      });
    }
  });

  it('treats a function in place of a module as missing', async () => {
    const fake = Object.assign(() => undefined, { parse: () => ({}), View: class {} });
    const error = await rejectionOf(
      renderSvgWith({ mark: 'bar' }, async (name) => (name === 'vega' ? fake : {})),
    );
    expect([error.code, error.details.field]).toEqual(['missing-dependency', 'vega']);
  });
});
