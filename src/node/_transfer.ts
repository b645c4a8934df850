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
