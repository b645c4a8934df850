/**
 * The transforms whose work or output grows faster than their rows, or with a number the spec
 * gives, and their bounds: one of vega's steps runs to its end once begun, and these keep the
 * known costly ones near a second (the figures are in docs/reliability.md). `rows` is the
 * spec's data, counted by checkSpec.
 */
import { IndicatorError } from '../errors/IndicatorError.js';

/** The most rows a `loess` takes: its work grows with their square (22 s for 100,000). */
export const MAX_LOESS_ROWS = 10_000;

/**
 * Rows × frame width of a `window` with `median`, `q1`, `q3` or `distinct`, or a sliding one
 * with `min`, `max`, `argmin` or `argmax`.
 */
export const MAX_WINDOW_WORK = 9_000_000;

/** Rows × frame width of a `window` with `ci0` or `ci1` (a bootstrap at every row). */
export const MAX_WINDOW_CI_WORK = 90_000;

/** Rows × pivoted values of a `pivot` (its `limit`, else as many as rows). */
export const MAX_PIVOT_WORK = 250_000;

/** The rows an `impute` may make: groups × keys (each as many as rows, at worst). */
export const MAX_IMPUTE_ROWS = 1_000_000;

/** Rows × steps of a `density`. */
export const MAX_DENSITY_WORK = 20_000_000;

/** Rows × (order + 1)² of a `regression` with `method: 'poly'`: order 10 over 100,000 rows. */
export const MAX_POLY_WORK = 12_100_000;

const QUANTILE_OPS = new Set(['median', 'q1', 'q3', 'distinct']);
const BOOTSTRAP_OPS = new Set(['ci0', 'ci1']);
/** Kept as they are added; found again among the frame's rows when the extreme one leaves. */
const EXTREME_OPS = new Set(['min', 'max', 'argmin', 'argmax']);

/** Checks one item of a `transform` array at `path` against the bounds, for `rows` rows. */
export function checkTransform(item: unknown, path: string, rows: number): void {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
  const t = item as Record<string, unknown>;
  if ('loess' in t && rows > MAX_LOESS_ROWS) {
    throw refused(
      `${path}.loess`,
      `a loess is limited to ${MAX_LOESS_ROWS} data rows, its work growing with their square; this spec has ${rows}`,
    );
  }
  if ('window' in t && Array.isArray(t.window)) checkWindow(t, path, rows);
  if ('pivot' in t) {
    const values = typeof t.limit === 'number' && t.limit > 0 ? Math.min(t.limit, rows) : rows;
    within(rows * values, MAX_PIVOT_WORK, `${path}.pivot`, 'a pivot', 'rows × pivoted values', [
      rows,
      values,
    ]);
  }
  if ('impute' in t) {
    const grouped = Array.isArray(t.groupby) && t.groupby.length > 0;
    checkImpute(grouped ? rows : 1, rows, `${path}.impute`);
  }
  if ('density' in t) {
    const steps =
      t.steps === undefined
        ? Math.max(numberAt(t, 'minsteps', 25, path), numberAt(t, 'maxsteps', 200, path))
        : numberAt(t, 'steps', 200, path);
    within(rows * steps, MAX_DENSITY_WORK, `${path}.density`, 'a density', 'rows × steps', [
      rows,
      steps,
    ]);
  }
  if ('regression' in t && t.method === 'poly') {
    const terms = numberAt(t, 'order', 3, path) + 1;
    within(
      Math.max(rows, terms) * terms ** 2,
      MAX_POLY_WORK,
      `${path}.regression`,
      'a polynomial regression',
      'rows × (order + 1)²',
      [Math.max(rows, terms), terms ** 2],
    );
  }
}

/** Checks an `impute` of an encoding channel: grouped by the other channels, at worst by row. */
export function checkChannelImpute(path: string, rows: number): void {
  checkImpute(rows, rows, path);
}

function checkImpute(groups: number, keys: number, path: string): void {
  within(groups * keys, MAX_IMPUTE_ROWS, path, 'an impute', 'groups × keys (the rows it makes)', [
    groups,
    keys,
  ]);
}

function checkWindow(t: Record<string, unknown>, path: string, rows: number): void {
  const ops = (t.window as unknown[]).map((op) => (op as { op?: unknown } | null)?.op);
  const width = frameWidth(t.frame, rows);
  const at = `${path}.window`;
  if (ops.some((op) => BOOTSTRAP_OPS.has(op as string))) {
    within(rows * width, MAX_WINDOW_CI_WORK, at, 'a window with ci0 or ci1', 'rows × frame width', [
      rows,
      width,
    ]);
  } else if (ops.some((op) => QUANTILE_OPS.has(op as string))) {
    const what = 'a window with median, q1, q3 or distinct';
    within(rows * width, MAX_WINDOW_WORK, at, what, 'rows × frame width', [rows, width]);
  } else if (ops.some((op) => EXTREME_OPS.has(op as string)) && leaves(t.frame)) {
    const what = 'a sliding window with min, max, argmin or argmax';
    within(rows * width, MAX_WINDOW_WORK, at, what, 'rows × frame width', [rows, width]);
  }
}

/** Rows leave the frame as it moves: its start is a number (the default, `null`, keeps all). */
function leaves(frame: unknown): boolean {
  return Array.isArray(frame) && typeof frame[0] === 'number';
}

/** The rows in a window's frame: all of them when an end is open (`null`, the default). */
function frameWidth(frame: unknown, rows: number): number {
  if (!Array.isArray(frame) || frame.length !== 2) return rows;
  const [start, end] = frame as unknown[];
  if (typeof start !== 'number' || typeof end !== 'number') return rows;
  return Math.min(rows, Math.abs(end - start) + 1);
}

/** A number the work depends on: `fallback` when absent; anything but a finite number refused. */
function numberAt(t: Record<string, unknown>, key: string, fallback: number, path: string) {
  const value = t[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw refused(`${path}.${key}`, 'expected a number');
  }
  return value;
}

function within(
  work: number,
  most: number,
  path: string,
  what: string,
  measure: string,
  factors: readonly number[],
): void {
  if (work > most) {
    throw refused(
      path,
      `${what} is limited to ${measure} of at most ${most}; this spec gives ${factors.join(' × ')}`,
    );
  }
}

function refused(field: string, reason: string): IndicatorError {
  return new IndicatorError('invalid-argument', { field, reason });
}
