/** What renderSvg refuses in a spec before vega sees it: the limits of an untrusted spec. */
import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';

/** The largest width or height of a chart, in pixels. */
export const MAX_CHART_SIZE = 10_000;

/** The most inline data rows (`values`) and generated rows (`sequence`) in one spec. */
export const MAX_DATA_ROWS = 100_000;

/** How renderSvg may treat a spec: the options a trusted spec opts into. */
export interface SpecPolicy {
  /** External data and images may be loaded (`url`), with vega's own loader. */
  readonly trusted: boolean;
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

/**
 * Reads a spec once into plain data and checks it against the limits: no `href` anywhere (a
 * link is a script in a viewer), no `url` unless trusted, width and height at most
 * {@link MAX_CHART_SIZE}, at most {@link MAX_DATA_ROWS} rows of `values` and `sequence` data.
 */
export function checkSpec(spec: unknown, policy: SpecPolicy): unknown {
  const plain = readPlain(spec, 'spec');
  const rows = { count: 0 };
  walk(plain, 'spec', policy, rows);
  return plain;
}

function walk(value: unknown, path: string, policy: SpecPolicy, rows: { count: number }): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, `${path}[${index}]`, policy, rows);
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
    if (key === 'values' && Array.isArray(inner)) countRows(rows, inner.length, at);
    if (key === 'sequence' && typeof inner === 'object' && inner !== null) {
      countRows(rows, sequenceLength(inner as Record<string, unknown>, at), at);
    }
    walk(inner, at, policy, rows);
  }
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

function countRows(rows: { count: number }, added: number, path: string): void {
  rows.count += added;
  if (rows.count > MAX_DATA_ROWS) throw refused(path, `more than ${MAX_DATA_ROWS} data rows`);
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
