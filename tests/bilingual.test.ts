import { describe, expect, it } from 'vitest';
import { fuseBilingual } from '../src/search/bilingual.js';
import { SearchEngine, type SearchHit, type SearchResponse } from '../src/search/engine.js';
import { SpanishSpelling, diminutiveBases, spanishSound } from '../src/search/spanish-spelling.js';
import { spanishStem } from '../src/text/stem-es.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

function hit(paragraph: number, score: number, coverage: number, sentence = 0): SearchHit {
  return {
    docId: 'a',
    sourceTitle: 'A',
    paragraph,
    text: `¶${paragraph}`,
    highlights: [],
    score,
    coverage,
    sentence,
  };
}

function answered(...hits: SearchHit[]): SearchResponse {
  return { query: 'q', answered: true, hits, total: hits.length };
}

const declined: SearchResponse = {
  query: 'q',
  answered: false,
  decline: { reason: 'off-topic', mentions: [] },
  hits: [],
  total: 0,
};

describe('Spanish stems (Snowball), for the translations and the questions matched against them', () => {
  it('brings the forms of a word together, typed with or without accents', () => {
    const same = (...words: string[]) => expect(new Set(words.map(spanishStem)).size).toBe(1);
    same('rompio', 'rompia', 'romper', 'rompieron', 'rompe');
    same('conspiracion', 'conspiraciones');
    same('expulso', 'expulsada', 'expulsar');
    same('relacion', 'relaciones');
    same('peruano', 'peruanos', 'peruana');
    // Plurals Snowball alone would part from their singular: "-nos" read as an attached pronoun, a short word kept.
    same('gobierno', 'gobiernos');
    same('alto', 'altos');
    same('pais', 'paises');
    same('ley', 'leyes');
    // A verb's first person plural is not a plural noun.
    expect(spanishStem('vivimos')).toBe(spanishStem('vivir'));
  });

  it('keeps different words apart and numbers as they are', () => {
    expect(spanishStem('asilo')).not.toBe(spanishStem('asalto'));
    // A person named for a place or an act is not that place: "embajador" is not "embajada".
    expect(new Set(['embajador', 'embajadora', 'embajadores'].map(spanishStem)).size).toBe(1);
    expect(spanishStem('embajador')).not.toBe(spanishStem('embajada'));
    expect(spanishStem('2022')).toBe('2022');
  });
});

const known = (folded: string) => ['lima', 'que', 'es', 'de', 'quien', 'sela', 'nada', 'ver'].includes(folded);

describe('names in a Spanish question spelt as they sound', () => {
  it('gives one sound to the letters Spanish writes it with', () => {
    const same = (...words: string[]) => expect(new Set(words.map(spanishSound)).size).toBe(1);
    same('zela', 'sela', 'cela');
    same('hugo', 'ugo');
    same('boluarte', 'voluarte');
    same('castillo', 'castiyo', 'kastillo');
    same('jorge', 'jorje');
    same('betssy', 'betsi');
    same('sheinbaum', 'sheimbaun', 'sheinbaun');
    expect(spanishSound('chavez')).not.toBe(spanishSound('cavez'));
    expect(spanishSound('gato')).not.toBe(spanishSound('jato'));
  });

  const spelling = new SpanishSpelling(['zela', 'hugo', 'castillo', 'lima'], known);

  it('respells a word no article has that sounds like one of their names, keeping the rest as typed', () => {
    expect(spelling.rewrite('¿quien es ugo de zela?')).toBe('¿quien es Hugo de zela?');
    expect(spelling.rewrite('el autogolpe de castiyo!')).toBe('el autogolpe de Castillo!');
  });

  it('keeps a word the search knows, a word sounding like two names, and a question without either', () => {
    expect(spelling.rewrite('quien es sela')).toBe('quien es sela');
    expect(spelling.rewrite('nada que ver')).toBe('nada que ver');
    const twoNames = new SpanishSpelling(['zela', 'cela'], known);
    expect(twoNames.rewrite('es zelah')).toBe('es zelah');
  });

  it('reads a long word one slip from a name by ear as that name, not a listed word nor one near two names', () => {
    const listed = (folded: string) => (['castigo'].includes(folded) ? folded : undefined);
    const names = new SpanishSpelling(['sheinbaum', 'claudia', 'castillo', 'ornelas', 'orneles'], known, listed);
    expect(names.rewrite('q dijo clauida shembaun')).toBe('q dijo Claudia Sheinbaum');
    // "castigo" (punishment) is a word of its own; "ornelos" is one slip from two names.
    expect(names.rewrite('el castigo de castiyo')).toBe('el castigo de Castillo');
    expect(names.rewrite('ornelos')).toBe('ornelos');
  });
});

