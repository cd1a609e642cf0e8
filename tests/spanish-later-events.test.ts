/**
 * Spanish questions about what came after the article (relations restored, a verdict) or carried by a feeling word
 * alone are read as their English twins are: declined, while what the article tells is still answered.
 */
import { describe, expect, it } from 'vitest';
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
