import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';

/** The deepest nesting {@link readPlain} follows (a dataset is five levels deep). */
export const MAX_DEPTH = 64;

/**
 * The safe reader at the public entries: reads an argument into plain data (objects,
 * arrays, primitives, Decimals, real Dates and URLs), so nothing a caller built can throw later from
 * deep inside. A getter or Proxy trap that throws, a forged Date, a function where a value
 * belongs, a cycle or nesting deeper than {@link MAX_DEPTH} is an error of `code` naming the
 * path (a function is kept: the reader of its field refuses it by its type). Decimals are kept
 * (`toDecimal` reads them); everything else is a fresh copy. An object reached twice (shared,
 * not a cycle) is read once and its copy shared alike, so a tree of shared nodes costs its
 * distinct nodes, not its paths (64 levels of two links to one node are 2^64 paths).
 * Plain data is read once; an argument that throws or is unusual is read a second time, on the
 * path that names where, so its getters run twice.
 *
 * @param value - The argument as given.
 * @param field - Its name, the start of every path in an error.
 * @returns A plain copy.
 */
export function readPlain(value: unknown, field: string, code: Code = 'invalid-argument'): unknown {
  // Plain data is read on a path that names nothing; anything unusual is read again on the
  // path that names the field, so the cost of naming is paid only by bad input.
  try {
    return copyQuickly(value, 0, new Map());
  } catch {
    return copy(value, field, 0, new Map(), code);
  }
}

/**
 * An options object read through {@link readPlain}; anything but an object (`undefined`,
 * `null`, a string, a number) is `invalid-argument` naming `options`.
 */
export function readOptions<T extends object>(options: unknown): T {
  const given = readPlain(options, 'options');
  if (typeof given !== 'object' || given === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: given,
      reason: 'expected an object of options',
    });
  }
  return given as T;
}

/** The copies made so far, by the object read; an object being read maps to this. */
type Copies = Map<object, unknown>;
const OPEN = Symbol('being read');

/** What the quick path throws for anything unusual; never shown. */
const UNUSUAL = new Error('read on the naming path');

/** {@link copy} without building a path: throws anything, for {@link copy} to name. */
function copyQuickly(value: unknown, depth: number, copies: Copies): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) {
    if (known === OPEN) throw UNUSUAL;
    return known;
  }
  if (depth > MAX_DEPTH) throw UNUSUAL;
  if (Array.isArray(value)) {
    copies.set(value, OPEN);
    const length: unknown = value.length;
    // Stryker disable next-line ConditionalExpression: true sends every array to the naming path, which copies it alike
    if (typeof length !== 'number') throw UNUSUAL;
    const result: unknown[] = [];
    for (let index = 0; index < length; index++) {
      result[index] = copyQuickly(value[index], depth + 1, copies);
    }
    copies.set(value, result);
    return result;
  }
  if (Decimal.isDecimal(value)) return value;
  if (value instanceof Date) return new Date(Date.prototype.getTime.call(value));
  if (value instanceof URL) return new URL(hrefOf.call(value));
  copies.set(value, OPEN);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const inner = copyQuickly((value as Record<string, unknown>)[key], depth + 1, copies);
    // A key the prototype knows (`__proto__`, or one given a setter on Object.prototype) is
    // defined, never assigned, so that no setter runs.
    // Stryker disable next-line ConditionalExpression: true defines every key, the same copy
    if (key in result) {
      Object.defineProperty(result, key, {
        value: inner,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      result[key] = inner;
    }
  }
  copies.set(value, result);
  return result;
}

/** The codes a reader may answer with: its layer's own. */
type Code = 'invalid-argument' | 'invalid-period' | 'invalid-dataset' | 'invalid-unit';

function copy(value: unknown, path: string, depth: number, copies: Copies, code: Code): unknown {
  // Primitives, and functions (left for the reader of that field to refuse by its type).
  if (typeof value !== 'object' || value === null) return value;
  const known = copies.get(value);
  if (known === OPEN) throw refused(path, 'the object contains itself', code);
  if (known !== undefined) return known;
  if (depth > MAX_DEPTH) throw refused(path, `nested deeper than ${MAX_DEPTH} levels`, code);
  copies.set(value, OPEN);
  const result = guarded(
    path,
    () => {
      if (Decimal.isDecimal(value)) return value;
      if (value instanceof Date) return new Date(realTime(value, path, code));
      if (value instanceof URL) return new URL(realHref(value, path, code));
      if (Array.isArray(value)) {
        const length = value.length;
        const items: unknown[] = [];
        for (let index = 0; index < length; index++) {
          const at = `${path}[${index}]`;
          items.push(
            copy(
              guarded(at, () => value[index], code),
              at,
              depth + 1,
              copies,
              code,
            ),
          );
        }
        return items;
      }
      const fields: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const at = `${path}.${key}`;
        const inner = copy(
          guarded(at, () => (value as Record<string, unknown>)[key], code),
          at,
          depth + 1,
          copies,
          code,
        );
        Object.defineProperty(fields, key, {
          value: inner,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return fields;
    },
    code,
  );
  copies.set(value, result);
  return result;
}

/** The time of a real Date; a forged one (Date.prototype without a Date inside) is refused. */
function realTime(value: object, path: string, code: Code): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    throw refused(path, 'a forged Date (an object that is not a Date inside)', code);
  }
}

/** URL's own reader of the address, which a forged URL cannot answer. */
const hrefOf = Object.getOwnPropertyDescriptor(URL.prototype, 'href')?.get as (this: URL) => string;

/** The address of a real URL; a forged one (URL.prototype without a URL inside) is refused. */
function realHref(value: object, path: string, code: Code): string {
  try {
    return hrefOf.call(value as URL);
  } catch {
    throw refused(path, 'a forged URL (an object that is not a URL inside)', code);
  }
}

/** Runs a read, turning anything a hostile object throws into an IndicatorError on `path`. */
export function guarded<T>(path: string, read: () => T, code: Code = 'invalid-argument'): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof IndicatorError) throw error;
    const reason =
      code === 'invalid-dataset'
        ? `does not have the model's shape (${describeThrown(error)}); parseDataset names each problem`
        : `could not be read (${describeThrown(error)})`;
    throw refused(path, reason, code);
  }
}

/** What a caller's code threw, without trusting it. */
function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
    return typeof error;
  } catch {
    return 'an unreadable error';
  }
}

function refused(field: string, reason: string, code: Code): IndicatorError {
  return new IndicatorError(code, { field, reason });
}