describe('everyday Spanish words spelt by ear', () => {
  const listed = new Map([
    ['porque', 'porque'],
    ['negocios', 'negocios'],
    ['voto', 'voto'],
  ]);
  const soundAlike = (folded: string) =>
    listed.get(folded) ?? [...listed.keys()].find((word) => spanishSound(word) === spanishSound(folded));
  const spelling = new SpanishSpelling(['zela'], known, soundAlike);

  it('respells a word no list has as the listed word it sounds like', () => {
    expect(spelling.rewrite('porqe le dieron asilo')).toBe('porque le dieron asilo');
    expect(spelling.rewrite('la encargada de negosios')).toBe('la encargada de negocios');
  });

  it('keeps a listed word and a word the search knows', () => {
    expect(spelling.rewrite('su voto')).toBe('su voto');
    expect(spelling.rewrite('quien es sela')).toBe('quien es sela');
  });

  it('respells an alias key only as a name: the nickname "peje" is no "pegue", "betsy" still Betssy', () => {
    const withPegue = (folded: string) => (folded === 'peje' ? 'pegue' : soundAlike(folded));
    const keys = new SpanishSpelling(['betssy'], known, withPegue, (folded) => ['peje', 'betsy'].includes(folded));
    expect(keys.rewrite('quien es el peje')).toBe('quien es el peje');
    expect(keys.rewrite('quien es betsy')).toBe('quien es Betssy');
    expect(new SpanishSpelling([], known, withPegue).rewrite('quien es el peje')).toBe('quien es el pegue');
    // In the real engine: López Obrador's nickname (¶6), and Castillo's said with "el" is no role asked (¶3).
    expect(engine.search('quien es el peje').hits[0]?.paragraph).toBe(6);
    expect(engine.search('quien es el sombreron').hits[0]?.paragraph).toBe(3);
  });

  it('in the real engine, keeps a form of a listed word ("botó" is no "voto") and finds what the respelling means', () => {
    expect(engine.search('¿A quién botó del país el gobierno de Jeri?').hits[0]?.paragraph).toBe(5);
    expect(engine.search('porqe le dieron asilo a betsy chaves').answered).toBe(true);
  });
});

describe("words of the story's Spanish typed with a slip or by ear", () => {
  const story = {
    words: () => ['embajada', 'inamistoso', 'congreso', 'congelo', 'relacion', 'reaccion', 'presi', 'vacan'],
    frequency: (folded: string) => ({ congreso: 3.9, congelo: 2.8, relacion: 5, reaccion: 4.2 })[folded] ?? 0,
  };
  const spelling = new SpanishSpelling(
    ['zela'],
    known,
    () => undefined,
    () => false,
    story,
  );

  it('reads a word no list has as the one story word it sounds like, or the one a letter away', () => {
    expect(spelling.rewrite('un acto inamistozo')).toBe('un acto inamistoso');
    expect(spelling.rewrite('la embajda de mexico')).toBe('la embajada de mexico');
    // Of two words a slip away, the one far commoner in Spanish.
    expect(spelling.rewrite('cerrar el congeso')).toBe('cerrar el congreso');
  });

  it('keeps a word near two about as common, the plural of a story word, and a short word', () => {
    // "reacion" may be "reaccion" or "relacion"; "presis" are several "presi", no slip; chat's "bacan" is no "vacan".
    expect(spelling.rewrite('su reacion')).toBe('su reacion');
    expect(spelling.rewrite('los presis')).toBe('los presis');
    expect(spelling.rewrite('q bacan')).toBe('q bacan');
  });

  it("in the real engine, finds what a slip in the translation's words means", () => {
    // ¶8: the embassy asked the Peruvian Ministry of Foreign Affairs; ¶10: "we Peruvians live in a democracy".
    expect(engine.search('la embajda mexicana le pregunto algo a la cansilleria?').hits[0]?.paragraph).toBe(8);
    const response = engine.search('¿qué dijo el gobieno de Perú sobre la democrasia?');
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(10);
  });
});

