/** The problems of a dataset's JSON text, one a line, each with where it is in the text. */
import { type JsonPath, lineOf } from './_jsonLines.js';

/** The most problems a message lists; the rest are counted. */
export const MAX_PROBLEMS = 20;

/** The part of a zod issue a message needs. */
export interface IssueLike {
  readonly path: JsonPath;
  readonly message: string;
}

/** The first {@link MAX_PROBLEMS} problems, one a line, and how many more there are. */
export function listProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  return [
    ...shown,
    ...(more > 0
      ? [`… and ${more} more problem${more === 1 ? '' : 's'} (${problems.length} in all)`]
      : []),
  ].join('\n');
}

/** One problem of a dataset file: where (`observations[0].value`) and what, a missing field said so. */
export function describeIssue(
  issue: IssueLike,
  json: unknown,
  lines: ReadonlyMap<string, number> = new Map(),
): string {
  const where = issue.path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
  const last = issue.path[issue.path.length - 1];
  const missing = issue.path.length > 0 && !hasPath(json, issue.path);
  const what = missing
    ? `is missing${last === 'qualifier' ? ' (write "qualifier": null when the figure has none)' : ''}`
    : issue.message;
  const line = lineOf(lines, issue.path);
  const at = line === undefined ? '' : `line ${line}: `;
  return `  ${at}→ at ${where === '' ? '(the file)' : where}: ${what}`;
}

/** Whether the file's JSON holds a value at the path (a missing field does not). */
function hasPath(json: unknown, path: JsonPath): boolean {
  let node: unknown = json;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return true;
}
