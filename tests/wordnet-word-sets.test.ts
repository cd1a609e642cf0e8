/**
 * Word classes the search asks of a question, derived from WordNet's relations between senses instead of hand lists
 * (deriveWordSets in src/search/wordnet.ts): the verbs and nouns of responding.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Lexicon } from '../src/search/lexicon.js';
import { WordNetFiles, wordSetTableEntries, type WordSetName } from '../src/search/wordnet.js';
import { realContext } from './helpers.js';

const files = new WordNetFiles();
const lexicon = new Lexicon();
afterAll(() => {
  files.close();
  lexicon.close();
});

describe('word sets derived from WordNet', () => {
  it('holds the verbs of responding the hand list named, and the kinds of answering WordNet adds', () => {
    const verbs = files.wordSet('respondingVerbs');
    for (const verb of ['respond', 'react', 'reply', 'answer']) expect(verbs.has(verb), verb).toBe(true);
    for (const verb of ['retort', 'counter']) expect(verbs.has(verb), verb).toBe(true);
    // Mostly other things: going back, and the deeds WordNet files as kinds of reacting.
    for (const verb of ['return', 'approve', 'ratify', 'refuse']) expect(verbs.has(verb), verb).toBe(false);
  });

  it('holds the nouns of responding the hand list named and their kin, not who responds', () => {
    const nouns = files.wordSet('respondingNouns');
    for (const noun of ['response', 'reaction', 'reply', 'answer']) expect(nouns.has(noun), noun).toBe(true);
    for (const noun of ['retort', 'rejoinder', 'riposte']) expect(nouns.has(noun), noun).toBe(true);
    for (const noun of ['respondent', 'responder', 'answerer']) expect(nouns.has(noun), noun).toBe(false);
  });

  it('holds the verbs ending a term that the hand list named, and their kin', () => {
    const verbs = files.wordSet('endingTermVerbs');
    for (const verb of ['depose', 'oust', 'overthrow', 'jail', 'imprison', 'arrest', 'detain'])
      expect(verbs.has(verb), verb).toBe(true);
    for (const verb of ['unseat', 'incarcerate', 'intern']) expect(verbs.has(verb), verb).toBe(true);
    // WordNet reads these first as other senses: the hand list keeps them (query.ts).
    for (const verb of ['remove', 'topple', 'impeach']) expect(verbs.has(verb), verb).toBe(false);
  });

  it('gives the same sets from the table the build writes as from WordNet’s files', () => {
    const table = wordSetTableEntries();
    for (const name of ['respondingVerbs', 'respondingNouns', 'endingTermVerbs'] as WordSetName[])
      expect(new Set(table.get(name)!.split('|'))).toEqual(files.wordSet(name));
  });

  it('reads the inflected forms of a set’s lemmas', () => {
    for (const form of ['responded', 'reacting', 'replied', 'replying', 'answered', 'retorted', 'countered'])
      expect(lexicon.inWordSet(form, 'respondingVerbs'), form).toBe(true);
    expect(lexicon.inWordSet('returned', 'respondingVerbs')).toBe(false);
    expect(lexicon.inWordSet('reactions', 'respondingNouns')).toBe(true);
  });
});

describe('questions asking how someone responded, in words only WordNet lists', () => {
  const { engine } = realContext();

  it('puts the paragraph where the responder acts first, as "respond" does', () => {
    // ¶5: "President Jeri backed these statements, expelling Mexico's chargée d'affaires".
    expect(engine.search('How did Jeri respond to the asylum?').hits[0]?.paragraph).toBe(5);
    for (const question of [
      'How did Jeri counter the asylum?',
      "What was Jeri's retort to the asylum?",
      'how did the peruvian president counter the asylum',
    ])
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(5);
  });
});
