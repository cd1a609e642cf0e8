import { describe, expect, it } from 'vitest';
import { isSpanish } from '../src/text/language.js';
import {
  isSpanishVerbForm,
  looseSpanishCognates,
  spanishCognates,
  spanishInfinitiveRoots,
  spanishRoot,
} from '../src/text/spanish-words.js';

describe('Spanish word shapes', () => {
  it('tells conjugated verbs by their endings, with or without the accent the ending needs', () => {
    for (const verb of [
      'conversando',
      'siguiendo',
      'sacaron',
      'pelearon',
      'llevó',
      'decidió',
      'sacaran',
      'estaba',
      'tenían',
      'seguirán',
      'darle',
      'diciéndole',
    ])
      expect(isSpanishVerbForm(verb), verb).toBe(true);
    // Nouns that end like infinitives, participles or the conditional, and short words, are not judged verbs.
    for (const other of ['lugar', 'mujer', 'partido', 'estado', 'cancillería', 'asilo', 'embajada', 'llevo', 'dio'])
      expect(isSpanishVerbForm(other), other).toBe(false);
  });

  it('finds roots for alias keys and English cognates', () => {
    expect(spanishRoot('embajadas')).toBe(spanishRoot('embajada'));
    // A title in "-ora" keeps its gender; the masculine's plural is still the masculine.
    expect(spanishRoot('directoras')).toBe(spanishRoot('directora'));
    expect(spanishRoot('directora')).not.toBe(spanishRoot('director'));
    expect(spanishRoot('directores')).toBe(spanishRoot('director'));
    expect(spanishCognates('presidencia')).toContain('presidency');
    expect(spanishCognates('intervencion')).toContain('intervention');
    // "-dad" and "-tad" are English "-ty": the article's "society" is the question's "sociedad".
    expect(spanishCognates('sociedad')).toContain('society');
    expect(spanishCognates('universidades')).toContain('university');
    expect(spanishCognates('libertad')).toContain('liberty');
    // A verb by its infinitive's root: "menciona" is "mention", "expliquen" "explicate" (both talk about a text).
    expect(spanishCognates('menciona')).toContain('mention');
    expect(spanishCognates('mencionan')).toContain('mention');
    expect(spanishCognates('expliquen')).toContain('explicate');
    expect(spanishCognates('indica')).toContain('indicate');
    // "-ificar" is "-ify", in every person and mood: "identifiquemos" is "identify" (a classroom prompt's verb).
    expect(spanishCognates('identifiquemos')).toContain('identify');
    expect(spanishCognates('justifica')).toContain('justify');
    expect(spanishCognates('expliquemos')).toContain('explicate');
    // A plural command: "citen la nota", "describan" (a classroom prompt's verbs).
    expect(spanishCognates('citen')).toContain('cite');
    expect(spanishCognates('describan')).toContain('describe');
    // English keeps the Greek "ph": "frase" is a phrase (talk about the text), "fotografía" a photography.
    expect(spanishCognates('frase')).toContain('phrase');
    expect(spanishCognates('fotografia')).toContain('photography');
    // "-amente" is an adjective's feminine and "-ly": "exactamente" → "exactly", "básicamente" → "basically".
    expect(spanishCognates('exactamente')).toContain('exactly');
    expect(spanishCognates('basicamente')).toContain('basically');
    expect(spanishCognates('completamente')).toContain('completely');
  });

  it("finds an infinitive's root from its other forms, and looser English spellings", () => {
    // With its pronouns, in the conditional, the imperfect and the preterite of -er and -ir verbs.
    expect(spanishInfinitiveRoots('anunciarse')).toContain(spanishRoot('anunciar'));
    expect(spanishInfinitiveRoots('pedirle')).toContain(spanishRoot('pedir'));
    expect(spanishInfinitiveRoots('respaldaria')).toContain(spanishRoot('respaldar'));
    expect(spanishInfinitiveRoots('quedaba')).toContain(spanishRoot('quedar'));
    expect(spanishInfinitiveRoots('salio')).toContain(spanishRoot('salir'));
    expect(spanishInfinitiveRoots('embajada')).toEqual([]);
    // A consonant English doubles, and endings too loose to judge a word by ("salio" is no "sale").
    expect(looseSpanishCognates('ocasion')).toContain('occasion');
    expect(looseSpanishCognates('episodio')).toContain('episode');
    expect(looseSpanishCognates('territorio')).toContain('territory');
    expect(spanishCognates('salio')).not.toContain('sale');
  });

  it('tells a Spanish question by its grammar words, chat spellings included', () => {
    expect(isSpanish('castiyo era d isquierda o d derecha?')).toBe(true);
    expect(isSpanish('y ya sobre eso, q paso entre mexico y peru')).toBe(true);
    // "de" names "de Zela" in English questions too.
    expect(isSpanish('de zella unfriendly')).toBe(false);
    expect(isSpanish('what did de zela say about mexico')).toBe(false);
  });
});
