import { describe, expect, it } from 'vitest';
import { BoundedCache } from './_boundedCache.js';

describe('BoundedCache', () => {
  it('holds at most its limit, dropping the oldest entry first', () => {
    const cache = new BoundedCache<number>(3);
    expect(cache.limit).toBe(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4);
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    expect([cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([2, 3, 4]);
    cache.set('e', 5);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('e')).toBe(5);
  });
});
