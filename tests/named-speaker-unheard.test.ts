/**
 * A statement whose speaker is names alone that no sentence has speaking ("el gobierno de Chile") is declined in
 * Spanish without searching the translation (SearchEngine.speakerOnlyNamed); a speaker the articles have speak
 * ("Sheinbaum") is not declined for that, so its translation is still tried.
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
type Own = { decline?: { reason?: string; namedSpeakerUnheard?: true } };
const own = (question: string): Own =>
  (engine as unknown as { searchOwn(q: string, o: object): Own }).searchOwn(question, { offset: 0, limit: 10 });

describe('a named speaker no sentence has speaking', () => {
  it('declines a country the articles never have speak', () => {
    expect(own('¿Qué declaró el gobierno de Chile sobre la ruptura?').decline?.namedSpeakerUnheard).toBe(true);
    expect(engine.search('¿Qué declaró el gobierno de Chile sobre la ruptura?').decline?.reason).toBe('not-in-source');
  });

  it('does not mark a speaker the articles have speak', () => {
    for (const question of [
      '¿Qué declaró Sheinbaum sobre el precio del petróleo?',
      '¿Qué dijo Sheinbaum sobre la ruptura?',
      '¿Qué declaró el gobierno de México sobre el precio del petróleo?',
    ])
      expect(own(question).decline?.namedSpeakerUnheard).toBeUndefined();
  });
});