describe('Spanish chat slang', () => {
  const labels = (question: string) => engine.understand(question).map((concept) => concept.label);

  it('reads "largar" someone as releasing her, and "la rajaron" as removing her from office', () => {
    // ¶4: released by a judge in September 2025; ¶3: Boluarte's ouster.
    expect(engine.search('y chavez todavia sigue en cana o ya la largaron?').hits[0]?.paragraph).toBe(4);
    expect(engine.search('y la boluarte sigue mandando o ya la rajaron?').hits[0]?.paragraph).toBe(3);
  });

  it('reads "ya no se hablan" as the break in relations, not as the dialogue frozen after it', () => {
    expect(engine.search('oye peru y mexico ya no se hablan?').hits[0]?.paragraph).toBe(1);
  });

  it('keeps a word of address after a possessive as what it names: "sus compas" are allies', () => {
    expect(labels('peru dice q mexico anda cuidando a sus compas')).toContain('compas');
    expect(labels('oe compa, q paso con castillo')).not.toContain('compa');
    // ¶10: "a political maneuver to shield allies".
    expect(engine.search('peru dice q mexico anda cuidando a sus compas').hits[0]?.paragraph).toBe(10);
  });

  it('reads being put in jail ("lo metieron preso") as the arrest too, as English "jailed"', () => {
    // ¶3: "Castillo was arrested while reportedly attempting to seek asylum"; ¶4 tells of Chávez's prison.
    expect(engine.search('oye a pedro castillo al final lo metieron preso?').hits[0]?.paragraph).toBe(3);
  });

  it('reads someone getting angry ("se enojó", "se enfadó") as their reaction, as English "angry"', () => {
    // ¶8: Sheinbaum called Peru's reaction "completely out of proportion".
    expect(engine.search('y sheinbaum se enojo con peru?').hits[0]?.paragraph).toBe(8);
    expect(engine.search('sheinbaum se enfado con lo de peru o no').hits[0]?.paragraph).toBe(8);
  });

  it('reads "golpe" as the self-coup the article says Castillo attempted', () => {
    // ¶3: "His move—widely condemned as an attempted self-coup".
    expect(engine.search('castillo intento un golpe?').hits[0]?.paragraph).toBe(3);
  });

  it('reads a diminutive no list has as the word it is made from ("nuevito" is "nuevo")', () => {
    expect(diminutiveBases('poquitas')).toContain('pocas');
    expect(diminutiveBases('cafecito')).toContain('cafe');
    expect(diminutiveBases('casa')).toEqual([]);
    const story = {
      words: () => [],
      frequency: (folded: string) => ({ nuevo: 5.9, bonito: 4.9, bono: 4 })[folded] ?? 0,
    };
    const spelling = new SpanishSpelling(
      [],
      known,
      () => undefined,
      () => false,
      story,
    );
    expect(spelling.rewrite('es nuevito?')).toBe('es nuevo?');
    // A listed word keeps its own sense: "bonito" is no small "bono".
    expect(spelling.rewrite('q bonito')).toBe('q bonito');
    expect(engine.search('quien es el presi nuevito de peru').answered).toBe(true);
  });

  it('asks a name when chat says whose first: "y el canciller de peru como se llama?"', () => {
    // ¶2 gives his full name, Hugo de Zela; ¶5 only "Foreign Minister de Zela".
    expect(engine.search('y el canciller de peru como se llama?').hits[0]?.paragraph).toBe(2);
  });
});

