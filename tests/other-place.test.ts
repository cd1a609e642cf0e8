/** Other places asked for ("which other nation …"): a kind read as a kind of place through the articles' words. */
import { describe, expect, it } from 'vitest';
import { newConcept, newWording } from '../src/search/concept.js';
import { OtherPlaceReader } from '../src/search/other-place.js';
import type { ParagraphFacts } from '../src/search/paragraph-facts.js';
import type { ReadQuestion } from '../src/search/query.js';

/** Written forms that count how often they are walked through in full. */
class CountedForms extends Map<string, string> {
  walks = 0;
  override [Symbol.iterator](): MapIterator<[string, string]> {
    this.walks++;
    return super[Symbol.iterator]();
  }
  override entries(): MapIterator<[string, string]> {
    this.walks++;
    return super.entries();
  }
}

describe('other places asked for', () => {
  // "land" is no kind of place to this stub lexicon; the articles' "countries", the word it is read as, is.
  const facts = { isPlaceKind: (kind: string) => kind === 'countries' } as unknown as ParagraphFacts;
  const names = { written: () => new Set<string>(), personTerms: new Set<string>() };
  const read: ReadQuestion = {
    concepts: [
      newConcept({
        label: 'land',
        kind: 'topic',
        weight: 1,
        wordings: [newWording({ terms: ['countri'], phrases: [], weight: 1 })],
      }),
    ],
    ignored: [],
    spanish: false,
  };

  it('reads a kind as a place by the articles’ words for it, grouping those words once, not a question', () => {
    const forms = new CountedForms([
      ['countries', 'countri'],
      ['embassy', 'embassi'],
      ['peru', 'peru'],
    ]);
    const reader = new OtherPlaceReader(facts, forms, names);
    expect(reader.asked('which other land cut ties', read)).toBe('only');
    expect(reader.asked('did they cut ties with another land', read)).toBe('first');
    expect(reader.asked('which other land said so', read)).toBe('only');
    expect(forms.walks).toBeLessThanOrEqual(1);
  });
});
