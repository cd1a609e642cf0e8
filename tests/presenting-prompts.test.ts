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
