import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Dataset } from '../models/types.js';
import { describeIssue, type IssueLike, listProblems } from './_datasetProblems.js';
import { jsonLines, lineOf } from './_jsonLines.js';
import { parseJsonText } from './_jsonText.js';
import { readText } from './_observationRows.js';

/**
 * Options of {@link parseDatasetJson}.
 *
 * @category Interchange
 */
export interface ParseDatasetJsonOptions {
  /** A name for the text (a file name): every error starts with it. `dataset` by default. */
  readonly file?: string;
}

/**
 * Reads a dataset from its JSON text, as `validate` does: {@link parseDataset} on the parsed
 * text, with each problem placed on the line of the text where its value (or, for a missing
 * field, its object) starts.
 *
 * @param text - The JSON text of one dataset; a byte order mark is allowed.
 * @param options - `file`, a name for the text in messages.
 * @returns The typed dataset, as {@link parseDataset} returns it.
 * @throws `IndicatorError` `invalid-input` for text that is not JSON, whose field is
 * `<file>:<line>:<column>` (also `details.line` and `details.column`, 1-based).
 * `invalid-dataset` for JSON that is not a valid dataset: the message lists the first 20
 * problems, each with its line, and counts the rest; `details.issues` keeps zod's issues, each
 * with the `line` it is on. `invalid-argument` when `text` is not a string or `options.file`
 * not a non-empty string.
 *
 * @example
 * ```ts
 * import { parseDatasetJson } from 'tianmu-indicators/schemas';
 *
 * const text = '{\n  "id": "pinghu",\n  "area": { "id": "pinghu", "name": { "zh": "平湖镇" } }\n}';
 * let message = '';
 * try { parseDatasetJson(text, { file: 'pinghu.json' }); } catch (error) {
 *   message = (error as Error).message;
 * }
 * message.split('\n').slice(0, 2);
 * // => ['pinghu.json: Invalid dataset (7 problems):', '  line 3: → at area.name.en: is missing']
 * ```
 *
 * @category Interchange
 */
export function parseDatasetJson(text: string, options: ParseDatasetJsonOptions = {}): Dataset {
  const source = readText(text);
  const name = fileNameOf(readPlain(options, 'options'));
  const json = parseJsonText(source, name);
  try {
    return parseDataset(json);
  } catch (error) {
    const details = (error as IndicatorError).details;
    const issues = (details.issues ?? []) as readonly IssueLike[];
    // Data refused before the schema (nested too deep) has no issues to place.
    if (issues.length === 0) {
      throw new IndicatorError('invalid-dataset', {
        ...details,
        message: `${name}: ${(error as Error).message}`,
      });
    }
    // The line of every problem, found in one pass over the text.
    const lines = jsonLines(
      source,
      issues.map((issue) => issue.path),
    );
    throw new IndicatorError('invalid-dataset', {
      ...details,
      issues: issues.map((issue) => ({ ...issue, line: lineOf(lines, issue.path) })),
      message: `${name}: Invalid dataset (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${listProblems(issues.map((issue) => describeIssue(issue, json, lines)))}`,
    });
  }
}

/** The name of the text, from the options. */
function fileNameOf(options: unknown): string {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an object such as { file }',
    });
  }
  const { file } = options as { file?: unknown };
  if (file === undefined) return 'dataset';
  if (typeof file !== 'string' || file === '') {
    throw new IndicatorError('invalid-argument', {
      field: 'options.file',
      value: file,
      reason: 'expected a non-empty string',
    });
  }
  return file;
}
