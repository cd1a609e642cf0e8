/** A role qualified as held before ("the deposed president") names its earlier holder, not its present one. */
import { describe, expect, it } from 'vitest';
import { expectNotInSource, realContext } from './helpers.js';

const { engine } = realContext();

/** The terms of every wording of the concepts read in a question. */
function wordingTerms(question: string): string[] {
  return engine.understand(question).flatMap((c) => c.wordings.map((w) => w.terms.join(' ')));
}

describe('a role described as held before', () => {
  it('is read as its earlier holder, not the one holding it now', () => {
    for (const question of [
      'What was the deposed Peruvian president trying to do?',
      'why was the toppled Peruvian president arrested',
      'Where did the jailed Peruvian president want to go?',
    ]) {
      const terms = wordingTerms(question);
      expect(terms, question).toContain('castillo');
      expect(terms, question).not.toContain('jeri');
    }
  });

  it('is read so after any verb WordNet files as ending a term, not only the listed ones', () => {
    // "incarcerated", "interned": kinds of WordNet's "confine, detain" (deriveWordSets in wordnet.ts).
    for (const question of [
      'Where did the incarcerated Peruvian president want to go?',
      'why was the interned Peruvian president arrested',
    ]) {
      const terms = wordingTerms(question);
      expect(terms, question).toContain('castillo');
      expect(terms, question).not.toContain('jeri');
    }
  });

  it('leaves a role with no such word to its present holder', () => {
    expect(wordingTerms('What did the Peruvian president do about the envoy?')).toContain('jeri');
  });

  it('answers where the earlier holder is told of', () => {
    const response = engine.search("What was the deposed Peruvian president's ideology?");
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(3);
  });
});

describe('a role someone acts in, asked of a person', () => {
  it('leaves out "served as" when the articles write it only of someone else', () => {
    const question = "What was Castillo's profession before he went into politics?";
    expect(wordingTerms(question)).not.toContain('serv');
    expect(engine.search(question).hits[0]?.paragraph).toBe(3);
  });

  it('keeps it for the person the articles say served', () => {
    expect(wordingTerms('What job did Betssy Chavez have in government?')).toContain('serv');
  });
});

describe('a word meaning "former" between whose role it is and the role', () => {
  it('reads the role as its earlier holder', () => {
    const question = "What did Mexico's old president do for Castillo's relatives?";
    expect(wordingTerms(question)).toContain('obrador');
    expect(engine.search(question).hits[0]?.paragraph).toBe(6);
  });

  it('leaves a role with no such word to its present holder', () => {
    expect(wordingTerms("What did Mexico's president say at her briefing?")).not.toContain('obrador');
  });
});

describe('a title with its country, asked of the one holding it', () => {
  it('reads as the holder the aliases name, not as the country and the title scattered', () => {
    for (const question of [
      "How did Peru's head of state react?",
      "What did Peru's president decide about the envoy?",
    ]) {
      const terms = wordingTerms(question);
      expect(terms, question).toContain('jeri');
      expect(terms, question).not.toContain('peru presid');
    }
  });

  it("answers where the holder acts, not where the country's word and another country's presidents meet", () => {
    const response = engine.search("How did Peru's head of state react to what his foreign minister said?");
    expect(response.hits[0]?.paragraph).toBe(5);
  });
});

describe('a title with its country, in a question asking who holds it', () => {
  it("keeps the country and the title, which check the holder's country", () => {
    expect(wordingTerms('Who is the peruvian minister?')).toContain('peru minist');
    expect(wordingTerms("What is the name of Peru's foreign minister?")).toContain('peru foreign minist');
  });

  it('answers where the title is written with its country and holder', () => {
    expect(engine.search('Who is the peruvian minister?').hits[0]?.paragraph).toBe(2);
  });
});

describe('a person asked for by a role the article never fills', () => {
  it('is not read from a thing an alias of the role names, nor from a source quoted', () => {
    // "Reporter" reads as ¶8's "daily press briefing" and ¶2's "journalists, according to Mexico News Daily": no
    // reporter is named, so neither Peru (after the briefing) nor the outlet (after "according to") is one.
    expectNotInSource(engine, [
      'who is the reporter behind the mexico news daily piece',
      "who is the journalist who reported de zela's words",
      "what's the name of the reporter who covered sheinbaum's briefing",
    ]);
  });

  it('still finds the holder of a role the article fills', () => {
    expect(engine.search("who is peru's foreign minister").hits[0]?.paragraph).toBe(2);
    expect(engine.search("who is mexico's chargé d'affaires").hits[0]?.paragraph).toBe(5);
  });
});
