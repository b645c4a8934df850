/** What renderSvg refuses in a spec before vega sees it: the limits of an untrusted spec. */
import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { checkChannelImpute, checkTransform } from './_transforms.js';

/** The largest width or height of a chart, in pixels. */
export const MAX_CHART_SIZE = 10_000;

/** The most inline data rows (`values`) and generated rows (`sequence`) in one spec. */
export const MAX_DATA_ROWS = 100_000;

/**
 * The most marks drawn (scene items: every point, bar and rule, axes and legends included).
 * Drawing the SVG is one step, about a second for 100,000 points; this bounds it whatever the
 * transforms made of the data rows.
 */
export const MAX_DRAWN_MARKS = 200_000;

/** The default time limit of renderSvg, in milliseconds. */
export const DEFAULT_TIME_LIMIT = 10_000;

/** The longest time limit: Node runs a timer longer than this after 1 ms. */
export const LONGEST_TIME_LIMIT = 2_147_483_647;

/** How renderSvg may treat a spec: the options a trusted spec opts into, and its time. */
export interface SpecPolicy {
  /** External data and images may be loaded (`url`), with vega's own loader. */
  readonly trusted: boolean;
  /** Milliseconds the rendering may take, checked between vega's steps (default 10,000). */
  readonly timeLimit?: number;
  /** The clock, in milliseconds (`performance.now`); tests give one that never depends on speed. */
  readonly now?: () => number;
  /** When the time began, read on `now` (by default, when the rendering begins). */
  readonly startedAt?: number;
}

/** Reads `options.trusted`: `true` only when given as `true`; anything but a boolean is refused. */
export function readTrusted(value: unknown): boolean {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new IndicatorError('invalid-argument', {
      field: 'options.trusted',
      value,
      reason: 'expected true or false',
    });
  }
  return value === true;
}

/** Reads a limit: `fallback` when not given, else a positive, finite number. */
export function readLimit(value: unknown, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new IndicatorError('invalid-argument', {
      field,
      value,
      reason: 'expected a positive, finite number',
    });
  }
  return value;
}

/** Reads `options.timeLimit`: a positive number of milliseconds, at most {@link LONGEST_TIME_LIMIT}. */
export function readTimeLimit(value: unknown, fallback: number): number {
  const limit = readLimit(value, fallback, 'options.timeLimit');
  if (limit > LONGEST_TIME_LIMIT) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.timeLimit',
      value: limit,
      reason: `at most ${LONGEST_TIME_LIMIT} ms (about 24.8 days), the longest timer Node keeps`,
    });
  }
  return limit;
}

/** The error of a rendering past a limit: `invalid-argument` naming `spec`, `details.limit` says which. */
export function overLimit(limit: 'time' | 'memory' | 'marks', reason: string): IndicatorError {
  return new IndicatorError('invalid-argument', { field: 'spec', reason, limit });
}

/** The error of a rendering that took longer than `timeLimit` ms, in the thread or out of it. */
export function overTimeLimit(timeLimit: number): IndicatorError {
  return overLimit('time', `rendering took longer than ${timeLimit} ms (options.timeLimit)`);
}

/**
 * Reads a spec once into plain data and checks it against the limits: no `href` anywhere (a
 * link is a script in a viewer), no `url` unless trusted, width and height at most
 * {@link MAX_CHART_SIZE}, at most {@link MAX_DATA_ROWS} rows of data (`values`, `datasets`,
 * `sequence` and impute's `keyvals`), and the costly transforms within their bounds for those
 * rows (`_transforms.ts`).
 */
export function checkSpec(spec: unknown, policy: SpecPolicy): unknown {
  const plain = readPlain(spec, 'spec');
  const found: Found = { rows: 0, transforms: [], imputes: [] };
  walk(plain, 'spec', policy, found);
  // After the walk: a transform may come before the data it is given.
  for (const [item, path] of found.transforms) checkTransform(item, path, found.rows);
  for (const path of found.imputes) checkChannelImpute(path, found.rows);
  return plain;
}

/** What the walk counts and collects: data rows, transforms and channels' imputes by path. */
interface Found {
  rows: number;
  readonly transforms: [unknown, string][];
  readonly imputes: string[];
}

function walk(value: unknown, path: string, policy: SpecPolicy, found: Found): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, `${path}[${index}]`, policy, found);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key === 'href') throw refused(at, 'links (href) are not rendered');
    if (key === 'url' && !policy.trusted) {
      throw refused(at, 'no data or image is loaded unless renderSvg is given { trusted: true }');
    }
    if ((key === 'width' || key === 'height') && typeof inner === 'number') {
      if (!(inner <= MAX_CHART_SIZE)) throw refused(at, `at most ${MAX_CHART_SIZE} pixels`);
    }
    countData(key, inner, at, found, value as Record<string, unknown>);
    if (key === 'transform' && Array.isArray(inner)) {
      inner.forEach((item, index) => {
        found.transforms.push([item, `${at}[${index}]`]);
      });
    }
    // A channel's impute is an object; a transform's names a field.
    if (key === 'impute' && typeof inner === 'object' && inner !== null) found.imputes.push(at);
    walk(inner, at, policy, found);
  }
}

