/** A paragraph named by its place ("the third paragraph", "el párrafo 3: quién y cuándo") is the one asked. */
import { describe, expect, it } from 'vitest';
import { namesParagraphNumber, ordinalParagraphs } from '../src/text/paragraph-number.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('a paragraph named by its place', () => {
  it('reads ordinals, English and Spanish, before or after the paragraph word', () => {
    expect(ordinalParagraphs('What does the fourth paragraph tell us?').map((p) => p.number)).toEqual([4]);
    expect(ordinalParagraphs('Explica el párrafo séptimo').map((p) => p.number)).toEqual([7]);
    expect(ordinalParagraphs('¿Y la tercera parte?')).toEqual([]);
    expect(ordinalParagraphs('the 6th paragraph').map((p) => p.number)).toEqual([6]);
    expect(namesParagraphNumber('What is the main idea of the closing paragraph?')).toBe(true);
    expect(namesParagraphNumber('Who seconded the motion?')).toBe(false);
  });

  it('answers with the paragraph an ordinal names', () => {
    for (const [question, paragraph] of [
      ['What is the sixth paragraph about?', 6],
      ['Explain the 8th paragraph in simple words', 8],
      ['¿Qué cuenta el décimo párrafo?', 10],
      ['Explica con tus palabras el párrafo tercero', 3],
    ] as const) {
      const response = engine.search(question);
      expect(response.answered, question).toBe(true);
      expect(response.hits[0]?.paragraph, question).toBe(paragraph);
    }
  });

  it('answers a paragraph asked with question words for what to look for in it', () => {
    for (const [question, paragraph] of [
      ['Sum up the first paragraph: who acted, and when?', 1],
      ['Resume el párrafo 4: quién es ella y cuándo ocurrió', 4],
      ['In the last paragraph, who is mentioned and when?', 12],
    ] as const) {
      const response = engine.search(question);
      expect(response.answered, question).toBe(true);
      expect(response.hits[0]?.paragraph, question).toBe(paragraph);
    }
  });

  it('still reads a text place without a paragraph word as what it asks', () => {
    // "wrap up" is a text place's phrase; the question asks a date no paragraph gives.
    const response = engine.search("When will the trial of Castillo's former minister wrap up?");
    expect(response.answered).toBe(false);
  });
});
