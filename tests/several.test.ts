/** Several questions in one line: each is searched, and each one's best passage is listed. */
import { describe, expect, it, vi } from 'vitest';
import { firstAlternative, splitQuestions, withNamedPronouns } from '../src/search/several.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('several questions in one line', () => {
  it('scans a line for boundaries and fronted topics only when it has their marks', () => {
    // Every question is split first: a line with no "?", comma, "+", "&" or joining word needs no pattern run over it.
    const matchAll = vi.spyOn(String.prototype, 'matchAll');
    try {
      expect(splitQuestions('embassy asylum date peru mexico')).toEqual(['embassy asylum date peru mexico']);
      // Only the scan for a chat word before a question word is left.
      expect(matchAll).toHaveBeenCalledTimes(1);
    } finally {
      matchAll.mockRestore();
    }
  });

  it('splits at "and", a comma or "?" before a question word, in English and Spanish', () => {
    expect(splitQuestions('who did peru kick out and what relations are left between the countries')).toEqual([
      'who did peru kick out',
      'what relations are left between the countries',
    ]);
    expect(splitQuestions('what happened with ecuador? also which countries are in the pacific alliance')).toEqual([
      'what happened with ecuador?',
      'which countries are in the pacific alliance',
    ]);
    expect(splitQuestions('¿Quién es Betssy Chávez y por qué México le dio asilo?')).toEqual([
      '¿Quién es Betssy Chávez',
      'por qué México le dio asilo?',
    ]);
    // Chat spellings of "quién" and "por qué" ("kien", "por ke", "por q") open a question too.
    expect(splitQuestions('kien es castillo y por ke lo arrestaron')).toEqual([
      'kien es castillo',
      'por ke lo arrestaron',
    ]);
    expect(splitQuestions('q dijo de zela y por q rompio con mexico')).toEqual([
      'q dijo de zela',
      'por q rompio con mexico',
    ]);
    // Chat's question words too ("q", "xq"): de Zela's words to the press (¶2), then the SRE's answer.
    const chat = 'alv q les dijo de zela a los periodistas y q le contesto la sre?? ando bien perdido lol';
    expect(splitQuestions(chat)).toEqual([
      'alv q les dijo de zela a los periodistas',
      'q le contesto la sre?? ando bien perdido lol',
    ]);
    expect(engine.search(chat).hits[0]?.paragraph).toBe(2);
    // A question can open with a preposition before its question word.
    expect(splitQuestions('¿Quién expulsó a Ornelas y en qué fecha rompió Perú con México?')).toEqual([
      '¿Quién expulsó a Ornelas',
      'en qué fecha rompió Perú con México?',
    ]);
    expect(splitQuestions('who is jeri and in which year did castillo try to dissolve congress')).toEqual([
      'who is jeri',
      'in which year did castillo try to dissolve congress',
    ]);
    // Chat joins with "+", "&" or "plus" as with "and".
    expect(splitQuestions('who got expelled + how long do they have to leave??')).toEqual([
      'who got expelled',
      'how long do they have to leave??',
    ]);
    expect(splitQuestions('who is jeri & when did castillo get arrested')).toEqual([
      'who is jeri',
      'when did castillo get arrested',
    ]);
    expect(splitQuestions('who is jeri plus why did peru cut ties')).toEqual(['who is jeri', 'why did peru cut ties']);
  });

  it('splits after a "?" before a question that names its topic first, and at chat before a question word', () => {
    expect(splitQuestions('que dijo la SRE del asilo? y sheinbaum que opino de la reaccion de peru')).toEqual([
      'que dijo la SRE del asilo?',
      'y sheinbaum que opino de la reaccion de peru',
    ]);
    expect(splitQuestions('who is karla ornelas? and castillo, what happened to him')).toEqual([
      'who is karla ornelas?',
      'and castillo, what happened to him',
    ]);
    const isChat = (word: string) => ['ngl', 'lol'].includes(word);
    expect(splitQuestions('ngl who even is betssy chavez lol like why is she such a big deal', isChat)).toEqual([
      'ngl who even is betssy chavez',
      'why is she such a big deal',
    ]);
    // A word of the language before a relative "que" is no chat: one question.
    const judge = 'como se llama el juez que libero a betssy chavez';
    expect(splitQuestions(judge, isChat)).toEqual([judge]);
    // The engine's own chat words: the line's two questions are both about her.
    const chatLine = engine.search('ngl who even is betssy chavez lol like why is she such a big deal');
    expect(chatLine.answered).toBe(true);
    expect([1, 4]).toContain(chatLine.hits[0]?.paragraph);
    expect(engine.search(judge).answered).toBe(false); // the judge is never named
    // Chat's spellings of "por qué" open a question as "xq" does.
    expect(splitQuestions('quien es betsy chaves y porke mexico le dio asilo')).toEqual([
      'quien es betsy chaves',
      'porke mexico le dio asilo',
    ]);
    // Spanish opens the next question before its "y": "… ? ¿Y cómo …?".
    const spanishPair =
      '¿Quién tomó el poder justo después de la detención de Castillo? ¿Y cómo se llama el actual presidente peruano?';
    expect(splitQuestions(spanishPair)).toEqual([
      '¿Quién tomó el poder justo después de la detención de Castillo?',
      '¿Y cómo se llama el actual presidente peruano?',
    ]);
    expect(engine.search(spanishPair).hits.map((hit) => hit.paragraph)).toContain(3);
    // After a "?", words that ask nothing are the asker's, not a question.
    expect(splitQuestions('who is betssy chavez? i missed class today')).toEqual([
      'who is betssy chavez? i missed class today',
    ]);
  });

  it('reads "she", "he" and "his" in a later question as the person an earlier one names', () => {
    expect(
      withNamedPronouns(['who even is betssy chavez', 'why is she such a big deal'], (part) =>
        /betssy chavez/.test(part) ? 'betssy chavez' : undefined,
      ),
    ).toEqual(['who even is betssy chavez', 'why is betssy chavez such a big deal']);
    const ornelas = (part: string) => (/karla ornelas/.test(part) ? 'karla ornelas' : undefined);
    expect(withNamedPronouns(['who is karla ornelas', 'who kicked her out and where are hers'], ornelas)).toEqual([
      'who is karla ornelas',
      'who kicked karla ornelas out and where are hers',
    ]);
    expect(withNamedPronouns(['was castillo arrested', 'where was his family'], () => undefined)).toEqual([
      'was castillo arrested',
      'where was his family',
    ]);
    // Spanish "le" (to him, to her) too: "¿cuántos años le dieron?" is asked of Castillo, whom the article never says
    // was sentenced; alone it found ¶4's 25 years sought for Chávez.
    expect(
      withNamedPronouns(['cual fue la sentencia final de pedro castillo?', 'cuantos años le dieron'], (part) =>
        /pedro castillo/.test(part) ? 'pedro castillo' : undefined,
      ),
    ).toEqual(['cual fue la sentencia final de pedro castillo?', 'cuantos años le dieron a pedro castillo']);
    expect(engine.search('cual fue la sentencia final de pedro castillo? cuantos años le dieron').answered).toBe(false);
    // Only people: "Latin America" and "Pacific Alliance" are named but are no "she".
    const line = 'was sheinbaum big mad or nah?? what did she actually say about how peru reacted';
    const response = engine.search(line);
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(8); // "completely out of proportion"
  });

  it('reads Spanish "la", "lo" and "le" before a verb, or joined to one, as the person an earlier question names', () => {
    const ornelas = (part: string) => (/karla ornelas/.test(part) ? 'karla ornelas' : undefined);
    const verb = (word: string) => /(?:aron|ieron|an|arla)$/.test(word);
    // The person is named after the question, as Spanish does ("la echaron … a karla ornelas"): in the pronoun's place
    // the name would read as who did it.
    expect(withNamedPronouns(['quien es karla ornelas', 'por que la echaron del pais'], ornelas, verb)).toEqual([
      'quien es karla ornelas',
      'por que la echaron del pais a karla ornelas',
    ]);
    expect(withNamedPronouns(['quien es karla ornelas', 'xq decidieron sacarla??'], ornelas, verb)).toEqual([
      'quien es karla ornelas',
      'xq decidieron sacarla a karla ornelas??',
    ]);
    // "La" before a noun is an article; a pronoun whose person the question names after it means that one.
    expect(
      withNamedPronouns(
        ['quien es karla ornelas', 'la embajada cerro?', 'que le paso despues a la embajadora'],
        ornelas,
        verb,
      ),
    ).toEqual(['quien es karla ornelas', 'la embajada cerro?', 'que le paso despues a la embajadora']);
    // Through the engine: a name spelt by ear names the person too ("carla ornela" is Karla Ornelas), in English too.
    expect(engine.questionsOf('kien es carla ornela y xq la echaron del pais')[1]).toMatch(
      /^xq la echaron del pais a karla\b/i,
    );
    expect(engine.questionsOf('who is ugo de sela and what did he call the asylum')[1]).toBe(
      'what did Hugo Zela call the asylum',
    );
  });

  it('reads "salir en" (to appear in) the news or the text as where the asker saw someone, not as leaving', () => {
    // Not ¶5's order to Karla Ornelas to leave ("salir") Peru.
    const response = engine.search('quién es la tal betssy que sale en la tele', { limit: 3 });
    expect(response.hits.map((hit) => hit.paragraph)).not.toContain(5);
    expect([1, 4]).toContain(response.hits[0]?.paragraph);
  });

  it('keeps one question whole: a lead-in, a list of names, a part too short to ask anything', () => {
    for (const q of [
      'According to the text, how did Claudia Sheinbaum describe Peru’s reaction?',
      'Besides Mexico and Peru, which countries are in the Pacific Alliance?',
      'why did Peru and Mexico fall out',
      'what is the Caracas Convention and why?',
    ])
      expect(splitQuestions(q), q).toEqual([q]);
  });

  it('reads "los q …", "the ones who …" after a "?" as whom the question asks of, no question of its own', () => {
    for (const q of [
      'cuantos años tienen los hijos de castillo? los q viven en mexico',
      'how old are castillos kids? the ones who went to mexico',
      'quien es el canciller de peru? el q anuncio la ruptura',
    ])
      expect(splitQuestions(q), q).toEqual([q]);
    // A name fronted is a topic all the same: "y la chavez, donde esta?".
    expect(splitQuestions('que paso con castillo? y la chavez, donde esta?')).toEqual([
      'que paso con castillo?',
      'y la chavez, donde esta?',
    ]);
    // Asked as one, the count of Castillo's children is declined (¶6 says "wife and children", no number).
    expect(engine.search('cuantos hijos tiene castillo? los q se fueron a mexico').answered).toBe(false);
  });

  it('reads an unaccented "que" or "como" as a conjunction in a line that writes its accents', () => {
    const accented = '¿Qué órgano reconoce, según México, que otorgar asilo no es un acto inamistoso?';
    // Chat that never writes accents may ask with a bare "que"; an accented one asks in any line.
    const lines: Array<[string, string[]]> = [
      [accented, [accented]],
      ['quien expulso a ornelas, que relaciones quedan', ['quien expulso a ornelas', 'que relaciones quedan']],
      ['¿Quién expulsó a Ornelas, qué relaciones quedan?', ['¿Quién expulsó a Ornelas', 'qué relaciones quedan?']],
    ];
    for (const [line, parts] of lines) expect(splitQuestions(line), line).toEqual(parts);
  });

  it('reads "como" comparing as "like", not "how" ("…, como cuando …", "como el caso de …")', () => {
    for (const q of [
      'que otros roces menciona peru ademas del asilo, como cuando declararon indeseables a embajadores',
      'que paso, como el caso de ecuador?',
      'por que se enojo peru, como si mexico no pudiera dar asilo',
    ])
      expect(splitQuestions(q), q).toEqual([q]);
    // "como" asking how still opens a question of its own, a pronoun after it included.
    expect(splitQuestions('que paso con castillo y como lo arrestaron')).toEqual([
      'que paso con castillo',
      'como lo arrestaron',
    ]);
  });

  it('lists the best passage of each question first', () => {
    const response = engine.search('who did peru kick out and what relations are left between the countries');
    expect(response.answered).toBe(true);
    const top = response.hits.slice(0, 2).map((hit) => hit.paragraph);
    expect(top).toContain(5); // Karla Ornelas expelled
    expect(top.some((p) => [5, 8, 11].includes(p))).toBe(true);
  });

  it("puts first the line's best passage when it is also one question's best", () => {
    // ¶4 gives her role under Castillo and what she says of his plan; ¶1 only calls her a former prime minister.
    const line = "exit ticket: what was chavez's role in castillo's govt and what does she claim about his plan?";
    expect(
      engine
        .search(line)
        .hits.map((hit) => hit.paragraph)
        .slice(0, 2),
    ).toEqual([4, 1]);
  });

  it('puts first who someone is, asked with more of them, in English and Spanish alike', () => {
    // ¶7 tells Mexico's grounds, the line's best for "why", and nothing of who she is: her introduction comes first.
    const paragraphs = (line: string) =>
      engine
        .search(line)
        .hits.map((hit) => hit.paragraph)
        .slice(0, 2);
    expect(paragraphs('who is betssy chavez and why did mexico defend her')).toEqual([4, 7]);
    expect(paragraphs('¿quién es Betssy Chávez y por qué México la defendió?')).toEqual([4, 7]);
    // ¶4's "President Claudia Sheinbaum confirmed …" says who she is; ¶6 tells her "coup".
    expect(paragraphs('who is claudia sheinbaum and why did she call it a coup')).toEqual([4, 6]);
    // Who did something to the person is no question of who they are: the line's best stays first.
    const freed = engine.search('when was chavez locked up and who let her out').hits[0]?.paragraph;
    expect(freed).toBe(4);
  });

  it('answers a question of the line even when another asks for what the article lacks', () => {
    // "How long a sentence" asks for a length of time about her, "did she know" does not: the line is answered.
    const response = engine.search(
      'how long a sentence is she facing and did she know about the plan to dissolve congress',
    );
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(4);
  });

  it('reads a part with no words of its own with the rest of the line', () => {
    expect(splitQuestions('wait so castillo tried to shut down congress?? when was that')).toHaveLength(2);
    const response = engine.search('wait so castillo tried to shut down congress?? when was that');
    expect(response.hits[0]?.paragraph).toBe(
      engine.search('wait so castillo tried to shut down congress when was that').hits[0]?.paragraph,
    );
  });

  it('answers the other part when the line read as one is declined for what the part leaning on it asks', () => {
    // "How long did she get" has no words of its own; read with the rest it asks for a length of time no paragraph
    // gives, yet the expulsion asked first is ¶5's.
    const line = 'lol did peru just kick out mexicos diplomat?? how long did she get';
    expect(engine.search('did peru just kick out mexicos diplomat how long did she get').answered).toBe(false);
    const response = engine.search(line);
    expect(response.answered).toBe(true);
    expect(response.hits[0]?.paragraph).toBe(5);
    // Not a part the articles tell only in part, whose premise may be what failed: the raid was in Quito, not Lima.
    expect(engine.search('did the police storm the embassy in lima?? when was that').answered).toBe(false);
  });

  it('answers the first of two alternatives when the line read as one is declined', () => {
    // The article tells who holds the office (¶5, ¶2), not whether anyone left it since.
    for (const [line, first, paragraph] of [
      ['is jeri still the president or did he quit', 'is jeri still the president', 5],
      ['is de zela still foreign minister or did he resign', 'is de zela still foreign minister', 2],
    ] as const) {
      expect(firstAlternative(line)).toBe(first);
      expect(engine.search(line).hits[0]?.paragraph).toBe(paragraph);
    }
    // A first alternative told only in part is no answer either: ¶8 names Colombia in the trade bloc, no break.
    expect(engine.search('did colombia break ties too or did it stay neutral').answered).toBe(false);
    // Not a choice between two questions: "or" before no question word, or a first part too short to ask.
    expect(firstAlternative('did mexico or peru break relations first')).toBeUndefined();
    expect(firstAlternative('legal or did mexico break the law')).toBeUndefined();
  });

  it('splits before a chat "whos" or "wheres" as before "who\'s", and answers no part ending on "it" alone when the line is not told', () => {
    expect(splitQuestions('what did peru do to the mexican envoy and whos in charge of peru now')).toEqual([
      'what did peru do to the mexican envoy',
      'whos in charge of peru now',
    ]);
    expect(splitQuestions('wheres betssy chavez staying, and what did mexico give her')).toHaveLength(2);
    // "It" is the convention of the first part, whose adoption no paragraph dates: ¶7 names the convention only.
    for (const q of [
      'when was the caracas convention adopted and which countries ratified it',
      'when did the pacific alliance hold its last summit and whos chairing it',
    ])
      expect(engine.search(q).answered, q).toBe(false);
  });
});
