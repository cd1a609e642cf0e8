/**
 * "Before <president>" and "after <president>": a head of state named after the particle dates by their term, so the
 * question asks of their predecessor or successor (src/search/holder-before.ts).
 */
import { describe, expect, it } from 'vitest';
import { presidentNames, withHolderBeforeOrAfter } from '../src/search/holder-before.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('presidents the texts name', () => {
  it('are the names written right after the title "president"', () => {
    const names = presidentNames([
      'Under President Jose Jeri, and ex-president Pedro Castillo, Foreign Minister Hugo.',
    ]);
    expect([...names].sort()).toEqual(['castillo', 'jeri', 'jose', 'pedro']);
  });
});

describe('a president named after "before" or "after"', () => {
  const isPresident = (folded: string) => ['jeri', 'castillo'].includes(folded);
  const never = () => false;

  it('is read as that president with a predecessor or a successor', () => {
    expect(withHolderBeforeOrAfter('who ran the place before Jeri?', isPresident, never)).toBe(
      'who ran the place Jeri predecessor?',
    );
    expect(withHolderBeforeOrAfter('who led it after castillo', isPresident, never)).toBe(
      'who led it castillo successor',
    );
  });

  it('is left alone before a possessive, someone else, or where a role already reads with the particle', () => {
    expect(withHolderBeforeOrAfter("what came after Castillo's arrest", isPresident, never)).toBe(
      "what came after Castillo's arrest",
    );
    expect(withHolderBeforeOrAfter('what happened before Chavez left', isPresident, never)).toBe(
      'what happened before Chavez left',
    );
    expect(withHolderBeforeOrAfter('the president before Jeri', isPresident, () => true)).toBe(
      'the president before Jeri',
    );
  });

  it('finds the paragraph telling who held the office before or after them', () => {
    for (const question of [
      'so who was running the show in peru before jeri',
      'What became of the politician who came before Jeri?',
      'which politician was leading Peru after Castillo',
      'who was heading peru’s government after castillo',
    ]) {
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(3);
    }
  });
});
