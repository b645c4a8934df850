import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
// @ts-expect-error: Babel comes with Stryker, without types
import { parseSync, traverse } from '@babel/core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the mutation setup, without types
import { EQUIVALENTS, equivalentIgnorer } from '../../stryker.equivalents.mjs';

interface Equivalent {
  function: string;
  code: string;
  reason: string;
}

const ROOT = join(import.meta.dirname, '..', '..');

/** The library's sources as Stryker mutates them (tests aside). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Where each entry's expression is found in the sources, by the ignorer itself. */
function matches(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const ast = parseSync(text, {
      filename: file,
      sourceType: 'module',
      configFile: false,
      babelrc: false,
      parserOpts: { plugins: ['typescript'] },
    });
    traverse(ast as never, {
      enter(path: { node: { loc?: { start: { line: number } } }; skip(): void }) {
        const reason = equivalentIgnorer.shouldIgnore(path) as string | undefined;
        if (reason === undefined) return;
        const at = `${relative(ROOT, file)}:${path.node.loc?.start.line}`;
        found.set(reason, [...(found.get(reason) ?? []), at]);
        // Its inner nodes are excluded with it, as Stryker does.
        path.skip();
      },
    });
  }
  return found;
}

describe('stryker.equivalents.mjs', () => {
  const found = matches();
  it.each((EQUIVALENTS as readonly Equivalent[]).map((entry) => [entry.function, entry]))(
    'names one expression of the sources in %s',
    (_, entry) => {
      expect(entry.reason.length).toBeGreaterThan(20);
      expect(found.get(entry.reason)).toHaveLength(1);
    },
  );

  it('gives each entry its own reason', () => {
    const reasons = (EQUIVALENTS as readonly Equivalent[]).map((entry) => entry.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});
