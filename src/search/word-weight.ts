/**
 * How much each word of a question counts: a light or everyday word less than a rare one, a word no article has by
 * what kind of word it is, and talk (words about asking, chat, the words that open a question) not at all. English
 * is judged by WordNet and spoken-English frequencies, Spanish by spoken-Spanish frequencies and its cognates.
 */
import { CHAT_QUESTION_WORDS, SPANISH_QUESTION_WORDS } from '../text/spanish-words.js';
import { editDistance, wordTokens, type ContentWord } from '../text/analyzer.js';
import { YEAR } from '../text/calendar.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import { wordSet } from '../text/word-set.js';
import { isSpanishVerbForm, spanishCognates } from '../text/spanish-words.js';
import { spanishStem } from '../text/stem-es.js';
import { answerTypeOf, type AnswerKind } from './answer-type.js';
import type { Lexicon } from './lexicon.js';

/** Weight of a light word (corpus/language/light-words-en.txt) relative to other words of a question. */
export const LIGHT_WORD_WEIGHT = 0.4;

/**
 * WordNet classes of words that talk about a question or a text rather than name a topic ("explain", "article",
 * "evidence", "conclusion", "suggest"): such a word, when no article has it, neither counts for nor against.
 */
const TALK_CLASSES = new Set(['verb.communication', 'verb.cognition', 'noun.communication', 'noun.cognition']);
/** Below this spoken-English frequency (Zipf) a word WordNet lacks is chat ("bruh", "ngl", "tryna") or a typo. */
const CHAT_MAX_ZIPF = 3.5;
/** Chat abbreviations are short ("lol", "ngl", "bruh"); longer words English lacks count for this much. */
const CHAT_MAX_LENGTH = 4;
const UNLISTED_WORD_WEIGHT = 0.5;
/**
 * Laughter ("jaja", "hahaha", "jejeje", "kkkk") and any other syllable said three times over; "papa", "mama" and
 * "coco" are words.
 */
const REPEATED_SYLLABLE = /^(?:([jhk][aeiou])\1+|([a-z]{1,2})\2{2,})$/;
/**
 * Laughter typed as a pair of consonants said over ("jsjs", "sjsjsj", "xdxd"): no word of either language. Not any
 * word without a vowel: "ddhh" (derechos humanos) and "cdmx" name things.
 */
const LAUGHTER_PAIR = /^([bcdfghjklmnpqrstvwxz]{2})\1+$/;
/** A letter typed three times or more in a row: chat drawing a word out ("lmaooo", "sooo", "brooo"). */
const DRAWN_OUT_LETTER = /(\p{L})\1{2,}/gu;

/** A word with each letter typed three times or more in a row typed once ("lmaooo" → "lmao"): English has none. */
function withoutDrawnOutLetters(folded: string): string {
  return folded.replace(DRAWN_OUT_LETTER, '$1');
}

/** Spanish adverbs of manner end in "-mente" ("exactamente", "realmente"). */
const SPANISH_ADVERB = /^[a-z]{3,}mente$/;
/** A form of "haber" ending the text before a word: the word after it is a participle ("había escuchado"). */
const SPANISH_PERFECT =
  /(?:^|[^a-z])(?:he|has|ha|hemos|han|habia|habias|habiamos|habian|hubo|haya|hayan|habra|habria)\s+$/;
/** Least weight of a word English has and no article has: even an everyday word ("won") is part of the question. */
const MIN_UNKNOWN_WEIGHT = 0.4;
/**
 * The weight of a word no article has by how common it (or its family) is in speech, by Zipf: fully at 4 or rarer,
 * less by half for each unit above, never below {@link MIN_UNKNOWN_WEIGHT}.
 */
