/**
 * Near and prefix lookup of a fixed set of words, on MiniSearch's radix tree (SearchableMap), so a typo costs a walk
 * of the few branches near it rather than an edit distance against every word of the corpus.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { editDistance } from '../text/analyzer.js';

/** A key within reach of the words looked up. */
export interface NearKey<V> {
  key: string;
  value: V;
  /** The smallest {@link editDistance} from any of the words looked up. */
  distance: number;
}

/** Keys with a value each, looked up by prefix or by edit distance; results come in the order the keys were given. */
export class FuzzyKeys<V> {
  /** Each key's value and its place in the order given. */
  private readonly map = new SearchableMap<{ order: number; value: V }>();

  constructor(entries: Iterable<readonly [string, V]>) {
    let order = 0;
    for (const [key, value] of entries) if (!this.map.has(key)) this.map.set(key, { order: order++, value });
  }

  /** Keys starting with `prefix` (the prefix itself included when it is a key). */
  startingWith(prefix: string): Array<{ key: string; value: V }> {
    const found = [...this.map.atPrefix(prefix)].sort(([, a], [, b]) => a.order - b.order);
    return found.map(([key, { value }]) => ({ key, value }));
  }

  /**
   * Keys within `max` of any of `words` by {@link editDistance}, which counts a swap of two neighbouring letters as
   * one edit. The tree's own search counts it as two (Levenshtein), so each word is also looked up with its letters
   * swapped, a swap at a time, at one edit less; every candidate is then measured as before.
   */
  near(words: readonly string[], max: number): Array<NearKey<V>> {
    const candidates = new Set<string>();
    for (const word of new Set(words)) {
      for (const [variant, swaps] of swapVariants(word, max)) {
        if (swaps === max) {
          if (this.map.has(variant)) candidates.add(variant);
        } else for (const key of this.map.fuzzyGet(variant, max - swaps).keys()) candidates.add(key);
      }
    }
    const near: Array<NearKey<V> & { order: number }> = [];
    for (const key of candidates) {
      const distance = Math.min(...words.map((word) => editDistance(word, key, max)));
      if (distance > max) continue;
      const { order, value } = this.map.get(key)!;
      near.push({ key, value, distance, order });
    }
    return near.sort((a, b) => a.order - b.order).map(({ key, value, distance }) => ({ key, value, distance }));
  }
}

/** `word` with up to `max` swaps of distinct neighbouring letters that do not overlap, each with its count of swaps. */
function swapVariants(word: string, max: number): Array<[string, number]> {
  const variants: Array<[string, number]> = [[word, 0]];
  const extend = (letters: string[], from: number, swaps: number): void => {
    if (swaps === max) return;
    for (let i = from; i + 1 < letters.length; i++) {
      if (letters[i] === letters[i + 1]) continue;
      const swapped = [...letters];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
      variants.push([swapped.join(''), swaps + 1]);
      extend(swapped, i + 2, swaps + 1);
    }
  };
  extend(word.split(''), 0, 0);
  return variants;
}
