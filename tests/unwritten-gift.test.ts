/**
 * Whether something was given that the article never writes ("¿Perú ya le dio salvoconducto a Betssy?"): declined,
 * though the search would find the asylum given; a chat "pa q" (so that) asks nothing.
 */
import { describe, expect, it } from 'vitest';
import { askSearch } from '../commands/ask-lead.js';
import { asksYesOrNoInChat } from '../src/search/answer-type.js';
import { realContext } from './helpers.js';

const context = realContext();

describe('a gift the article never writes', () => {
  it('reads a chat "pa q" of purpose as no question word', () => {
    expect(asksYesOrNoInChat('jeri le otorgo un salvoconducto a la betssy pa q se vaya?')).toBe(true);
    expect(asksYesOrNoInChat('pa q le dieron asilo?')).toBe(true);
    expect(asksYesOrNoInChat('q le dieron?')).toBe(false);
  });

  it('declines whether it was given, and still answers what was', () => {
    for (const question of [
      'oye jeri le otorgo un salvoconducto a la betssy pa q se vaya?',
      'el gobierno peruano ya le dio el salvoconducto a chavez?',
    ]) {
      expect(askSearch(question, 'es', context, 3).response!.answered, question).toBe(false);
    }
    expect(askSearch('mexico le dio asilo a betssy pa q no la detengan?', 'es', context, 3).response!.answered).toBe(
      true,
    );
  });
});
