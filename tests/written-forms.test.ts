/** The articles' written forms, grouped by term once: readers ask for a term's forms without walking them all. */
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../src/search/corpus-index.js';
import { writtenFormsOf } from '../src/search/written-forms.js';
import { realContext } from './helpers.js';

/** Counts full walks of a written-forms map, however it is walked. */
function countWalks(forms: Map<string, string>): { walks: number } {
  const counter = { walks: 0 };
  const walked =
    <T>(walk: () => MapIterator<T>) =>
    () => {
      counter.walks++;
      return walk();
    };
  Object.defineProperty(forms, Symbol.iterator, { value: walked(() => Map.prototype.entries.call(forms)) });
  Object.defineProperty(forms, 'entries', { value: walked(() => Map.prototype.entries.call(forms)) });
  Object.defineProperty(forms, 'keys', { value: walked(() => Map.prototype.keys.call(forms)) });
  Object.defineProperty(forms, 'values', { value: walked(() => Map.prototype.values.call(forms)) });
  return counter;
}

describe('written forms by term', () => {
  it('gives a term’s forms in the order the articles write them, walking the map once for every term asked', () => {
    const forms = new Map([
      ['governments', 'govern'],
      ['embassy', 'embassi'],
      ['government', 'govern'],
    ]);
    const counter = countWalks(forms);
    expect(writtenFormsOf(forms, 'govern')).toEqual(['governments', 'government']);
    expect(writtenFormsOf(forms, 'embassi')).toEqual(['embassy']);
    expect(writtenFormsOf(forms, 'asylum')).toEqual([]);
    expect(counter.walks).toBe(1);
  });

  it('reads a head of something as the title the articles write without walking their words a question', () => {
    // "head" reads as the articles' "president": the title's written form is looked up by term, not searched for.
    const { engine } = realContext();
    const forms = (engine as unknown as { index: CorpusIndex }).index.names.writtenForms;
    engine.search('what did the head of state of peru say');
    const counter = countWalks(forms);
    expect(engine.search("What did Mexico's head of state think of Peru's reaction?").hits[0]?.paragraph).toBe(8);
    engine.search('what did the head of government of mexico announce');
    engine.search('when did the head of state of mexico speak about castillo');
    // At most a table some other reader builds once, on its first use.
    expect(counter.walks).toBeLessThanOrEqual(1);
  });
});
