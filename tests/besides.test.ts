/** "Besides <something>": what a question sets aside names no part of its topic. */
import { describe, expect, it } from 'vitest';
import { setAsideOf, withoutSetAside } from '../src/search/besides.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('what a question sets aside', () => {
  it('is cut up to a mark or a question word, in English and Spanish', () => {
    expect(withoutSetAside('apart from cutting ties, what else did peru do')).toBe(', what else did peru do');
    expect(withoutSetAside('what else did peru do besides cutting ties with mexico?')).toBe('what else did peru do ?');
    expect(withoutSetAside('¿Qué medidas tomó el presidente Jeri además de romper relaciones?')).toBe(
      '¿Qué medidas tomó el presidente Jeri ?',
    );
    expect(withoutSetAside('Aparte del asilo, ¿qué otra queja tiene Lima?')).toBe(', ¿qué otra queja tiene Lima?');
    expect(withoutSetAside("what steps did Peru take against Mexico's diplomats beyond cutting relations?")).toBe(
      "what steps did Peru take against Mexico's diplomats ?",
    );
    expect(withoutSetAside('other than the asylum, what else made Peru angry')).toBe(', what else made Peru angry');
    expect(withoutSetAside('¿qué hizo Jerí más allá de romper relaciones?')).toBe('¿qué hizo Jerí ?');
    // Nothing set aside: "besides" as "moreover", or no such word.
    expect(withoutSetAside('Besides, what did Mexico say?')).toBeUndefined();
    expect(withoutSetAside('what did Mexico say about the asylum?')).toBeUndefined();
    // More than six words with no mark or question word: nothing is cut. A long word is read whole, never tried
    // split in every way (that had made this line take hours).
    expect(withoutSetAside(`besides ${'a'.repeat(5000)} b c d e f g h i j`)).toBeUndefined();
  });

  it('leaves the paragraph answering first, not the one reporting what was set aside', () => {
    // ¶1 reports the rupture; ¶5 what Peru did besides (the chargé d'affaires expelled, consular ties only).
    expect(engine.search('apart from cutting ties, what else did peru do').hits[0]?.paragraph).toBe(5);
    const beyond = "Describe what steps Peru took against Mexico's diplomats beyond cutting relations.";
    expect(engine.search(beyond).hits[0]?.paragraph).toBe(5);
    expect(setAsideOf('what else did peru do besides cutting ties with mexico?')).toBe('cutting ties with mexico');
    // A question that is only what it sets aside is read whole.
    expect(engine.search('besides the asylum?').hits.length).toBeGreaterThan(0);
  });

  it('puts a paragraph of something else done before the best one telling what is set aside', () => {
    // ¶1 and ¶2 tell of the break; ¶5, where the Peruvian government acts, of the expulsion and the consular ties.
    for (const asked of [
      'Other than severing diplomatic relations, what action did Peru take against Mexico?',
      'Aside from declaring the break, what measures did Lima take?',
      'What actions did Peru take in addition to breaking off relations?',
    ])
      expect([asked, engine.search(asked).hits[0]?.paragraph]).toEqual([asked, 5]);
    const spanish = engine.search('¿qué otras acciones tomó el gobierno de Jerí además de romper relaciones?');
    expect(spanish.hits[0]?.paragraph).toBe(5);
    // Not for what is not something done: ¶8 names the bloc's members, Mexico and Peru set aside there too.
    expect(
      engine.search('Besides Mexico and Peru, which countries are in the Pacific Alliance?').hits[0]?.paragraph,
    ).toBe(8);
  });
});

describe('a best paragraph telling just what is set aside', () => {
  it('gives way to a close runner-up telling something else asked', () => {
    // ¶5 and ¶6 tell of the interference (meddling) the question sets aside; ¶10, of a violation of sovereignty.
    for (const asked of [
      'Other than interference, what does Peru accuse Mexico of?',
      'Aparte de la injerencia, ¿de qué más acusa Perú a México?',
    ])
      expect([asked, engine.search(asked).hits[0]?.paragraph]).toEqual([asked, 10]);
  });

  it('keeps it first where the set-aside is listed with the answer, or is what most paragraphs tell', () => {
    // ¶1's "accused of rebellion and conspiracy" lists what is asked with what is set aside.
    expect(engine.search('Apart from rebellion, what is Chavez accused of?').hits[0]?.paragraph).toBe(1);
    // Most paragraphs tell of the asylum: holding it says nothing of what else a paragraph tells.
    expect(
      engine.search('Besides the asylum, what else has strained relations between Peru and Mexico?').hits[0]?.paragraph,
    ).toBe(6);
  });
});
