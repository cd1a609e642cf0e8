/** A feeling word alone, felt by or at something the article does not have, is no question about the story. */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('questions carried by a feeling word alone', () => {
  it('declines a feeling felt by or at things the article does not have as off topic', () => {
    for (const q of [
      'why is my neighbour so angry at the mailman',
      'why do students hate homework',
      'why are horses mad',
    ])
      expect(engine.search(q).decline?.reason, q).toBe('off-topic');
  });

  it('still answers a feeling of whom the article names, or of no one in particular', () => {
    for (const q of ['why did lima get so mad', 'was peru angry at mexico', 'why was everyone so angry'])
      expect(engine.search(q).answered, q).toBe(true);
  });

  it('reads a Spanish feeling word as the article words it stands for, and declines it alone as off topic', () => {
    // "enojado", "furioso" stand for ¶6's "infuriated"; a neighbour, a dog and a cat are none of the article's.
    for (const q of ['¿por qué mi vecino está tan enojado?', '¿por qué mi perro está tan furioso con el gato?'])
      expect(engine.search(q).decline?.reason, q).toBe('off-topic');
  });

  it('still answers a Spanish feeling of whom the article names, or of no one in particular', () => {
    for (const q of [
      '¿por qué Lima está tan molesta?',
      '¿por qué estaban todos tan enojados?',
      '¿por qué se enojaron al final?',
    ])
      expect(engine.search(q).answered, q).toBe(true);
  });
});
