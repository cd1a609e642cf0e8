/**
 * The holder of a role in a body the article names but whose holder it never names ("¿quién es el titular de la
 * SRE?"): an article between "de" and the body's name still ties the name to the role, so a person is asked for.
 */
import { describe, expect, it } from 'vitest';
import { askSearch } from '../commands/ask-lead.js';
import { realContext } from './helpers.js';

const context = realContext();

describe('the holder of a role in a named body', () => {
  it('declines it where no holder is named', () => {
    for (const question of [
      'oye y quién era el titular de la SRE en ese momento?',
      '¿Quién dirige como titular la SRE?',
    ]) {
      expect(askSearch(question, 'es', context, 3).response!.answered, question).toBe(false);
    }
  });

  it('still answers a role whose holder is named', () => {
    expect(askSearch('¿quién es el presidente del Perú?', 'es', context, 3).response!.answered).toBe(true);
  });
});
