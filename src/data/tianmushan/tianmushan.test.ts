import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../catalog/CATALOG.js';
import { parseDataset } from '../../models/parseDataset.js';
import type { Citation, Target } from '../../models/types.js';
import { findUnit } from '../../units/index.js';
import { tianmushan } from './index.js';
import { SECTIONS } from './sources.js';

const folder = new URL('./', import.meta.url);
const report = readFileSync(
  new URL('../../../test/fixtures/tianmushan-2021-government-work-report.txt', import.meta.url),
  'utf8',
);

const [term, plan2022] = tianmushan.plans;
const targetsOf = (planId: string): readonly Target[] =>
  tianmushan.plans.find((plan) => plan.id === planId)?.targets ?? [];

/** Every citation of the dataset, with where it stands. */
function citations(): { where: string; citation: Citation }[] {
  const out: { where: string; citation: Citation }[] = [];
  tianmushan.observations.forEach((o, i) => {
    out.push({ where: `observations[${i}] ${o.indicator}`, citation: o.source });
  });
  for (const c of tianmushan.claims) out.push({ where: `claim ${c.id}`, citation: c.source });
  for (const plan of tianmushan.plans) {
    for (const t of plan.targets) out.push({ where: `target ${t.id}`, citation: t.source });
  }
  for (const p of tianmushan.projects) {
    out.push({ where: `project ${p.id}`, citation: p.source });
    for (const m of p.milestones) {
      if (m.source) out.push({ where: `milestone ${p.id}/${m.id}`, citation: m.source });
    }
    p.stageHistory.forEach((s, i) => {
      if (s.source) out.push({ where: `stage ${p.id}[${i}]`, citation: s.source });
    });
  }
  return out;
}

const unitOf = (indicatorId: string, unit?: string): string => {
  const indicator = tianmushan.indicators.find((i) => i.id === indicatorId);
  return unit ?? indicator?.unit ?? '';
};

/** The measure words the report writes for a count, besides the unit's own symbol. */
const MEASURE_WORDS: Readonly<Record<string, readonly string[]>> = {
  village: ['村', '个'],
  person: ['人', '名'],
  item: ['个', '支'],
  site: ['处', '个'],
};

function writtenForms(value: string, unitId: string, more: boolean): string[] {
  const symbol = findUnit(unitId)?.symbol ?? '?';
  const words = MEASURE_WORDS[unitId] ?? [symbol];
  return words.map((word) => `${value}${more ? '余' : ''}${word}`);
}

function count<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

describe('tianmushan dataset', () => {
  it('passes parseDataset and comes back equal, as a fresh object', () => {
    const parsed = parseDataset(tianmushan);
    expect(parsed).toEqual(tianmushan);
    expect(parsed).not.toBe(tianmushan);
    expect(parseDataset(JSON.parse(JSON.stringify(tianmushan)))).toEqual(tianmushan);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(tianmushan)).toBe(true);
    expect(Object.isFrozen(tianmushan.observations)).toBe(true);
    expect(Object.isFrozen(tianmushan.observations[0]?.source)).toBe(true);
    expect(Object.isFrozen(tianmushan.plans[1]?.targets[0])).toBe(true);
  });

  it('never imports zod at runtime', () => {
    const files = [
      ...readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')),
      ...readdirSync(new URL('./plans/', folder)).map((f) => `plans/${f}`),
    ];
    expect(files.length).toBe(11);
    let modelImports = 0;
    for (const file of files) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      expect(source, file).not.toMatch(/from 'zod'/);
      const imports = [...source.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)];
      for (const [statement, typeOnly, from] of imports) {
        if (from?.includes('/models/')) {
          modelImports++;
          expect(typeOnly, statement).toBe('type ');
        }
      }
    }
    expect(modelImports).toBe(10);
  });
});

