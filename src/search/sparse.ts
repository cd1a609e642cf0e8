/**
 * Per-question scratch vectors for ranking: one slot per sentence or paragraph of the corpus, allocated once, of
 * which a question touches only the few its terms occur in. Clearing forgets the touched slots without walking the
 * whole vector, so the cost of a question follows the postings of its terms, not the size of the corpus.
 */

/** A vector of numbers indexed by document id, zero except at the ids touched since the last {@link clear}. */
export class SparseVector {
  /** The touched ids, in the order first touched; only the first {@link size} entries count. */
  readonly ids: Int32Array;
  /** How many ids are touched. */
  size = 0;
  /** The values by id; only those at touched ids count (read them directly when iterating {@link ids}). */
  readonly values: Float64Array;
  /** The round each slot was last touched in: a slot of an older round reads as zero. */
  private readonly touchedIn: Uint32Array;
  private round = 1;

  /** @param length the number of documents (sentences or paragraphs). */
  constructor(length: number) {
    this.values = new Float64Array(length);
    this.touchedIn = new Uint32Array(length);
    this.ids = new Int32Array(length);
  }

  /** The value at `id` (0 when untouched). */
  get(id: number): number {
    return this.touchedIn[id] === this.round ? this.values[id]! : 0;
  }

  /** Whether `id` was touched since the last clear. */
  has(id: number): boolean {
    return this.touchedIn[id] === this.round;
  }

  /** Adds `value` at `id`. */
  add(id: number, value: number): void {
    if (this.touchedIn[id] !== this.round) this.touch(id);
    this.values[id]! += value;
  }

  /** Sets the value at `id`. */
  set(id: number, value: number): void {
    if (this.touchedIn[id] !== this.round) this.touch(id);
    this.values[id] = value;
  }

  /** Zero everywhere again, in constant time. */
  clear(): void {
    this.size = 0;
    if (this.round === 0xffffffff) {
      this.touchedIn.fill(0);
      this.round = 0;
    }
    this.round++;
  }

  private touch(id: number): void {
    this.touchedIn[id] = this.round;
    this.values[id] = 0;
    this.ids[this.size++] = id;
  }
}
