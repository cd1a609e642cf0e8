/** A question asking for someone's own words: the paragraph quoting them on what it asks comes first. */
import { describe, expect, it } from 'vitest';
import { askSearch } from '../commands/ask-lead.js';
import { realContext } from './helpers.js';

const context = realContext();
const first = (q: string) => askSearch(q, 'en', context, 3).response?.hits[0]?.paragraph;

describe("someone's own words", () => {
  it('puts first the paragraph quoting the speaker named, by name or by role', () => {
    // ¶4 quotes Sheinbaum on the request and the embassy; ¶7 is the SRE's defence of Mexico's case, ¶8 her words on
    // the consular ties.
    for (const q of [
      'How does Sheinbaum defend letting Chavez stay at the embassy, in her own words?',
      'How does the Mexican president justify the asylum in her own words?',
    ])
      expect(first(q), q).toBe(4);
  });

  it('leaves a question that quotes no one, or asks who quoted someone, as it was', () => {
    expect(first('Which newspaper quoted de Zela?')).toBe(2);
    expect(first('How does Mexico justify the asylum?')).toBe(7);
  });
});
