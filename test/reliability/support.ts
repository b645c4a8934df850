/**
 * Helpers of the reliability suite: deep freezing, a walker that rejects values the library
 * promises never to return, and the outcome check every hostile call goes through.
 */
import { expect } from 'vitest';
import { Decimal } from '../../src/decimal/Decimal.js';
import { IndicatorError } from '../../src/errors/IndicatorError.js';
import type { ErrorCode } from '../../src/errors/messages.js';

/** Mutation runs repeat every covering property per mutant: they use an eighth of the cases. */
const share = process.env.STRYKER_MUTATOR_WORKER === undefined ? 1 : 1 / 8;
const runs = (count: number) => Math.max(10, Math.round(count * share));

/** Case counts of the properties, kept in one place so docs/reliability.md can quote them. */
export const RUNS = {
  /** Valid inputs per function. */
  valid: runs(200),
  /** Invalid inputs per function. */
  invalid: runs(200),
  /** Inputs at the edges (huge, tiny, fractional) per function that has them. */
  extreme: runs(200),
  /** Each algebraic law. */
  law: runs(200),
  /** Generated datasets for the JSON round trip (each one is parsed twice). */
  dataset: runs(100),
} as const;

/**
 * The hang guard: the most decimal operations one call may make. Every method of decimal.js's
 * prototype (shared by every clone, the library's own included) counts one operation; a call
 * past the budget is stopped there and fails, by count, whatever the machine's speed. The
 * largest call of the suite (a plan over 8,100 years) makes about 10^5.
 */
export const OPERATION_BUDGET = 5_000_000;

/** The guard's state: operations of the current call, and whether it ran past the budget. */
const guard = { operations: 0, budget: OPERATION_BUDGET, exceeded: false, armed: false };

/** The error that stops a call past its budget (the library may wrap it; the flag stays). */
export class OperationBudgetExceeded extends Error {}

/** Wraps every method of decimal.js's shared prototype with the operation counter (once). */
function instrumentDecimal(): void {
  const prototype = Object.getPrototypeOf(new Decimal(0)) as Record<string, unknown>;
  if (prototype.__operationCounter === true) return;
  for (const key of Object.getOwnPropertyNames(prototype)) {
    const method = prototype[key];
    if (typeof method !== 'function' || key === 'constructor') continue;
    prototype[key] = function counted(this: unknown, ...args: unknown[]) {
      if (guard.armed && ++guard.operations > guard.budget) {
        guard.exceeded = true;
        guard.armed = false;
        throw new OperationBudgetExceeded(`more than ${guard.budget} decimal operations`);
      }
      return (method as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  Object.defineProperty(prototype, '__operationCounter', { value: true });
}

/**
 * Runs one call under the operation budget: a call that runs past it fails (a hang shows as
 * a count, not as a slow test). Returns the number of operations it made. `budget` is
 * lowered only to test the guard.
 */
export function withinBudget<T>(
  body: () => T,
  budget = OPERATION_BUDGET,
): { value: T; operations: number } {
  instrumentDecimal();
  Object.assign(guard, { operations: 0, budget, exceeded: false, armed: true });
  let outcome: { value: T } | { error: unknown };
  try {
    outcome = { value: body() };
  } catch (error) {
    outcome = { error };
  }
  guard.armed = false;
  if (guard.exceeded) {
    throw new OperationBudgetExceeded(
      `the call made more than ${budget} decimal operations: a hang`,
    );
  }
  if ('error' in outcome) throw outcome.error;
  return { value: outcome.value, operations: guard.operations };
}

/**
 * Freezes a value and every object reachable from it, so any write throws in strict mode.
 * Functions are left alone: a Decimal's own `constructor` would otherwise freeze the class.
 */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  // Typed arrays cannot be frozen; the snapshot comparison still catches writes to them.
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  if (seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value as object)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value, seen);
  }
  return Object.freeze(value);
}

/** A structural copy that keeps Decimals and Dates comparable with `toEqual`. */
export function snapshot<T>(value: T): T {
  if (Decimal.isDecimal(value)) return new Decimal(value as Decimal) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(snapshot) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(value)) {
      copy[key] = snapshot((value as Record<PropertyKey, unknown>)[key]);
    }
    return copy as T;
  }
  return value;
}

/** Every object reachable from a value (for the "results are fresh objects" check). */
export function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null) return found;
  if (found.has(value)) return found;
  found.add(value);
  for (const key of Reflect.ownKeys(value)) {
    objectsIn((value as Record<PropertyKey, unknown>)[key], found);
  }
  return found;
}