describe('citations', () => {
  const all = citations();

  it('quote the report verbatim', () => {
    expect(all.length).toBeGreaterThan(400);
    const missing = all.filter(({ citation }) => !report.includes(citation.quote));
    expect(missing.map((m) => `${m.where}: ${m.citation.quote}`)).toEqual([]);
  });

  it('cite the one source under the report’s own headings', () => {
    const sections = new Set<string>(Object.values(SECTIONS).flatMap((s) => Object.values(s)));
    const lines = report.split('\n');
    for (const section of sections) {
      for (const part of section.split(' / ')) {
        expect(
          lines.some((line) => line.startsWith(part)),
          part,
        ).toBe(true);
      }
    }
    for (const { where, citation } of all) {
      expect(citation.document, where).toBe('tianmushan-gwr-2021');
      expect(sections.has(citation.section), `${where}: ${citation.section}`).toBe(true);
    }
  });

  /*
   * Numbers written in the report that are not figures: each entry is the text around them,
   * verbatim, and the reason. Every other number must stand inside some record's quote.
   */
  const NOT_FIGURES: readonly { text: string; why: string }[] = [
    { text: '002508879/2022-81382', why: 'index number of the publication' },
    { text: '2022-05-05', why: 'date of publication' },
    { text: '2021年12月25日', why: 'date the report was delivered' },
    { text: '2021年和本届政府工作回顾', why: 'heading' },
    { text: '3A级', why: 'grade of a scenic area (国家/浙江省3A级)' },
    { text: '2A级', why: 'grade of a scenic village (浙江省2A级)' },
    { text: '建党100周年', why: 'the Party’s centenary, in the names of events' },
    { text: '“1+4+X”', why: 'name of the emergency mechanism' },
    { text: '“152”', why: 'name of the digital-reform work system' },
    { text: '24小时运行机制', why: 'round-the-clock operation of the command centre' },
    { text: '杭州市2021“人才山乡荟”', why: 'name of an event' },
    { text: '和329国道建设的重大战略机遇期', why: 'road name, in a statement of context' },
    { text: '2022年重点工作安排', why: 'heading' },
    { text: '2022年是新一届政府的开局之年', why: 'context' },
  ];

  const coverage = (texts: readonly string[]): boolean[] => {
    const covered = new Array<boolean>(report.length).fill(false);
    for (const text of texts) {
      for (let at = report.indexOf(text); at >= 0; at = report.indexOf(text, at + 1)) {
        covered.fill(true, at, at + text.length);
      }
    }
    return covered;
  };
  const numbers = [...report.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({
    number: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const quotes = all.map(({ citation }) => citation.quote);

  it('hold every number of the report, apart from a short list of non-figures', () => {
    expect(numbers.length).toBe(169);
    const covered = coverage([...quotes, ...NOT_FIGURES.map((n) => n.text)]);
    const uncovered = numbers
      .filter(({ start, end }) => covered.slice(start, end).some((c) => !c))
      .map(({ number, start }) => `${number} in “${report.slice(start - 12, start + 12)}”`);
    expect(uncovered).toEqual([]);
  });

  it('list as non-figures only numbers no quote holds', () => {
    const covered = coverage(quotes);
    for (const { text } of NOT_FIGURES) {
      const at = report.indexOf(text);
      expect(at, text).toBeGreaterThanOrEqual(0);
      const inside = numbers.filter((n) => n.start >= at && n.end <= at + text.length);
      expect(inside.length, text).toBeGreaterThan(0);
      expect(
        inside.some((n) => covered.slice(n.start, n.end).some((c) => !c)),
        text,
      ).toBe(true);
    }
  });
});

describe('observations', () => {
  const obs = tianmushan.observations;
  const find = (indicator: string, period: string) =>
    obs.find((o) => o.indicator === indicator && o.period === period);

  it('are pinned by section, sector, period and status', () => {
    expect(obs.length).toBe(97);
    expect(count(obs, (o) => o.source.section.split(' / ')[1] ?? '')).toEqual({
      '一、抓产业、增后劲,经济运行稳中有进': 29,
      '二、抓项目、优环境,美丽镇村提档升级': 18,
      '三、抓民生、强保障,民生福祉持续增进': 12,
      '四、抓治理、守底线,社会大局安定祥和': 5,
      '五、抓服务、树形象,自身建设不断加强': 10,
      '——五年来,镇域经济高质量发展,实现综合能级大跃升': 4,
      '——五年来,全域美丽高标准建设,实现镇村面貌大蝶变': 6,
      '——五年来,改革创新高能级叠加,实现乡村振兴大启幕': 5,
      '——五年来,社会治理高水平推进,实现民生福祉大改善': 5,
      '——五年来,政务服务高效能落地,实现自身建设大提升': 3,
    });
    const sectorOf = (id: string) => tianmushan.indicators.find((i) => i.id === id)?.sector ?? '';
    expect(count(obs, (o) => sectorOf(o.indicator))).toEqual({
      administration: 13,
      agriculture: 10,
      ecology: 11,
      economy: 3,
      emergency: 5,
      forestry: 5,
      governance: 2,
      industry: 13,
      infrastructure: 7,
      livelihoods: 7,
      'social-security': 7,
      tourism: 3,
      villages: 11,
    });
    expect(count(obs, (o) => o.period)).toEqual({ '2016': 1, '2021': 74, '2017/2021': 22 });
    expect(count(obs, (o) => o.status)).toEqual({ actual: 92, estimated: 5 });
    expect(count(obs, (o) => String(o.qualifier))).toEqual({
      null: 91,
      'more-than': 5,
      approximately: 1,
    });
  });

  it('write their value, qualifier and unit as the quote does', () => {
    for (const o of obs) {
      const more = o.qualifier === 'more-than';
      const forms = writtenForms(o.value, unitOf(o.indicator, o.unit), more);
      expect(
        forms.some((form) => o.source.quote.includes(form)),
        `${o.indicator} ${o.period}: ${forms.join(' | ')}`,
      ).toBe(true);
      expect(o.source.quote.includes(`${o.value}余`), o.indicator).toBe(more);
      expect(o.source.quote.includes('预计'), o.indicator).toBe(o.status === 'estimated');
    }
  });

  it('carry 约 from the five-year review on the 2021 farmer income, the one figure stated twice', () => {
    const approximate = obs.filter((o) => o.qualifier === 'approximately');
    expect(approximate.map((o) => `${o.indicator} ${o.period}`)).toEqual([
      'farmer-income-per-capita 2021',
    ]);
    expect(report).toContain('农民人均收入从27720元增至约4万元');
    expect(approximate[0]?.source.quote).toContain('农民人均收入达到4万元');
  });

  it('spot-check against the text', () => {
    expect(find('agricultural-output', '2021')).toMatchObject({
      value: '8.2',
      status: 'estimated',
      qualifier: null,
    });
    expect(unitOf('agricultural-output')).toBe('yi-yuan');
    expect(find('farmer-income-per-capita', '2021')).toMatchObject({
      value: '4',
      unit: 'wan-yuan',
      status: 'estimated',
    });
    expect(find('farmer-income-per-capita', '2016')).toMatchObject({
      value: '27720',
      status: 'actual',
    });
    expect(unitOf('farmer-income-per-capita')).toBe('yuan');
    expect(find('industrial-investment', '2021')).toMatchObject({
      value: '6700',
      qualifier: 'more-than',
    });
    expect(unitOf('industrial-investment')).toBe('wan-yuan');
    expect(find('medical-insurance-coverage', '2021')?.value).toBe('99.61');
    expect(find('industrial-value-added-above-size', '2021')?.value).toBe('1.55');
    expect(find('fixed-asset-investment', '2017/2021')?.value).toBe('11.1');
    expect(find('roads-built-length', '2017/2021')?.value).toBe('85');
    expect(find('colourful-precious-trees-planted', '2017/2021')).toMatchObject({
      value: '35',
      unit: 'wan-plant',
    });
    expect(find('afforestation-area', '2017/2021')?.value).toBe('3500');
    expect(find('covid-vaccinations', '2021')).toMatchObject({
      value: '2.6',
      unit: 'wan-person-time',
    });
  });
});

describe('indicators', () => {
  const ids = tianmushan.indicators.map((i) => i.id);
  const byId = (id: string) => tianmushan.indicators.find((i) => i.id === id);

  it('are pinned and every one is used', () => {
    expect(ids.length).toBe(112);
    const used = new Set<string>([
      ...tianmushan.observations.map((o) => o.indicator),
      ...tianmushan.claims.map((c) => c.indicator),
      ...tianmushan.plans.flatMap((p) =>
        p.targets.flatMap((t) => ('indicator' in t && t.indicator ? [t.indicator] : [])),
      ),
    ]);
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
    expect(count(tianmushan.indicators, (i) => i.measure)).toEqual({
      flow: 103,
      stock: 4,
      rate: 5,
    });
    expect(count(tianmushan.indicators, (i) => i.direction)).toEqual({
      increase: 103,
      neutral: 9,
    });
    expect(count(tianmushan.indicators, (i) => i.attribute)).toEqual({
      anticipatory: 96,
      binding: 16,
    });
  });

  it('keep apart what the report words differently', () => {
    const pairs = [
      ['agricultural-output', 'agricultural-value-added'],
      ['industrial-output-above-size', 'industrial-value-added-above-size'],
      ['medical-insurance-coverage', 'medical-insurance-enrolment-rate'],
    ] as const;
    for (const [a, b] of pairs) {
      expect(byId(a)?.name.zh).not.toBe(byId(b)?.name.zh);
    }
    expect(byId('agricultural-output')?.name.zh).toBe('农业总产值');
    expect(byId('agricultural-value-added')?.name.zh).toBe('农业增加值');
    expect(byId('medical-insurance-coverage')?.name.zh).toBe('城乡居民医保覆盖率');
    expect(byId('medical-insurance-enrolment-rate')?.name.zh).toBe('医保参保率');
    expect(new Set(tianmushan.indicators.map((i) => i.name.zh)).size).toBe(ids.length);
    expect(new Set(tianmushan.indicators.map((i) => i.name.en)).size).toBe(ids.length);
  });

  it('measure percents as rates', () => {
    for (const i of tianmushan.indicators) {
      expect(i.unit === 'percent', i.id).toBe(i.measure === 'rate');
    }
  });
});

describe('claims', () => {
  it('are every stated change, each in its quote', () => {
    expect(
      tianmushan.claims.map((c) => [c.indicator, c.fromPeriod, c.toPeriod, c.statedPercent]),
    ).toEqual([
      ['farmer-income-per-capita', '2020', '2021', '8'],
      ['retail-sales', '2016', '2021', '66.5'],
      ['services-value-added', '2016', '2021', '58.4'],
      ['farmer-income-per-capita', '2016', '2021', '44.3'],
    ]);
    for (const c of tianmushan.claims) expect(c.source.quote).toContain(`${c.statedPercent}%`);
  });
});

describe('plans', () => {
  it('are the term plan and the 2022 plan', () => {
    expect(tianmushan.plans.map((p) => [p.id, p.period, p.adoptedOn, p.targets.length])).toEqual([
      ['term-2022-2026', '2022/2026', '2021-12-25', 69],
      ['plan-2022', '2022', '2021-12-25', 128],
    ]);
  });

  it('are pinned by kind and attribute', () => {
    expect(count(targetsOf('term-2022-2026'), (t) => t.kind)).toEqual({
      qualitative: 59,
      level: 4,
      growth: 3,
      cumulative: 3,
    });
    expect(count(targetsOf('plan-2022'), (t) => t.kind)).toEqual({
      growth: 5,
      qualitative: 75,
      cumulative: 13,
      milestone: 32,
      level: 3,
    });
    expect(count(term?.targets ?? [], (t) => t.attribute)).toEqual({
      anticipatory: 60,
      binding: 9,
    });
    expect(count(plan2022?.targets ?? [], (t) => t.attribute)).toEqual({
      anticipatory: 118,
      binding: 10,
    });
  });

  it('write each figure as the quote does and take the indicator’s attribute', () => {
    for (const plan of tianmushan.plans) {
      for (const t of plan.targets) {
        expect(t.id.startsWith(`${plan.id}.`), t.id).toBe(true);
        if (t.kind === 'level' || t.kind === 'cumulative') {
          const forms = writtenForms(t.value, unitOf(t.indicator, t.unit), false);
          expect(
            forms.some((form) => t.source.quote.includes(form)),
            t.id,
          ).toBe(true);
        }
        if (t.kind === 'growth' || (t.kind === 'level' && t.annualGrowthPercent)) {
          expect(t.source.quote, t.id).toContain(`${t.annualGrowthPercent}%`);
        }
        if (t.kind === 'qualitative' && t.indicator === undefined) {
          expect(t.title.zh, t.id).toBe(t.source.quote);
        }
        if ('indicator' in t && t.indicator !== undefined) {
          const indicator = tianmushan.indicators.find((i) => i.id === t.indicator);
          expect(t.attribute, t.id).toBe(indicator?.attribute);
        }
      }
    }
  });

  it('spot-check the term plan', () => {
    const targets = targetsOf('term-2022-2026');
    expect(
      targets.find((t) => t.id === 'term-2022-2026.industrial-output-above-size'),
    ).toMatchObject({
      kind: 'level',
      indicator: 'industrial-output-above-size',
      value: '10.5',
      period: '2026',
      annualGrowthPercent: '6',
      comparator: 'at-least',
    });
    expect(targets.find((t) => t.id === 'term-2022-2026.agricultural-value-added')).toMatchObject({
      value: '7.1',
      annualGrowthPercent: '5',
    });
    expect(
      targets
        .filter((t) => t.kind === 'growth')
        .map(
          (t) =>
            t.kind === 'growth' && [t.indicator, t.basePeriod, t.period, t.annualGrowthPercent],
        ),
    ).toEqual([
      ['services-value-added', '2021', '2026', '10'],
      ['retail-sales', '2021', '2026', '10'],
      ['fiscal-revenue', '2021', '2026', '8'],
    ]);
    expect(
      targets
        .filter((t) => t.kind === 'cumulative')
        .map((t) => t.kind === 'cumulative' && [t.indicator, t.value, t.unit, t.period]),
    ).toEqual([
      ['colourful-forest-cultivated', '1000', undefined, '2022/2026'],
      ['precious-tree-afforestation', '10', 'wan-plant', '2022/2026'],
      ['future-villages-created', '3', undefined, '2022/2026'],
    ]);
    expect(targets.find((t) => t.id === 'term-2022-2026.farmer-income-per-capita')).toMatchObject({
      value: '5',
      unit: 'wan-yuan',
    });
    expect(targets.find((t) => t.id === 'term-2022-2026.beautiful-villages-everywhere')?.kind).toBe(
      'qualitative',
    );
  });

  it('spot-check the 2022 plan', () => {
    const targets = targetsOf('plan-2022');
    expect(
      targets
        .filter((t) => t.kind === 'growth')
        .map((t) => t.kind === 'growth' && [t.indicator, t.annualGrowthPercent]),
    ).toEqual([
      ['industrial-output-above-size', '6'],
      ['agricultural-value-added', '5'],
      ['services-value-added', '10'],
      ['retail-sales', '10'],
      ['fiscal-revenue', '8'],
    ]);
    expect(targets.find((t) => t.id === 'plan-2022.high-standard-farmland')).toMatchObject({
      kind: 'cumulative',
      value: '5000',
      period: '2022',
    });
    expect(targets.find((t) => t.id === 'plan-2022.public-preschool-places')).toMatchObject({
      value: '225',
    });
    expect(
      targets
        .filter((t) => t.kind === 'level')
        .map((t) => t.kind === 'level' && [t.indicator, t.value, t.comparator, t.attribute]),
    ).toEqual([
      ['pension-insurance-enrolment-rate', '95', 'at-least', 'binding'],
      ['medical-insurance-enrolment-rate', '99', 'at-least', 'binding'],
      ['grids-fully-staffed', '54', 'at-least', 'anticipatory'],
    ]);
    expect(targets.find((t) => t.id === 'plan-2022.dahua-hotel-operating')).toMatchObject({
      kind: 'milestone',
      project: 'dahua-resort-hotel',
      milestone: 'open-before-asian-games',
      due: '2022',
    });
  });
});

describe('projects', () => {
  const projects = tianmushan.projects;
  const byId = (id: string) => projects.find((p) => p.id === id);

  it('are pinned by stage', () => {
    expect(projects.length).toBe(44);
    expect(count(projects, (p) => p.stage)).toEqual({
      'under-construction': 9,
      'fitting-out': 1,
      approved: 1,
      preparatory: 6,
      operating: 4,
      completed: 9,
      planned: 14,
    });
  });

  it('have one stage record as of the report, matching the stage', () => {
    for (const p of projects) {
      expect(
        p.stageHistory.map((s) => [s.period, s.stage]),
        p.id,
      ).toEqual([['2021-12-25', p.stage]]);
    }
  });

  it('record the stage the report states', () => {
    expect(byId('binjiang-xiaocheng-phase-2')?.stageHistory[0]?.note).toBe(
      '酒店、公寓的主体砌体全部完成',
    );
    expect(byId('dahua-resort-hotel')).toMatchObject({
      stage: 'fitting-out',
      sponsor: { zh: '大华', en: 'Dahua' },
    });
    expect(byId('xuhui-hillside-village')?.stageHistory[0]?.note).toBe('正式进场施工');
    expect(byId('natural-gas-station')?.stage).toBe('approved');
    expect(
      projects.filter((p) => p.progressPercent !== undefined).map((p) => [p.id, p.progressPercent]),
    ).toEqual([
      ['longgang-water-network-phase-2', '70'],
      ['gaoling-waterworks-interconnection', '70'],
    ]);
    for (const id of [
      'pingxi-resettlement',
      'wushan-water-supply',
      'longgang-water-network-phase-1',
      'dongguan-datang-road',
    ]) {
      expect(byId(id)?.stage, id).toBe('completed');
    }
  });

  it('hold the hotel’s Asian Games milestone and the 2022 plan’s milestone targets', () => {
    expect(byId('dahua-resort-hotel')?.milestones).toEqual([
      expect.objectContaining({ id: 'open-before-asian-games', due: '2022-09-10' }),
    ]);
    const linked = targetsOf('plan-2022').filter((t) => t.kind === 'milestone' && t.project);
    expect(linked.length).toBe(29);
    const withMilestone = linked.filter((t) => t.kind === 'milestone' && t.milestone);
    expect(withMilestone.length).toBe(15);
    for (const p of projects) {
      for (const m of p.milestones) {
        if (m.due === undefined) continue;
        const target = withMilestone.find(
          (t) => t.kind === 'milestone' && t.project === p.id && t.milestone === m.id,
        );
        expect(target, `${p.id}/${m.id}`).toBeDefined();
      }
    }
  });
});

describe('the Tianmushan dataset and the catalogue', () => {
  it('takes the catalogue’s definition of every indicator it shares, except one in another unit', () => {
    const catalog = new Map(CATALOG.map((entry) => [entry.indicator.id, entry.indicator]));
    const shared = tianmushan.indicators.filter((indicator) => catalog.has(indicator.id));
    const defining = [
      'unit',
      'direction',
      'measure',
      'attribute',
      'formula',
      'aggregation',
    ] as const;
    const differing = shared
      .filter((indicator) =>
        defining.some(
          (key) =>
            JSON.stringify(indicator[key]) !== JSON.stringify(catalog.get(indicator.id)?.[key]),
        ),
      )
      .map((indicator) => [indicator.id, indicator.unit, catalog.get(indicator.id)?.unit]);
    expect(shared.length).toBe(13);
    expect(differing).toEqual([['industrial-investment', 'wan-yuan', 'yi-yuan']]);
    // The report's own wording stays where it differs from the catalogue's.
    expect(tianmushan.indicators.find((i) => i.id === 'afforestation-area')?.name.zh).toBe(
      '新增造林面积',
    );
    expect(catalog.get('afforestation-area')?.name.zh).toBe('造林面积');
  });
});
