import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from './parseDataset.js';

type Mutable = ReturnType<typeof copy>;
function copy() {
  return structuredClone(miniDataset) as unknown as {
    [key: string]: unknown;
    sources: Record<string, unknown>[];
    indicators: Record<string, unknown>[];
    observations: Record<string, unknown>[];
    claims: Record<string, unknown>[];
    plans: ({ targets: Record<string, unknown>[] } & Record<string, unknown>)[];
    projects: ({
      milestones: Record<string, unknown>[];
      stageHistory: Record<string, unknown>[];
    } & Record<string, unknown>)[];
  };
}

function failure(input: unknown): IndicatorError {
  try {
    parseDataset(input);
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected parseDataset to throw');
}

function messagesOf(input: Mutable): string[] {
  const error = failure(input);
  expect(error.code).toBe('invalid-dataset');
  return (error.details.issues as { message: string; path: (string | number)[] }[]).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
}

describe('parseDataset', () => {
  it('accepts a valid dataset and returns an equal, fresh object', () => {
    const input = copy();
    const parsed = parseDataset(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
  });

  it('accepts a top-level "$schema" (so an editor can check the file) and keeps it', () => {
    const withSchema = {
      $schema: './node_modules/tianmu-indicators/dist/schema/dataset.schema.json',
      ...miniDataset,
    };
    expect(parseDataset(withSchema).$schema).toBe(withSchema.$schema);
    expect(() => parseDataset({ ...miniDataset, $schema: 5 })).toThrow(IndicatorError);
    expect(() => parseDataset({ ...miniDataset, $id: 'x' })).toThrow(IndicatorError);
  });

  it('does not mutate its input', () => {
    const input = copy();
    const frozen = structuredClone(input);
    parseDataset(input);
    expect(input).toEqual(frozen);
  });

  it('survives a JSON round trip unchanged', () => {
    const parsed = parseDataset(copy());
    expect(parseDataset(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it('throws invalid-dataset with the prettified message and the issues with paths', () => {
    const input = copy();
    (input.observations[0] as Record<string, unknown>).value = '27,720';
    const error = failure(input);
    expect(error.message).toContain('Invalid dataset:');
    expect(error.message).toContain('→ at observations[0].value');
    expect(error.details.issues).toEqual([
      expect.objectContaining({ path: ['observations', 0, 'value'] }),
    ]);
  });

  it('rejects invalid periods, units and enums', () => {
    const input = copy();
    input.observations[0]!.period = '2021-Q5';
    input.observations[1]!.unit = 'furlong';
    input.indicators[0]!.direction = 'up';
    const messages = messagesOf(input);
    expect(messages.some((m) => m.startsWith('observations.0.period'))).toBe(true);
    expect(messages.some((m) => m.startsWith('observations.1.unit'))).toBe(true);
    expect(messages.some((m) => m.startsWith('indicators.0.direction'))).toBe(true);
  });

  it('rejects unknown keys, __proto__ included, and leaves Object.prototype untouched', () => {
    const input = JSON.parse(
      JSON.stringify(copy()).replace(
        '"id":"mini-town"',
        '"id":"mini-town","__proto__":{"polluted":true}',
      ),
    );
    const messages = messagesOf(input);
    expect(messages.join('\n')).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects duplicate ids in every collection', () => {
    const input = copy();
    input.indicators.push(structuredClone(input.indicators[0]!));
    input.plans[1]!.targets.push(structuredClone(input.plans[0]!.targets[0]!));
    input.projects[0]!.milestones.push(structuredClone(input.projects[0]!.milestones[0]!));
    const messages = messagesOf(input);
    expect(messages).toContain(
      'indicators.4.id: duplicate id "industrial-output" (first at index 0)',
    );
    expect(messages).toContain(
      'plans.1.targets.3.id: duplicate target id "industrial-output-2026" (first in plan "term-2022-2026")',
    );
    expect(messages).toContain(
      'projects.0.milestones.1.id: duplicate id "open" (first at index 0)',
    );
  });

  it('rejects dangling references', () => {
    const input = copy();
    input.observations[0]!.indicator = 'nothing';
    (input.observations[1]!.source as Record<string, unknown>).document = 'other-report';
    input.claims[0]!.indicator = 'nothing';
    input.plans[0]!.source = 'other-report';
    input.plans[0]!.targets[0]!.indicator = 'nothing';
    input.plans[1]!.targets[0]!.indicator = 'nothing';
    input.plans[1]!.targets[2]!.project = 'nothing';
    const messages = messagesOf(input);
    expect(messages).toEqual(
      expect.arrayContaining([
        'observations.0.indicator: unknown indicator "nothing"',
        'observations.1.source.document: unknown source "other-report"',
        'claims.0.indicator: unknown indicator "nothing"',
        'plans.0.source: unknown source "other-report"',
        'plans.0.targets.0.indicator: unknown indicator "nothing"',
        'plans.1.targets.0.indicator: unknown indicator "nothing"',
        'plans.1.targets.2.project: unknown project "nothing"',
      ]),
    );
  });

  it('rejects a milestone the project does not have, or one without a project', () => {
    const input = copy();
    input.plans[1]!.targets[2]!.milestone = 'closes';
    expect(messagesOf(input)).toContain(
      'plans.1.targets.2.milestone: project "hotel" has no milestone "closes"',
    );
    const orphan = copy();
    delete orphan.plans[1]!.targets[2]!.project;
    expect(messagesOf(orphan)).toContain(
      'plans.1.targets.2.milestone: a milestone id needs a project',
    );
  });

  it('rejects units that do not fit the indicator', () => {
    const input = copy();
    input.observations[1]!.unit = 'mu';
    input.plans[0]!.targets[1]!.unit = 'kilometre';
    (input.projects[0]!.investment as Record<string, unknown>).unit = 'mu';
    const messages = messagesOf(input);
    expect(messages).toContain(
      'observations.1.unit: unit "mu" does not measure what indicator "farmer-income" (yuan) does',
    );
    expect(messages.some((m) => m.startsWith('plans.0.targets.1.unit'))).toBe(true);
    expect(messages).toContain('projects.0.investment.unit: investment unit "mu" is not money');
  });

  it('rejects the same observation stated twice', () => {
    const input = copy();
    input.observations.push(structuredClone(input.observations[0]!));
    expect(messagesOf(input)).toContain(
      'observations.3: indicator "farmer-income" has two actual values for 2016 (first at observations[0])',
    );
  });

  it('rejects periods out of order', () => {
    const input = copy();
    input.claims[0]!.toPeriod = '2015';
    input.plans[1]!.targets[0]!.basePeriod = '2023';
    input.plans[0]!.targets[0]!.baseline = { period: '2027', value: '8' };
    input.projects[0]!.stageHistory.reverse();
    const messages = messagesOf(input);
    expect(messages).toEqual(
      expect.arrayContaining([
        'claims.0.toPeriod: period "2015" must come after "2016"',
        'plans.1.targets.0.period: period "2022" must come after "2023"',
        'plans.0.targets.0.period: period "2026" must come after "2027"',
        'projects.0.stageHistory.1.period: stage history must be oldest first',
        'projects.0.stage: stage "fitting-out" differs from the latest stage history entry "under-construction"',
      ]),
    );
  });

  it('accepts qualitative targets linked to an indicator, and checks the link', () => {
    const input = copy();
    input.plans[0]!.targets[3]!.indicator = 'farmer-income';
    expect(() => parseDataset(input)).not.toThrow();
    input.plans[0]!.targets[3]!.indicator = 'nothing';
    expect(messagesOf(input)).toContain('plans.0.targets.3.indicator: unknown indicator "nothing"');
  });

  it('reports a malformed period or unit once, without comparing it (no raw period or unit error)', () => {
    const input = copy();
    input.claims[0]!.fromPeriod = '2021-Q5';
    input.plans[0]!.targets[0]!.baseline = { period: '2021-13', value: '8' };
    input.projects[0]!.stageHistory[0]!.period = '2021-02-30';
    input.indicators[1]!.unit = '千元';
    input.indicators[0]!.unit = 'furlong';
    input.plans[0]!.targets[0]!.unit = 'wan-yuan';
    const messages = messagesOf(input);
    expect(messages.filter((m) => m.startsWith('claims.0.'))).toEqual([
      'claims.0.fromPeriod: expected a valid period such as "2021" or "2022/2026"',
    ]);
    expect(messages.some((m) => m.startsWith('plans.0.targets.0.baseline.period'))).toBe(true);
    expect(messages.some((m) => m.startsWith('projects.0.stageHistory.0.period'))).toBe(true);
    expect(messages.some((m) => m.startsWith('indicators.1.unit'))).toBe(true);
    expect(messages.some((m) => m.includes('does not measure'))).toBe(false);
    expect(messages.some((m) => m.includes('must come after'))).toBe(false);
    expect(messages.some((m) => m.includes('oldest first'))).toBe(false);
  });

  it('rejects non-objects', () => {
    expect(failure(null).code).toBe('invalid-dataset');
    expect(failure('dataset').code).toBe('invalid-dataset');
    expect(failure([]).code).toBe('invalid-dataset');
  });
});
