/** A capital named as a government is read as its country; after a word of place it stays the city. */
import { describe, expect, it } from 'vitest';
import { loadCapitals } from '../src/corpus/load.js';
import { Capitals } from '../src/search/capitals.js';
import { PROJECT_ROOT, realContext } from './helpers.js';
import { join } from 'node:path';

const capitals = new Capitals(loadCapitals(join(PROJECT_ROOT, 'corpus')));
const { engine } = realContext();

describe('capitals as governments', () => {
  it('reads a capital that acts, owns or is dealt with as its country', () => {
    expect(capitals.asGovernments('Why did Lima decide to stop diplomatic dealings with Mexico City?')).toBe(
      'Why did Peru decide to stop diplomatic dealings with Mexico?',
    );
    expect(capitals.asGovernments("what did Lima's foreign minister say")).toBe("what did Peru's foreign minister say");
    expect(capitals.asGovernments('Según Lima, ¿para qué usa México el asilo?')).toBe(
      'Según Peru, ¿para qué usa México el asilo?',
    );
    expect(capitals.asGovernments('¿Qué dijo la CIUDAD DE MÉXICO?')).toBe('¿Qué dijo la Mexico?');
    expect(capitals.asGovernments('how did the government of Lima respond')).toBe(
      'how did the government of Peru respond',
    );
    // Spanish "de" after a word for a government is its "of", not a place's.
    expect(capitals.asGovernments('¿Por qué el gobierno de Lima rompió con México?')).toBe(
      '¿Por qué el gobierno de Peru rompió con México?',
    );
    // So too after a Spanish noun of action ("-ción", "-sión"): what the government decided or did.
    expect(capitals.asGovernments('¿Quién anunció la decisión de Lima?')).toBe('¿Quién anunció la decisión de Peru?');
    expect(capitals.asGovernments('¿Cómo fue la reacción de Quito en 2024?')).toBe(
      '¿Cómo fue la reacción de Ecuador en 2024?',
    );
  });

  it('knows which place lies in which: a country holds its capital, a capital nothing the table knows', () => {
    expect(capitals.within('peru')).toEqual(['lima']);
    expect(capitals.within('mexico')).toEqual(expect.arrayContaining(['mexico city', 'cdmx']));
    expect(capitals.within('lima')).toEqual([]);
    expect(capitals.within('latin america')).toBeUndefined();
  });

  it('keeps a capital after a word of place, and words that only contain a capital', () => {
    for (const text of [
      'the Mexican embassy in Lima',
      'la embajada de México en Lima',
      'flights from Quito to Lima',
      'which district of Quito was it in',
      'the streets of Lima',
      'la ciudad de Lima',
      'limabean and sublimation',
    ])
      expect(capitals.asGovernments(text)).toBe(text);
  });

  it('finds what the government did, not where the city is named', () => {
    // "Lima" alone finds the embassy "in Lima" (¶4, ¶8); Peru's reasons are ¶1–¶2.
    const hits = engine.search('Why did Lima decide to stop diplomatic dealings with Mexico City?').hits;
    expect([1, 2]).toContain(hits[0]?.paragraph);
    expect(
      engine.search('¿En qué fecha Lima decidió cortar los lazos oficiales con el gobierno mexicano?').hits[0]
        ?.paragraph,
    ).toBe(1);
    // The city: the embassy where Chávez entered (¶4) or asked about (¶8).
    expect([4, 8]).toContain(engine.search('where is the Mexican embassy in Lima').hits[0]?.paragraph);
  });
});