describe('one list of paragraphs from the English and the Spanish search', () => {
  it('takes the search that answers when the other does not, and the English reason when neither does', () => {
    const own = answered(hit(1, 5, 0.5));
    const translated = answered(hit(2, 9, 0.8));
    expect(fuseBilingual(own, declined)).toBe(own);
    expect(fuseBilingual(declined, translated)).toBe(translated);
    expect(fuseBilingual(declined, { ...declined, decline: { reason: 'unreadable', mentions: [] } })).toBe(declined);
  });

  it('answers "¿qué día …?" with the paragraph giving the day', () => {
    // ¶1 gives the day ("On November 4, 2025"); the translation's search finds ¶9's month, which gives none.
    expect(engine.search('¿Qué día Perú cortó los lazos oficiales con México?').hits[0]?.paragraph).toBe(1);
  });

  it('keeps the English results when their best paragraph covers the whole question', () => {
    const own = answered(hit(1, 5, 1), hit(9, 4, 1));
    expect(fuseBilingual(own, answered(hit(9, 12, 1))).hits.map((h) => h.paragraph)).toEqual([1, 9]);
  });

  it('otherwise ranks each paragraph by the better of its scores in the two searches, each relative to its best', () => {
    const own = answered(hit(6, 10, 0.6, 0), hit(10, 6, 0.4, 1));
    const translated = answered(hit(10, 12, 0.9, 2), hit(6, 4, 0.4, 3));
    const fused = fuseBilingual(own, translated);
    expect(fused.answered).toBe(true);
    // The English best covers 0.6, the Spanish 0.9, trusted four fifths as much (0.72). ¶10: max(6/10 × 0.6,
    // 12/12 × 0.72) = 0.72; ¶6: max(10/10 × 0.6, 4/12 × 0.72) = 0.6.
    expect(fused.hits.map((h) => [h.paragraph, h.score])).toEqual([
      [10, 0.72],
      [6, 0.6],
    ]);
    // Each keeps the English search's passage (its best sentence) and the better coverage.
    expect(fused.hits.map((h) => [h.sentence, h.coverage])).toEqual([
      [1, 0.9],
      [0, 0.6],
    ]);
    expect(fused.total).toBe(2);
  });

  it('keeps the order each search chose, where it put a paragraph before a better-scoring one', () => {
    // "q dijo la sheinbaum de lo de peru": both searches put ¶8 (Sheinbaum speaking) before ¶6 (Sheinbaum's earlier
    // words, reported), which scores more. ¶6 is worth no more than ¶8 in either search.
    const own = answered(hit(8, 4, 0.53), hit(6, 8, 1));
    const translated = answered(hit(8, 4.4, 0.51), hit(6, 4.5, 0.51));
    const fused = fuseBilingual(own, translated);
    expect(fused.hits.map((h) => h.paragraph)).toEqual([8, 6]);
    expect(fused.hits.map((h) => h.score)).toEqual([0.53, 0.53]);
  });

  it("trusts more the search whose best paragraph covers more of the question, the translation's a fifth less", () => {
    // Each search finds a different paragraph only; the Spanish one read more of the question (0.55 × 0.8 = 0.44).
    const fused = fuseBilingual(answered(hit(4, 9, 0.4)), answered(hit(7, 5, 0.55)));
    expect(fused.hits.map((h) => [h.paragraph, h.score])).toEqual([
      [7, 0.44],
      [4, 0.4],
    ]);
    const englishReadMore = fuseBilingual(answered(hit(4, 9, 0.7)), answered(hit(7, 5, 0.55)));
    expect(englishReadMore.hits.map((h) => h.paragraph)).toEqual([4, 7]);
    // A little more of the question read word for word in the translation (0.45 × 0.8 = 0.36) is not enough.
    const littleMore = fuseBilingual(answered(hit(4, 9, 0.4)), answered(hit(7, 5, 0.45)));
    expect(littleMore.hits.map((h) => h.paragraph)).toEqual([4, 7]);
  });

  it('gives a paragraph nothing for being found by both searches', () => {
    // The English search read most of the question (0.77) and ranks ¶6, ¶3, ¶1; the Spanish one read half of it and
    // finds only its long opening ¶1. Summed, ¶1 would lead (6/10 × 0.77 + 0.49 × 0.8 = 0.854 against 0.77).
    const fused = fuseBilingual(answered(hit(6, 10, 0.77), hit(3, 8, 0.7), hit(1, 6, 0.6)), answered(hit(1, 10, 0.49)));
    expect(fused.hits.map((h) => [h.paragraph, h.score])).toEqual([
      [6, 0.77],
      [3, 0.616],
      [1, 0.462],
    ]);
  });
});

