/**
 * Classroom prompts about the region and the bigger picture: an adverb the article does not write ("broadly") is read
 * as the adjective it comes from where the article writes that ("broader", ¶11's regional reading).
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

/** The paragraphs a question is answered with, best first (none when declined). */
const shown = (question: string): number[] => engine.search(question).hits.map((hit) => hit.paragraph);

describe('the regional reading asked "broadly"', () => {
  it('shows ¶11 when an "-ly" adverb asks the broader picture', () => {
    for (const q of [
      "What does the quarrel show about the continent's politics, broadly speaking?",
      "what does the feud reveal about the region's politics more broadly",
    ])
      expect(shown(q), q).toContain(11);
  });
});

describe('"the break" as the article writes it', () => {
  it('reads the break as the rupture the regional reading names (¶11)', () => {
    // Declined as off topic while "break" matched only "break" and "severance": ¶11 writes "the rupture signals".
    expect(shown('What broader regional tendency does the break illustrate?')[0]).toBe(11);
    expect(shown('What does the break say about the region as a whole?')).toContain(11);
  });
});
