/**
 * Near and prefix lookup of a fixed set of words, on a letter tree, so a typo costs a walk of the few branches near it
 * rather than an edit distance against every word of the corpus.
 */

/** A key within reach of the words looked up. */
export interface NearKey<V> {
  key: string;
  value: V;
  /** The smallest edit distance (editDistance in analyzer.ts) from any of the words looked up. */
  distance: number;
}

/** A key's value and its place in the order the keys were given. */
interface Entry<V> {
  key: string;
  value: V;
  order: number;
}

/**
 * A node of the letter tree: the keys that continue with each letter (by its UTF-16 code), and the key that ends
 * here, if any. Every node has every field, so the walk meets one shape of node.
 */
interface TreeNode<V> {
  codes: number[];
  children: Array<TreeNode<V>>;
  entry: Entry<V> | undefined;
  /** Lengths of the shortest and longest key at or below the node: a walk skips branches of keys too short or long. */
  shortest: number;
  longest: number;
}

const newNode = <V>(): TreeNode<V> => ({
  codes: [],
  children: [],
  entry: undefined,
  shortest: Infinity,
  longest: -Infinity,
});

/** Keys with a value each, looked up by prefix or by edit distance; results come in the order the keys were given. */
export class FuzzyKeys<V> {
  private readonly root: TreeNode<V> = newNode();

  constructor(entries: Iterable<readonly [string, V]>) {
    let order = 0;
    for (const [key, value] of entries) {
      const node = this.nodeOf(key, true)!;
      if (!node.entry) node.entry = { key, value, order: order++ };
    }
    spanLengths(this.root, 0);
  }

  /** The node a key leads to (made when `make`), or undefined when no key starts so. */
  private nodeOf(key: string, make = false): TreeNode<V> | undefined {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const at = node.codes.indexOf(code);
      if (at >= 0) {
        node = node.children[at]!;
        continue;
      }
      if (!make) return undefined;
      const child = newNode<V>();
      node.codes.push(code);
      node.children.push(child);
      node = child;
    }
    return node;
  }

  /** Keys starting with `prefix` (the prefix itself included when it is a key). */
  startingWith(prefix: string): Array<{ key: string; value: V }> {
    const found: Array<Entry<V>> = [];
    const collect = (node: TreeNode<V>): void => {
      if (node.entry) found.push(node.entry);
      for (const child of node.children) collect(child);
    };
    const start = this.nodeOf(prefix);
    if (start) collect(start);
    return found.sort((a, b) => a.order - b.order).map(({ key, value }) => ({ key, value }));
  }

  /**
   * Keys within `max` of any of `words` by the edit distance of analyzer.ts (optimal string alignment: a swap of two
   * neighbouring letters counts as one edit). One walk of the tree a word, carrying the distance table's rows down
   * each branch and leaving a branch once every cell of its row exceeds `max`.
   */
  near(words: readonly string[], max: number): Array<NearKey<V>> {
    const distances = new Map<Entry<V>, number>();
    for (const word of new Set(words)) {
      if (this.root.entry && word.length <= max) record(distances, this.root.entry, word.length);
      const codes = Array.from({ length: word.length }, (_, j) => word.charCodeAt(j));
      // One row of the table for each depth of the walk, reused from branch to branch.
      const rows = [Array.from({ length: word.length + 1 }, (_, j) => j)];
      walkNear(this.root, { codes, max, rows, distances }, -1, 0);
    }
    return [...distances]
      .sort(([a], [b]) => a.order - b.order)
      .map(([{ key, value }, distance]) => ({ key, value, distance }));
  }
}

/** One walk of {@link FuzzyKeys.near}: the word's character codes, the rows of its table, what was found. */
interface NearWalk<V> {
  codes: readonly number[];
  max: number;
  /** rows[d]: the table's row of the key's first d letters. */
  rows: number[][];
  distances: Map<Entry<V>, number>;
}

/**
 * Records, for each key below `node` within `max` of the word, its distance (the smallest found so far). The rows
 * of the key's letters down to `node` (`depth` of them, the last with code `letter`) are `walk.rows[0..depth]`: the
 * table analyzer.ts's editDistance fills, with the key's letters as rows.
 */
function walkNear<V>(node: TreeNode<V>, walk: NearWalk<V>, letter: number, depth: number): void {
  const { codes, max, rows } = walk;
  const length = codes.length;
  const row = rows[depth]!;
  const above = depth >= 1 ? rows[depth - 1]! : row;
  const current = (rows[depth + 1] ??= new Array<number>(length + 1));
  // A cell further than `max` from the diagonal is further than `max` from the word: only the band within `max` of
  // it is filled, and the cells just outside it hold max + 1, which stands for any distance over `max` (a cell
  // within `max` is computed from cells within `max` alone).
  const first = Math.max(1, depth + 1 - max);
  const last = Math.min(length, depth + 1 + max);
  for (let k = 0; k < node.codes.length; k++) {
    const child = node.children[k]!;
    // Keys whose length differs from the word's by more than `max` are further than `max` from it.
    if (child.longest < length - max || child.shortest > length + max) continue;
    const next = node.codes[k]!;
    current[0] = depth + 1;
    if (first > 1) current[first - 1] = max + 1;
    if (last < length) current[last + 1] = max + 1;
    let rowMin = depth + 1;
    for (let j = first; j <= last; j++) {
      const cost = next === codes[j - 1] ? 0 : 1;
      let value = Math.min(row[j]! + 1, current[j - 1]! + 1, row[j - 1]! + cost);
      if (depth >= 1 && j > 1 && next === codes[j - 2] && letter === codes[j - 1])
        value = Math.min(value, above[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) continue;
    // The whole word's cell is in the band only when the key's length is within `max` of the word's.
    const distance = last === length ? current[length]! : max + 1;
    if (child.entry && distance <= max) record(walk.distances, child.entry, distance);
    walkNear(child, walk, next, depth + 1);
  }
}

/** Sets each node's shortest and longest key below it (`depth`: the node's own key length). */
function spanLengths<V>(node: TreeNode<V>, depth: number): void {
  if (node.entry) node.shortest = node.longest = depth;
  for (const child of node.children) {
    spanLengths(child, depth + 1);
    node.shortest = Math.min(node.shortest, child.shortest);
    node.longest = Math.max(node.longest, child.longest);
  }
}

/** Keeps the smaller of an entry's distances. */
function record<V>(distances: Map<Entry<V>, number>, entry: Entry<V>, distance: number): void {
  const known = distances.get(entry);
  if (known === undefined || distance < known) distances.set(entry, distance);
}
