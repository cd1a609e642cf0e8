/**
 * Family Q: Spanish questions asking what is left of the relationship ("¿los consulados siguen?", "¿qué lazos no
 * se rompieron?"), answered as the English ones are: by ¶5's decision that "only consular relations would remain"
 * first, then the paragraphs going back over it (¶8, ¶11), not by ¶11's effect on citizens nor ¶2's announcement of
 * the break. "Seguir a" someone is following them, not going on.
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

/** The paragraphs a question is answered with, best first (none when declined). */
const shown = (question: string): number[] => engine.search(question).hits.map((hit) => hit.paragraph);

describe('what is left of the relationship, asked in Spanish', () => {
  it('reads "siguen" after the consulates as asking whether they remain', () => {
    // "consulados siguen" was one alias key for "consular" alone, so nothing asked whether they remain.
    for (const q of ['oye, ¿y los consulados siguen?', '¿los consulados siguen o también se cierran?'])
      expect(shown(q)[0], q).toBe(5);
  });

  it('reads whether the consulates close ("cierran") as asking whether they remain', () => {
    // "cierran" was no word of the aliases, read as a rare word: ¶11's effect on citizens came first.
    for (const q of ['¿y los consulados también cierran?', 'oye los consulados cierran o no'])
      expect(shown(q)[0], q).toBe(5);
  });

  it('keeps the paragraph saying a thing remains first in the list fused from both searches', () => {
    // The Spanish translation's search reads "rompieron" as the break itself (¶2, ¶9); fused, they came first.
    for (const q of [
      '¿Qué lazos entre Perú y México no se rompieron?',
      '¿Qué relaciones no se rompieron con la crisis?',
    ])
      expect(shown(q)[0], q).toBe(5);
  });

  it('reads "siguieron a" someone as following them, not as going on', () => {
    const q = '¿Cómo trató México a los gobiernos que siguieron a Castillo?';
    expect(shown(q)[0], q).toBe(6);
  });
});