/** The path of the first object of `value` that is one of `inputs`, if any. */
function sharedPath(
  value: unknown,
  inputs: ReadonlySet<object>,
  path = 'result',
  seen = new Set<object>(),
): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  if (inputs.has(value)) return path;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const inner = (value as Record<PropertyKey, unknown>)[key];
    const found = sharedPath(inner, inputs, `${path}.${String(key)}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Text a formatted result must never contain. */
const BAD_TEXT = /NaN|Infinity|undefined|\[object |(?:^|[^\d.])-0(?:\.0+)?(?![.\d])/;

/** What {@link checkClean} accepts beyond ordinary values. */
export interface CleanOptions {
  /** `undefined` is a documented result (a lookup that found nothing). */
  readonly mayBeUndefined?: boolean;
  /** Strings are display text: check them for NaN, Infinity, undefined and `-0`. */
  readonly text?: boolean;
  /** The result is documented to be one of the input's objects (a selection), not a copy. */
  readonly selectsInput?: boolean;
}

/**
 * Walks a result and fails on anything the library promises never to return: NaN, ±Infinity
 * or -0 (as a number or a Decimal), a Decimal without digits, an invalid Date, an `undefined`
 * property or array slot, a function, and, for display text, `NaN`/`Infinity`/`-0` printed.
 */
export function checkClean(value: unknown, options: CleanOptions = {}, path = 'result'): void {
  if (value === undefined) {
    if (path === 'result' && options.mayBeUndefined) return;
    throw new Error(`${path} is undefined`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    if (Object.is(value, -0)) throw new Error(`${path} is -0`);
    return;
  }
  if (typeof value === 'string') {
    if (options.text && BAD_TEXT.test(value)) throw new Error(`${path} prints ${value}`);
    return;
  }
  if (typeof value === 'function') throw new Error(`${path} is a function`);
  if (typeof value !== 'object' || value === null) return;
  if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    if (!Array.isArray(d.d) || d.d.some((word) => word === undefined)) {
      throw new Error(`${path} is a Decimal without digits`);
    }
    if (!d.isFinite()) throw new Error(`${path} is ${d.toString()}`);
    if (d.isZero() && d.isNegative()) throw new Error(`${path} is -0`);
    if (d.toString().includes('e')) throw new Error(`${path} prints in exponent notation`);
    return;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${path} is an invalid Date`);
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) throw new Error(`${path}[${index}] is a hole`);
      checkClean(value[index], { text: options.text ?? false }, `${path}[${index}]`);
    }
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    checkClean(inner, { text: options.text ?? false }, `${path}.${key}`);
  }
}

/** The outcome of one call: a result or the error it threw. */
export type Outcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'error'; readonly error: unknown };

/**
 * Calls `call` on deep-frozen copies of `args`, checks that nothing was written to them, and
 * returns what happened. Results are checked clean and fresh (no object of the input in them).
 */
export function attempt(
  call: (...args: never[]) => unknown,
  args: readonly unknown[],
  clean: CleanOptions = {},
): Outcome {
  const before = snapshot(args);
  const frozen = deepFreeze([...args]);
  let outcome: Outcome;
  try {
    outcome = {
      kind: 'result',
      value: withinBudget(() => (call as (...a: unknown[]) => unknown)(...frozen)).value,
    };
  } catch (error) {
    if (error instanceof OperationBudgetExceeded) throw error;
    outcome = { kind: 'error', error };
  }
  expect(snapshot(frozen), 'the inputs are not mutated').toEqual(before);
  if (outcome.kind === 'result') {
    checkClean(outcome.value, clean);
    const inputs = objectsIn(frozen);
    inputs.delete(frozen);
    const shared = clean.selectsInput ? undefined : sharedPath(outcome.value, inputs);
    if (shared !== undefined) throw new Error(`the result shares ${shared} with the input`);
  }
  return outcome;
}

/** Fails unless the outcome is an IndicatorError with one of `codes` and a useful message. */
export function expectIndicatorError(outcome: Outcome, codes: readonly ErrorCode[]): void {
  if (outcome.kind === 'result') {
    throw new Error(`expected an IndicatorError (${codes.join(' | ')}), got a result`);
  }
  const { error } = outcome;
  if (!(error instanceof IndicatorError)) {
    throw new Error(`expected an IndicatorError, got ${String(error)}`, { cause: error });
  }
  expect(codes, error.message).toContain(error.code);
  expect(error.message).not.toMatch(/\[DecimalError\]|undefined \(|\[object Object\]/);
  expect(error.message.length).toBeGreaterThan(0);
}

/** Fails unless the outcome is a clean result; returns it. */
export function expectResult(outcome: Outcome): unknown {
  if (outcome.kind === 'error') {
    const { error } = outcome;
    throw new Error(
      `expected a result, got ${error instanceof IndicatorError ? `${error.code}: ` : ''}${String(
        error instanceof Error ? error.message : error,
      )}`,
      { cause: error },
    );
  }
  return outcome.value;
}

/** Fails unless the outcome is a clean result or an IndicatorError with one of `codes`. */
export function expectResultOrError(outcome: Outcome, codes: readonly ErrorCode[]): void {
  if (outcome.kind === 'error') expectIndicatorError(outcome, codes);
}
