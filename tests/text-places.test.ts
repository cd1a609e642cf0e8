import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

describe('places in the text, named by a verb of ending or beginning', () => {
  it('reads "the writer ended the article" as the article\'s last paragraph, in any form of the verb', () => {
    expect(first('how did the writer end the article')).toBe(12);
    expect(first('in what way does the author finish the text')).toBe(12);
  });

  it('reads "the writer opens the article" as its first paragraph', () => {
    expect(first('how does the writer open the article')).toBe(1);
  });

  it('still reads "end" of something else as a topic, not a place in the text', () => {
    expect(first('why did peru end its ties with mexico')).not.toBe(12);
  });
});
