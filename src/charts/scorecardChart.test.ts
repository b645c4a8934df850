import { describe, expect, it } from 'vitest';
import type { Assessment, Scorecard } from '../attainment/index.js';
import { Decimal } from '../decimal/Decimal.js';
import { errorOf, layersOf, rowsOf, scorecard } from './_testKit.js';
import { scorecardChart } from './scorecardChart.js';
import { STATUS_COLORS } from './statusColors.js';

type Row = {
  target: string;
  label: string;
  title: string;
  status: string;
  statusLabel: string;
  completion: number | null;
  completionLabel: string;
  labelAt: number;
  note: string;
};

function rows(spec: Record<string, unknown>): Row[] {
  return rowsOf(spec) as unknown as Row[];
}

/** A scorecard whose assessments are replaced or changed. */
function withAssessments(
  change: (assessments: readonly Assessment[]) => Assessment[],
  base: Scorecard = scorecard(),
): Scorecard {
  return { ...base, assessments: change(base.assessments) };
}

describe('scorecardChart', () => {
  const spec = scorecardChart(scorecard());

  it('is a layered Vega-Lite v6 spec: bars, dots, notes and the time-elapsed rule', () => {
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec.height).toEqual({ step: 24 });
    expect(layersOf(spec).map((layer) => (layer.mark as { type: string }).type)).toEqual([
      'bar',
      'point',
      'text',
      'rule',
      'text',
    ]);
    expect(layersOf(spec)[0]?.transform).toEqual([{ filter: 'datum.completion !== null' }]);
    expect(layersOf(spec)[1]?.transform).toEqual([{ filter: 'datum.completion === null' }]);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('has one row per assessable target, in the scorecard order', () => {
    expect(rows(spec).map((row) => [row.target, row.status, row.completion])).toEqual([
      ['precious-trees-2022-2026', 'limited-progress', 15],
      ['industrial-output-2026', 'needs-acceleration', 24],
      ['farmer-income-2026', 'needs-acceleration', 30],
    ]);
  });

  it('encodes completion on x, targets on y in data order, status as colour', () => {
    const encoding = layersOf(spec)[0]?.encoding as Record<string, Record<string, unknown>>;
    expect(encoding.x).toEqual({
      field: 'completion',
      type: 'quantitative',
      title: '完成率(按增量,%)',
      scale: { domain: [0, 100], nice: true },
    });
    expect(encoding.y).toMatchObject({ field: 'label', type: 'nominal', sort: null });
    expect(encoding.color?.field).toBe('statusLabel');
    expect(encoding.color?.scale).toEqual({
      domain: ['已实现', '进展顺利', '需加快', '进展有限', '倒退', '未完成', '无法评估'],
      range: ['#0072B2', '#009E73', '#F0E442', '#E69F00', '#D55E00', '#CC79A7', '#999999'],
    });
    expect((encoding.tooltip as unknown as { field: string }[]).map((t) => t.field)).toEqual([
      'title',
      'statusLabel',
      'completionLabel',
    ]);
  });

  it('outlines bars and dots so that no colour vanishes on white', () => {
    for (const layer of layersOf(spec).slice(0, 2)) {
      expect(layer.mark).toMatchObject({ stroke: '#4d4d4d', strokeWidth: 0.75 });
    }
  });

  it('draws the time elapsed as a labelled rule', () => {
    const [rule, label] = layersOf(spec).slice(3);
    expect(rule?.data).toEqual({ values: [{ elapsed: 40, note: '序时进度 40%' }] });
    expect(rule?.mark).toMatchObject({ type: 'rule', strokeDash: [4, 3] });
    expect((rule!.encoding as { x: { field: string } }).x.field).toBe('elapsed');
    expect(label?.data).toEqual(rule?.data);
    expect((label!.encoding as { text: { field: string } }).text.field).toBe('note');
  });

  it('writes completion and status beside each row, in Chinese', () => {
    expect(rows(spec).map((row) => [row.label, row.completionLabel, row.note])).toEqual([
      ['完成珍贵树种造林10万株', '15%', '15% · 进展有限'],
      ['规上工业总产值10.5亿元', '24%', '24% · 需加快'],
      ['农民人均收入达到5万元', '30%', '30% · 需加快'],
    ]);
    expect(spec.title).toEqual({
      text: '今后五年发展目标',
      subtitle: ['截至2023年12月31日;序时进度40%;显示3个目标(共4个)'],
    });
    expect(spec.description).toBe('今后五年发展目标:各目标完成率与序时进度,按状态着色');
  });

  it('speaks English with locale en', () => {
    const en = scorecardChart(scorecard(), { locale: 'en' });
    expect(rows(en).map((row) => [row.label, row.note])).toEqual([
      ['100,000 precious trees planted', '15% · Limited progress'],
      ['Industrial output of CNY 1.05 billi…', '24% · Needs acceleration'],
      ['Farmer income of CNY 50,000', '30% · Needs acceleration'],
    ]);
    expect(en.title).toEqual({
      text: 'Goals for 2022–2026',
      subtitle: ['As of 31 December 2023; time elapsed 40%; 3 of 4 targets shown'],
    });
    const encoding = layersOf(en)[0]?.encoding as Record<string, Record<string, unknown>>;
    expect(encoding.x?.title).toBe('Completion by increment (%)');
    expect((encoding.color!.scale as { domain: string[] }).domain).toEqual([
      'Achieved',
      'On track',
      'Needs acceleration',
      'Limited progress',
      'Deterioration',
      'Missed',
      'Not assessable',
    ]);
    expect(layersOf(en)[3]?.data).toEqual({ values: [{ elapsed: 40, note: 'Time elapsed 40%' }] });
  });

  it('shows completion by level on request', () => {
    const level = scorecardChart(scorecard(), { completion: 'level' });
    const x = (layersOf(level)[0]!.encoding as { x: { title: string } }).x;
    expect(x.title).toBe('完成率(按水平,%)');
    expect(rows(level).map((row) => [row.completion, row.completionLabel])).toEqual([
      [15, '15%'],
      [81.9, '81.9%'],
      [86, '86%'],
    ]);
  });

  it('shows every quantified target on request, not-assessable ones as dots with the reason', () => {
    const early = scorecardChart(scorecard('2021-12-31'), { include: 'quantified' });
    expect(rows(early).map((row) => [row.target, row.completion, row.labelAt, row.note])).toEqual([
      ['precious-trees-2022-2026', null, 0, '无法评估(尚未开始)'],
      ['industrial-output-2026', null, 0, '无法评估(尚未开始)'],
      ['farmer-income-2026', null, 0, '无法评估(尚未开始)'],
    ]);
    const en = scorecardChart(scorecard('2021-12-31'), { include: 'quantified', locale: 'en' });
    expect(rows(en)[1]?.note).toBe('Not assessable (not yet started)');
    expect(rows(en)[1]?.completionLabel).toBe('—');
  });

  it('says when no target qualifies', () => {
    const none = scorecardChart(scorecard('2021-12-31'));
    expect(none.mark).toEqual({ type: 'text', fontSize: 13, color: '#555555' });
    expect(none.data).toEqual({ values: [{ message: '没有可显示的目标' }] });
    expect(none.title).toEqual({ text: '今后五年发展目标' });
    const en = scorecardChart(scorecard('2021-12-31'), { locale: 'en', title: 'Plan' });
    expect(en.data).toEqual({ values: [{ message: 'No targets to show' }] });
    expect(en.title).toEqual({ text: 'Plan' });
  });

  it('notes the state of a milestone', () => {
    const milestone = withAssessments((all) => [
      {
        ...(all[0] as Assessment),
        kind: 'milestone',
        status: 'on-track',
        completion: { level: null, increment: null, growth: null },
        milestoneState: 'due',
      },
    ]);
    expect(rows(scorecardChart(milestone))[0]?.note).toBe('进展顺利 · 推进中');
    expect(rows(scorecardChart(milestone, { locale: 'en' }))[0]?.note).toBe('On track · under way');
    const plain = withAssessments((all) => [
      { ...(all[0] as Assessment), completion: { level: null, increment: null, growth: null } },
    ]);
    expect(rows(scorecardChart(plain))[0]?.note).toBe('进展有限');
  });

  it('widens the axis for completions below 0 or above 100, and labels at zero', () => {
    const spread = withAssessments((all) => [
      {
        ...(all[0] as Assessment),
        completion: { level: null, increment: new Decimal('-0.25'), growth: null },
      },
      {
        ...(all[1] as Assessment),
        completion: { level: null, increment: new Decimal('1.304'), growth: null },
      },
      {
        ...(all[2] as Assessment),
        completion: { level: null, increment: new Decimal('-0.0001'), growth: null },
      },
    ]);
    const chart = scorecardChart(spread);
    expect(rows(chart).map((row) => [row.completion, row.labelAt])).toEqual([
      [-25, 0],
      [130.4, 130.4],
      [0, 0],
    ]);
    expect(Object.is(rows(chart)[2]?.completion, -0)).toBe(false);
    const x = (layersOf(chart)[0]!.encoding as { x: { scale: { domain: number[] } } }).x;
    expect(x.scale.domain).toEqual([-25, 130.4]);
  });

  it('cuts long titles and tells equal cuts apart', () => {
    const long = '实施严家村下安至富阳万市、九里村顶山至富阳万市“断头路”打通项目2个';
    const twins = withAssessments((all) =>
      [0, 1, 2].map((index) => ({
        ...(all[index] as Assessment),
        title: { zh: long, en: 'Road' },
      })),
    );
    const chart = scorecardChart(twins);
    expect(rows(chart).map((row) => row.label)).toEqual([
      '实施严家村下安至富阳万市、九里…',
      '实施严家村下安至富阳万市、九里… (2)',
      '实施严家村下安至富阳万市、九里… (3)',
    ]);
    expect(rows(chart)[0]?.title).toBe(long);
    expect(rows(scorecardChart(twins, { maxTitleLength: 4 }))[0]?.label).toBe('实施严…');
    expect(rows(scorecardChart(twins, { locale: 'en' })).map((row) => row.label)).toEqual([
      'Road',
      'Road (2)',
      'Road (3)',
    ]);
    // Wide labels get the padding Vega's estimate misses: 17 glyphs, 0.2 em each at 12 px.
    const padding = chart.padding as Record<string, number>;
    expect(padding.left).toBeGreaterThan(5 + 30);
    expect(padding.top).toBe(5);
  });

  it('uses the fixed status colours', () => {
    const encoding = layersOf(spec)[1]?.encoding as { color: { scale: { range: string[] } } };
    expect(encoding.color.scale.range).toEqual(Object.values(STATUS_COLORS));
  });
});

describe('scorecardChart arguments', () => {
  it('rejects what is not a scorecard', () => {
    const good = scorecard();
    for (const bad of [
      null,
      'x',
      {},
      { ...good, assessments: 'x' },
      { ...good, title: null },
      { ...good, asOf: 5 },
      { ...good, timeElapsed: 0.4 },
    ]) {
      const error = errorOf(() => scorecardChart(bad as never));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', 'scorecard']);
    }
  });

  it('rejects bad options, naming them', () => {
    const cases: [unknown, string][] = [
      [7, 'options'],
      [{ locale: 'de' }, 'options.locale'],
      [{ title: [] }, 'options.title'],
      [{ include: 'all' }, 'options.include'],
      [{ completion: 'growth' }, 'options.completion'],
      [{ maxTitleLength: 3 }, 'options.maxTitleLength'],
      [{ maxTitleLength: 201 }, 'options.maxTitleLength'],
      [{ maxTitleLength: 10.5 }, 'options.maxTitleLength'],
      [{ maxTitleLength: '10' }, 'options.maxTitleLength'],
    ];
    for (const [options, field] of cases) {
      const error = errorOf(() => scorecardChart(scorecard(), options as never));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', field]);
    }
    expect(errorOf(() => scorecardChart(scorecard(), { include: 'all' as never })).message).toBe(
      `options.include ("all") is not an accepted value: expected 'assessable' or 'quantified'`,
    );
  });

  it('changes neither the scorecard nor the options', () => {
    const subject = scorecard();
    const options = { locale: 'en' as const, include: 'quantified' as const };
    const before = JSON.stringify([subject, options]);
    scorecardChart(Object.freeze(subject), Object.freeze(options));
    expect(JSON.stringify([subject, options])).toBe(before);
  });
});