describe('a Spanish question searched in both languages', () => {
  it('finds a paragraph by words only the translation has, cited and shown as the article’s own passage', () => {
    // "Patrón de fricciones" is the translation's wording of ¶10's "pattern of diplomatic friction".
    const response = engine.search('¿Qué patrón de fricciones señala el Gobierno peruano?');
    expect(response.hits[0]?.paragraph).toBe(10);
    expect(response.hits[0]?.text).toContain('pattern of diplomatic friction');
    // The English search found ¶10 too: its words in bold ("Ver original") are kept.
    const bold = response.hits[0]!.highlights.map((h) => response.hits[0]!.text.slice(h.start, h.end));
    expect(bold.length).toBeGreaterThan(0);
  });

  it('declines as off topic a question naming nothing of the articles, though the translation has its everyday words', () => {
    // "último" and "hora" are words of the translation ("en los últimos años", ¶1): nothing of the story is asked.
    const response = engine.search('quien gano el ultimo clasico jaja');
    expect(response.answered).toBe(false);
    expect(response.decline?.reason).toBe('off-topic');
    // A question whose words only the translation has is still answered by it (¶10's "patrón de fricciones").
    expect(engine.search('¿Qué patrón de fricciones señala el Gobierno peruano?').answered).toBe(true);
  });

  it('reads "preguntó por", "preguntó algo", "consultó" as the article\'s "asked", not the classroom "pregunta"', () => {
    // ¶8: the Mexican Embassy "had asked the Peruvian Ministry of Foreign Affairs about the decision and was told …".
    expect(engine.search('la embajada de mexico pregunto algo sobre la medida?').hits[0]?.paragraph).toBe(8);
    // "pregunta" alone stays a word about the text ("¿Qué pregunta deja abierta el autor …?": ¶12).
    expect(engine.search('¿Qué pregunta deja abierta el autor en el párrafo final?').hits[0]?.paragraph).toBe(12);
  });

  it('puts first, across both searches, the paragraph where the person asked about acts', () => {
    // The translation finds only ¶1's "La medida llegó" (the article's "The move came"), where Jeri is named after
    // "bajo el presidente"; he acts in ¶5 ("President Jeri backed these statements, expelling …").
    for (const question of [
      'Según el texto, ¿qué medidas concretas tomó el presidente Jeri?',
      'Expliquen que medidas concretas tomo el gobierno de Jeri ademas de romper relaciones',
    ]) {
      const order = engine.search(question).hits.map((h) => h.paragraph);
      expect(order[0], question).toBe(5);
      // ¶1's break is still listed: "medidas" frames the question and is no word a paragraph must hold.
      expect(order, question).toContain(1);
    }
  });

  it('does not take the noun after "qué" for a kind of thing the answer must name', () => {
    // Only ¶1 has "papel" (the role of asylum); ¶6 is about what López Obrador did.
    expect(engine.search('¿Qué papel tuvo López Obrador?').hits[0]?.paragraph).toBe(6);
  });

  it('reads "la presidenta de México" as Sheinbaum wherever she is named, and a bare "mandataria" as no one', () => {
    // ¶6: Sheinbaum demanded Castillo's release; the article calls her "President" only in ¶4.
    expect(
      engine.search('¿Qué reclamó la presidenta de México para el exmandatario peruano detenido?').hits[0]?.paragraph,
    ).toBe(6);
    // Peru's president before Jerí was Dina Boluarte (¶3), not Mexico's.
    const boluarte = engine.search('¿Qué pasó con la mandataria que gobernaba el Perú antes del actual presidente?');
    expect(boluarte.hits.map((h) => h.paragraph)).toContain(3);
    // "El Ejecutivo peruano" is its president: ¶1 names "President Jose Jeri" (the question was declined off topic).
    expect(engine.search('¿Quién está al frente del Ejecutivo peruano?').hits[0]?.paragraph).toBe(1);
  });

  it('reads "instituciones" as no ministry in particular, and "exgobernante" as the former president', () => {
    const terms = (q: string) => engine.understand(q).flatMap((c) => c.wordings.flatMap((w) => w.terms));
    expect(terms('las instituciones peruanas')).not.toContain('sre');
    expect(terms('el exgobernante')).toContain('castillo');
    const hits = engine.search(
      '¿Cómo respondieron las instituciones peruanas cuando el exgobernante quiso cerrar el Parlamento?',
    ).hits;
    expect(hits.map((hit) => hit.paragraph)).toContain(3);
  });

  it('reads who gets to decide, in Spanish, as the English "gets to decide": ¶7, where the asylum-granting State assesses', () => {
    const question = 'Según los mexicanos, ¿a quién le toca decidir si alguien está siendo perseguido de verdad?';
    expect(engine.search(question).hits[0]?.paragraph).toBe(7);
    // "Una persona que pide refugio" is ¶7's asylum applicant, not ¶4's request by Chávez.
    expect(
      engine.search('¿Quién decide, según México, si una persona que pide refugio está siendo perseguida?').hits[0]
        ?.paragraph,
    ).toBe(7);
    expect(
      engine.search('According to Mexico, who decides whether a person seeking asylum is being persecuted?').hits[0]
        ?.paragraph,
    ).toBe(7);
  });

  it('reads "perseguido" as any persecution, not only "political persecution" (¶7: "the nature of the persecution")', () => {
    const terms = engine
      .understand('¿está siendo perseguido?')
      .flatMap((concept) => concept.wordings.map((wording) => wording.terms.join(' ')));
    expect(terms).toContain('persecut');
    const hits = engine.search(
      '¿Quién tiene la última palabra para decidir si alguien que pide refugio está siendo perseguido?',
    );
    expect(hits.hits.map((hit) => hit.paragraph)).toContain(7);
  });

  // Aliases that read everyday wordings as the article's: idioms of standing against someone (¶3's "met with
  // immediate resistance"), whoever replaced Castillo (Dina Boluarte, who "assumed the presidency that same day"), a
  // Mexican institution (the SRE) and a world body (the United Nations, both ¶7).
  it.each([
    ['quienes se le pusieron en contra a castillo cuando quiso cerrar el congreso', 3],
    ['¿Quiénes le pararon los pies a Castillo cuando quiso cerrar el Congreso?', 3],
    ['¿Quiénes le hicieron frente a Castillo?', 3],
    ['¿Qué le pasó hace poco a la mujer que reemplazó a Castillo?', 3],
    ['¿Quién ocupó el lugar de Castillo cuando lo detuvieron?', 3],
    // "Did not come out of the blue" (¶3), not the everyday "salió" (left).
    ['Explica por que el articulo dice que la ruptura no salio de la nada', 3],
    // Jerí's "rise to the presidency" (¶3), however one got there.
    ['como es que jeri termino de presidente', 3],
    ['jose jery cuando yego a presidente', 3],
    ['how did jeri end up as president', 3],
    // "Quiso": tried (¶3, Castillo "attempted to dissolve Congress").
    ['causa y castillo no se quiso meter a la embajada de mexico tmb? jajaja', 3],
    // Laughter typed as consonants ("jsjs") is no word a paragraph lacks.
    ['alguien sabe q es la alianza del pacifico? sale en el texto y ni idea jsjs', 8],
    // "Provocó", "detonó": what caused it ("The move came swiftly after …", ¶1), not a provocation (an affront).
    ['Causa y efecto: ¿qué provocó directamente la ruptura anunciada el 4 de noviembre?', 1],
    // The presidents who came after Castillo: ¶6's "Castillo's successors", whose legitimacy Sheinbaum questioned.
    ['q piensa sheinbaum de los presidentes q vinieron despues de castillo', 6],
    ['hace cuanto tiempo sacaron del cargo a la que reemplazo a castillo', 3],
    ['What happened to the woman who took over after Castillo?', 3],
    ['¿Qué institución mexicana emitió el comunicado que cita la Convención de Caracas?', 7],
    ['Según México, ¿qué organismo mundial reconoce que dar refugio a alguien no es una ofensa contra otro país?', 7],
    ['¿Qué discusión volvió a abrirse sobre hasta dónde puede llegar la protección que dan las embajadas?', 11],
    ['¿Qué clase de diferencias de fondo deja al descubierto este pleito entre los dos países?', 1],
    ['¿Qué fenómeno más amplio en la región deja ver este pleito?', 11],
    // "Ha vuelto a surgir": ¶11's debate "reignited".
    ['¿Qué discusión ha vuelto a surgir a raíz de este caso?', 11],
    // The subject after its verb: "llegó Jerí a la presidencia" is ¶3's "Jeri's rise to the presidency".
    ['Resume cómo llegó José Jerí a la presidencia del Perú.', 3],
    // And between the verb and its particle: "pidió … para" is ¶6's "demanded his release"; not a particle further
    // on, nor "que" opening a clause: Chávez's own request is ¶4's.
    ['¿Qué pidió Sheinbaum para Pedro Castillo?', 6],
    ['¿Qué pidió Chávez a México para protegerse?', 4],
    ['¿Por qué pidió Chávez que México le diera asilo?', 4],
    // "En opinión del autor" is how the question is put (a filler phrase), not what it asks.
    ['¿Qué fenómeno regional más amplio refleja esta ruptura, en opinión del autor?', 11],
    ['¿Qué pesa cada vez más cuando los gobiernos latinos deciden cómo tratar a otros países?', 11],
  ])('reads "%s" through the aliases: ¶%i', (question, paragraph) => {
    expect(engine.search(question).hits[0]?.paragraph).toBe(paragraph);
  });

  // An attempt told with no subject ("cuando intentaba …", "mientras quería …"), or "he" in English, is made by the one
  // person named before it, here through a role alias: ¶3, where Castillo is arrested while attempting to seek asylum,
  // not ¶1, which names his attempt as his ("Castillo's failed attempt") and Chávez's refuge. "Refugiarse" is seeking
  // asylum; "acabó" or "terminó en la presidencia", Jerí's rise to it (¶3).
  it.each([
    ['¿Qué le sucedió al antiguo mandatario peruano mientras trataba de refugiarse en la embajada de México?', 3],
    ['y al expresidente q le paso cuando buscaba refugiarse con los mexicanos', 3],
    ['¿Cómo acabó Jerí en la presidencia del Perú?', 3],
    ['¿Por qué razones terminó Jerí en la presidencia?', 3],
  ])('reads who made the attempt in "%s": ¶%i', (question, paragraph) => {
    expect(engine.search(question).hits[0]?.paragraph).toBe(paragraph);
  });

  it('keeps a word of address that names something when it says what someone was ("castillo era profe")', () => {
    const labels = (q: string) => engine.understand(q).map((concept) => concept.label);
    expect(labels('castillo era profe??')).toContain('profe');
    // Addressing the teacher, it is set aside.
    expect(labels('profe, ¿qué pasó con castillo?')).not.toContain('profe');
    expect(engine.search('castillo era profe?? en serio causa 😂😂').hits[0]?.paragraph).toBe(3);
  });

  it('finds a name written by ear', () => {
    expect(engine.search('¿Qué anunció ugo de sela?').hits[0]?.paragraph).toBe(2);
    // A nasal before b written as said, n for m at the end: Sheinbaum is the speaker, not Peru.
    expect(engine.search('sheimbaun q dijo de la desicion de peru').hits[0]?.paragraph).toBe(8);
    // One slip further ("shembaun"): still Sheinbaum, who spoke of the asylum in ¶4.
    expect(engine.search('que dijo shembaun sobre el asilo de chabez').hits[0]?.paragraph).toBe(4);
  });

  it('sets aside a Spanish word whose English cognate talks about the text, not one that names a topic', () => {
    const labels = (question: string) => engine.understand(question).map((concept) => concept.label);
    // "texto" is "text", "opina" "opine": WordNet's communication words, as "explain" is in English.
    expect(labels('¿Qué consecuencias tiene el caso según el texto?')).toEqual(['consecuencias', 'caso']);
    expect(labels('¿Qué opina Sheinbaum del caso?')).toEqual(['sheinbaum', 'caso']);
  });

  it('counts an everyday Spanish word no article has less than a rarer one, by its frequency in speech', () => {
    const weight = (question: string, label: string) =>
      engine.understand(question).find((concept) => concept.label === label)?.weight;
    // "ahora" is among the commonest words of Spanish subtitles; "ceviche" is not listed at all.
    expect(weight('¿Qué pasará ahora entre los dos países?', 'ahora')).toBeLessThan(0.5);
    expect(weight('¿Sheinbaum come ceviche?', 'ceviche')).toBe(1);
    // "Primera" (first) is no "primer", a word far rarer in English: it counts as the everyday word it is.
    expect(weight('¿cuál fue su primera reacción?', 'primera')).toBeLessThan(0.5);
    // A thing named counts as its English word does: "universidad" as "university", more than an everyday word.
    expect(weight('¿en qué universidad estudió?', 'universidad')).toBeGreaterThan(0.75);
    // The translation's ¶9 has "ahora" and "países" too ("ahora deja a México sin lazos … con dos países"), so ¶12
    // (whether the rupture is temporary) is second, not first.
    expect(
      engine
        .search('¿Qué pasará ahora entre los dos países?')
        .hits.slice(0, 2)
        .map((hit) => hit.paragraph),
    ).toContain(12);
  });

  it('does not correct a real Spanish word into another word of the translation', () => {
    const spanishSearch = (engine as unknown as { spanish: SearchEngine }).spanish;
    const wordings = (question: string, label: string) =>
      spanishSearch
        .understand(question)
        .find((concept) => concept.label === label)
        ?.wordings.flatMap((wording) => wording.terms);
    // "conversando" (talking) is in everyday use: not a typo of the translation's "convertirse".
    expect(wordings('¿Siguen conversando los gobiernos?', 'conversando')).toEqual(['convers']);
    // "convertirce" is no Spanish word: a typo, corrected.
    expect(wordings('¿En qué se va a convertirce Chavez?', 'convertirce')).toContain('convert');
  });

  it('reads everyday words opening a Spanish question, before its question word or its "¿", as talk', () => {
    const labels = (question: string) => engine.understand(question).map((concept) => concept.label);
    const plain = labels('¿Quién es Betssy Chávez?');
    for (const opened of [
      'chicos una duda, ¿quién es Betssy Chávez?',
      'oigan, ¿quién es Betssy Chávez?',
      'profe, ¿quién es Betssy Chávez?',
      'amigo quien es Betssy Chávez',
    ])
      expect(labels(opened), opened).toEqual(plain);
    expect(engine.search('chicos una duda, ¿quién es Betssy Chávez?').answered).toBe(true);
    // What comes before "¿" may be part of the question: a rarer word stays.
    expect(labels('Para la cancillería mexicana, ¿quién decide si hay persecución?')).toContain('cancilleria');
  });

  it('reads a Spanish word by its cognates, not by an English stem it happens to share ("finde" is no "find")', () => {
    const finde = (q: string) => engine.understand(q).find((c) => c.label === 'finde');
    expect(finde('que paso el finde')?.wordings.every((w) => !w.terms.includes('find') || w.weight < 1)).toBe(true);
    expect(engine.search('che alguien sabe a q hora juega la seleccion peruana el finde?').answered).toBe(false);
    // A word the article writes stays its own: "consular" of "¿qué relaciones consulares quedan?".
    expect(engine.search('¿qué relaciones consulares quedan?').hits[0]?.paragraph).toBe(5);
  });

  it('reads "al mando del Perú", "manda en Perú" as Peru\'s president, whom ¶1 names', () => {
    for (const q of [
      '¿Quién está al mando del Perú?',
      'parce quien manda en peru ahorita',
      'quien esta al frente de peru hoy',
    ])
      expect(engine.search(q).hits[0]?.paragraph, q).toBe(1);
  });

  it('keeps the English decline of a yes-or-no question about a person whose sentences never tell it', () => {
    // ¶1 names Chávez, Peru and Mexico; no sentence about her tells that she left Peru: the translation would only
    // find the names again.
    const response = engine.search('¿Betssy Chávez logró salir del Perú y llegar a México?');
    expect(response.answered).toBe(false);
    expect(response.decline).toMatchObject({ reason: 'not-in-source', untoldOfPerson: true });
  });

  it('reads "trató de" + a verb as trying, not as "trato" (a treaty, the Caracas Convention)', () => {
    const question = '¿A qué político ecuatoriano trató de proteger México?';
    const tried = engine.understand(question).find((c) => c.label === 'trato');
    expect(tried?.wordings.some((w) => w.terms.includes('attempt'))).toBe(true);
    expect(tried?.wordings.some((w) => w.terms.includes('convent'))).toBe(false);
    expect(engine.search(question).hits[0]?.paragraph).toBe(9);
  });

  it('reads "pasó por encima de" as a violation and "echó en cara" as an accusation', () => {
    // ¶10: "a violation of its sovereignty" (¶8's "sovereign decision" shares the Spanish stem "soberan").
    expect(engine.search('¿Por qué dice Lima que México pasó por encima de su soberanía?').hits[0]?.paragraph).toBe(10);
    const reproached = engine
      .understand('¿Qué le echó en cara el Perú a México?')
      .find((c) => c.label.startsWith('echo'));
    expect(reproached?.wordings.some((w) => w.terms.includes('accus'))).toBe(true);
  });

  it('drops "la importancia de" as it drops "its importance": what makes the thing worth asking about', () => {
    expect(
      engine.search('Explica la importancia de la Convención de Caracas dentro de este conflicto.').hits[0]?.paragraph,
    ).toBe(7);
    expect(
      engine.search(
        'Explica la importancia del caso de Jorge Glas para entender la situación actual de México con Perú.',
      ).hits[0]?.paragraph,
    ).toBe(9);
  });

  it('pages through the fused list', () => {
    // "Agravarse" is in the translation only: the English search reads part of the question, so the lists are fused.
    const question = '¿Por qué la crisis política no hizo más que agravarse?';
    const all = engine.search(question, { limit: 10 });
    expect(all.total).toBeGreaterThan(1);
    const second = engine.search(question, { limit: 1, offset: 1 });
    expect(second.hits.map((h) => h.paragraph)).toEqual([all.hits[1]!.paragraph]);
    expect(second.total).toBe(all.total);
  });

  it('leaves English questions to the English search alone', () => {
    const englishOnly = new SearchEngine(engine.corpus, { translations: false });
    for (const question of ['What pattern of friction did the Peruvian government point to?', 'who is karla ornelas'])
      expect(engine.search(question, { limit: 5 })).toEqual(englishOnly.search(question, { limit: 5 }));
  });
});

