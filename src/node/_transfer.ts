import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { ErrorCode } from '../errors/messages.js';

/** A Decimal as it crosses to or from a worker thread (structured clone drops prototypes). */
interface Encoded {
  readonly $decimal: string;
}

/** Replaces every Decimal in a plain structure by `{ $decimal: text }`; other values as they are. */
export function encode(value: unknown): unknown {
  if (Decimal.isDecimal(value))
    return { $decimal: (value as Decimal).toString() } satisfies Encoded;
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = encode(inner);
    return out;
  }
  return value;
}

/** Turns every `{ $decimal: text }` back into a Decimal of the library. */
export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$decimal')
      return new Decimal((value as Encoded).$decimal);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = decode(inner);
    return out;
  }
  return value;
}

/** The prototype every decimal.js constructor of this realm shares (clones included). */
const DECIMAL_PROTOTYPE = Object.getPrototypeOf(new Decimal(0)) as object;

/** A Decimal in wire text: its digits (base 1e7), exponent and sign, as decimal.js holds them. */
interface WireDecimal {
  readonly $decimal: readonly number[];
  readonly e: number;
  readonly s: number;
}

function wireDecimal(this: Decimal): WireDecimal {
  return { $decimal: this.d, e: this.e, s: this.s };
}

/**
 * A result as JSON text, each Decimal written as its digits: much cheaper than a structured
 * copy of the objects, and the text stays compact until it is read. The results it carries hold
 * only plain objects, arrays, strings, finite numbers, booleans, null and finite Decimals.
 */
export function toWire(value: unknown): string {
  const own = Object.getOwnPropertyDescriptor(DECIMAL_PROTOTYPE, 'toJSON');
  // Swapped for the one synchronous call and always put back: nothing else runs meanwhile.
  Object.defineProperty(DECIMAL_PROTOTYPE, 'toJSON', { value: wireDecimal, configurable: true });
  try {
    return JSON.stringify(value);
  } finally {
    Object.defineProperty(DECIMAL_PROTOTYPE, 'toJSON', own as PropertyDescriptor);
  }
}

/** Reads wire text back: fresh objects, every written Decimal a Decimal of the library again. */
export function fromWire(text: string): unknown {
  return revive(JSON.parse(text));
}

function revive(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isWireDecimal(value)) {
    const decimal = new Decimal(0) as { -readonly [K in 'd' | 'e' | 's']: Decimal[K] };
    decimal.s = value.s;
    decimal.e = value.e;
    decimal.d = value.$decimal as number[];
    return decimal;
  }
  const holder = value as Record<string, unknown>;
  for (const key of Object.keys(holder)) holder[key] = revive(holder[key]);
  return holder;
}

function isWireDecimal(value: object): value is WireDecimal {
  const keys = Object.keys(value);
  return (
    keys.length === 3 && keys[0] === '$decimal' && Array.isArray((value as WireDecimal).$decimal)
  );
}

/** Splits `count` items into at most `parts` contiguous ranges of near-equal size. */
export function chunks(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(parts, count));
  const ranges: [number, number][] = [];
  for (let index = 0; index < n; index++) {
    const start = Math.floor((index * count) / n);
    const end = Math.floor(((index + 1) * count) / n);
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

/** An error as it crosses from a worker thread: its code (an IndicatorError's), details and message. */
export interface TransferredError {
  readonly code?: string | undefined;
  readonly details?: unknown;
  readonly message: string;
}

/**
 * What a worker posts for an error it met. The details' `cause` (an engine's own error
 * object) is left behind: it may not survive the copy.
 */
export function toTransferredError(error: unknown): TransferredError {
  const { code, details, message } = (error ?? {}) as {
    code?: string;
    details?: Record<string, unknown>;
    message?: string;
  };
  const { cause: _cause, ...rest } = details ?? {};
  return {
    code,
    details: encode(rest),
    message: typeof message === 'string' ? message : String(error),
  };
}

/** The error a worker posted, as the caller sees it: an IndicatorError when it had a code. */
export function fromTransferredError(error: TransferredError): Error {
  if (typeof error.code !== 'string') return new Error(error.message);
  return new IndicatorError(error.code as ErrorCode, {
    ...(decode(error.details) as Record<string, unknown>),
    message: error.message,
  });
}
