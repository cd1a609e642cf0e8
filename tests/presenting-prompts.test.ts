import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

/** The paragraphs cited for a question, best first. */
const cited = (question: string) => engine.search(question).hits.map((hit) => hit.paragraph);

describe('how a side presents something (family P: frame, depict …)', () => {
  it('reads "frame" and "depict" as the article\'s viewed / labeled / described', () => {
    // ¶5 tells Peru's view of the asylum ("viewed the asylum as a direct affront"); "frame" had weighed as a word
    // no paragraph has, so ¶12 ("the asylum") came first.
    expect(cited('How do the Peruvian leaders frame the asylum?')[0]).toBe(5);
    expect(cited('Compare how the two governments frame the asylum for Chavez.').slice(0, 3)).toContain(5);
  });
});

describe('an act asked as done back (family P: "in return", "to get back at")', () => {
  it("is declined when the article tells it only as the other side's", () => {
    // ¶5 tells Jeri expelling Mexico's chargée d'affaires; Mexico expelling anyone is never told.
    expect(engine.search("Did Mexico throw out Peru's envoys in retaliation?").answered).toBe(false);
    expect(engine.search('has mexico kicked out peruvian diplomats in return').answered).toBe(false);
  });

  it('still answers it of the side that did it, acting through its president', () => {
    expect(cited('Did Peru expel Mexican diplomats in response to the asylum?')[0]).toBe(5);
  });
});

describe('words a prompt quotes (family P: "what the author means by \'…\'")', () => {
  it('lead with the paragraph writing them together', () => {
    // ¶6 writes "ideological friction"; ¶3 writes "between the two countries", and tensions, not friction.
    expect(cited("Explain what 'ideological friction' between the two countries refers to, with evidence.")[0]).toBe(6);
    expect(cited('What does the writer mean by "ideological friction"?')[0]).toBe(6);
  });
});

describe('"relative to" compares (family P)', () => {
  it('is no word for kin ("relatives" reads as Castillo\'s family)', () => {
    const labels = (q: string) => engine.understand(q).map((c) => c.label);
    expect(labels('How does the SRE see Peru relative to Ecuador?')).not.toContain('relative');
    expect(labels('Which relatives of Castillo got asylum?')).toContain('relatives');
  });
});