function byRarity(zipf: number): number {
  return Math.min(1, Math.max(MIN_UNKNOWN_WEIGHT, (6 - zipf) / 2));
}
/** Words this short count for nothing below this frequency: chat abbreviations. */
const SHORT_WORD_LENGTH = 3;
const SHORT_WORD_MIN_ZIPF = 4.5;
/** Spoken-English frequency (Zipf) from which an English cognate is a word in use, not a rare false friend. */
const COGNATE_MIN_ZIPF = 2;
/** How much rarer in English than in Spanish a cognate may be (Zipf) and still be the same word. */
const COGNATE_MAX_RARER = 2;
/**
 * Spoken-English frequency (Zipf) above which a word counts less, by one for each unit above it (never below a light
 * word's weight): "people" (6.05) counts half, "right" (6.61) like a light word, "president" (5.16) fully.
 */
const EVERYDAY_ZIPF = 5.5;
/** Question words after which a question proper starts; words before them may only open it ("wait so why …"). */
const QUESTION_WORDS = wordSet(
  'what whats where wheres why who whos whom whose how hows when which is are was were did does do can could should',
);
/** Share of its weight by rarity a word no article has counts when WordNet reads it first as a verb. */
const UNKNOWN_VERB_SHARE = 0.6;
/**
 * Spoken-Spanish frequency (Zipf) of a word's family from which a Spanish noun no article has is an everyday word of
 * paraphrase ("queja" 4.5, "costumbre" 4.2), counted as a verb is.
 */
const SPANISH_EVERYDAY_NOUN_ZIPF = 3.8;
/** The Spanish question words ({@link SPANISH_QUESTION_WORDS}) asking no detail: a thing, a way, a reason. */
const SPANISH_NOT_DETAIL_WORDS = ['que', 'como', 'porque'];
/** The chat spellings ({@link CHAT_QUESTION_WORDS}) of a question word asking a detail: "dnd" (dónde). */
const CHAT_DETAIL_WORDS = ['dnd'];
/**
 * Spanish question words asking for a detail (a person, a time, an amount, a place, one of several), folded: a closed
 * class, the question words but {@link SPANISH_NOT_DETAIL_WORDS}, and {@link CHAT_DETAIL_WORDS}. A question asking
 * one wants exactly the thing its everyday noun names ("¿quién ganó el mundial?").
 */
const SPANISH_DETAIL_WORDS: ReadonlySet<string> = new Set([
  ...SPANISH_QUESTION_WORDS.filter((word) => !SPANISH_NOT_DETAIL_WORDS.includes(word)),
  ...CHAT_DETAIL_WORDS,
]);
/** Kinds of answer that are a detail the articles may lack: a question asking one wants what its noun names. */
const DETAIL_KINDS: ReadonlySet<AnswerKind> = new Set<AnswerKind>([
  'number',
  'date',
  'person',
  'birth',
  'origin',
  'venue',
  'verdict',
  'education',
  'custody',
  'place',
]);
/** "cómo se …", folded: a question asking how a thing is done, impersonally ("¿cómo se calcula …?"). */
const SPANISH_HOW_TO = /(?:^|[^a-z])como se [a-z]+/;
/** "qué" (or its chat spellings) right before a word: the word names what is asked ("¿qué universidad …?"). */
const ASKED_NOUN_BEFORE = /(?:^|[^a-z])(?:que|q|k|ke)\s+$/;
/** Words that may open a question before its question word, and how common in speech such a word is. */
const MAX_OPENER_WORDS = 5;
const OPENER_MIN_ZIPF = 5;
/**
 * Spanish question words, folded ("por qué" has "que"), and their chat spellings but "porq", "qien" and "kien"; "¿"
 * opens a Spanish question too.
 */
const SPANISH_QUESTION_OPENERS: ReadonlySet<string> = new Set([
  ...SPANISH_QUESTION_WORDS,
  ...CHAT_QUESTION_WORDS.filter((word) => !['porq', 'qien', 'kien'].includes(word)),
]);
/**
 * How common in speech a Spanish word opening a question must be ("chicos", "duda", "oigan", "disculpe"): lower than
 * in English, since Spanish spreads a word's count over more forms ("duda", "dudas"; "oye", "oigan").
 */
