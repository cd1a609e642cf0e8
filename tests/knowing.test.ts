/** "Know" with a third person as its subject is what is asked, not how (src/text/knowing.ts). */
import { describe, expect, it } from 'vitest';
import { withKnowingOfThirdPerson } from '../src/text/knowing.js';
import { realContext } from './helpers.js';

const { engine } = realContext();
const isName = (folded: string) => folded === 'chavez';

describe('a "know" whose subject is a third person', () => {
  it('is written as "knowing", past auxiliaries and adverbs', () => {
    expect(withKnowingOfThirdPerson('did she really know about it', isName)).toBe('did she really knowing about it');
    expect(withKnowingOfThirdPerson('so Chávez never knew?', isName)).toBe('so Chávez never knowing?');
  });

  it('is left alone after "you", "I" or a word that is no name', () => {
    expect(withKnowingOfThirdPerson('do you know why Peru is angry', isName)).toBe('do you know why Peru is angry');
    expect(withKnowingOfThirdPerson('I know the date, but why', isName)).toBe('I know the date, but why');
    expect(withKnowingOfThirdPerson('does anybody know', isName)).toBe('does anybody know');
  });

  it('is searched: only the paragraph telling what she denied knowing is shown', () => {
    // Read as a stop word, "know" left "Chavez" alone, and ¶12 and ¶1 (which name her) were listed after ¶4.
    for (const question of [
      'Chavez says she did not know about what',
      'what did she never know about, according to chavez',
    ])
      expect(
        engine.search(question).hits.map((hit) => hit.paragraph),
        question,
      ).toEqual([4]);
  });
});
