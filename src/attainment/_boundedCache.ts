/**
 * Private to the attainment layer: a map that holds at most a fixed number of entries. Each
 * cache of the layer is one of these, owned by the one module that fills it, holding values
 * that are frozen (or never handed out), so that no result shares a mutable object with the
 * cache or with another result.
 */
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>();
  /** The most entries held at once. */
  readonly limit: number;

  /** A cache of at most `limit` entries (a positive integer). */
  constructor(limit: number) {
    this.limit = limit;
  }

  /** The number of entries held now, at most `limit`. */
  get size(): number {
    return this.#entries.size;
  }

  /** The value kept for `key`, or undefined. */
  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  /** Keeps `value` for `key`, first dropping the oldest entry when the cache is full. */
  set(key: string, value: V): void {
    if (this.#entries.size >= this.limit) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
  }
}
