/**
 * Chat names a speaker by a country and a person noun ("the peru guy", "that mexican lady"): one of that country's
 * people who speak in the article, not someone unknown that makes the question off topic. "The only one" is ¶10's
 * "sole and lonely exception" (WordNet files "only" and "sole" in one sense). Chat drawing a word out ("lmaooo") is
 * chat.
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

const firstParagraph = (question: string) => engine.search(question).hits[0]?.paragraph;

describe('a speaker named by nationality and a person noun', () => {
  it("answers with what that country's people said", () => {
    expect(firstParagraph('what did that mexican lady say about the asylum')).toBe(4);
    expect(firstParagraph('what did mexican officials say about the asylum')).toBe(4);
    expect(firstParagraph('what did the peru guy say about the coup')).toBe(10);
  });

  it('reads "the guy from peru" and "peru\'s government" up to the verb of saying, not as "governs mexico"', () => {
    expect(firstParagraph("what did the guy from peru's government say about mexico being the only one")).toBe(10);
    expect(firstParagraph("what did peru's government say about mexico being the only one")).toBe(10);
    expect(firstParagraph('what did the guy from peru say about the asylum')).toBe(2);
  });

  it('still declines a country the article names but never quotes', () => {
    for (const question of ['what did the chilean guy say', 'what did the colombian lady say about the asylum'])
      expect(engine.search(question).answered, question).toBe(false);
  });
});

describe('"the only one" as the article\'s "sole exception"', () => {
  it('finds de Zela\'s "sole and lonely exception of Mexico"', () => {
    expect(firstParagraph('what did the peruvian dude say about mexico being the only one')).toBe(10);
  });
});

describe('chat drawn out', () => {
  it('reads a drawn-out chat word as the short chat word it is', () => {
    expect(engine.search('lmaooo what did mexico say').answered).toBe(true);
  });
});
