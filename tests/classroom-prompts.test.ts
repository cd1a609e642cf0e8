import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpanishTalkWords } from '../src/corpus/load.js';
import { Lexicon } from '../src/search/lexicon.js';
import { WordWeights } from '../src/search/word-weight.js';
import { PROJECT_ROOT, realContext } from './helpers.js';

const { engine } = realContext();

/** Things the article names, and a word its paragraphs about each use ("Glas" for Jorge Glas). */
const NAMED: ReadonlyArray<readonly [english: string, spanish: string, marker: RegExp]> = [
  ['the Caracas Convention', 'la Convención de Caracas', /Caracas/],
  ['Karla Ornelas', 'Karla Ornelas', /Ornelas/],
  ['Betssy Chavez', 'Betssy Chávez', /Ch[aá]vez/],
  ['Pedro Castillo', 'Pedro Castillo', /Castillo/],
  ['Jorge Glas', 'Jorge Glas', /Glas/],
  ['the Pacific Alliance', 'la Alianza del Pacífico', /Pacific Alliance/],
  ['Hugo de Zela', 'Hugo de Zela', /Zela/],
  ['Claudia Sheinbaum', 'Claudia Sheinbaum', /Sheinbaum/],
  ['López Obrador', 'López Obrador', /Obrador/],
  ['Dina Boluarte', 'Dina Boluarte', /Boluarte/],
  ['Jose Jeri', 'José Jerí', /Jeri/],
];

/** How teachers and students put classroom prompts, whatever they ask about. */
const ENGLISH = [
  'What does the article say about {x}?',
  'According to the author, what is important about {x}?',
  'How does the author describe {x}?',
  'What is the significance of {x}?',
  'What evidence does the article give about {x}?',
  'Summarize what the article says about {x} in 2-3 sentences.',
  'Identify {x} and explain its relevance.',
  'What can we infer about {x} from the text?',
];
const SPANISH = [
  '¿Qué dice el artículo sobre {x}?',
  'Según el autor, ¿qué importancia tiene {x}?',
  '¿Por qué es importante {x} en esta noticia?',
  'Resume en tres líneas lo que dice el texto sobre {x}.',
  '¿Qué evidencia da el texto sobre {x}?',
];

