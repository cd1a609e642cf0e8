import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

// Family B: English questions the article answers that were declined.
describe('a mistyped function word names nothing', () => {
  it('reads "abuot" as "about", not as a rare word the article lacks', () => {
    expect(first('what did chaves say abuot her case')).toBe(4);
  });

  it('still declines what the article does not tell, typo or not', () => {
    expect(engine.search('what did chaves say abuot her ceviche').hits).toHaveLength(0);
  });
});

describe('a date asked of the story as a whole, the calendar word restated at the end', () => {
  it.each(['so when did this whole thing happen, like the day', 'when did that go down, the actual year'])(
    '%s → ¶1',
    (q) => {
      expect(first(q)).toBe(1);
    },
  );

  it('still declines a date of something the article does not tell', () => {
    expect(engine.search('when is the party, like the date').hits).toHaveLength(0);
  });
});
