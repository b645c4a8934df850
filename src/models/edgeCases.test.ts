import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from './parseDataset.js';
import { DecimalString, Id, PeriodString, UnitId } from './primitives.js';

type Json = Record<string, unknown>;
interface Mini extends Json {
  sources: Json[];
  indicators: Json[];
  observations: Json[];
  claims: Json[];
  plans: (Json & { targets: Json[] })[];
  projects: (Json & { milestones: Json[]; stageHistory: Json[] })[];
}

const copy = () => structuredClone(miniDataset) as unknown as Mini;
const citation = (document: string) => ({ document, section: 's', quote: 'q' });

function failure(input: unknown): IndicatorError {
  try {
    parseDataset(input);
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected parseDataset to throw');
}

/** The issues of a dataset that fails, as `path: message`. */
function issuesOf(input: unknown): string[] {
  const error = failure(input);
  expect(error.code).toBe('invalid-dataset');
  return (error.details.issues as { message: string; path: (string | number)[] }[]).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
}

describe('parseDataset accepts every value of the enums', () => {
  it.each([
    'planned',
    'preparatory',
    'approved',
    'under-construction',
    'fitting-out',
    'completed',
    'operating',
    'suspended',
  ])('project stage %s', (stage) => {
    const input = copy();
    input.projects[0]!.stage = stage;
    input.projects[0]!.stageHistory = [{ period: '2021', stage }];
    expect(parseDataset(input).projects[0]!.stage).toBe(stage);
  });

  it('directions, measures, comparators, qualifiers and statuses', () => {
    const input = copy();
    input.indicators[0]!.direction = 'decrease';
    input.indicators[1]!.direction = 'neutral';
    input.indicators[0]!.measure = 'stock';
    input.indicators[2]!.measure = 'flow';
    input.plans[0]!.targets[0]!.comparator = 'at-most';
    input.observations[0]!.qualifier = 'more-than';
    input.observations[2]!.qualifier = 'at-least';
    input.observations[2]!.status = 'forecast';
    input.indicators[0]!.description = 'short';
    input.sources[0]!.reference = 'p. 3';
    expect(() => parseDataset(input)).not.toThrow();
  });
});

describe('parseDataset checks every reference and id', () => {
  it('names the dataset field and reports custom issues', () => {
    const input = copy();
    input.claims[0]!.indicator = 'nothing';
    const error = failure(input);
    expect(error.details.field).toBe('dataset');
    expect(error.details.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: ['claims', 0, 'indicator'] }),
    ]);
  });

  it('finds duplicate ids in sources, observations, claims, plans and projects', () => {
    const input = copy();
    input.sources.push(structuredClone(input.sources[0]!));
    input.observations[0]!.id = 'o';
    input.observations[1]!.id = 'o';
    input.claims.push({ ...structuredClone(input.claims[0]!), fromPeriod: '2017' });
    input.plans.push({ ...structuredClone(input.plans[1]!), targets: [] });
    input.projects.push(structuredClone(input.projects[0]!));
    const issues = issuesOf(input);
    expect(issues).toEqual(
      expect.arrayContaining([
        'sources.1.id: duplicate id "report-2021" (first at index 0)',
        'observations.1.id: duplicate id "o" (first at index 0)',
        'claims.1.id: duplicate id "farmer-income-five-year-growth" (first at index 0)',
        'plans.2.id: duplicate id "plan-2022" (first at index 1)',
        'projects.1.id: duplicate id "hotel" (first at index 0)',
      ]),
    );
  });

  it('checks the source of claims, targets, projects, milestones and stage records', () => {
    const input = copy();
    input.claims[0]!.source = citation('elsewhere');
    input.plans[0]!.targets[0]!.source = citation('elsewhere');
    const project = input.projects[0]!;
    project.source = citation('elsewhere');
    project.milestones[0]!.source = citation('elsewhere');
    project.stageHistory[0]!.source = citation('elsewhere');
    expect(issuesOf(input)).toEqual([
      'claims.0.source.document: unknown source "elsewhere"',
      'plans.0.targets.0.source.document: unknown source "elsewhere"',
      'projects.0.source.document: unknown source "elsewhere"',
      'projects.0.milestones.0.source.document: unknown source "elsewhere"',
      'projects.0.stageHistory.0.source.document: unknown source "elsewhere"',
    ]);
    const cited = copy();
    cited.projects[0]!.milestones[0]!.source = citation('report-2021');
    cited.projects[0]!.stageHistory[0]!.source = citation('report-2021');
    expect(() => parseDataset(cited)).not.toThrow();
  });

  it('refuses a claim from a period to the same period', () => {
    const input = copy();
    input.claims[0]!.toPeriod = '2016';
    expect(issuesOf(input)).toEqual(['claims.0.toPeriod: period "2016" must come after "2016"']);
  });

  it.each(['-100', '-150'])('refuses planned growth of %s percent', (percent) => {
    const input = copy();
    const plan = input.plans.findIndex((p) => p.targets.some((target) => target.kind === 'growth'));
    const targets = input.plans[plan]!.targets;
    const index = targets.findIndex((target) => target.kind === 'growth');
    targets[index]!.annualGrowthPercent = percent;
    expect(issuesOf(input)).toEqual([
      `plans.${plan}.targets.${index}.annualGrowthPercent: expected a growth above -100 percent, so that the level stays positive`,
    ]);
    targets[index]!.annualGrowthPercent = '-99.99';
    expect(() => parseDataset(input)).not.toThrow();
  });

  it('reports an unknown indicator once, even when the record names a unit', () => {
    const input = copy();
    input.observations[1]!.indicator = 'nothing';
    expect(issuesOf(input)).toEqual(['observations.1.indicator: unknown indicator "nothing"']);
  });

  it('reports an unknown investment unit without failing on it', () => {
    const input = copy();
    input.projects[0]!.investment = { value: '5', unit: 'furlong' };
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        'projects.0.investment.unit: investment unit "furlong" is not money',
      ]),
    );
  });
});

