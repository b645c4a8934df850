/**
 * Hostile objects: for every exported function, valid arguments with one value anywhere in
 * them replaced by something hostile (a Proxy whose every trap throws, an object whose getter
 * throws, a forged Date, a function where a value belongs, `null`) give a result or an
 * IndicatorError, never a raw TypeError from deep inside.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../../src/errors/IndicatorError.js';
import {
  assessPlan,
  auditDataset,
  compareValues,
  convert,
  elapsedFraction,
  formatPercent,
  isIndicatorError,
  toDateString,
  toDecimal,
  yearsBetween,
} from '../../src/index.js';
import { parseDataset, toSdmxCsv } from '../../src/schemas.js';
import { miniDataset } from '../fixtures/miniDataset.js';
import { FUNCTION_CASES } from './functions.js';
import { withinBudget } from './support.js';

/** Hostile cases per function. */
const RUNS = 30;

function trap(): never {
  throw new TypeError('hostile trap');
}

/** Values that break code that trusts its input. */
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  [
    'a Proxy whose traps throw',
    () =>
      new Proxy(
        {},
        {
          get: trap,
          has: trap,
          ownKeys: trap,
          getOwnPropertyDescriptor: trap,
          getPrototypeOf: trap,
        },
      ),
  ],
  [
    'a getter that throws',
    () => Object.defineProperty({}, 'value', { get: trap, enumerable: true }),
  ],
  ['a forged Date', () => Object.create(Date.prototype) as unknown],
  ['a function', () => () => 1],
  ['null', () => null],
];

/** Every path into the arguments (array slots and own keys of plain objects), to depth 4. */
function paths(value: unknown, prefix: readonly PropertyKey[] = [], depth = 0): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  if (depth > 4 || typeof value !== 'object' || value === null) return found;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return found;
  for (const key of Object.keys(value)) {
    const path = [...prefix, key];
    found.push(path);
    found.push(...paths((value as Record<string, unknown>)[key], path, depth + 1));
  }
  return found;
}

/** A deep copy of plain data with the value at `path` replaced. */
function replaced(value: unknown, path: readonly PropertyKey[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  const copy = Array.isArray(value) ? [...value] : { ...(value as object) };
  (copy as Record<PropertyKey, unknown>)[head] = replaced(
    (value as Record<PropertyKey, unknown>)[head],
    rest,
    by,
  );
  return copy;
}

/** The command line's file reader gets datasets parseDataset has already read. */
const PUBLIC_CASES = FUNCTION_CASES.filter((c) => c.name !== 'cli:readObservations');

describe.each(PUBLIC_CASES.map((c) => [c.name, c] as const))('%s', (name, testCase) => {
  it(`answers a hostile object anywhere in its arguments with a result or an IndicatorError (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        testCase.valid.chain((args) => {
          const all = paths(args);
          return fc.tuple(
            fc.constant(args),
            all.length === 0 ? fc.constant([0]) : fc.constantFrom(...all),
            fc.constantFrom(...HOSTILE),
          );
        }),
        ([args, path, [label, make]]) => {
          const spoiled = replaced(args, path, make()) as unknown[];
          try {
            withinBudget(() => (testCase.call as (...a: unknown[]) => unknown)(...spoiled));
          } catch (error) {
            if (error instanceof IndicatorError) return;
            throw new Error(
              `${name}: ${label} at args.${path.map(String).join('.')} gave ${String(error)}`,
              { cause: error },
            );
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the hostile objects of the review', () => {
  const d = parseDataset(miniDataset);
  const plan = d.plans[0]!.id;
  const forged = Object.create(Date.prototype) as Date;
  const throwing = Object.defineProperty({}, 'asOf', { get: trap, enumerable: true });
  const proxy = new Proxy({}, { get: trap, ownKeys: trap, has: trap, getPrototypeOf: trap });
  const codeOf = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return error instanceof IndicatorError ? [error.code, error.details.field] : String(error);
    }
    return 'no error';
  };

  it('targets: null in an unvalidated dataset is invalid-dataset', () => {
    const broken = { ...d, plans: d.plans.map((p) => ({ ...p, targets: null })) } as never;
    expect(codeOf(() => auditDataset(broken))).toEqual(['invalid-dataset', 'dataset']);
    expect(codeOf(() => assessPlan(broken, plan))[0]).toBe('invalid-dataset');
  });

  it('a getter that throws, a Proxy, a forged Date, a function: IndicatorError naming the field', () => {
    expect(codeOf(() => assessPlan(d, plan, throwing as never))).toEqual([
      'invalid-argument',
      'options.asOf',
    ]);
    expect(codeOf(() => assessPlan(proxy as never, plan))).toEqual(['invalid-argument', 'dataset']);
    expect(codeOf(() => assessPlan(d, plan, { asOf: forged }))).toEqual([
      'invalid-argument',
      'options.asOf',
    ]);
    expect(codeOf(() => yearsBetween(forged as never, '2021'))[0]).toBe('invalid-period');
    expect(codeOf(() => elapsedFraction('2022/2026', forged))[0]).toBe('invalid-period');
    expect(codeOf(() => toDateString(proxy as never))[0]).toBe('invalid-period');
    expect(codeOf(() => parseDataset(proxy))).toEqual(['invalid-dataset', 'dataset']);
    expect(codeOf(() => toSdmxCsv(proxy as never))).toEqual(['invalid-argument', 'dataset']);
    expect(
      codeOf(() =>
        compareValues({ period: forged, value: 1 } as never, { period: '2021', value: 1 }),
      )[0],
    ).toBe('invalid-argument');
    expect(codeOf(() => formatPercent(0.1, proxy as never))).toEqual([
      'invalid-argument',
      'options',
    ]);
    expect(codeOf(() => toDecimal((() => 1) as never))[0]).toBe('invalid-number');
    expect(codeOf(() => convert(1, proxy as never, '元'))[0]).toBe('invalid-unit');
    expect(isIndicatorError(proxy)).toBe(false);
    expect(new IndicatorError('invalid-argument', proxy as never).message).toBe(
      'input: the details of this error could not be read',
    );
  });
});
