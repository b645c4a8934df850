import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One fenced ```ts example found in a TSDoc comment or a markdown guide. */
export interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Pulls every ```ts block out of the TSDoc comments of the TypeScript sources under `dir`. */
export function examplesInSources(root: string, dir: string): Example[] {
  const examples: Example[] = [];
  for (const file of walk(join(root, dir))) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    let inFence = false;
    let start = 0;
    let body: string[] = [];
    lines.forEach((raw, index) => {
      const text = raw.replace(/^\s*\*\s?/, '');
      if (!inFence && /^```tsx?\s*$/.test(text.trim()) && /^\s*\*/.test(raw)) {
        inFence = true;
        start = index + 1;
        body = [];
      } else if (inFence && text.trim() === '```') {
        inFence = false;
        examples.push({ file: relative(root, file), line: start, code: body.join('\n') });
      } else if (inFence) {
        body.push(text);
      }
    });
  }
  return examples;
}

/** Pulls every ```ts block out of markdown files. */
export function examplesInMarkdown(root: string, files: readonly string[]): Example[] {
  const examples: Example[] = [];
  for (const name of files) {
    const lines = readFileSync(join(root, name), 'utf8').split('\n');
    let inFence = false;
    let start = 0;
    let body: string[] = [];
    lines.forEach((text, index) => {
      if (!inFence && /^```(ts|typescript)\s*$/.test(text.trim())) {
        inFence = true;
        start = index + 1;
        body = [];
      } else if (inFence && text.trim() === '```') {
        inFence = false;
        examples.push({ file: name, line: start, code: body.join('\n') });
      } else if (inFence) {
        body.push(text);
      }
    });
  }
  return examples;
}

/**
 * Rewrites an example into a runnable script: imports of the package (and of Node's own
 * modules) become reads of the `__modules` object, and every `expression;` followed by `// => expected` becomes
 * `__check(expression, expected)`.
 */
export function toRunnable(code: string): { script: string; checks: number } {
  const lines = code.split('\n');
  // Bracket depth at the start of each line, ignoring brackets inside string literals, so a
  // checked expression may span several lines (`Source.parse({ … }).id;`).
  const depthAt: number[] = [];
  let depth = 0;
  for (const line of lines) {
    depthAt.push(depth);
    const bare = line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
    for (const char of bare) {
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) depth--;
    }
  }
  const out: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const importMatch =
      /^\s*import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(tianmu-indicators(?:\/[a-z]+)?|node:[a-z]+)';?\s*$/.exec(
        line,
      );
    if (importMatch) {
      if (importMatch[1]) {
        out.push('');
        continue;
      }
      const names = (importMatch[2] ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n.length > 0 && !n.startsWith('type '))
        .map((n) => n.replace(/\s+as\s+/, ': '));
      out.push(`const { ${names.join(', ')} } = __modules[${JSON.stringify(importMatch[3])}];`);
      continue;
    }
    const expected = /^\s*\/\/ => (.*)$/.exec(lines[i + 1] ?? '');
    if (expected) {
      let start = i;
      while (start > 0 && depthAt[start] !== 0) start--;
      const taken = out.splice(out.length - (i - start), i - start);
      const expression = [...taken, line].join('\n').trim().replace(/;$/, '');
      out.push(`__check(${expression}, ${expected[1]}, ${JSON.stringify(expression)});`);
      checks++;
      i++;
      continue;
    }
    out.push(line);
  }
  return { script: out.join('\n'), checks };
}