const SPANISH_OPENER_MIN_ZIPF = 4.5;
/** An English word at least this common (Zipf), and far commoner than in Spanish, is English in a Spanish question. */
const ENGLISH_SWITCH_MIN_ZIPF = 4;

/**
 * Spoken-English frequency (Zipf) from which a stop word is an English function word a typo may be meant for
 * ("about", "their", "because"): the commonest words of speech, not the Spanish or rarer ones the list also holds.
 */
const FUNCTION_WORD_MIN_ZIPF = 5;
/** Shortest stop word a one-letter slip is read as: shorter ones are a slip away from too many words. */
const FUNCTION_WORD_MIN_LENGTH = 4;

/** English words remembered with their lightness and whether they are talk (bounds memory whatever users type). */
const MAX_WORD_MEMO = 5000;

/** What words are weighed against. */
export interface WordWeightSources {
  /** Common words that count for less in a question. */
  lightWords: ReadonlySet<string>;
  /** Names as the articles write them, folded: a name counts fully wherever it is. */
  nameForms: ReadonlyMap<string, string>;
  /** General English and Spanish data; without it every word counts fully and none is talk. */
  lexicon: Lexicon | undefined;
  /** Irregular English forms to their base ("took" → "take"). */
  wordForms?: ReadonlyMap<string, string>;
  /** Folded Spanish words of talk no regular cognate reaches, to their English words (talk-words-es.txt). */
  spanishTalkWords?: ReadonlyMap<string, readonly string[]>;
  /** Folded stop words: a word no list has one slip away from a common one is that word mistyped ("abuot"). */
  stopWords?: ReadonlySet<string>;
}

/**
 * English suffixes that make a noun of quality from an adjective, each with the adjective endings it may replace
 * ("importance": "important"; "severity": "severe"; "legitimacy": "legitimate"; "seriousness": "serious"). A closed
 * class of derivations, checked against WordNet's reading of the adjective.
 */
const QUALITY_SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ance', ['ant']],
  ['ence', ['ent']],
  ['ness', ['']],
  ['ability', ['able']],
  ['ibility', ['ible']],
  ['acy', ['ate']],
  ['ity', ['e', '']],
];

/** Weighs the words of a question, by the light-word list, the articles' names and general language data. */
export class WordWeights {
  private readonly lightWords: ReadonlySet<string>;
  private readonly nameForms: ReadonlyMap<string, string>;
  private readonly lexicon: Lexicon | undefined;
  private readonly wordForms: ReadonlyMap<string, string>;
  /** The English words of Spanish words of talk, by the Spanish word's stem: one line serves all its forms. */
  private readonly spanishTalkStems = new Map<string, readonly string[]>();
  /** {@link lightness} and {@link isTalk} of English words by folded form: each reads WordNet and word counts. */
  private readonly lightnessMemo = new Memo<string, number>(MAX_WORD_MEMO);
  private readonly talkMemo = new Memo<string, boolean>(MAX_WORD_MEMO);
  /** The English function words a typo may be meant for ({@link FUNCTION_WORD_MIN_ZIPF}), read once needed. */
  private functionWordList: readonly string[] | undefined;
  private readonly stopWords: ReadonlySet<string>;
  private readonly misspeltMemo = new Memo<string, boolean>(MAX_WORD_MEMO);

  constructor(sources: WordWeightSources) {
    this.wordForms = sources.wordForms ?? new Map();
    this.stopWords = sources.stopWords ?? new Set();
    this.lightWords = sources.lightWords;
    this.nameForms = sources.nameForms;
    this.lexicon = sources.lexicon;
    for (const [spanish, english] of sources.spanishTalkWords ?? []) {
      const stem = spanishStem(spanish);
      this.spanishTalkStems.set(stem, [...(this.spanishTalkStems.get(stem) ?? []), ...english]);
    }
  }

