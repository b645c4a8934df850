import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { guarded, MAX_DEPTH, readPlain } from './plain.js';

describe('readPlain', () => {
  it('copies plain data, keeps Decimals and functions, copies real Dates', () => {
    const value = new Decimal('8.2');
    const day = new Date(Date.UTC(2022, 5, 30));
    const fn = () => 1;
    const given = { a: [1, { b: 'x' }], value, day, fn, __proto__key: null };
    const copy = readPlain(given, 'x') as typeof given;
    expect(copy).toEqual(given);
    expect(copy).not.toBe(given);
    expect(copy.a).not.toBe(given.a);
    expect(copy.value).toBe(value);
    expect(copy.day).not.toBe(day);
    expect(copy.day.getTime()).toBe(day.getTime());
    expect(copy.fn).toBe(fn);
    const url = new URL('file:///town/worker.js');
    const read = readPlain({ url }, 'x') as { url: URL };
    expect(read.url).toBeInstanceOf(URL);
    expect(read.url).not.toBe(url);
    expect(read.url.href).toBe(url.href);
    const forged = errorOf(() => readPlain({ url: Object.create(URL.prototype) }, 'options'));
    expect(forged.details).toMatchObject({
      field: 'options.url',
      reason: 'a forged URL (an object that is not a URL inside)',
    });
    const own = readPlain(JSON.parse('{"__proto__": {"polluted": 1}}'), 'x') as object;
    expect(Object.getPrototypeOf(own)).toBe(Object.prototype);
    expect(Object.keys(own)).toEqual(['__proto__']);
  });

  it('refuses a cycle and nesting deeper than 64 levels, naming the path', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(errorOf(() => readPlain(cycle, 'options')).details).toMatchObject({
      field: 'options.self',
      reason: 'the object contains itself',
    });
    let deep: unknown = 1;
    for (let i = 0; i <= MAX_DEPTH + 1; i++) deep = [deep];
    const error = errorOf(() => readPlain(deep, 'spec', 'invalid-dataset'));
    expect(error.code).toBe('invalid-dataset');
    expect(error.details.reason).toBe('nested deeper than 64 levels');
    // A value seen twice without a cycle is read once, its copy shared alike.
    const shared = { v: 1 };
    const both = readPlain([shared, shared], 'x') as object[];
    expect(both).toEqual([{ v: 1 }, { v: 1 }]);
    expect(both[0]).not.toBe(shared);
    expect(both[0]).toBe(both[1]);
  });

  it.each([
    ['quick', false],
    ['naming', true],
  ])('reads each node of a tree of shared nodes once, on the %s path', (_, flaky) => {
    // 60 levels of two links to one node: 2^60 paths, 61 nodes. Each node counts its key
    // listings; a reader that followed paths would pass 1,000 and fail there. A leaf that
    // throws on its first read sends the whole tree to the naming path.
    let listings = 0;
    const counted = (target: object) =>
      new Proxy(target, {
        ownKeys(inner) {
          listings += 1;
          if (listings > 1_000) throw new Error('read along every path');
          return Reflect.ownKeys(inner);
        },
      });
    let reads = 0;
    const leaf = () => {
      reads += 1;
      if (flaky && reads === 1) throw new Error('once');
      return 'read';
    };
    let node: object = counted(Object.defineProperty({}, 'leaf', { enumerable: true, get: leaf }));
    for (let level = 0; level < 60; level++) node = counted({ a: node, b: node });
    const copy = readPlain(node, 'x') as { a: object; b: object };
    expect(copy.a).toBe(copy.b);
    expect(listings).toBe(flaky ? 2 * 61 : 61);
    expect(reads).toBe(flaky ? 2 : 1);
  });

  it('names the path of a throwing read inside arrays and objects; reads a hole as undefined', () => {
    const item = Object.defineProperty({}, 'value', {
      enumerable: true,
      get() {
        throw new RangeError('boom');
      },
    });
    expect(errorOf(() => readPlain({ rows: [1, item] }, 'data')).details).toMatchObject({
      field: 'data.rows[1].value',
      reason: 'could not be read (RangeError: boom)',
    });
    const keys = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('keys');
        },
      },
    );
    expect(errorOf(() => readPlain([keys], 'list')).details.field).toBe('list[0]');
    // Sparse arrays and nested Dates copy like dense ones.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const copy = readPlain([1, , { at: new Date(0) }], 'x') as unknown[];
    expect(copy).toEqual([1, undefined, { at: new Date(0) }]);
    expect(1 in copy).toBe(true);
    // A read that fails once and then succeeds is read again on the naming path.
    let reads = 0;
    const flaky = Object.defineProperty({}, 'v', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads === 1) throw new Error('once');
        return 7;
      },
    });
    expect(readPlain(flaky, 'x')).toEqual({ v: 7 });
    // An array whose length is not a number is copied as the naming path reads it.
    const odd = new Proxy([1], {
      get: (target, key) => (key === 'length' ? 'abc' : Reflect.get(target, key)),
    });
    expect(readPlain(odd, 'x')).toEqual([]);
  });

  it('copies on the naming path exactly as on the quick one', () => {
    const shared = { v: 1 };
    // An array at depth 64 exactly: the deepest allowed.
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH; i++) deep = [deep];
    const plain = {
      decimal: new Decimal('8.2'),
      list: [1, [2, 3]],
      shared: [shared, shared],
      deep,
      day: new Date(0),
      nothing: null,
    };
    let reads = 0;
    const flaky = Object.defineProperty({ ...plain }, 'once', {
      enumerable: true,
      get() {
        reads += 1;
        if (reads === 1) throw new Error('once');
        return 7;
      },
    });
    const quick = readPlain({ ...plain, once: 7 }, 'x') as Record<string, unknown>;
    const named = readPlain(flaky, 'x') as Record<string, unknown>;
    expect(reads).toBe(2);
    expect(named).toEqual(quick);
    expect(named.decimal).toBe(plain.decimal);
    expect((named.list as unknown[]).length).toBe(2);
    for (const copy of [quick, named]) {
      expect(Object.getOwnPropertyDescriptor(copy, 'list')).toEqual({
        value: copy.list,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    // Objects nested deeper than the limit are refused, on the quick path and the naming one.
    let plainNest: Record<string, unknown> = {};
    for (let i = 0; i <= MAX_DEPTH + 1; i++) plainNest = { inner: plainNest };
    expect(errorOf(() => readPlain(plainNest, 'x')).details.reason).toBe(
      'nested deeper than 64 levels',
    );
    let nested: Record<string, unknown> = {};
    for (let i = 0; i <= MAX_DEPTH + 1; i++) nested = { inner: nested };
    expect(
      errorOf(() =>
        readPlain(
          Object.defineProperty(nested, 'bad', {
            enumerable: true,
            get() {
              throw new Error('x');
            },
          }),
          'x',
        ),
      ).details.reason,
    ).toBe('nested deeper than 64 levels');
  });

  it('never runs a setter of Object.prototype while copying', () => {
    let calls = 0;
    Object.defineProperty(Object.prototype, 'pollutedKey', {
      configurable: true,
      set() {
        calls += 1;
      },
    });
    try {
      const copy = readPlain({ pollutedKey: 5 }, 'x') as Record<string, unknown>;
      expect(Object.getOwnPropertyDescriptor(copy, 'pollutedKey')).toEqual({
        value: 5,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      expect(calls).toBe(0);
    } finally {
      delete (Object.prototype as Record<string, unknown>).pollutedKey;
    }
  });

  it('turns whatever a read throws into an IndicatorError of the code given', () => {
    expect(
      errorOf(() =>
        guarded('f', () => {
          throw 'text';
        }),
      ).details.reason,
    ).toBe('could not be read (string)');
    const long = errorOf(() =>
      guarded('f', () => {
        throw new Error('x'.repeat(300));
      }),
    );
    expect(long.code).toBe('invalid-argument');
    expect(long.details.reason).toBe(`could not be read (Error: ${'x'.repeat(193)})`);
    const unreadable = new Proxy(new Error('x'), {
      get() {
        throw new Error('no');
      },
    });
    expect(
      errorOf(() =>
        guarded('f', () => {
          throw unreadable;
        }),
      ).details.reason,
    ).toBe('could not be read (an unreadable error)');
    expect(
      errorOf(() =>
        guarded(
          'dataset',
          () => {
            throw new TypeError('null');
          },
          'invalid-dataset',
        ),
      ).details.reason,
    ).toBe("does not have the model's shape (TypeError: null); parseDataset names each problem");
    expect(guarded('f', () => 3)).toBe(3);
    const forged = Object.create(Date.prototype) as Date;
    expect(
      errorOf(() => readPlain({ asOf: forged }, 'options', 'invalid-period')).details,
    ).toMatchObject({
      field: 'options.asOf',
      reason: 'a forged Date (an object that is not a Date inside)',
    });
  });
});
