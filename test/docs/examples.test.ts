import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as catalog from '../../src/catalog.js';
import * as charts from '../../src/charts.js';
import * as tianmushanData from '../../src/data/tianmushan/index.js';
import * as root from '../../src/index.js';
import * as node from '../../src/node.js';
import * as schemas from '../../src/schemas.js';
import { examplesInMarkdown, examplesInSources, toRunnable } from './extractExamples.js';

const projectRoot = new URL('../..', import.meta.url).pathname;

const modules: Record<string, unknown> = {
  'tianmu-indicators': root,
  'tianmu-indicators/schemas': schemas,
  'tianmu-indicators/tianmushan': tianmushanData,
  'tianmu-indicators/charts': charts,
  'tianmu-indicators/catalog': catalog,
  'tianmu-indicators/node': node,
  'node:fs': fs,
  'node:os': os,
  'node:path': path,
};

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

const examples = [
  ...examplesInSources(projectRoot, 'src'),
  ...examplesInMarkdown(projectRoot, [
    'README.md',
    'docs/getting-started.md',
    'docs/model.md',
    'docs/methods.md',
    'docs/exactness.md',
    'docs/errors.md',
    'docs/audit.md',
    'docs/index.md',
    'docs/glossary.md',
  ]),
];

describe('documentation examples', () => {
  it('finds examples to check', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} runs and matches its // => results`, async () => {
      const { script, checks } = toRunnable(example.code);
      const { code } = await transform(script, { loader: 'ts', format: 'esm' });
      const results: string[] = [];
      const check = (actual: unknown, expected: unknown, expression: string) => {
        expect(actual, `${example.file}:${example.line} ${expression}`).toEqual(expected);
        results.push(expression);
      };
      await new AsyncFunction('__modules', '__check', code)(modules, check);
      expect(results.length).toBe(checks);
    });
  }
});
