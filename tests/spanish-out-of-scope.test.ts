/**
 * Spanish questions that name what the article has but ask for a detail it never gives (a court's final sentence, …)
 * are declined as not in the source, as their English twins are; the details it does give are still answered.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../src/search/answer-type.js';
import { expectNotInSource, realContext } from './helpers.js';

const { engine } = realContext();

describe('Spanish questions about a detail the article never gives', () => {
  it('reads the noun "condena" as a sentence asked for, and "final" as the court decision', () => {
    const noName = () => false;
    expect(answerTypeOf('¿Qué condena le dieron a Glas?', noName)).toMatchObject({ kind: 'verdict' });
    expect(answerTypeOf('¿Qué condena le dieron a Glas?', noName)?.unit).toBeUndefined();
    expect(answerTypeOf('¿Cuál fue la condena definitiva de Castillo?', noName)?.unit).toBe('decision');
    expect(answerTypeOf('What sentence did Glas ultimately get?', noName)?.unit).toBe('decision');
    // The verb condemns (criticises) as often as it sentences: no verdict is asked.
    expect(answerTypeOf('¿Quién condenó el intento de autogolpe?', noName)?.kind).not.toBe('verdict');
  });

  it('declines a final sentence the article never reports, and answers the one prosecutors seek', () => {
    // ¶4's 25-year sentence is sought by prosecutors, for Chávez; no court has ruled on anyone.
    expectNotInSource(engine, [
      '¿Y al final qué condena le pusieron a Pedro Castillo?',
      '¿Cuál fue la sentencia definitiva contra Betssy Chávez?',
      '¿Qué condena le impusieron finalmente a Jorge Glas?',
      'What sentence did Chavez finally get?',
    ]);
    for (const q of [
      '¿Cuánta condena piden los fiscales contra Betssy Chávez?',
      '¿Qué condena buscan los fiscales para la ex primera ministra?',
    ])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(4);
  });

  it('declines who will do something to a person when no paragraph tells that act with their name', () => {
    // ¶5 expels Karla Ornelas; no one is named to take her place. "Ir a" with the infinitive says what is to come.
    expectNotInSource(engine, [
      '¿Quién va a sustituir a Karla Ornelas en la embajada?',
      'y quienes van a reemplazar a karla ornelas en lima?',
    ]);
    // ¶9 tells the police detaining Jorge Glas.
    expect(engine.search('¿Quién iba a detener a Jorge Glas en Quito?').hits[0]?.paragraph).toBe(9);
  });

  it('keeps the English search declining a date of what no paragraph tells of the person asked about', () => {
    // No paragraph takes Chávez to Mexico: the translation, searched word for word, found her name beside ¶4's date.
    expectNotInSource(engine, ['¿Cuándo pisó Betssy Chávez suelo mexicano?']);
    // What the articles do tell of her is dated: her release (September 2025) and entering the embassy (November 4).
    for (const q of ['¿cuándo soltaron a la chavez?', '¿Cuándo entró Betssy Chávez a la embajada?'])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(4);
  });

  it('reads "en qué trabajaba … antes de ser" as asking an earlier job, which the article gives only some people', () => {
    // Nothing tells what de Zela did before he was foreign minister; ¶3 calls Castillo "a leftist former teacher".
    expectNotInSource(engine, ['¿En qué trabajaba Hugo de Zela antes de ser canciller de Perú?']);
    expect(engine.search('¿De qué trabajaba Pedro Castillo antes de ser presidente?').hits[0]?.paragraph).toBe(3);
  });
});