describe('fusing with a translation that read less of the question than the aliases did', () => {
  it('trusts the translation less by the share of the English reading it missed', () => {
    const own = answered(hit(7, 6, 0.5));
    const translated = answered(hit(4, 8, 1));
    expect(fuseBilingual(own, translated).hits[0]!.paragraph).toBe(4);
    expect(fuseBilingual(own, translated, 0.5).hits[0]!.paragraph).toBe(7);
  });

  it('does not let the translation win on a word the aliases read, or on words they read as one, it dropped', () => {
    const first = (q: string) => engine.search(q).hits[0]?.paragraph;
    // "ONU" has no Spanish wording of the translation's; "diplomática mexicana" is the chargé d'affaires, not ¶1's
    // "relaciones diplomáticas".
    expect(first('¿Qué instancia de la ONU menciona el gobierno de México?')).toBe(7);
    expect(first('¿Qué ocurrió con la diplomática mexicana que encabezaba la embajada?')).toBe(5);
  });
});

describe('a Spanish question whose subject follows its verb', () => {
  it('reads the party after the verb as the one whose view is asked, "en relación con" as joining words', () => {
    const first = (q: string) => engine.search(q).hits[0]?.paragraph;
    // ¶10 is the Peruvian government's reading of Mexico's acts; ¶8 names Peru's reaction and a sovereign decision.
    expect(first('¿Cómo juzga el Perú lo que hizo México en relación con su soberanía?')).toBe(10);
    expect(first('¿Qué dice Lima de México en relación con su soberanía?')).toBe(10);
  });
});
