/** Word lists of the search layer derived from general language data (WordNet) instead of written out by hand. */
import { afterAll, describe, expect, it } from 'vitest';
import { isPresentFormOf, stayingVerbs } from '../src/search/candidate-order.js';
import { lemmasOf, reactionWords } from '../src/search/engine.js';
import { Lexicon } from '../src/search/lexicon.js';

const lexicon = new Lexicon();
afterAll(() => lexicon.close());

describe('verbs saying where someone is now (WordNet senses of "stay" and "live")', () => {
  const verbs = stayingVerbs(lexicon);

  it('holds every verb of the hand list it replaced: the article’s "she remains" is among them', () => {
    for (const verb of ['remain', 'stay', 'live', 'hide', 'shelter']) expect(verbs.has(verb)).toBe(true);
  });

  it('adds the synonyms of their commonest senses, not those of a sense that places no one', () => {
    for (const verb of ['dwell', 'inhabit', 'rest']) expect(verbs.has(verb)).toBe(true);
    // "hide" is first of all to conceal something; "live" only later means to last or go on.
    for (const verb of ['conceal', 'last', 'go', 'survive']) expect(verbs.has(verb)).toBe(false);
  });

  it('reads present forms of those verbs in a sentence, never past ones', () => {
    for (const word of ['remains', 'staying', 'lives', 'hides', 'sheltering', 'dwells', 'inhabits'])
      expect(isPresentFormOf(word, verbs)).toBe(true);
    for (const word of ['remained', 'stayed', 'lived', 'hid', 'is', 'conceals', 'dwelt'])
      expect(isPresentFormOf(word, verbs)).toBe(false);
  });
});

describe('words asking for a reaction (WordNet senses of "respond" and "response")', () => {
  const words = reactionWords(lexicon);
  const asksReaction = (word: string) => lemmasOf(word).some((lemma) => words.has(lemma));

  it('holds the words of the hand pattern it replaced', () => {
    for (const word of ['respond', 'react', 'reply', 'answer', 'reaction', 'response'])
      expect(words.has(word)).toBe(true);
  });

  it('reads their forms, and no longer words that only start alike', () => {
    for (const word of ['reacted', 'reacting', 'replied', 'replies', 'answered', 'responses', 'reactions'])
      expect(asksReaction(word)).toBe(true);
    // "respon…" and "repl…" read these as a reaction asked for.
    for (const word of ['responsible', 'responsibility', 'replace', 'replacing', 'replica'])
      expect(asksReaction(word)).toBe(false);
  });
});
