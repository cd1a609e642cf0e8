/**
 * A memo of a pure function's results, bounded: the bot runs for weeks and users type anything, so it holds at most
 * `limit` keys. Keys live in two generations: when the newer is full, the older is dropped and the newer takes its
 * place; a key found in the older moves to the newer. What is used keeps being kept, at the cost of a Map lookup,
 * not the reordering a strict least-recently-used list needs on every hit.
 */
export class Memo<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly generation: number;

  /** @param limit most keys kept (at least 2). */
  constructor(limit: number) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  /** The value remembered for `key`, or `compute(key)` remembered. */
  get(key: K, compute: (key: K) => V): V {
    const found = this.newer.get(key);
    if (found !== undefined || this.newer.has(key)) return found!;
    const value = this.older.has(key) ? this.older.get(key)! : compute(key);
    if (this.newer.size >= this.generation) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
    return value;
  }

  /** Keys remembered. */
  get size(): number {
    let size = this.newer.size;
    for (const key of this.older.keys()) if (!this.newer.has(key)) size++;
    return size;
  }
}