  /**
   * How much a word counts in its question: a light word or one of the commonest words of spoken English ("told",
   * "right") little, since it says more about how the question is put than about what it asks. Names count fully.
   */
  lightness(word: ContentWord, spanish: boolean): number {
    if (this.lightWords.has(word.folded)) return LIGHT_WORD_WEIGHT;
    // A Spanish word is as light as its English cognate ("caso" as "case", "realmente" as "really").
    if (spanish) {
      if (spanishCognates(word.folded).some((cognate) => this.lightWords.has(cognate))) return LIGHT_WORD_WEIGHT;
      if (!this.lexicon || this.nameForms.has(word.folded)) return 1;
      // An everyday English word a Spanish question switches into ("wait so", "honestly") counts as in English.
      return this.englishInSpanish(word.folded) ? this.lightness(word, false) : 1;
    }
    if (!this.lexicon || this.nameForms.has(word.folded)) return 1;
    return this.lightnessMemo.get(word.folded, (folded) => this.englishLightness(folded));
  }

  /** {@link lightness} of an English word that is no light word and no name. */
  private englishLightness(folded: string): number {
    // Mostly an adverb ("besides", "truly", "nowhere"): how something is put, seldom what it is about.
    const classes = this.lexicon!.lookup(folded).classes.slice(0, 3);
    if (classes.length > 0 && classes.filter((name) => name === 'adv.all').length * 2 >= classes.length)
      return LIGHT_WORD_WEIGHT;
    return Math.min(1, Math.max(LIGHT_WORD_WEIGHT, EVERYDAY_ZIPF + 1 - this.commonness(folded)));
  }

  /**
   * Zipf of an English word, or of its verb or noun when it is a form of one: "gets", "tried", "told" are everyday
   * words as "get", "try" and "tell" are, and "cities" as "city", though each form alone is rarer.
   */
  private commonness(folded: string): number {
    const lexicon = this.lexicon!;
    const base = this.wordForms.get(folded);
    return Math.max(
      lexicon.zipf(folded),
      base === undefined ? Math.max(lexicon.verbBaseZipf(folded), lexicon.nounBaseZipf(folded)) : lexicon.zipf(base),
    );
  }

  /**
   * An everyday English word far commoner in English than in Spanish, in a Spanish question: the asker switched
   * language ("wait so", "literally").
   */
  englishInSpanish(folded: string): boolean {
    if (!this.lexicon) return false;
    const english = this.commonness(folded);
    return english >= ENGLISH_SWITCH_MIN_ZIPF && english - this.lexicon.spanishZipf(folded) >= COGNATE_MAX_RARER;
  }

