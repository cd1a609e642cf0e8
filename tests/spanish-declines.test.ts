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

describe('an adjective of manner after a Spanish verb of saying', () => {
  it('says how it was said, not who said it ("q dijo exacto")', () => {
    const question =
      'oigan el canciller dijo q todo el mundo reconoce la democracia peruana menos mexico?? q dijo exacto';
    const response = engine.search(question);
    expect(response.answered, question).toBe(true);
    expect(response.hits[0]?.paragraph, question).toBe(10);
  });

  it('only alone after the verb: within several words it describes them ("las Fuerzas Armadas")', () => {
    const question =
      '¿Qué respondieron los congresistas y las Fuerzas Armadas cuando Castillo intentó disolver el Congreso?';
    expect(engine.search(question).hits[0]?.paragraph, question).toBe(3);
  });
});

describe('a date asked of places the article names', () => {
  it('is declined as the English search declines it: the translation would date another event beside the names', () => {
    for (const question of [
      '¿Cuándo hicieron las paces México y Ecuador?',
      '¿Cuándo se reconciliaron México y Ecuador?',
    ]) {
      const response = engine.search(question);
      expect(response.answered, question).toBe(false);
      expect(response.decline?.reason, question).toBe('not-in-source');
    }
  });
});

describe('a capital after an office holder and "de"', () => {
  it('is the government served, read as its country ("el canciller de Lima")', () => {
    const labels = (question: string) => engine.understand(question).map((c) => c.label);
    expect(labels('¿Qué opina el canciller de Lima del asilo?')).toContain('peru');
    expect(labels('¿Qué piensa el funcionario de Quito de la ruptura?')).toContain('ecuador');
    // Someone who holds no office the articles write lives there: the city stays.
    expect(labels('¿Qué opina un vecino de Lima del asilo?')).toContain('lima');
  });
});
