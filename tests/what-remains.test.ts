/**
 * Classroom prompts about what is left of the relationship: "left standing" and "only partial" ask what remains,
 * answered by ¶5's "only consular relations would remain" and ¶8's "trade and other bilateral relations would
 * continue".
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

/** The paragraphs a question is answered with, best first (none when declined). */
const shown = (question: string): number[] => engine.search(question).hits.map((hit) => hit.paragraph);

describe('what is left of the relationship', () => {
  it('reads "still left standing" whole, not "standing" as a word of its own', () => {
    // "standing" alone was read as a rare word and ranked ¶12 first.
    expect(shown('Which kinds of contact between the nations are still left standing?')[0]).toBe(5);
    expect(shown('What sort of relations between the two sides are still left standing?')).toContain(8);
  });

  it('reads a break "only partial" as asking what remains', () => {
    for (const q of ['what evidence shows the split is only partial', 'how do we know the rupture is only partial'])
      expect(shown(q)[0], q).toBe(8);
  });
});