  /**
   * How much a word no article has counts against a paragraph, 0–1: nothing for chat and for words about asking
   * or about the text; a rare word fully, an everyday one less. A Spanish question's words cannot be judged with
   * English data: chat-length ones ("xq", "pq") and those whose English cognate talks about asking or about the text
   * ("texto", "opina") count for nothing, a verb by its family's frequency, a thing named (a noun by its English
   * cognate, or a word no list has) fully, any other by how common it is, as an English word counts.
   * @param text the question the word is in, to tell a capitalised name from a capitalised first word.
   */
  unknownWordWeight(word: ContentWord, text: string, spanish: boolean, paraphrase = false): number {
    if (!this.lexicon) return 1;
    // A year no article gives ("in 2026", "since 1990") is exactly what the question is about.
    if (YEAR.test(word.folded)) return 1;
    // Laughter and other syllables said over and over ("jaja", "jajaja", "hahaha", "jeje") are chat.
    if (REPEATED_SYLLABLE.test(word.folded)) return 0;
    if (spanish) {
      if (word.folded.length <= 3 || this.isSpanishTalk(word.folded)) return 0;
      if (LAUGHTER_PAIR.test(word.folded)) return 0;
      // A verb says what happened to the topic ("sacaron", "conversando", "llevó", "había escuchado"), seldom what
      // the topic is: it counts by how common its family of forms is, and a conjugated one less, as an English verb
      // counts by its own ("gobernó" as "governed"); not a participle ("han ratificado"), a deed, as in English.
      const afterHaber = SPANISH_PERFECT.test(foldText(text.slice(0, word.start)));
      // Chat spells everyday words by ear ("kiero", "aser"): such a word counts as the word it sounds like.
      const listed = this.lexicon.spanishSoundAlike(word.folded);
      const typed = listed === undefined || listed === word.folded ? word.raw.toLowerCase() : listed;
      const folded = listed ?? word.folded;
      if (afterHaber) return byRarity(this.lexicon.spanishFamilyZipf(folded));
      if (isSpanishVerbForm(typed) || this.isSpanishVerb(folded))
        return Math.max(MIN_UNKNOWN_WEIGHT, byRarity(this.lexicon.spanishFamilyZipf(folded)) * UNKNOWN_VERB_SHARE);
      // An adverb ("exactamente", "básicamente", "oficialmente") says how something is put, as English adverbs do.
      if (SPANISH_ADVERB.test(folded)) return LIGHT_WORD_WEIGHT;
      // A thing the question names counts fully: a word whose English cognate is first a noun in
      // WordNet ("universidad"), or one no Spanish list has ("ceviche"); any other by how common it is ("cree").
      const zipf = this.lexicon.spanishZipf(folded);
      if (listed === undefined && this.englishInSpanish(word.folded)) return this.unknownWordWeight(word, text, false);
      const noun = this.nounCognate(folded);
      if (noun !== undefined)
        return paraphrase
          ? this.spanishNounWeight(byRarity(this.commonness(noun)), word, text)
          : byRarity(this.commonness(noun));
      // A form no list has of a family the lists know ("nombran" of "nombrar") is an inflection of an everyday word,
      // mostly a verb's: it counts by its family, as a verb does; a word of no known family ("ceviche") fully.
      if (zipf === 0) {
        const family = this.lexicon.spanishFamilyZipf(folded);
        return family === 0 ? 1 : byRarity(family);
      }
      // As common as the commonest of its family: an irregular verb's form is no rare word ("quiso" of "quiere").
      const common = Math.max(zipf, this.lexicon.spanishFamilyZipf(folded));
      return paraphrase ? this.spanishNounWeight(byRarity(common), word, text) : byRarity(common);
    }
    // A compound WordNet writes with its hyphen ("safe-conduct", "cease-fire") is the one thing it names.
    const compound = word.partStems.length > 0 ? foldText(word.raw).replace(/[\p{Pd}]+/gu, '-') : undefined;
    const compoundEntry = compound === undefined ? undefined : this.lexicon.lookup(compound);
    const entry = compoundEntry?.inWordNet ? compoundEntry : this.lexicon.lookup(word.folded);
    const zipf = this.commonness(word.folded);
    if (!entry.inWordNet && zipf < CHAT_MAX_ZIPF) {
      // A capitalised word inside the question is a name the article lacks ("Lula"); a short lower-case one is
      // chat ("ngl", "lmao", "bruh"); a longer one may be chat or a thing the article never names ("ceviche").
      const capitalised = /^\p{Lu}/u.test(word.raw) && /[\p{L}\p{N}]/u.test(text.slice(0, word.start));
      if (capitalised) return 1;
      // A slip in a function word ("abuot", "becuase", "thier") names nothing, as the word meant does not. Chat
      // drawn out ("lmaooo", "brooo") is as short as the word it draws out.
      const typed = withoutDrawnOutLetters(word.folded);
      return typed.length <= CHAT_MAX_LENGTH || this.isMisspeltFunctionWord(word.folded) ? 0 : UNLISTED_WORD_WEIGHT;
    }
    if (this.isTalk(word.folded, spanish)) return 0;
    // "rn", "fr", "hw", "pls": short chat words, whatever WordNet lists under those letters. Not an initialism
    // written in capitals in a question that does not shout ("the OAS", "NATO"): it names a body.
    if (word.folded.length <= SHORT_WORD_LENGTH && zipf < SHORT_WORD_MIN_ZIPF)
      return this.isInitialism(word, text, entry.classes) ? 1 : 0;
    // A noun naming the quality of an everyday adjective ("importance" of "important", "severity" of "severe") judges
    // the topic as the adjective does, below.
    const judged = entry.classes[0] === 'noun.attribute' ? this.qualityAdjective(word.folded) : undefined;
    if (judged !== undefined)
      return Math.max(MIN_UNKNOWN_WEIGHT, byRarity(this.commonness(judged)) * UNKNOWN_VERB_SHARE);
    // Any other word, noun or not, by how rare it is: "earthquake" fully, an everyday noun of paraphrase or chat
    // ("city", "stuff", "link") or a verb of chat ("mad", "won") less.
    const rarity = byRarity(zipf);
    // A word WordNet reads first as a verb says what happened to the topic in the asker's words ("restarted",
    // "stepped in"), seldom what the topic is: it counts less, as a Spanish verb does by its family.
    // So does a descriptive adjective ("significant", "proportionate"): how the asker judges the topic; not one
    // pertaining to a thing ("economic"), which names a topic, nor a verb's participle ("ratified"), a deed.
    const first = entry.classes[0];
    return first?.startsWith('verb.') ||
      (first === 'adj.all' && !this.wordForms.has(word.folded) && !this.lexicon.isVerbForm(word.folded))
      ? Math.max(MIN_UNKNOWN_WEIGHT, rarity * UNKNOWN_VERB_SHARE)
      : rarity;
  }

