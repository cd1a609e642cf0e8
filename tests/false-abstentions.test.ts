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
