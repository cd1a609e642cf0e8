import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FuzzyKeys } from '../src/search/fuzzy-keys.js';
import { editDistance } from '../src/text/analyzer.js';
import { foldText } from '../src/text/fold.js';

// Every distinct word of the corpus articles, in the order first written.
const articleDir = new URL('../corpus/articles/', import.meta.url);
const words = [
  ...new Set(
    readdirSync(articleDir)
      .flatMap((file) => foldText(readFileSync(new URL(file, articleDir), 'utf8')).match(/[a-z]+/g) ?? [])
      .filter((word) => word.length >= 3),
  ),
];
const keys = new FuzzyKeys(words.map((word, i) => [word, i] as const));

/** The same lookup by measuring every word: what FuzzyKeys must give. */
function scanned(looked: string[], max: number): Array<{ key: string; value: number; distance: number }> {
  return words.flatMap((key, value) => {
    const distance = Math.min(...looked.map((word) => editDistance(word, key, max)));
    return distance <= max ? [{ key, value, distance }] : [];
  });
}

/** Misspellings of `word`: each letter dropped, doubled, replaced or swapped with the next, and two swaps. */
function typos(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    out.push(
      word.slice(0, i) + word.slice(i + 1),
      word.slice(0, i + 1) + word.slice(i),
      word.slice(0, i) + 'e' + word.slice(i + 1),
    );
    if (i + 1 < word.length) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      out.push(swapped);
      if (i + 3 < word.length)
        out.push(swapped.slice(0, i + 2) + swapped[i + 3] + swapped[i + 2] + swapped.slice(i + 4));
    }
  }
  return out;
}

describe('FuzzyKeys', () => {
  it('finds exactly the keys a scan with the edit distance finds, in the order given, swaps counting as one edit', () => {
    const sample = words.filter((_, i) => i % 25 === 0);
    expect(sample.length).toBeGreaterThan(10);
    for (const word of sample) {
      for (const typo of typos(word)) {
        for (const max of [1, 2]) expect(keys.near([typo], max)).toEqual(scanned([typo], max));
      }
      expect(keys.near([word, word.slice(1)], 2)).toEqual(scanned([word, word.slice(1)], 2));
    }
  });

  it('takes the smallest distance over the words looked up', () => {
    const [first] = keys.near(['mexcio', 'mexico'], 1).filter((near) => near.key === 'mexico');
    expect(first?.distance).toBe(0);
    expect(keys.near(['mexcio'], 1).find((near) => near.key === 'mexico')?.distance).toBe(1);
  });

  it('lists the keys starting with a prefix in the order given', () => {
    const prefix = 'diplomat';
    const expected = words.filter((word) => word.startsWith(prefix));
    expect(expected.length).toBeGreaterThan(1);
    expect(keys.startingWith(prefix).map(({ key }) => key)).toEqual(expected);
    expect(keys.startingWith('zzzq')).toEqual([]);
  });
});