describe('classroom prompts about anything the article names', () => {
  it('are answered with a paragraph about that thing, in English and Spanish', () => {
    const missed: string[] = [];
    for (const [english, spanish, marker] of NAMED) {
      for (const [templates, name] of [
        [ENGLISH, english],
        [SPANISH, spanish],
      ] as const) {
        for (const template of templates) {
          const question = template.replace('{x}', name);
          const top = engine.search(question).hits[0];
          if (!marker.test(top?.text ?? '')) missed.push(`${question} → ${top ? `¶${top.paragraph}` : 'declined'}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("read what the text does as how the question is put: the article's verb is no topic", () => {
    const labels = (q: string) =>
      engine.understand(q).flatMap((concept) => concept.wordings.flatMap((wording) => wording.terms));
    // "give" would be the alias of "grant" (asylum granted, ¶7); here the article gives evidence.
    const question =
      'What evidence does the article give that tensions between Peru and Mexico existed before the Chavez asylum case?';
    expect(labels(question)).not.toContain('grant');
    expect(
      engine
        .search(question)
        .hits.slice(0, 3)
        .map((hit) => hit.paragraph),
    ).toEqual(expect.arrayContaining([3, 6, 10])); // tensions simmering since 2022, López Obrador, earlier frictions
    expect(labels('¿Qué plantea el texto sobre el asilo?')).not.toContain('plantea');
    // So does the verb after what is asked for: "¿qué razones **ofrece** el autor?" gives no asylum ("grant").
    expect(labels('¿Qué razones ofrece el autor sobre la ruptura?')).not.toContain('grant');
    expect(labels('¿Qué ofrece México a la exprimera ministra?')).toContain('grant');
    // Anywhere else "give" is still the word the article writes "grant".
    expect(labels('who gave asylum to chavez')).toContain('grant');
    // So is what the text did to a thing named before it ("described in the article"): ¶8's "described" no answer.
    const described = 'Summarize the events of December 2022 described in the article.';
    expect(engine.understand(described).map((concept) => concept.label)).not.toContain('described');
    expect(engine.search('the events of December 2022 described in the article').hits[0]?.paragraph).toBe(3);
    // The text's readers are the text's as its author is: no topic ("readers" had made ¶12's closing line "off topic").
    expect(
      engine.search('What final message does the author leave readers with about political asylum?').hits[0]?.paragraph,
    ).toBe(12);
    // Not a deed of the article's: "who described Peru's reaction" asks for the describer (¶8's Sheinbaum).
    expect(labels("who described peru's reaction in the article")).toContain('describ');
  });
});

describe('a label or an address before a prompt', () => {
  const labels = (q: string) => engine.understand(q).map((concept) => concept.label);
  const top = (q: string) => engine.search(q).hits[0]?.paragraph;

  it('is read as how the prompt is put, not as what it asks about', () => {
    for (const [label, marker] of [
      ['seminar question:', /Caracas/],
      ['Q for the group:', /Zela/],
      ['reading check q3:', /Glas/],
      ['ok class,', /Castillo/],
      ['tarea pa mañana:', /Boluarte/],
    ] as const) {
      const subject = marker.source;
      const question = `${label} what does the article say about ${subject}?`;
      // None of the label's words is read as a topic (each checked on its own).
      for (const word of ['class', 'group', 'seminar', 'tarea', 'reading', 'check'])
        expect(labels(question), question).not.toContain(word);
      expect(engine.search(question).hits[0]?.text, question).toMatch(marker);
    }
    // The "Q" of the label is no Spanish "qué" opening a question of its own: the line asks one thing (¶10).
    expect(
      top('Q for the group: according to the peruvian govt, what earlier pattern of friction with mexico was there'),
    ).toBe(10);
    expect(
      engine.search('ok class, in your groups explain what a self-coup is using the castillo example').answered,
    ).toBe(true);
  });

  it('that names what the articles tell of is part of the question', () => {
    expect(labels('Chavez: what happened to her after the asylum?')).toContain('chavez');
    expect(labels('asylum, what is it exactly?')).toContain('asylum');
    expect(labels('the embassy: who stormed it?')).toContain('embassy');
  });

  it('names the school subject it is asked for, which is no topic: the class, not the story, has a history', () => {
    for (const question of [
      'maestra de historia: ¿quién echó a Karla Ornelas de Lima?',
      'cuando le dieron asilo a chavez? es pa la tarea de historia',
      '¿qué hizo Ecuador con la embajada? para mi clase de historia',
      'what did Sheinbaum say about trade, for my history class',
    ]) {
      expect(labels(question), question).not.toContain('historia');
      expect(labels(question), question).not.toContain('history');
      expect(engine.search(question).answered, question).toBe(true);
    }
    // A history asked of the story itself is still a topic.
    expect(labels('¿cuál es la historia de la tensión entre los dos países?')).toContain('historia');
    expect(labels('what is the history behind the dispute?')).toContain('history');
  });
});

describe('Spanish words about the text or an argument that no regular cognate reaches', () => {
  const labels = (q: string) => engine.understand(q).map((concept) => concept.label);

  it('count neither for nor against an answer, as "evidencia" does', () => {
    // "pruebas" (evidence), "palabras", "detalles", "sostiene" (argues), "plantea": no English cognate ending reaches
    // them, so they had counted against every paragraph as words no article has.
    expect(labels('¿Qué pruebas ofrece la nota de que el comercio sigue?')).not.toContain('pruebas');
    expect(labels('¿Qué detalles da el texto sobre el asilo de Chávez?')).not.toContain('detalles');
    expect(labels('¿Qué sostiene la cancillería mexicana sobre su decisión?')).not.toContain('sostiene');
    // An order opening a prompt is how it is put: "Analicen" (analyze) is no topic.
    expect(labels('Analicen la decisión de México de dar asilo a Betssy Chávez.')).not.toContain('analicen');
    // Two such words had made a question about the two speakers' words look off topic; ¶8 quotes Sheinbaum's.
    const words = engine.search('¿Qué palabras usaron De Zela y Sheinbaum al hablar de la ruptura?');
    expect(words.answered).toBe(true);
    expect(words.hits.map((hit) => hit.paragraph)).toContain(8);
  });

  it('are listed only where WordNet reads their English word as talk', () => {
    const weights = new WordWeights({ lightWords: new Set(), nameForms: new Map(), lexicon: new Lexicon() });
    const listed = [...loadSpanishTalkWords(join(PROJECT_ROOT, 'corpus')).values()].flat();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((english) => !weights.isTalk(english, false))).toEqual([]);
  });

  it('"a partir del texto" says where an answer comes from, not what it is about', () => {
    // "partir" would be the article's "part" (¶7's "for its part").
    expect(labels('¿Cómo afectó la ruptura a la embajada mexicana en Lima, a partir del texto?')).not.toContain(
      'partir',
    );
    expect(labels('¿Por qué Perú expulsó a la encargada de negocios, de acuerdo con el texto?')).not.toContain(
      'acuerdo',
    );
  });
});

describe('a person\'s role asked ("X\'s role", "el papel de X")', () => {
  const top = (q: string) => engine.search(q).hits[0]?.paragraph;

  it('leads with a paragraph where the person acts, not one only naming them', () => {
    // ¶4 tells her office, charges, denial and request; ¶1 the charges and asylum; ¶3 and ¶9 never name her.
    expect([1, 4]).toContain(top('Resume el papel de Chávez en la crisis entre los dos países.'));
    expect(top("Outline Betssy Chavez's role in the dispute between the two countries.")).toBe(4);
  });

  it("leaves a role told in someone else's words to the one who said it", () => {
    expect(top("How did de Zela describe Chavez's role in the crisis?")).toBe(2);
  });
});