  /**
   * The weight of a Spanish word no article has, read as a noun, given its weight by rarity: an everyday word of
   * spoken Spanish ("queja", "conducta", "costumbre") counts less, as a verb does — a classroom paraphrase of what
   * the articles tell in their own words — while a word rarer in speech ("salvoconducto", "ceviche") counts fully.
   */
  private spanishNounWeight(rarity: number, word: ContentWord, text: string): number {
    if (this.lexicon!.spanishFamilyZipf(word.folded) < SPANISH_EVERYDAY_NOUN_ZIPF) return rarity;
    // Not in a question after a detail the articles may lack (who, when, how many, where, which one), nor the noun
    // right after "qué" ("¿en qué universidad …?"): there the word names what is asked, and it counts fully.
    const folded = foldText(text);
    if (wordTokens(folded).some((token) => SPANISH_DETAIL_WORDS.has(token.raw))) return rarity;
    // Nor in one asking a kind of detail (a date, a number, a place, a name: "¿en qué fecha …?", "¿a qué edad …?").
    if (DETAIL_KINDS.has(answerTypeOf(text, () => false)?.kind ?? 'statement')) return rarity;
    // Nor in one asking how a thing is done ("¿cómo se calcula el producto …?"): a task the articles do not set.
    if (SPANISH_HOW_TO.test(folded)) return rarity;
    // Nor a name the articles lack, capitalised inside the question ("el gobierno de Colombia").
    if (/^\p{Lu}/u.test(word.raw) && /[\p{L}\p{N}]/u.test(text.slice(0, word.start))) return rarity;
    // Nor an English word in the Spanish question ("best"), which English data weighs.
    if (this.lexicon!.zipf(word.folded) >= this.lexicon!.spanishZipf(word.folded)) return rarity;
    if (ASKED_NOUN_BEFORE.test(foldText(text.slice(0, word.start)))) return rarity;
    return Math.max(MIN_UNKNOWN_WEIGHT, rarity * UNKNOWN_VERB_SHARE);
  }

  /**
   * Whether a word no list has is one slip (a letter added, dropped, changed or two swapped) from an English function
   * word: "abuot" is "about" mistyped, "becuase" "because".
   */
  private isMisspeltFunctionWord(folded: string): boolean {
    return this.misspeltMemo.get(folded, (typed) =>
      this.functionWords().some((stop) => editDistance(typed, stop, 1) <= 1),
    );
  }

