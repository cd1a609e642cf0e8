/**
 * Family D: Spanish questions in everyday paraphrase, read as they are meant. The questions are written for these
 * tests, not taken from any question set.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../src/search/answer-type.js';
import { Capitals } from '../src/search/capitals.js';
import { realContext } from './helpers.js';

const { engine, corpus } = realContext();
const noNames = () => false;
const first = (question: string) => engine.search(question).hits[0]?.paragraph;

describe('a Spanish speaker ends before "frente a" (in the face of), as before "ante"', () => {
  it('reads whom "frente a" introduces as what was reacted to, not as part of the speaker', () => {
    expect(answerTypeOf('¿Cómo reaccionó el gobierno peruano frente a la decisión de México?', noNames)?.speaker).toBe(
      'el gobierno peruano',
    );
    expect(answerTypeOf('¿Qué respondió Sheinbaum frente a la medida peruana?', noNames)?.speaker).toBe('sheinbaum');
  });

  it('answers how someone reacted "frente a" something instead of declining it as off topic', () => {
    expect(first('¿Cómo reaccionó Jerí frente a la encargada de negocios de México?')).toBe(5);
    expect(first('¿Cómo respondió el Estado peruano frente a la encargada de negocios mexicana?')).toBe(5);
    expect(first('¿Qué respondió Sheinbaum frente a la medida peruana?')).toBe(8);
  });
});

describe('Spanish prepositions are stop words, a closed class', () => {
  it('sets aside "hacia" and "mediante" as it does "desde" and "hasta"', () => {
    for (const word of ['hacia', 'mediante', 'desde', 'hasta']) expect(corpus.stopWords.has(word), word).toBe(true);
  });
});

describe('a capital made to do something ("¿qué llevó a Lima a romper …?") is its government', () => {
  const capitals = new Capitals(corpus.capitals);

  it('reads the capital between the "a" of whom a verb acts on and an infinitive as its country', () => {
    expect(capitals.asGovernments('¿Qué llevó a Lima a romper relaciones con México?')).toBe(
      '¿Qué llevó a Peru a romper relaciones con México?',
    );
    // After a verb of going, "a Lima" is still where someone went, whatever they went there to do.
    expect(capitals.asGovernments('¿Chávez viajó a Lima a pedir ayuda?')).toBe('¿Chávez viajó a Lima a pedir ayuda?');
    expect(capitals.asGovernments('¿Quién llegó a Lima?')).toBe('¿Quién llegó a Lima?');
  });

  it("answers with Peru's break of relations, not the paragraph that names the city", () => {
    expect(first('¿Qué llevó a Lima a romper relaciones con México?')).toBe(1);
    expect(first('¿Qué obligó a Lima a cortar los vínculos con México?')).toBe(1);
  });
});

describe('"llegar a la jefatura del Estado" (to reach the head of state\'s office) is rising to the presidency', () => {
  it("answers with ¶3, where Boluarte's ouster paves the way for Jeri's rise to the presidency", () => {
    expect(first('¿Gracias a qué acontecimiento Jeri llegó a la jefatura del Estado?')).toBe(3);
    expect(first('¿Por qué razón Jerí pudo llegar a la jefatura del Estado?')).toBe(3);
  });
});

describe('"aclarar" (to clarify) is asking and being told, as ¶8\'s embassy asked and was told', () => {
  it('answers with ¶8 instead of declining the verb no alias read', () => {
    expect(first('¿Qué hizo la embajada para aclarar el tema?')).toBe(8);
    expect(first('¿De qué manera buscó la embajada de México esclarecer la medida de Lima?')).toBe(8);
  });
});

describe('"pidió" (asked for) of a person is what they demanded, unless what was asked for is asylum', () => {
  it('answers what Sheinbaum asked about Castillo with ¶6, where she demanded his release', () => {
    expect(first('¿Qué pidió Sheinbaum sobre el expresidente Castillo?')).toBe(6);
  });

  it('keeps "pidió asilo" the request of ¶4', () => {
    expect(first('¿Quién pidió asilo en la embajada mexicana?')).toBe(4);
    expect(first('¿Betssy Chávez pidió asilo por su cuenta?')).toBe(4);
  });
});

describe('feelings asked ("sentimientos", "emociones") are ¶2\'s "surprise and deep regret"', () => {
  it('answers what Peru felt about the asylum with ¶2', () => {
    expect(first('¿Qué sentimiento le causó a la cancillería peruana el asilo de Chávez?')).toBe(2);
  });
});

describe('"estabilidad política" (political stability) is asked as its lack, ¶3\'s deepening political crisis', () => {
  it('answers whether Peru was stable after Castillo with ¶3', () => {
    expect(first('¿Hubo estabilidad política en Perú después de que arrestaron a Castillo?')).toBe(3);
  });
});
