/**
 * "Which country …": one place of a kind is answered by a place's name, which every paragraph writes, so the kind's own
 * word ("presidents of that country" in ¶2, "the State" in ¶7) does not rank a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('one place of a kind asked for', () => {
  it('ranks by what the place did, not by where the word "country" is written', () => {
    // ¶1 tells Mexico granting the asylum; ¶2 tells it too, in de Zela's words, beside "that country".
    for (const question of [
      'Which country sheltered the ex premier?',
      'which country gave the former premier refuge',
      'What country protected Betssy Chavez?',
    ])
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(1);
  });

  it('still declines what the article does not tell of any country', () => {
    expect(engine.search('Which country won the world cup?').answered).toBe(false);
  });
});