/**
 * Counts the rows a key gives: inline (`values`, `datasets`, as rows or as text to parse) or
 * generated (`sequence`, `keyvals`).
 */
function countData(
  key: string,
  inner: unknown,
  at: string,
  found: Found,
  holder: Record<string, unknown>,
): void {
  if ((key === 'values' || key === 'keyvals') && Array.isArray(inner)) {
    countRows(found, inner.length, at);
  } else if (key === 'values' && typeof inner === 'string') {
    countRows(found, rowsOfText(inner, holder.format), at);
  } else if (key === 'values' && isRecord(inner)) {
    countRows(found, rowsOfObject(inner, holder.format), at);
  } else if ((key === 'sequence' || key === 'keyvals') && typeof inner === 'object' && inner) {
    countRows(found, sequenceLength(inner as Record<string, unknown>, at), at);
  }
  if (key === 'datasets' && isRecord(inner)) {
    for (const [name, rows] of Object.entries(inner)) {
      if (Array.isArray(rows)) countRows(found, rows.length, `${at}.${name}`);
      else if (typeof rows === 'string')
        countRows(found, rowsOfText(rows, undefined), `${at}.${name}`);
    }
  }
}

/**
 * At least the rows vega could parse out of inline text, counted without parsing it: a line
 * each for delimited text (`csv`, `tsv`, `dsv`), and for JSON (the default) a line or a comma
 * each, since its rows may share one line.
 */
function rowsOfText(text: string, format: unknown): number {
  const type = isRecord(format) ? format.type : undefined;
  const delimited = type === 'csv' || type === 'tsv' || type === 'dsv';
  let rows = 1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A line ends at \n, \r\n or a lone \r, as vega's parsers read them.
    const lineEnd =
      code === NEW_LINE || (code === CARRIAGE_RETURN && text.charCodeAt(index + 1) !== NEW_LINE);
    if (lineEnd || (!delimited && code === COMMA)) rows++;
  }
  return rows;
}

/**
 * The rows vega reads out of an object given as `values`: the array at `format.property` (a
 * dotted path), a row per character of a string there (vega spreads it), else the object.
 */
function rowsOfObject(values: Record<string, unknown>, format: unknown): number {
  const property = isRecord(format) ? format.property : undefined;
  if (typeof property !== 'string') return 1;
  let picked: unknown = values;
  for (const step of property.split('.')) picked = isRecord(picked) ? picked[step] : undefined;
  if (Array.isArray(picked) || typeof picked === 'string') return picked.length;
  return 1;
}

const NEW_LINE = 10;
const CARRIAGE_RETURN = 13;
const COMMA = 44;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rows a `sequence` generator makes: `(stop − start) / step`, refused when not finite. */
function sequenceLength(sequence: Record<string, unknown>, path: string): number {
  const { start, stop, step = 1 } = sequence;
  if (typeof start !== 'number' || typeof stop !== 'number' || typeof step !== 'number') {
    throw refused(path, 'expected numbers start, stop and step');
  }
  const length = Math.ceil((stop - start) / step);
  if (!Number.isFinite(length)) throw refused(path, 'the sequence never ends');
  return Math.max(0, length);
}

function countRows(found: Found, added: number, path: string): void {
  found.rows += added;
  if (found.rows > MAX_DATA_ROWS) throw refused(path, `more than ${MAX_DATA_ROWS} data rows`);
}

function refused(field: string, reason: string): IndicatorError {
  return new IndicatorError('invalid-argument', { field, reason });
}

/** Characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = new RegExp(
  `[${u(0)}-${u(8)}${u(0xb)}${u(0xc)}${u(0xe)}-${u(0x1f)}${u(0xfffe)}${u(0xffff)}]` +
    `|[${u(0xd800)}-${u(0xdbff)}](?![${u(0xdc00)}-${u(0xdfff)}])` +
    `|(?<![${u(0xd800)}-${u(0xdbff)}])[${u(0xdc00)}-${u(0xdfff)}]`,
  'g',
);

/** A code unit as a regular-expression escape. */
function u(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Replaces every character XML cannot hold by U+FFFD, so the SVG is well-formed. */
export function wellFormedXml(svg: string): string {
  return svg.replace(NOT_XML, '\uFFFD');
}