describe('parseDataset accepts what the model allows', () => {
  it('milestone targets without a project or milestone, or with any of several milestones', () => {
    const input = copy();
    const target = input.plans[1]!.targets[2]!;
    input.projects[0]!.milestones.push({ id: 'second', title: { zh: '二', en: 'Two' } });
    target.milestone = 'second';
    expect(() => parseDataset(input)).not.toThrow();
    delete target.milestone;
    expect(() => parseDataset(input)).not.toThrow();
    delete target.project;
    expect(() => parseDataset(input)).not.toThrow();
  });

  it('projects without investment or stage history, and stage records of one period', () => {
    const input = copy();
    const project = input.projects[0]!;
    delete project.investment;
    project.stageHistory = [];
    expect(() => parseDataset(input)).not.toThrow();
    project.stageHistory = [
      { period: '2021', stage: 'approved' },
      { period: '2021', stage: 'under-construction' },
      { period: '2022', stage: 'fitting-out' },
    ];
    expect(() => parseDataset(input)).not.toThrow();
  });
});

describe('primitives', () => {
  const messagesOf = (schema: { safeParse: (x: unknown) => unknown }, value: unknown) => {
    const result = schema.safeParse(value) as {
      success: boolean;
      error?: { issues: { message: string }[] };
    };
    return result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);
  };

  it('reads whole ids only', () => {
    for (const id of ['Xabc', 'abc!', '-abc', 'abc-', 'a--b', ' abc']) {
      expect(messagesOf(Id, id), id).toEqual([
        'expected a lower-case id such as "industrial-output"',
      ]);
    }
    expect(messagesOf(Id, 'a.b_c-d9')).toEqual([]);
  });

  it('words the other primitives', () => {
    expect(messagesOf(DecimalString, '1e5')).toEqual(['expected a decimal string such as "8.2"']);
    expect(messagesOf(UnitId, 'furlong')).toEqual([
      'expected a unit of the catalogue such as "yi-yuan"',
    ]);
    for (const period of [' 2021', '2021x', 'x2021']) {
      expect(messagesOf(PeriodString, period), period).toContain(
        'expected a period such as "2021", "2021-Q3" or "2022/2026"',
      );
    }
  });
});
