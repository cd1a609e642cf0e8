/**
 * A memo of a pure function's results, bounded: the bot runs for weeks and users type anything, so it holds at most
 * `limit` keys. Keys live in two generations: when the newer is full, the older is dropped and the newer takes its
 * place; a key found in the older moves to the newer. What is used keeps being kept, at the cost of a Map lookup,
 * not the reordering a strict least-recently-used list needs on every hit.
 */
export class Memo<K, V> {
  private newer = new Map<K, Stored<V>>();
  private older = new Map<K, Stored<V>>();
  private readonly generation: number;

  /** @param limit most keys kept (at least 2). */
  constructor(limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  /** The value remembered for `key`, or `compute(key)` remembered. */
  get(key: K, compute: (key: K) => V): V {
    // One Map lookup a generation: an undefined value is stored as UNDEFINED, so no has() need follow a get().
    const found = this.newer.get(key);
    // valueOf written out: the hit is the common case, and the CLI's compiler inlines no calls.
    if (found !== undefined) return (found === UNDEFINED ? undefined : found) as V;
    const old = this.older.get(key);
    const stored = old !== undefined ? old : storedOf(compute(key));
    if (this.newer.size >= this.generation) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, stored);
    return valueOf(stored);
  }

  /** Keys remembered. */
  get size(): number {
    let size = this.newer.size;
    for (const key of this.older.keys()) if (!this.newer.has(key)) size++;
    return size;
  }
}

/** Stands for a remembered undefined value: a Map's get() then tells a key kept from one never seen. */
const UNDEFINED: unique symbol = Symbol('undefined');
type Stored<V> = V | typeof UNDEFINED;

/** A value as a Memo stores it. */
function storedOf<V>(value: V): Stored<V> {
  return value === undefined ? UNDEFINED : value;
}

/** A stored value as it was computed. */
function valueOf<V>(stored: Stored<V>): V {
  return (stored === UNDEFINED ? undefined : stored) as V;
}
