import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/fixtures/memoryIo.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseCsv } from '../_internal/csv.js';
import { assessPlan } from '../attainment/assessPlan.js';
import type { Assessment } from '../attainment/types.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Plan } from '../models/types.js';
import { run } from './run.js';
import { scorecardCommand, targetPath } from './scorecard.js';

const commands = { scorecard: scorecardCommand };

function scorecard(args: string[], files: Record<string, string> = {}) {
  const terminal = memoryIo({ 'mini.json': JSON.stringify(miniDataset), ...files });
  const status = run(['scorecard', ...args], terminal.io, commands);
  return { status, stdout: terminal.stdout, stderr: terminal.stderr };
}

describe('scorecard on the shipped dataset', () => {
  it('prints both plans of the Tianmushan report with paths, milestones and qualitative goals', () => {
    const { status, stdout, stderr } = scorecard([]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('天目山镇 · 今后五年发展目标任务 (2022—2026年)');
    expect(stdout).toContain('截至 2021-12-31');
    // 10.5亿元 at 6%/yr implies a 2021 base of 7.85亿元, and the path passes 8.32亿元 in 2022.
    expect(stdout).toMatch(
      /规上工业总产值10\.5亿元,年均增长6%.*2021: 7\.85亿元\(推算\).*2026: 10\.5亿元.*6%/,
    );
    expect(stdout).toMatch(
      /规上工业总产值10\.5亿元,年均…\s+6%\s+7\.85亿元\s+8\.32亿元\s+8\.82亿元\s+9\.34亿元\s+9\.91亿元\s+10\.5亿元/,
    );
    // 农民人均收入: 4万 → 5万 over five years needs 4.56%/yr.
    expect(stdout).toMatch(/农民人均收入达到5万元.*2021: 40,000元.*2026: 50,000元\s+4\.56%/);
    expect(stdout).toContain('定性目标 59 项');
    expect(stdout).toContain('2022年重点工作安排');
    expect(stdout).toContain('项目节点');
  });

  it('prints English labels with --locale en', () => {
    const { status, stdout } = scorecard(['--plan', 'term-2022-2026', '--locale', 'en']);
    expect(status).toBe(0);
    expect(stdout).toContain('Tianmushan Town');
    expect(stdout).toMatch(/2021: CNY 784.62 million \(implied\)/);
    expect(stdout).toContain('Qualitative targets: 59');
  });

  it('carries the year-to-date figures and the verdict fields in JSON', () => {
    const source = { document: 'report-2021', section: '2022年', quote: '1—6月' };
    const half = (period: string, value: string) => ({
      indicator: 'industrial-output',
      period,
      value,
      status: 'actual',
      qualifier: null,
      source,
    });
    const dataset = {
      ...miniDataset,
      observations: [
        ...miniDataset.observations,
        half('2021-01/2021-06', '4.0'),
        half('2022-01/2022-06', '4.18'),
      ],
    };
    const { status, stdout } = scorecard(
      ['--dataset', 'ytd.json', '--plan', 'plan-2022', '--as-of', '2022-07-15', '--format', 'json'],
      { 'ytd.json': JSON.stringify(dataset) },
    );
    expect(status).toBe(0);
    const [card] = JSON.parse(stdout).scorecards;
    const growth = card.assessments.find(
      (a: { targetId: string }) => a.targetId === 'industrial-output-growth-2022',
    );
    expect(growth).toMatchObject({
      status: 'needs-acceleration',
      basis: 'year-to-date',
      provisional: false,
      progressRatio: '0.75',
      timeElapsed: '0.5',
      yearToDate: {
        period: '2022-01/2022-06',
        months: 6,
        value: '4.18',
        previous: { period: '2021-01/2021-06', value: '4' },
        growth: '0.045',
        growthSource: 'computed',
      },
    });
    expect(card.counts.missed).toBe(0);
  });

  it('labels a missed target 未完成 / missed', () => {
    const source = { document: 'report-2021', section: '2022年', quote: '2022年' };
    const year = (period: string, value: string) => ({
      indicator: 'industrial-output',
      period,
      value,
      status: 'actual',
      qualifier: null,
      source,
    });
    const dataset = {
      ...miniDataset,
      observations: [
        ...miniDataset.observations.filter((o) => (o.indicator as string) !== 'industrial-output'),
        year('2021', '8'),
        year('2022', '8.4'),
      ],
    };
    const files = { 'missed.json': JSON.stringify(dataset) };
    const args = ['--dataset', 'missed.json', '--plan', 'plan-2022', '--as-of', '2023-01-31'];
    const zh = scorecard(args, files);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toMatch(/规上工业总产值增长6%.*未完成/);
    expect(zh.stdout).toMatch(/未完成 1/);
    const en = scorecard([...args, '--locale', 'en'], files);
    expect(en.stdout).toMatch(/Missed 1/);
  });

  it('writes exact figures as JSON and CSV', () => {
    const json = JSON.parse(scorecard(['--plan', 'term-2022-2026', '--format', 'json']).stdout);
    expect(json.dataset).toBe('tianmushan');
    const [card] = json.scorecards;
    expect(card.planId).toBe('term-2022-2026');
    expect(card.paths['term-2022-2026.industrial-output-above-size'].milestones[0].value).toMatch(
      /^7\.8462108150936/,
    );
    const csv = parseCsv(scorecard(['--plan', 'term-2022-2026', '--format', 'csv']).stdout);
    expect(csv[0]?.cells.slice(0, 3)).toEqual(['plan', 'target', 'kind']);
    expect(csv).toHaveLength(70);
  });
});

describe('scorecard with other data', () => {
  it('assesses new observations from a CSV file', () => {
    const csv = 'indicator,period,value,unit,status\nfarmer-income,2023,45000,元,actual\n';
    const { status, stdout } = scorecard(
      [
        '--dataset',
        'mini.json',
        '--observations',
        'new.csv',
        '--plan',
        'term-2022-2026',
        '--as-of',
        '2024-06-30',
        '--format',
        'csv',
      ],
      { 'new.csv': csv },
    );
    expect(status).toBe(0);
    const rows = parseCsv(stdout).map((record) => record.cells);
    const header = rows[0] ?? [];
    const income = rows.find((row) => row[1] === 'farmer-income-2026') ?? [];
    const field = (name: string) => income[header.indexOf(name)];
    expect(field('latest_period')).toBe('2023');
    expect(field('latest_value')).toBe('45000');
    expect(field('baseline_period')).toBe('2021');
    expect(field('status')).not.toBe('not-assessable');
  });

  it('accepts every method', () => {
    for (const method of ['progress-ratio', 'current-status', 'projection', 'schedule']) {
      expect(scorecard(['--dataset', 'mini.json', '--method', method]).status).toBe(0);
    }
  });

  it('rejects bad input with status 2 and one message, printing nothing', () => {
    const cases: [string[], string][] = [
      [
        ['--plan', 'nope'],
        `--plan ("nope") was not found: the dataset's plans are term-2022-2026, plan-2022`,
      ],
      [['--dataset', 'planless.json'], 'plans was not found: the dataset has no plan to assess'],
      [['--dataset', 'planless.json', '--plan', 'nope'], 'the dataset has no plan to assess'],
      [['--bogus'], "Unknown option '--bogus'"],
      [['--as-of', '2022-02-30'], '--as-of ("2022-02-30") is not a valid period'],
      [
        ['--method', 'guess'],
        '--method ("guess") is not an accepted value: expected one of progress-ratio',
      ],
      [['--locale', 'fr'], '--locale ("fr")'],
      [['--format', 'xml'], '--format ("xml")'],
      [['--observations', 'missing.csv'], 'missing.csv could not be read'],
      [['--observations', 'bad.csv'], 'bad.csv line 2, field "value" ("lots")'],
      [
        ['--observations', 'short.csv'],
        'short.csv line 1, field "value" could not be read: the header has no such column',
      ],
      [['--observations', 'unknown.csv'], 'field "indicator" ("gdp")'],
      [['--observations', 'unit.csv'], 'field "unit" ("亩")'],
      [['--dataset', 'nothing.json'], 'nothing.json could not be read'],
      [['stray'], 'Unexpected argument'],
    ];
    for (const [args, message] of cases) {
      const result = scorecard(args, {
        'bad.csv': 'indicator,period,value\nfarmer-income-per-capita,2022,lots\n',
        'short.csv': 'indicator,period\nfarmer-income-per-capita,2022\n',
        'unknown.csv': 'indicator,period,value\ngdp,2022,1\n',
        'unit.csv': 'indicator,period,value,unit\nfarmer-income-per-capita,2022,1,亩\n',
        'planless.json': JSON.stringify({ ...miniDataset, plans: [] }),
      });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('neutralises formula injection in CSV output', () => {
    const hostile = structuredClone(miniDataset) as unknown as {
      plans: { targets: { title: { en: string } }[] }[];
    };
    hostile.plans[0]!.targets[0]!.title.en = "=cmd|' /C calc'!A0";
    const { stdout } = scorecard(['--dataset', 'hostile.json', '--format', 'csv'], {
      'hostile.json': JSON.stringify(hostile),
    });
    expect(stdout).toContain("'=cmd|");
    expect(stdout).not.toMatch(/(^|,)=cmd/m);
  });
});

describe('targetPath', () => {
  const dataset = parseDataset(miniDataset);
  const [term, plan2022] = dataset.plans as [Plan, Plan];
  const scorecards = [term, plan2022].map((plan) =>
    assessPlan(dataset, plan.id, { asOf: '2022-12-31' }),
  );
  function pick(id: string) {
    const plan = [term, plan2022].find((each) => each.targets.some((t) => t.id === id))!;
    const target = plan.targets.find((candidate) => candidate.id === id)!;
    const assessment = scorecards
      .flatMap((card) => card.assessments)
      .find((candidate) => candidate.targetId === id)!;
    return { plan, target, assessment };
  }
  const withBaseline = (assessment: Assessment, period: string): Assessment => ({
    ...assessment,
    baseline: { ...assessment.baseline!, period },
  });

  it('paths a level target from its observed baseline', () => {
    const { plan, target, assessment } = pick('farmer-income-2026');
    const path = targetPath(target, assessment, plan);
    expect(path?.base).toBe('observed');
    expect(path?.milestones.map((point) => point.period)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(path?.annualRate.toFixed(6)).toBe('0.045640');
  });

  it('has no path where the years do not run forward by whole years', () => {
    const { plan, target, assessment } = pick('farmer-income-2026');
    for (const period of ['2026', '2027', '2021-06']) {
      expect(targetPath(target, withBaseline(assessment, period), plan), period).toBeNull();
    }
    const monthly = { ...assessment, target: { ...assessment.target!, period: '2026-12' } };
    expect(targetPath(target, monthly, plan)).toBeNull();
  });

  it('has no path for a growth target whose baseline is not before its year', () => {
    const { plan, target, assessment } = pick('industrial-output-growth-2022');
    const baseline = assessPlan(dataset, term.id).assessments[0]!.target!;
    const observed = {
      ...assessment,
      baseline: { ...baseline, period: '2021' },
      target: { ...baseline, period: '2022', value: baseline.value.times('1.06') },
    };
    expect(targetPath(target, observed, plan)?.milestones).toHaveLength(2);
    for (const period of ['2022', '2023', '2021-06']) {
      expect(targetPath(target, withBaseline(observed, period), plan), period).toBeNull();
    }
  });

  it('starts an implied path a year before the plan, or before the target in a one-year plan', () => {
    const { plan, target, assessment } = pick('industrial-output-2026');
    expect(targetPath(target, assessment, plan)?.milestones[0]?.period).toBe('2021');
    const later = { ...plan, period: '2023/2026' };
    expect(targetPath(target, assessment, later)?.milestones[0]?.period).toBe('2022');
    const oneYear = { ...plan, period: '2020' };
    expect(targetPath(target, assessment, oneYear)?.milestones[0]?.period).toBe('2025');
  });

  it('has no path from a baseline of zero or of the other sign', () => {
    const { plan, target, assessment } = pick('farmer-income-2026');
    const observed = assessment.baseline!;
    for (const value of [observed.value.times(0), observed.value.neg()]) {
      const baseline = { ...observed, value };
      expect(targetPath(target, { ...assessment, baseline }, plan), value.toString()).toBeNull();
    }
  });

  it('has no path for targets that are not levels or growth rates', () => {
    for (const id of ['precious-trees-2022-2026', 'hotel-opens', 'future-villages']) {
      const { plan, target, assessment } = pick(id);
      expect(targetPath(target, assessment, plan), id).toBeNull();
    }
  });
});
