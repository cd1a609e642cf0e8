/**
 * Where someone will go ("where will Chávez travel", "¿a qué país viajará Chávez?"): a journey still to come, told by
 * no sentence of the article, is declined as not in the source.
 */
import { describe, expect, it } from 'vitest';
import { askSearch } from '../commands/ask-lead.js';
import { realContext } from './helpers.js';

const context = realContext();

describe('a journey still to come', () => {
  it('declines where someone will go, in English and Spanish', () => {
    for (const question of [
      'so where will Betssy Chavez fly once she gets out of the embassy?',
      'which country is Chavez going to travel to next?',
    ]) {
      const result = askSearch(question, 'en', context, 3).response!;
      expect(result.answered, question).toBe(false);
    }
    for (const question of [
      '¿Hacia qué país volará Betssy Chávez al dejar la embajada?',
      'y a donde se va a ir la chavez?',
    ]) {
      const result = askSearch(question, 'es', context, 3).response!;
      expect(result.answered, question).toBe(false);
    }
  });

  it('still answers where someone is now, and where they went', () => {
    for (const question of ['where is Chavez sheltering at the moment?', '¿a dónde entró Betssy Chávez?']) {
      const lang = question.startsWith('¿') ? 'es' : 'en';
      expect(askSearch(question, lang, context, 3).response!.answered, question).toBe(true);
    }
  });
});
