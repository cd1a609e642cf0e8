/**
 * A journey asked of someone: how or when they went to a place ("how did Castillo's wife and kids get to Mexico",
 * "when did Chávez fly to Mexico", "¿cuándo viajó Chávez de la embajada en Lima a México?"), or whether someone named
 * did ("did Jorge Glas ever make it to Mexico", "¿Betssy ya llegó a México?"). A news article that
 * tells someone was granted asylum, or is in an embassy, does not tell how or when they travelled anywhere: the
 * question is answered only where a sentence tells someone going to that place ("ordering her to leave Peru", "she
 * entered the Mexican Embassy"), and declined as not in the source otherwise (see SearchEngine).
 */
import { CHAT_QUESTION_WORDS, SPANISH_QUESTION_WORDS, wordAlternatives } from '../text/spanish-words.js';
import { foldedWords, wordTokens } from '../text/analyzer.js';
import { foldText, withoutPossessive } from '../text/fold.js';
import { sentenceSpans } from '../text/sentences.js';
import type { Lexicon } from './lexicon.js';

/**
 * An English question asking how or when: its question word among the first words of the line ("so how did …",
 * "wait when did …"), then an auxiliary ("did", "will", "has" …) before the subject and its verb.
 */
const HOW_OR_WHEN =
  /^(?:[a-z']+\s+){0,3}?(?:how|when|what day|what date|what year|which day)\s+(did|does|do|will|would|could|can|was|were|has|have|had|is|are)\s+(.+)$/;
/**
 * A Spanish question asking how or when, by its question word among the first words of its clause: "¿cuándo …?",
 * "¿cómo …?", "¿de qué manera …?", "che y cuándo …"; not "cuando" joining clauses after another question word
 * ("¿qué dijo Sheinbaum cuando …?").
 */
const HOW_OR_WHEN_ES = new RegExp(
  `^(?:(?!(?:${wordAlternatives([...SPANISH_QUESTION_WORDS, 'por'], ['como', 'cuando'])})\\s)[a-z]+\\s+){0,3}?` +
    '(cuando|como|de que manera|de que forma|en que fecha|que dia)\\s+(.+)$',
);
/**
 * An English yes-or-no question, by its auxiliary among the first words of its clause, after no question word ("did
 * Glas ever make it to Mexico", "so has she flown to Mexico yet"): whether someone went somewhere is asked of the
 * journey as how or when is.
 */
const WHETHER =
  /^(?:(?!(?:what|who|whom|whose|which|why|where|how|when)\s)[a-z']+\s+){0,2}?(did|does|do|will|would|could|can|was|were|has|have|had|is|are)\s+(.+)$/;
/**
 * A Spanish question word: a clause with none asks yes or no ("¿Betssy Chávez llegó a México?", "ya llegó a méxico
 * la chavez?").
 */
const SPANISH_QUESTION_WORD = new RegExp(
  `\\b(?:${wordAlternatives(SPANISH_QUESTION_WORDS)}|${wordAlternatives(CHAT_QUESTION_WORDS, ['ke', 'xk', 'pk', 'porq', 'dnd', 'qien', 'kien'])})\\b`,
);
/**
 * A word of trying or meaning to, before a verb of going: "when did Castillo **try** to flee to Mexico", "¿cuándo
 * **intentó** Castillo huir a México?" ask of an attempt (¶3's "attempting to seek asylum"), not of a journey made.
 */
const TRYING =
  /^(?:try|tries|tried|trying|attempt\w*|want\w*|plan\w*|intend\w*|hop(?:e|es|ed|ing)|mean|meant|intent\w*|quis\w*|quier\w*|trat\w*|busc\w*|planea\w*|pens\w*)$/;
/** Auxiliaries before an English verb's base form: "did she **fly**", not "does she justify **running**". */
const BASE_FORM_AFTER = /^(?:did|does|do|will|would|could|can)$/;
/** Marks ending a question's clause: a journey is asked within the clause of its question word. */
const QUESTION_CLAUSE_MARK = /[,;:¿?¡!.]+/;
/**
 * A Spanish verb of going somewhere, in a form asked in the past or to come ("viajó", "llegaron", "voló", "regresó",
 * "huyó", "entró"): Spanish has no WordNet here, and these are the language's few verbs of travel. Not "ir", whose
 * "fue" is also "was" ("¿cuándo fue que Perú le rompió relaciones a México?").
 */
export const SPANISH_GOING =
  /^(?:viaj\w*|lleg\w*|vol(?:o|aron|ara|aran|ar|ado|ada)|vuel(?:a|an|e|en)|huy\w*|hu(?:ir|ira)|escap\w*|regres\w*|volv(?:io|ieron|era|eran|er|ido|ida)|vuelv(?:e|en|a|an)|traslad\w*|mud(?:o|aron|ara|aran|arse|ado|ada)|entr(?:o|aron|ara|aran|ar|ado|ada)|sali(?:o|eron|ra|ran|r)|saldra|saldran)$/;
/** Spanish prepositions before where someone goes: "a México", "hacia Lima", "rumbo a México". */
const SPANISH_TOWARD: ReadonlySet<string> = new Set(['a', 'al', 'hacia', 'hasta', 'para', 'pa']);
/** English prepositions before where someone goes: "to Mexico", "into the embassy". */
const TOWARD: ReadonlySet<string> = new Set(['to', 'into', 'toward', 'towards', 'onto']);
/** English words between a verb of going and where: "get **back** to", "make **it** to", "fly **out** to". */
const PARTICLES: ReadonlySet<string> = new Set([
  'back',
  'out',
  'over',
  'away',
  'off',
  'up',
  'down',
  'it',
  'safely',
  'finally',
  'eventually',
  'all',
  'the',
  'way',
  'there',
]);
/** Words before a place's name that do not end the phrase naming it. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'la', 'el', 'los']);
/** Verbs whose commonest senses are no going, though "get to" and "make it to" a place are arriving. */
const ARRIVING = /^(?:get|gets|got|gotten|getting|make|makes|made|making)$/;
/** Words ending the phrase after a verb of going in the articles: another preposition, a conjunction, a relative. */
const PHRASE_END: ReadonlySet<string> = new Set([
  'in',
  'at',
  'of',
  'on',
  'with',
  'from',
  'by',
  'and',
  'or',
  'to',
  'where',
  'which',
  'who',
  'that',
  'after',
  'before',
  'while',
  'when',
  'within',
  'for',
]);
/** Words of the phrase after a verb of going read for where it goes: "entered **the Mexican Embassy**". */
const PHRASE_REACH = 4;
/** Marks ending a clause: where someone goes is told within the clause of the verb. */
const CLAUSE_MARK = /[,;:()"“”—–]/u;

/**
 * An English question asking where someone will go, by "where" or "which/what country (place, city)" and a future
 * auxiliary: "where will Chávez travel", "which country is she going to fly to"; not the present ("where is Chávez
 * staying"). The verb is read after it.
 */
const WHERE_AHEAD =
  /\b(?:where|(?:which|what) (?:country|countries|place|city|nation))\s+(?:will|would|shall|(?:is|are)\s+(?:[a-z]+\s+){0,3}?(?:going to|gonna))\s+(.+)$/;
/**
 * A Spanish question asking where someone will go: "¿a dónde viajará …?", "¿a qué país irá …?", "¿hacia dónde va a
 * volar …?". The verb is read after it.
 */
const WHERE_AHEAD_ES =
  /\b(?:a donde|adonde|hacia donde|para donde|pa donde|(?:a|hacia|para) que (?:pais|paises|lugar|ciudad|nacion|destino))\s+(.+)$/;
/**
 * A Spanish verb of going in the future, as folded ("viajará" → "viajara", "irá", "saldrá"), or "va a" and the
 * infinitive ("va a viajar"): Spanish has no WordNet here, and these are the language's few verbs of travel.
 */
const SPANISH_GOING_AHEAD =
  /^(?:(?:se )?(?:viajar|llegar|volar|huir|escapar|regresar|volver|trasladar|mudar|salir|ir)(?:a|an|e|en)?|(?:se )?(?:ira|iran|saldra|saldran|vendra|vendran)|(?:se )?(?:va|van) a (?:viajar|ir|irse|volar|llegar|huir|escapar|regresar|volver|trasladarse|mudarse|salir))$/;
/** English words saying a time to come, before a verb of going in an article's sentence: "she **will** travel". */
const AHEAD_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'gonna']);
/** Words between a future auxiliary and its verb in a sentence: "will **soon** travel", "would **be able to** fly". */
const AHEAD_REACH = 3;

/** Reads journeys asked by a question and told by the articles' sentences. */
export class Journeys {
  /** Per paragraph key, its sentences' words and the words of the places they tell someone going to (folded). */
  private readonly told = new Map<number, readonly Gone[]>();

  /**
   * @param isName whether a folded word is a name the articles write: a place asked must be one of theirs ("Mexico"),
   *   not an everyday word WordNet also reads as a location ("take place", "come to an end", "the top job"); a place
   *   they never name is declined as such before (unwritten.ts).
   * @param isPerson whether a folded word is the name of a person the articles write: asked whether, a journey is
   *   asked of someone named.
   */
  constructor(
    private readonly lexicon: Lexicon,
    private readonly paragraphs: ReadonlyArray<{ text: string }>,
    private readonly isName: (folded: string) => boolean,
    private readonly isPerson: (folded: string) => boolean,
  ) {}

  /**
   * The place a question asks how, when or whether someone went to (folded: "mexico"), or undefined when it asks no
   * journey.
   * The place must be a name of the articles' that WordNet reads first as a location ("Mexico", "Lima"), gone "to":
   * "how did Jerí come to power" and "how did Castillo get caught" ask no journey.
   */
  asked(question: string, spanish: boolean): string | undefined {
    // A Spanish line marking its questions with "¿" asks only after one: "Cuando Chávez llegó a México, ¿qué dijo
    // Sheinbaum?" tells when, and asks what was said.
    const text = foldText(question);
    const clauses =
      spanish && text.includes('¿')
        ? text
            .split('¿')
            .slice(1)
            .map((part) => part.split(QUESTION_CLAUSE_MARK)[0]!)
        : text.split(QUESTION_CLAUSE_MARK);
    for (const clause of clauses) {
      const words = wordTokens(clause).map((token) => token.raw);
      const line = words.join(' ');
      const howOrWhen = (spanish ? HOW_OR_WHEN_ES : HOW_OR_WHEN).exec(line);
      const whether = howOrWhen ? undefined : whetherAsked(line, spanish);
      if (!howOrWhen && !whether) continue;
      let after = howOrWhen ? howOrWhen[2]!.split(' ') : whether!.words;
      if (whether) {
        // Whether someone named went there, asked of its first alternative only ("did he get arrested or did he make
        // it to Mexico" is answered by the arrest): "can I still travel to Mexico" asks of no one the articles name.
        const or = after.findIndex((word) => word === 'or' || word === 'o');
        if (or >= 0) after = after.slice(0, or);
        if (spanish && !after.some((word) => this.isPerson(word))) continue;
      }
      const auxiliary = howOrWhen?.[1] ?? whether!.auxiliary;
      const place = spanish
        ? this.spanishDestination(after)
        : this.englishDestination(after, BASE_FORM_AFTER.test(auxiliary), whether !== undefined);
      if (place !== undefined) return place;
    }
    return undefined;
  }

  /**
   * Whether a question asks where someone will go ("where will Chávez travel", "¿a qué país viajará Chávez cuando
   * salga de la embajada?"): a journey still to come, after all a news story tells unless one of its sentences tells
   * it as such (see {@link tellsJourneyAhead}).
   */
  askedAhead(question: string, spanish: boolean): boolean {
    const line = wordTokens(foldText(question))
      .map((token) => token.raw)
      .join(' ');
    if (spanish) {
      const after = WHERE_AHEAD_ES.exec(line)?.[1]?.split(' ') ?? [];
      // The verb opens what follows, after "se" and "va a" at most: "a dónde viajará …", "a dónde se va a ir …".
      return [1, 2, 3, 4].some((n) => SPANISH_GOING_AHEAD.test(after.slice(0, n).join(' ')));
    }
    const after = WHERE_AHEAD.exec(line)?.[1]?.split(' ') ?? [];
    return after.some((word) => this.lexicon.isVerbLemma(word) && this.isGoing(word));
  }

  /** Whether some sentence of the articles tells someone will (or would) go somewhere: "she will travel to Mexico". */
  tellsJourneyAhead(): boolean {
    return this.paragraphs.some(({ text }) =>
      sentenceSpans(text).some(({ start, end }) => {
        const words = folded(text.slice(start, end));
        return words.some(
          (word, i) =>
            AHEAD_AUXILIARIES.has(word) &&
            // The verb in its base form: "would **travel**", not "would remain, effectively freezing …".
            words
              .slice(i + 1, i + 1 + AHEAD_REACH)
              .some((next) => this.lexicon.isVerbLemma(next) && this.isGoing(next)),
        );
      }),
    );
  }

  /**
   * Whether a paragraph tells someone going to the place (see {@link asked}), in a sentence naming one of `who` (the
   * question's other names, folded) or speaking of someone as "she", "he", "they": "The episode … leaves Mexico
   * without diplomatic ties" takes no one there. A question naming no one else is asked of anyone.
   */
  tells(key: number, place: string, who: readonly string[]): boolean {
    let told = this.told.get(key);
    if (told === undefined) {
      told = this.placesGone(this.paragraphs[key]?.text ?? '');
      this.told.set(key, told);
    }
    return told.some(
      ({ places, words }) =>
        places.has(place) && (who.length === 0 || who.some((name) => words.has(name)) || hasPronoun(words)),
    );
  }

  /**
   * Where an English question's verb of going goes: "… get **to Mexico**", "… fly back to **Lima**". After "did",
   * "will" … the verb is in its base form: "how does the ex-PM justify running to Mexico" asks of no journey.
   */
  private englishDestination(words: readonly string[], baseForm: boolean, named = false): string | undefined {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (baseForm && !this.lexicon.isVerbLemma(word)) continue;
      if (!ARRIVING.test(word) && !this.isGoing(word)) continue;
      if (words.slice(0, i).some((before) => TRYING.test(before))) return undefined;
      // Asked whether, the one going is someone named, or "she" or "he" ("did Castillo's family go …" asks of others).
      if (named && !words.slice(0, i).some((before) => this.isPerson(before) || SUBJECTS.has(before))) return undefined;
      let j = i + 1;
      while (j < words.length && PARTICLES.has(words[j]!)) j++;
      // Only "to" a place: a verb taking the place as its object may mean otherwise ("when did Peru drop Mexico").
      const starts: number[] = [];
      if (TOWARD.has(words[j] ?? '')) starts.push(j + 1);
      // "Travel from the embassy in Lima to Mexico", "make it out of Peru to Mexico": where from comes before where to.
      if (opensWhereFrom(words, j)) {
        const to = words.findIndex((w, k) => k > j && TOWARD.has(w));
        if (to >= 0) starts.push(to + 1);
      }
      for (const start of starts) {
        const place = this.placeAt(words, start);
        if (place !== undefined) return place;
      }
    }
    return undefined;
  }

  /**
   * Where a Spanish question's verb of going goes: "viajó … **a México**", "llegaron … a **Lima**"; the first "a" after
   * the verb, since "llegar a" also comes to doing something ("¿cómo llegó Chávez a pedir asilo a México?").
   */
  private spanishDestination(words: readonly string[]): string | undefined {
    const verb = words.findIndex((word) => SPANISH_GOING.test(word));
    if (verb < 0 || words.slice(0, verb).some((before) => TRYING.test(before))) return undefined;
    const toward = words.findIndex((word, j) => j > verb && SPANISH_TOWARD.has(word));
    return toward < 0 ? undefined : this.placeAt(words, toward + 1);
  }

  /** The place named at a position, after any determiner: "the Mexican embassy" names none, "Mexico" one. */
  private placeAt(words: readonly string[], start: number): string | undefined {
    let k = start;
    while (k < words.length && DETERMINERS.has(words[k]!)) k++;
    const word = words[k];
    return word !== undefined && this.isPlace(word) ? word : undefined;
  }

  /**
   * Whether a folded word is a place the articles name ("Mexico", "Lima"): a name WordNet reads first as a location.
   * Such a name in a question says where from or where to, not who went ("make it out of Peru to Mexico").
   */
  isPlace(word: string): boolean {
    return this.isName(word) && this.lexicon.lookup(word).classes[0] === 'noun.location';
  }

  /** Whether an English word is a verb of going: one of its commonest senses as a verb is of motion. */
  private isGoing(word: string): boolean {
    const { classes } = this.lexicon.lookup(word);
    return classes.includes('verb.motion') && (this.lexicon.isVerbLemma(word) || this.lexicon.isVerbForm(word));
  }

  /** The places a text's sentences tell someone going to: the words after a verb of going, within its clause. */
  private placesGone(text: string): Gone[] {
    const told: Gone[] = [];
    for (const { start, end } of sentenceSpans(text)) {
      const sentence = text.slice(start, end);
      const places = new Set<string>();
      for (const clause of sentence.split(CLAUSE_MARK)) {
        const words = folded(clause);
        for (let i = 0; i < words.length; i++) {
          if (!this.isGoing(words[i]!)) continue;
          let j = i + 1;
          while (j < words.length && (PARTICLES.has(words[j]!) || TOWARD.has(words[j]!))) j++;
          for (let k = j; k < Math.min(words.length, j + PHRASE_REACH) && !PHRASE_END.has(words[k]!); k++)
            places.add(words[k]!);
        }
      }
      if (places.size > 0) told.push({ places, words: new Set(folded(sentence)) });
    }
    return told;
  }
}

/** A sentence telling someone going somewhere: the words of where, and all its words. */
interface Gone {
  places: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

/**
 * A clause asking yes or no (see {@link WHETHER}): its auxiliary and the words after it; a Spanish clause with no
 * question word, all its words. Undefined for a clause asking otherwise.
 */
function whetherAsked(line: string, spanish: boolean): { auxiliary: string; words: string[] } | undefined {
  if (spanish) return SPANISH_QUESTION_WORD.test(line) ? undefined : { auxiliary: '', words: line.split(' ') };
  const match = WHETHER.exec(line);
  return match ? { auxiliary: match[1]!, words: match[2]!.split(' ') } : undefined;
}

/**
 * Whether the word at `at` opens where someone goes from: "from", or the "of" of "out of" ("make it out of Peru to
 * Mexico" is a journey to Mexico as "travel from Peru to Mexico" is).
 */
function opensWhereFrom(words: readonly string[], at: number): boolean {
  return words[at] === 'from' || (words[at] === 'of' && words[at - 1] === 'out');
}

/** Pronouns a question asks of someone by, as the one going. */
const SUBJECTS: ReadonlySet<string> = new Set(['she', 'he', 'they']);

/** Pronouns a sentence speaks of someone by. */
const PRONOUNS = ['she', 'he', 'her', 'him', 'his', 'they', 'them', 'their'];

/** Whether a sentence's words speak of someone by a pronoun. */
function hasPronoun(words: ReadonlySet<string>): boolean {
  return PRONOUNS.some((pronoun) => words.has(pronoun));
}

/** A text's words, folded, without a possessive "'s". */
function folded(text: string): string[] {
  return foldedWords(text).map(withoutPossessive);
}
