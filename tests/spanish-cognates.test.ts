/**
 * Spanish words whose English cognate follows a regular spelling the generator did not know: "-itud" (magnitude),
 * "-gen" (margin, not the false friend "marge"), "cu" before "e" or "i" (consequence, frequency) and an "-er"/"-ir"
 * verb's present in "-e" (correspond), a noun of doing in "-miento" (distancing, movement). Such a word weighs, and
 * is read, as its English cognate is.
 */
import { describe, expect, it } from 'vitest';
import { spanishCognates } from '../src/text/spanish-words.js';
import { realContext } from './helpers.js';

const { engine } = realContext();
/** The weight of a word of `q` no article has (its concept labelled `label`). */
const unknownWeightOf = (q: string, label: string) =>
  engine.understand(q).find((concept) => concept.label === label && concept.kind === 'unknown')?.weight;

describe('Spanish cognates by regular spelling', () => {
  it('finds the English word of "-itud", "-gen", "cu" and a verb in "-e"', () => {
    expect(spanishCognates('magnitud')).toContain('magnitude');
    expect(spanishCognates('altitudes')).toContain('altitude');
    expect(spanishCognates('origen')).toContain('origin');
    expect(spanishCognates('consecuencias')).toContain('consequence');
    expect(spanishCognates('frecuencia')).toContain('frequency');
    expect(spanishCognates('responde')).toContain('respond');
    expect(spanishCognates('distanciamiento')).toContain('distancing');
    expect(spanishCognates('movimientos')).toContain('movement');
  });

  it('puts the closer match first: "margen" is a margin before it is a "marge"', () => {
    const cognates = spanishCognates('margen');
    expect(cognates.indexOf('margin')).toBeGreaterThanOrEqual(0);
    expect(cognates.indexOf('margin')).toBeLessThan(cognates.indexOf('marge'));
  });

  it('weighs a Spanish verb in "-e" as its English verb, not as a rare thing asked about', () => {
    expect(unknownWeightOf('¿A qué ministerio corresponde la SRE?', 'corresponde')).toBeCloseTo(
      unknownWeightOf('which ministry does the SRE correspond to', 'correspond')!,
    );
  });

  it('weighs a noun of doing as its English verb form, and answers a question that names it', () => {
    const question = '¿Continúa el comercio entre los dos países pese al distanciamiento?';
    expect(unknownWeightOf(question, 'distanciamiento')).toBeLessThan(0.7);
    // ¶8: trade and the other bilateral relations would continue.
    expect(engine.search(question).hits[0]?.paragraph).toBe(8);
  });

  it('answers a question about consequences from the passage that tells them', () => {
    const response = engine.search('¿Qué consecuencias tuvo para Chávez su participación en el intento de golpe?');
    expect(response.answered).toBe(true);
    // ¶1: she is accused of rebellion and conspiracy for her alleged involvement in the attempt.
    expect(response.hits.map((hit) => hit.paragraph)).toContain(1);
  });
});
