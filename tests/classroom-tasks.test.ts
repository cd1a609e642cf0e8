import { describe, expect, it } from 'vitest';
import { askSearch } from '../commands/ask-lead.js';
import { realContext } from './helpers.js';

const context = realContext();
const { engine } = context;

/** The paragraphs a question's first passages cite, best first. */
const cited = (question: string) => engine.search(question).hits.map((hit) => hit.paragraph);

describe('classroom tasks that ask for a count of steps taken besides something', () => {
  it('read "two measures Peru took" as the steps frame, and Peru as who took them', () => {
    // ¶5 (the chargée d'affaires expelled) is what Peru did besides the break ¶1 and ¶2 report.
    expect(cited('Name two measures Peru took besides breaking off relations.')[0]).toBe(5);
    expect(cited('List three steps that Peru took in addition to cutting ties with Mexico.')[0]).toBe(5);
  });
});

describe('an order on how to answer, in a sentence of its own after the prompt', () => {
  const labels = (q: string) => engine.understand(q).map((concept) => concept.label);

  it('is no part of what is asked', () => {
    expect(labels('Describe how Peru reacted to the asylum. Use quotations from the article.')).not.toContain('use');
    // A sentence naming what the articles tell of is a question of its own, kept.
    expect(labels('Peru broke off relations. Describe the role of the Caracas Convention.').join(' ')).toMatch(
      /caracas/,
    );
    // An abbreviation's stop opens no sentence.
    expect(labels('What did the U.S. say about the asylum')).toContain('asylum');
  });

  it("leaves each side's words on what is compared first: ¶5's affront, then ¶7's SRE", () => {
    const question =
      'Compare how Peru and Mexico each describe the decision to give Chavez asylum. Use evidence from the text.';
    const shown = askSearch(question, 'en', context, 3).response!.hits.map((hit) => hit.paragraph);
    expect(shown.slice(0, 2)).toEqual([5, 7]);
  });
});

describe('evidence asked for a claim', () => {
  it("is looked for after the article's opening paragraph, which only states the story in brief", () => {
    // ¶1 reports the rupture; ¶3 tells the tensions simmering since December 2022.
    expect(cited('What evidence does the text give that the rupture between Peru and Mexico was not sudden?')[0]).toBe(
      3,
    );
  });

  it('leaves the opening paragraph first when no evidence is asked for', () => {
    expect(cited('When did Peru announce that it was breaking relations with Mexico?')[0]).toBe(1);
  });
});