  /** The stop words that are common English function words, at least {@link FUNCTION_WORD_MIN_LENGTH} letters long. */
  private functionWords(): readonly string[] {
    const lexicon = this.lexicon!;
    return (this.functionWordList ??= [...this.stopWords].filter(
      (stop) => stop.length >= FUNCTION_WORD_MIN_LENGTH && lexicon.zipf(stop) >= FUNCTION_WORD_MIN_ZIPF,
    ));
  }

  /**
   * The descriptive adjective a noun of quality is made from by its English suffix, when WordNet reads that word first
   * as one and it is commoner than the noun: "important" for "importance", "severe" for "severity", "reliable" for
   * "reliability"; undefined for any other noun.
   */
  private qualityAdjective(folded: string): string | undefined {
    const lexicon = this.lexicon!;
    const zipf = lexicon.zipf(folded);
    for (const [suffix, replacements] of QUALITY_SUFFIXES) {
      if (!folded.endsWith(suffix) || folded.length <= suffix.length + 2) continue;
      const stem = folded.slice(0, -suffix.length);
      const adjective = replacements
        .map((ending) => stem + ending)
        .find((form) => lexicon.lookup(form).classes[0] === 'adj.all' && lexicon.zipf(form) > zipf);
      if (adjective !== undefined) return adjective;
    }
    return undefined;
  }

  /**
   * Whether a word is an initialism naming something: written in capitals in a question with lower-case letters
   * elsewhere (not shouted), and a noun in WordNet ("OAS", "EU"; not "IDK", which WordNet lacks).
   */
  private isInitialism(word: ContentWord, text: string, classes: readonly string[]): boolean {
    return (
      /^\p{Lu}{2,}$/u.test(word.raw) &&
      /\p{Ll}/u.test(text.slice(0, word.start) + text.slice(word.end)) &&
      classes[0]?.startsWith('noun.') === true
    );
  }

  /**
   * Whether a lower-case word no article has is chat: laughter, or a short word neither WordNet, everyday English
   * nor Spanish has ("lol", "ngl", "bruh", "xd"; not "juez").
   */
  isChat(folded: string): boolean {
    if (REPEATED_SYLLABLE.test(folded) || LAUGHTER_PAIR.test(folded)) return true;
    if (!this.lexicon || withoutDrawnOutLetters(folded).length > CHAT_MAX_LENGTH) return false;
    return (
      !this.lexicon.lookup(folded).inWordNet &&
      this.commonness(folded) < CHAT_MAX_ZIPF &&
      this.lexicon.spanishZipf(folded) === 0
    );
  }

  /**
   * Whether a word talks about asking or about a text rather than naming a topic: most of its three commonest
   * WordNet senses are verbs or nouns of communication or cognition ("explain", "evidence", "significance"), or half
   * of them and the commonest ("summarize").
   */
  isTalk(folded: string, spanish: boolean): boolean {
    const lexicon = this.lexicon;
    if (!lexicon || spanish) return false;
    return this.talkMemo.get(folded, () => {
      const classes = lexicon.lookup(folded).classes.slice(0, 3);
      const talk = classes.filter((name) => TALK_CLASSES.has(name)).length * 2;
      // A tie ("summarize": communication, stative) goes the way of the commonest sense.
      return talk > classes.length || (talk === classes.length && talk > 0 && TALK_CLASSES.has(classes[0]!));
    });
  }

  /**
   * Where the words that open a question before its question word end ("wait so where …", "yo why did …", "ok
   * but when …", "chicos una duda, ¿quién …"): 0 when no question word, nor a Spanish "¿", comes within the first
   * few words.
   */
  openerEnd(text: string, spanish: boolean): number {
    const tokens = wordTokens(text).slice(0, MAX_OPENER_WORDS + 1);
    const questionWords = spanish ? SPANISH_QUESTION_OPENERS : QUESTION_WORDS;
    let at = tokens.findIndex((token) => questionWords.has(foldText(token.raw)));
    const mark = spanish ? text.indexOf('¿') : -1;
    const afterMark = mark < 0 ? -1 : tokens.findIndex((token) => token.start > mark);
    if (afterMark >= 0 && (at < 0 || afterMark < at)) at = afterMark;
    return at > 0 ? tokens[at - 1]!.end : 0;
  }

