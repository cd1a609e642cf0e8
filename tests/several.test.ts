/** Several questions in one line: each is searched, and each one's best passage is listed. */
import { describe, expect, it } from 'vitest';
import { splitQuestions } from '../src/search/several.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('several questions in one line', () => {
  it('splits at "and", a comma or "?" before a question word, in English and Spanish', () => {
    expect(splitQuestions('who did peru kick out and what relations are left between the countries')).toEqual([
      'who did peru kick out',
      'what relations are left between the countries',
    ]);
    expect(splitQuestions('what happened with ecuador? also which countries are in the pacific alliance')).toEqual([
      'what happened with ecuador?',
      'which countries are in the pacific alliance',
    ]);
    expect(splitQuestions('¿Quién es Betssy Chávez y por qué México le dio asilo?')).toEqual([
      '¿Quién es Betssy Chávez',
      'por qué México le dio asilo?',
    ]);
    // A question can open with a preposition before its question word.
    expect(splitQuestions('¿Quién expulsó a Ornelas y en qué fecha rompió Perú con México?')).toEqual([
      '¿Quién expulsó a Ornelas',
      'en qué fecha rompió Perú con México?',
    ]);
    expect(splitQuestions('who is jeri and in which year did castillo try to dissolve congress')).toEqual([
      'who is jeri',
      'in which year did castillo try to dissolve congress',
    ]);
  });

  it('keeps one question whole: a lead-in, a list of names, a part too short to ask anything', () => {
    for (const q of [
      'According to the text, how did Claudia Sheinbaum describe Peru’s reaction?',
      'Besides Mexico and Peru, which countries are in the Pacific Alliance?',
      'why did Peru and Mexico fall out',
      'what is the Caracas Convention and why?',
    ])
      expect(splitQuestions(q), q).toEqual([q]);
  });

  it('lists the best passage of each question first', () => {
    const response = engine.search('who did peru kick out and what relations are left between the countries');
    expect(response.answered).toBe(true);
    const top = response.hits.slice(0, 2).map((hit) => hit.paragraph);
    expect(top).toContain(5); // Karla Ornelas expelled
    expect(top.some((p) => [5, 8, 11].includes(p))).toBe(true);
  });

  it('answers a question of the line even when another asks for what the article lacks', () => {
    // "How long a sentence" asks for a length of time about her, "did she know" does not: the line is answered.
    const response = engine.search(
      'how long a sentence is she facing and did she know about the plan to dissolve congress',
    );
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(4);
  });

  it('reads a part with no words of its own with the rest of the line', () => {
    expect(splitQuestions('wait so castillo tried to shut down congress?? when was that')).toHaveLength(2);
    const response = engine.search('wait so castillo tried to shut down congress?? when was that');
    expect(response.hits[0]?.paragraph).toBe(
      engine.search('wait so castillo tried to shut down congress when was that').hits[0]?.paragraph,
    );
  });
});
