/**
 * Family E (round 59): chat and typo questions, Spanish and English, asking what one party answered to another's
 * claim ("q contestó méxico cuando perú dijo q …"). The claim is the scene; the answer is the replying party's words.
 */
import { describe, expect, it } from 'vitest';
import { askSearch, leadSources } from '../commands/ask-lead.js';
import { attributedParty } from '../src/content/leads.js';
import { realContext } from './helpers.js';

const context = realContext();

/** The paragraphs `/ask` lists for a question, as the CLI and the bot run it (leads and attributions included). */
function askedParagraphs(question: string, lang: 'en' | 'es'): number[] {
  return askSearch(question, lang, context, 3).response?.hits.map((hit) => hit.paragraph) ?? [];
}

describe('a reply asked with the claim it answers', () => {
  it('puts the replying party’s answer first, not the paragraphs where the claim is made (Spanish chat)', () => {
    for (const question of [
      'y méxico qué contestó cuando perú dijo que darle asilo era un acto inamistoso?',
      'q respondio mexico despues de que peru dijo q el asilo fue un acto inamistoso',
    ])
      expect(askedParagraphs(question, 'es')[0], question).toBe(7);
  });

  it('does so in English too', () => {
    const question = 'how did mexico respond when peru claimed the asylum was an unfriendly act';
    expect(askedParagraphs(question, 'en')[0], question).toBe(7);
  });

  it('knows the verbs of replying WordNet knows, not only "respond" and "answer" (one word set, lexicon-tables)', () => {
    // Round 60, family H: "react" is one of WordNet's verbs of responding, as "how did X react" reads it; asked with
    // the claim, the reply is ¶7's "cannot be considered an unfriendly act", not ¶2's claim itself.
    for (const question of [
      'how did mexico react when peru said granting asylum was an unfriendly act',
      'how did mexico react after peru said the asylum was an unfriendly act',
    ])
      expect(askedParagraphs(question, 'en')[0], question).toBe(7);
  });
});

describe('whose view a reply question gives', () => {
  it('is not the party whose claim is answered', () => {
    const sources = leadSources(context);
    expect(
      attributedParty('y méxico qué contestó cuando perú dijo que el asilo era inamistoso?', sources),
    ).toBeUndefined();
    expect(attributedParty('¿qué dijo perú sobre el asilo?', sources)).toBe('peru');
  });
});
