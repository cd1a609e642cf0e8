/**
 * Family F: Spanish (and English) questions the article answers that were declined, and questions it does not answer
 * that were answered. The questions are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('a speaker named only by a role', () => {
  it('speaks as the people the article gives that role ("the minister": Foreign Minister Hugo de Zela)', () => {
    for (const question of [
      '¿Qué dijo el ministro sobre que el mundo entero reconoce que el Perú es una democracia salvo un país?',
      'What did the minister say about every country in the world recognizing Peru as a democracy but one?',
    ]) {
      const response = engine.search(question);
      expect(response.answered, question).toBe(true);
      expect(response.hits[0]?.paragraph, question).toBe(10);
    }
  });
});
