/** When the story's acts were done, asked by a verb or its noun: dated where the article gives the story's day. */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../src/search/answer-type.js';
import { readEvidence } from '../src/search/evidence.js';
import { expectNotInSource, realContext } from './helpers.js';

const { engine } = realContext();
const { analyzer } = engine;
const paragraphsOf = (q: string) => engine.search(q).hits.map((hit) => hit.paragraph);

describe('the date of an act a speaker tells as done "today"', () => {
  it("answers with the paragraph giving the story's date, then the one telling the act", () => {
    expect(paragraphsOf('when did the peruvian government announce its decision')[0]).toBe(1);
    expect(paragraphsOf('when did they announce the decision')).toEqual([1, 2]);
    expect(paragraphsOf('¿cuándo anunció el gobierno peruano la decisión?')[0]).toBe(1);
  });

  it('still declines what no paragraph dates, and a title no act is told of', () => {
    expectNotInSource(engine, ['when did jeri expel the chargee', 'when was hugo de zela named foreign minister']);
  });
});

describe('words spelled as months', () => {
  it('reads a lowercase "may" as the verb, a capitalised one as the month', () => {
    const isName = () => false;
    expect(readEvidence('The effect may be small.', analyzer, isName).hasCalendarDate).toBe(false);
    expect(readEvidence('It happened in May 2024.', analyzer, isName).hasCalendarDate).toBe(true);
    expect(readEvidence('Ocurrió en mayo de 2024.', analyzer, isName).hasCalendarDate).toBe(true);
  });

  it('reads a Spanish "cuando" after a modal as a condition, not as asking when', () => {
    expect(answerTypeOf('¿la embajada deberia cerrar cuando hay una ruptura?', () => false)).toBeUndefined();
    expect(answerTypeOf('¿cuando puede volver chavez?', () => false)?.kind).toBe('date');
  });
});
