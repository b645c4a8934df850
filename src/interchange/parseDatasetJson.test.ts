import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseDataset } from '../models/parseDataset.js';
import { parseDatasetJson } from './parseDatasetJson.js';

const pretty = JSON.stringify(miniDataset, null, 2);

describe('parseDatasetJson', () => {
  it('reads valid text as parseDataset reads the parsed value, a BOM allowed', () => {
    const expected = parseDataset(JSON.parse(pretty));
    expect(parseDatasetJson(pretty)).toStrictEqual(expected);
    expect(parseDatasetJson(`\uFEFF${pretty}`, { file: 'town.json' })).toStrictEqual(expected);
  });

  it('names the file, line and column of a syntax error', () => {
    const error = errorOf(() =>
      parseDatasetJson('{\n  "id": "x",\n  oops\n}', { file: 'town.json' }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.details).toMatchObject({ field: 'town.json:3:3', line: 3, column: 3 });
    expect(error.details.reason).toMatch(/^not valid JSON: /);
    expect(error.details.reason).not.toMatch(/position/);
    const unnamed = errorOf(() => parseDatasetJson('\uFEFF{\r  oops}'));
    expect(unnamed.details).toMatchObject({ field: 'dataset:2:3', line: 2, column: 3 });
    // A message without a position is placed at the end of the text.
    const cut = errorOf(() => parseDatasetJson('{\n"a": '));
    expect(cut.details).toMatchObject({ field: 'dataset:2:6', line: 2, column: 6 });
  });

  it('places each problem on its line, a missing field on its object', () => {
    const broken = structuredClone(miniDataset) as Record<string, unknown> & typeof miniDataset;
    (broken.observations[1] as Record<string, unknown>).value = 'many';
    delete (broken.indicators[0] as Record<string, unknown>).unit;
    const text = JSON.stringify(broken, null, 2);
    const error = errorOf(() => parseDatasetJson(text, { file: 'town.json' }));
    expect(error.code).toBe('invalid-dataset');
    const textLines = text.split('\n');
    const valueLine = textLines.findIndex((line) => line.includes('"many"')) + 1;
    // The indicator's object starts on the line after `"indicators": [`.
    const indicatorLine = textLines.findIndex((line) => line.includes('"indicators"')) + 2;
    expect(error.message.split('\n')).toEqual([
      'town.json: Invalid dataset (2 problems):',
      `  line ${indicatorLine}: → at indicators[0].unit: is missing`,
      `  line ${valueLine}: → at observations[1].value: ${(error.details.issues as { message: string }[])[1]?.message}`,
    ]);
    const issues = error.details.issues as { path: unknown[]; line: number }[];
    expect(issues.map((issue) => [issue.path.join('.'), issue.line])).toEqual([
      ['indicators.0.unit', indicatorLine],
      ['observations.1.value', valueLine],
    ]);
  });

  it('lists twenty problems and counts the rest', () => {
    const observations = Array.from({ length: 30 }, () => ({ indicator: 1 }));
    const text = JSON.stringify({ ...miniDataset, observations });
    const error = errorOf(() => parseDatasetJson(text));
    const shown = error.message.split('\n');
    expect(shown[0]).toMatch(/^dataset: Invalid dataset \(\d+ problems\):$/);
    expect(shown.filter((line) => line.startsWith('  line 1: → at observations['))).toHaveLength(
      20,
    );
    expect(shown.at(-1)).toMatch(/^… and \d+ more problems \(\d+ in all\)$/);
    expect(shown).toHaveLength(22);
  });

  it('names the file when the data is refused before the schema', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const error = errorOf(() =>
      parseDatasetJson(`{"id": "x", "extra": ${deep}}`, { file: 'deep.json' }),
    );
    expect(error.code).toBe('invalid-dataset');
    expect(error.message).toMatch(/^deep\.json: .*nested deeper than 64 levels/);
  });

  it('refuses text that is not a string and malformed options', () => {
    expect(errorOf(() => parseDatasetJson(42 as never)).details).toMatchObject({
      field: 'text',
      value: 42,
    });
    for (const options of [null, [], 'town.json']) {
      const error = errorOf(() => parseDatasetJson(pretty, options as never));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', 'options']);
    }
    for (const file of ['', 5]) {
      const error = errorOf(() => parseDatasetJson(pretty, { file } as never));
      expect([error.code, error.details.field, error.details.value]).toEqual([
        'invalid-argument',
        'options.file',
        file,
      ]);
    }
  });
});