  /**
   * Whether an English word opening a question tells the reader what to do with it ("Describe Pedro Castillo's
   * background", "Identify …", "Analyze …"): a verb in its base form, first of all a verb of saying or thinking.
   * The article's own "describe" (¶4, ¶8) is no answer to a prompt that asks for a description.
   */
  isInstruction(word: ContentWord): boolean {
    if (!this.lexicon || this.nameForms.has(word.folded)) return false;
    // Its senses as a verb, which the opening of an order reads ("compare", first a noun to WordNet: "beyond compare").
    const kind = this.lexicon.lookup(word.folded).classes.find((name) => name.startsWith('verb.'));
    return (kind === 'verb.communication' || kind === 'verb.cognition') && this.lexicon.isVerbLemma(word.folded);
  }

  /**
   * An everyday word opening a question ("wait", "yo", "guys") is talk, as is people addressed ("lads", "mates")
   * unless the articles write that word (`written`: "teacher asked what …" may be about Castillo the teacher): a
   * name or a rarer word ("asylum") is not.
   */
  isOpener(word: ContentWord, spanish: boolean, written: boolean): boolean {
    if (!this.lexicon || this.nameForms.has(word.folded)) return false;
    return spanish
      ? this.lexicon.spanishZipf(word.folded) >= SPANISH_OPENER_MIN_ZIPF ||
          (this.englishInSpanish(word.folded) && this.lexicon.zipf(word.folded) >= OPENER_MIN_ZIPF)
      : this.lexicon.zipf(word.folded) >= OPENER_MIN_ZIPF ||
          (!written && this.lexicon.lookup(word.folded).classes[0] === 'noun.person');
  }

  /** A regular English cognate of a Spanish word that WordNet reads first as a noun ("universidad" → "university"). */
  private nounCognate(folded: string): string | undefined {
    return this.cognatesOfClass(folded, 'noun.')[0];
  }

  /** A Spanish word with a regular English cognate WordNet reads first as a verb ("utiliza" → "utilize"). */
  private isSpanishVerb(folded: string): boolean {
    return this.cognatesOfClass(folded, 'verb.').length > 0;
  }

  /**
   * Whether a regular English cognate of a Spanish word is first of a class ("noun.", "verb."): one in everyday
   * English only, since a rare English word is a false friend ("tenía" is no "tenia", a tapeworm).
   */
  private cognatesOfClass(folded: string, prefix: string): string[] {
    // Nor one far rarer in English than the Spanish word is in Spanish: "primera" (first) is no "primer".
    const floor = Math.max(COGNATE_MIN_ZIPF, this.lexicon!.spanishZipf(folded) - COGNATE_MAX_RARER);
    return spanishCognates(folded).filter((candidate) => {
      const entry = this.lexicon!.lookup(candidate);
      return entry.inWordNet && entry.classes[0]?.startsWith(prefix) === true && this.lexicon!.zipf(candidate) >= floor;
    });
  }

  /**
   * The English words a folded Spanish word stands for: its regular cognates ("evidencia" → evidence) and, for a word
   * of talk no cognate ending reaches, the English word listed for its family ("pruebas" → evidence).
   */
  englishOfSpanish(folded: string): readonly string[] {
    const listed = this.spanishTalkStems.size === 0 ? undefined : this.spanishTalkStems.get(spanishStem(folded));
    return listed === undefined ? spanishCognates(folded) : [...spanishCognates(folded), ...listed];
  }

  /** A Spanish word whose English word talks about asking or about a text ("texto", "opina", "pruebas"). */
  private isSpanishTalk(folded: string): boolean {
    return this.englishOfSpanish(folded).some((candidate) => this.isTalk(candidate, false));
  }
}
