/**
 * Spanish questions about what came after the article (relations restored, a verdict) or carried by a feeling word
 * alone are read as their English twins are: declined, while what the article tells is still answered.
 */
import { describe, expect, it } from 'vitest';
import { askSearch } from '../commands/ask-lead.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('Spanish questions about relations restored after the article', () => {
  it('reads "restablecer relaciones" as one thing, as English reads "restore relations", and declines its date', () => {
    for (const q of [
      '¿En qué mes reanudaron relaciones México y Ecuador?',
      '¿Cuándo restablecieron los lazos Ecuador y México?',
    ]) {
      const response = engine.search(q);
      expect(response.answered, q).toBe(false);
      expect(response.decline?.reason, q).toBe('not-in-source');
    }
  });

  it('still answers the break the article tells, and whether the rupture will last', () => {
    expect(engine.search('¿Cuándo rompió México relaciones con Ecuador?').hits[0]?.paragraph).toBe(9);
    expect(engine.search('¿Por qué Perú rompió relaciones con México?').answered).toBe(true);
    expect(engine.search('¿Perú y México van a restablecer relaciones?').hits[0]?.paragraph).toBe(12);
  });
});

describe('a second question marked as asked after one asking past the article', () => {
  const context = realContext();
  const shown = (q: string) => askSearch(q, 'es', context, 3);

  it('searches both questions: the yes-or-no one is asked, not said', () => {
    for (const q of [
      '¿Qué pasó después con Jorge Glas? ¿Lo soltaron?',
      '¿Qué pasó después con Jorge Glas? ¿Lo llegaron a juzgar?',
    ]) {
      const { lead, response } = shown(q);
      expect(lead?.kind, q).toBe('coverage');
      expect(response?.answered ?? false, q).toBe(false);
    }
  });

  it('still reads a statement after the question as no question', () => {
    const { response } = shown('¿Qué pasó después con Jorge Glas? lo vi en las noticias');
    expect(response?.hits[0]?.paragraph).toBe(9);
  });
});
