import { describe, expect, it } from 'vitest';
import { LIGHT_WORD_WEIGHT } from '../src/search/word-weight.js';
import { realContext } from './helpers.js';

const { engine } = realContext();
/** The weight of a word of `q` no article has (its concept labelled `label`). */
const unknownWeightOf = (q: string, label: string) =>
  engine.understand(q).find((concept) => concept.label === label && concept.kind === 'unknown')?.weight;

// Family K: Spanish questions naming the story's parties in everyday words the articles lack ("queja", "conducta").
describe('an everyday Spanish noun in a question about the story is paraphrase', () => {
  it('counts "conducta" and "actuación" less when the question names the story', () => {
    const conduct = unknownWeightOf(
      '¿Por qué se queja el gobierno peruano de la conducta de México con Betssy Chávez?',
      'conducta',
    );
    expect(conduct).toBeLessThan(0.7);
    expect(conduct).toBeGreaterThanOrEqual(LIGHT_WORD_WEIGHT);
    const acting = unknownWeightOf(
      '¿De qué se queja el canciller peruano sobre la actuación del gobierno mexicano?',
      'actuacion',
    );
    expect(acting).toBeLessThan(0.7);
  });

  it('answers a question on the non-intervention dispute put in everyday words', () => {
    const response = engine.search(
      '¿Qué norma sobre no entrometerse en asuntos internos de otro país está en el centro de la disputa?',
    );
    expect(response.answered).toBe(true);
  });

  it('still counts the noun fully where it names the detail asked', () => {
    // Asked by "cuántas", "qué <noun>", or a how-to: what the noun names is what the articles must give.
    expect(
      unknownWeightOf('¿Cuántas quejas presentó el gobierno peruano contra México ante la ONU?', 'quejas'),
    ).toBeGreaterThan(0.7);
    expect(
      unknownWeightOf('¿En qué universidad estudió el canciller peruano Hugo de Zela?', 'universidad'),
    ).toBeGreaterThan(0.7);
  });

  it('still declines a detail or a task the articles never give', () => {
    for (const q of [
      '¿Cuántas quejas presentó el gobierno peruano contra México ante la ONU?',
      '¿Cómo se calcula la velocidad de un avión entre Lima y México?',
      '¿Qué costumbre de no entrometerse en asuntos de otro país defiende México en la disputa?',
    ])
      expect(engine.search(q).answered, q).toBe(false);
  });
});
