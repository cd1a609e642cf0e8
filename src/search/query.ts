/**
 * The question reader: turns a user's question into concepts, each with the article wordings that can stand for it.
 * Aliases (nicknames, everyday words, Spanish) and full names are read here, from the text question-text.ts leaves
 * of the question (without chat markup, labels, fillers and text places); typo correction and completion
 * (corrections.ts) and the weight of each word (word-weight.ts) are asked of their own modules, so ranking only ever
 * deals with terms that exist in the index.
 */
import { MAX_ALIAS_KEY_WORDS, type AliasEntry } from '../corpus/aliases.js';
import { bigram, editDistance, wordTokens, type Analyzer, type ContentWord } from '../text/analyzer.js';
import { withChatQueWritten } from '../text/chat.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import { isSpanish } from '../text/language.js';
import {
  isSpanishVerbForm,
  looseSpanishCognates,
  spanishCognates,
  spanishInfinitiveRoots,
  spanishRoot,
} from '../text/spanish-words.js';
import { phrasesOf, toWording, type CompiledAlias, type ParticleAlias } from './alias-tables.js';
import { WORDING_WEIGHTS, newConcept, newWording, type Concept, type Wording } from './concept.js';
import { Corrector } from './corrections.js';
import type { Lexicon } from './lexicon.js';
import { lemmaCandidates, PARTS, type PartOfSpeech } from './wordnet.js';
import { LIGHT_WORD_WEIGHT, WordWeights } from './word-weight.js';
import { firstFormOfTerms } from './names.js';
import { writtenFormsOf } from './written-forms.js';
import { QuestionTextReader, type QuestionTextSources } from './question-text.js';
import { Latin1Twin } from '../text/latin1-twin.js';

/** What the reader made of a question. */
export interface ReadQuestion {
  readonly concepts: readonly Concept[];
  /** Words read as talk rather than topic: chat slang, and words about asking or about the text ("explain"). */
  readonly ignored: readonly string[];
  /** Whether the question is written in Spanish (its unknown words cannot be judged with English data). */
  readonly spanish: boolean;
}

/** A preposition right after a question's first word: that word heads a noun phrase ("debate over …"). */
const NOUN_HEAD_PREPOSITION =
  /^\s+(?:over|about|on|in|of|for|with|between|from|at|around|regarding|en|de|del|sobre|con|entre|por|para|acerca)\b/i;
/** Things of the articles' own a Spanish question names before an everyday word of it is read as paraphrase. */
const PARAPHRASE_MIN_TOPICS = 3;
/** Synonym wordings kept per word (WordNet's most common senses come first), and words remembered. */
const MAX_SYNONYM_WORDINGS = 4;
const MAX_SYNONYM_MEMO = 5000;
/** A determiner or possessive ending the text before a word ("the", "his"): the word opens a noun phrase. */
/** A possessive pronoun right before a word: whose the body it names is ("in his government"). */
const OWNER_PRONOUN_BEFORE = /(?:^|\s)(?:his|her)\s+$/i;
/** What joins a noun to its owner's name after it ("gobierno de Castillo", "the government of Pedro Castillo"). */
const OWNER_PARTICLE_AFTER = /^\s+(?:de|del|of)\s+$/i;
/**
 * Participles telling a role's holder was put out of office that WordNet's verbs ending a term (wordnet.ts) miss: it
 * reads "removed", "toppled" and "impeached" first as other senses (taken away, tumbled, accused), and the verb
 * rules cannot undo "overthrown".
 */
const EARLIER_HOLDER_PARTICIPLES: ReadonlySet<string> = new Set(['removed', 'toppled', 'impeached', 'overthrown']);
/** A regular past participle ("deposed", "jailed"): the ending-term verb's, not the verb itself ("jail"). */
const REGULAR_PARTICIPLE = /[a-z]ed$/;
/** A regular Spanish past participle ("encarcelado", "destituida", "detenidos"). */
const SPANISH_PARTICIPLE = /[a-z](?:ad|id)[oa]s?$/;
/** The stem of "former", as alias keys of an earlier holder write it ("former president of mexico"). */
const FORMER_STEM = 'former';
/** English determiners and possessive pronouns, before a word that may be said as an adjective ("the only one"). */
const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their'];
/** A word after a determiner or a possessive, which may be said as an adjective ("the only one"). */
const STOP_WORD_AFTER_DETERMINER = new RegExp(
  `(?:^|[^\\p{L}])(?:${DETERMINERS.join('|')}|\\p{L}+['’]s)\\s+(\\p{L}+)`,
  'gu',
);
/** A text ending in a determiner ({@link DETERMINERS}) and spaces. */
const DETERMINER_BEFORE = new RegExp(`(?:^|\\s)(?:${DETERMINERS.join('|')})\\s+$`, 'i');
/** Texts remembered with their reading (see QueryParser.read). */
const MAX_READ_MEMO = 256;
/** Stop words the particles of a content word are read around (see particlesOfWords). */
interface WordParticles {
  /** Stop words right before the word, folded, in order. */
  before: string[];
  /** Stop words right after it. */
  after: string[];
  /** Stop words after each of the few words of a subject that follows it, when only determiners come between. */
  afterSubject: string[][];
}
/** Determiners a subject between a verb and its particle may open with ("pide **la** mandataria … para"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'the', 'an']);
/** Words a subject between a verb and its particle has at most. */
const MAX_SUBJECT_WORDS = 3;
/**
 * How many words from `start` follow one another with few small words between (see {@link MAX_ALIAS_GAP}): an alias
 * key of several words is read only within them. "Ties are left between the two countries" is no "leave the country".
 */
function joinedRun(
  words: readonly ContentWord[],
  text: string,
  start: number,
  isClauseVerb: (folded: string) => boolean = () => false,
): number {
  let count = 1;
  while (
    start + count < words.length &&
    joinsKeyWords(text.slice(words[start + count - 1]!.end, words[start + count]!.start), isClauseVerb)
  )
    count++;
  return count;
}
/**
 * Whether the text between two words leaves them in one phrase: few small words, none a finite "be", "do" or "have".
 * Such a verb between them puts them on either side of a clause's verb: "what rule is Mexico using" is no "rules
 * Mexico", though "rules" and "Mexico" are two words apart.
 */
function joinsKeyWords(gap: string, isClauseVerb: (folded: string) => boolean): boolean {
  // Most gaps are a space or nothing: no word to find, and tokenising them was a memo look-up each, several a word.
  if (BLANK.test(gap)) return true;
  const tokens = wordTokens(gap);
  return (
    tokens.length <= MAX_ALIAS_GAP &&
    !tokens.some((token) => FINITE_AUXILIARIES.has(foldText(token.raw)) || isClauseVerb(foldText(token.raw)))
  );
}
/** A gap of white space alone (or none), which holds no word. */
const BLANK = /^\s*$/;
/** English finite forms of "be", "do" and "have" (a closed class): a clause's verb, or its auxiliary. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
]);
/** Spanish "a" before a person: whom a verb is done to ("metieron presa **a** Chávez"), no particle of its own. */
const OBJECT_MARKER = 'a';
/** Small words at most between two words of an alias key ("leave the country", "broke off all ties"). */
const MAX_ALIAS_GAP = 2;
/** Words opening a Spanish question that may call someone before a joining word ("chuta ñaños entonces …"). */
const MAX_CALLING_WORDS = 2;
/** A word that joins what follows to a call or exclamation opening a Spanish question. */
const JOINING_AFTER_CALL = /^[\s,]*(?:y|entonces|pero|pues)\s/iu;
/** A name particle between a title and a name ("el canciller de Zela"). */
const TITLE_PARTICLE_GAP = /^\s+(?:de|del|de la|la|van|von|da|dos)\s+$/i;

/** Only spaces or a possessive's apostrophe between two words: written side by side. */
const SIDE_BY_SIDE = /^[\s'’]*$/;
/** A plural as English writes most ("leaders", "presidents"; not "congress"). */
const PLURAL = /[^s]s$/;

/**
 * A question asking who holds a role ("who is the peruvian minister", "what is the name of …", "¿quién es …?"): its
 * country and title words are what check a holder, so they are kept beside the holder an alias names.
 */
const ASKS_WHO_HOLDS = /^\W*(?:who|whom)\b|\bnames? of\b|^\W*qui[eé]n(?:es)?\b|\bnombre (?:de|del)\b/iu;
/** Words remembered with their wordings (see wordingsOfWord). */
const MAX_WORDING_MEMO = 5000;
/**
 * Unknown words of one question that get typo corrections; later ones count as unknown. Each correction compares
 * the word with the whole vocabulary, so a 6,000-character question of made-up words would otherwise take long.
 */
const MAX_CORRECTED_WORDS = 30;
/** Longest Spanish root that an English question's word matches only with a Spanish ending. */
const SHORT_SPANISH_ROOT = 4;

/** Commonness (Zipf) under which a word no article has may be a slip inside an alias key ("minster" for minister). */
const SLIP_MAX_ZIPF = 2.5;
/** Letters a typed word of a respelt full name may differ by from the name's word ("betsy" for Betssy). */
const MAX_NAME_RESPELLING_EDITS = 1;

/** What a {@link QueryParser} reads questions against: the corpus's words and the editable language lists. */
export interface QuerySources extends QuestionTextSources {
  /** Common words that count for less in a question. */
  lightWords?: ReadonlySet<string>;
  /** Whether the one a name term stands for speaks somewhere in the articles ("zela": "de Zela told journalists"). */
  speaks?: (term: string) => boolean;
  /**
   * The persons the articles say act in a role by a term ("Betssy Chavez, who served as"): the name stems right
   * before its every occurrence; undefined where some occurrence is no "<term> as" or has no person before it.
   */
  roleActors?: (term: string) => ReadonlySet<string> | undefined;
  /** Terms of names the articles write after a name particle ("de Zela"; see CorpusNames.afterParticle). */
  afterParticle?: ReadonlySet<string>;
  /** Folded Spanish words of talk no regular cognate reaches, to their English words (talk-words-es.txt). */
  spanishTalkWords?: ReadonlyMap<string, readonly string[]>;
  /** The alias list as written: which words each line's keys write (see QueryParser.pluralOfOnePerson). */
  aliasEntries?: readonly AliasEntry[];
}

/**
 * How common in English (Zipf) both words of a compound the articles never write must be for it to be an idiom ("big
 * deal": 5.8, 5.4), not a thing ("world cup": "cup" 4.7; "human rights": "rights" 4.5).
 */
const IDIOM_MIN_ZIPF = 5;
/** WordNet classes of a compound that may be an idiom: qualities, feelings, states, spans of time ("long time"). */
const IDIOM_CLASSES: ReadonlySet<string> = new Set(['noun.attribute', 'noun.feeling', 'noun.state', 'noun.time']);
/** WordNet classes that make a compound a thing asked about, whatever else it may be. */
const THING_CLASSES: ReadonlySet<string> = new Set([
  'noun.artifact',
  'noun.group',
  'noun.location',
  'noun.event',
  'noun.object',
  'noun.substance',
  'noun.food',
  'noun.act',
]);

/** A question's words as readAnew reads them, with what it has read of them so far. */
interface WordsInReading {
  /** The text read: the question as typed, without what question-text.ts takes out, a name put before its verb. */
  text: string;
  /** The text's content words, in order. */
  words: readonly ContentWord[];
  /** Each word's stem, for alias keys. */
  stems: readonly string[];
  /** Each word's Spanish root, for Spanish alias keys (empty where none can match it). */
  roots: readonly string[];
  /** The stop words around each word, when some word has particle keys (else empty). */
  around: readonly WordParticles[];
  /** Whether the question is written in Spanish. */
  spanish: boolean;
  /** Folded words that only frame the question: read as talk. */
  frame: readonly string[];
  /** Where the words opening the question before its question word end (see WordWeights.openerEnd). */
  openerEnd: number;
  /** Typo corrections left for the question's unknown words. */
  budget: { corrections: number };
  /** The concepts read so far. */
  concepts: Concept[];
  /** The words read as talk so far. */
  ignored: string[];
  /** Whether an everyday Spanish noun no article has is read as paraphrase (see WordWeights.unknownWordWeight). */
  paraphrase: boolean;
}

/**
 * Reads questions from the text QuestionTextReader leaves of them (no fillers, no text places): aliases and full names
 * first, then each remaining word as itself, a cognate, a correction or completion, a synonym, or a word no article
 * has, weighed by how much it counts.
 */
export class QueryParser {
  /** The alias list, compiled for look-up (alias-tables.ts). */
  private readonly aliasByStems: ReadonlyMap<string, CompiledAlias>;
  private readonly aliasBySpanishRoots: ReadonlyMap<string, CompiledAlias>;
  private readonly aliasStemPrefixes: ReadonlySet<string>;
  private readonly aliasRootPrefixes: ReadonlySet<string>;
  private readonly particleAliases: ReadonlyMap<string, readonly ParticleAlias[]>;
  /** The text of a question as it is read: without its chat markup, labels, fillers and text places. */
  readonly questionText: QuestionTextReader;

  private readonly vocabulary: ReadonlyMap<string, number>;
  private readonly nameForms: ReadonlyMap<string, string>;
  private readonly isNickname: (folded: string) => boolean;
  /** See QuerySources.speaks; no one speaks without it. */
  private readonly speaks: (term: string) => boolean;
  private readonly roleActors: (term: string) => ReadonlySet<string> | undefined;
  /** The index terms of the names. */
  private readonly nameTerms: ReadonlySet<string>;
  private readonly givenNames: ReadonlyMap<string, string>;
  private readonly titles: ReadonlySet<string>;
  /** {@link formerSynonymStems}, found when first needed. */
  private formerStems: ReadonlySet<string> | undefined;
  /** {@link personTerms}, found when first needed (it may read WordNet, which most questions never need). */
  private people: ReadonlySet<string> | undefined;
  /** Terms of names the articles write after a particle ("de Zela"). */
  private readonly afterParticle: ReadonlySet<string>;
  /** The folded forms the articles write each name term in ("betssi" → betssy). */
  private readonly formsOfNameTerm = new Map<string, string[]>();
  private readonly lexicon: Lexicon | undefined;
  /** Every word as the articles write it, folded, with its term. */
  private readonly writtenForms: ReadonlyMap<string, string>;
  /** Typo corrections and completions of words the index lacks. */
  private readonly corrector: Corrector;
  /** How much each word counts, and which words are talk. */
  private readonly weights: WordWeights;
  /**
   * Readings of the last texts read, by frame and text: a line is read again for its parts, its checks and what it
   * names (a speaker's "Sheinbaum" a hundred times a batch). A reading is shared: no caller changes one.
   */
  private readonly reads = new Memo<string, ReadQuestion>(MAX_READ_MEMO);
  /** Synonym wordings by folded word: WordNet is read once per word. */
  private readonly synonymCache = new Map<string, Wording[]>();
  /** The alias list as written, for the words its keys write. */
  private readonly aliasEntries: readonly AliasEntry[];
  /** {@link keyWordsOfLine}, found when first needed. */
  private keyWordsByLine: ReadonlyMap<number, ReadonlySet<string>> | undefined;
  /** {@link englishObjectsOfLine} by line, found when first needed. */
  private objectsByLine: Map<number, ReadonlySet<string>> | undefined;

  constructor(
    private readonly analyzer: Analyzer,
    sources: QuerySources,
  ) {
    this.vocabulary = sources.vocabulary;
    this.nameForms = sources.nameForms ?? new Map();
    this.isNickname = sources.isNickname ?? (() => false);
    this.speaks = sources.speaks ?? (() => false);
    this.roleActors = sources.roleActors ?? (() => undefined);
    this.nameTerms = new Set(this.nameForms.values());
    this.givenNames = sources.givenNames ?? new Map();
    this.titles = sources.titles ?? new Set();
    this.afterParticle = sources.afterParticle ?? new Set();
    this.aliasEntries = sources.aliasEntries ?? [];
    for (const [folded, term] of this.nameForms) {
      const forms = this.formsOfNameTerm.get(term);
      if (forms) forms.push(folded);
      else this.formsOfNameTerm.set(term, [folded]);
    }
    this.lexicon = sources.lexicon;
    this.writtenForms = sources.writtenForms ?? new Map();
    this.corrector = new Corrector(analyzer, {
      vocabulary: this.vocabulary,
      nameForms: this.nameForms,
      writtenForms: this.writtenForms,
      lexicon: this.lexicon,
    });
    this.weights = new WordWeights({
      lightWords: sources.lightWords ?? new Set(),
      nameForms: this.nameForms,
      lexicon: this.lexicon,
      wordForms: this.analyzer.wordForms,
      spanishTalkWords: sources.spanishTalkWords,
      stopWords: analyzer.stopWords,
    });
    ({
      byStems: this.aliasByStems,
      bySpanishRoots: this.aliasBySpanishRoots,
      stemPrefixes: this.aliasStemPrefixes,
      rootPrefixes: this.aliasRootPrefixes,
      particles: this.particleAliases,
    } = sources.aliases);
    this.questionText = new QuestionTextReader(analyzer, sources, {
      weights: this.weights,
      personTerms: () => this.personTerms,
      namesTopic: (text) => this.namesTopic(text),
    });
  }

  /** For each content word of a text, the stop words right before and right after it, folded. */
  private particlesOfWords(text: string, spanish: boolean): WordParticles[] {
    const result: WordParticles[] = [];
    const named: boolean[] = [];
    let pending: string[] = [];
    for (const token of wordTokens(text)) {
      if (this.analyzer.isContentToken(token.raw)) {
        result.push({ before: pending, after: [], afterSubject: [] });
        named.push(this.nameForms.has(foldText(token.raw)));
        pending = [];
      } else {
        // Chat's "q" is "que" in a key's particles too ("pidió q suelten" is "pidió que suelten").
        const folded = spanish ? withChatQueWritten(foldText(token.raw)) : foldText(token.raw);
        pending.push(folded);
        result[result.length - 1]?.after.push(folded);
      }
    }
    // "¿Qué pide la mandataria mexicana para …?": a subject between a verb and its particle, after a determiner.
    // "¿Qué pidió Sheinbaum para …?": a name right after the verb, the particle right after the name (Spanish puts
    // the subject there; "pidió Chávez a México para protegerse" is no "pidió para", nor "pidió Chávez que …").
    result.forEach((word, i) => {
      if (word.after.length > 0 && word.after.every((particle) => SUBJECT_DETERMINERS.has(particle))) {
        word.afterSubject = result.slice(i + 1, i + 1 + MAX_SUBJECT_WORDS).map((next) => next.after);
        return;
      }
      if (!spanish || word.after.length > 0 || named[i] || !named[i + 1]) return;
      let last = i + 1;
      while (
        last + 1 < result.length &&
        last - i < MAX_SUBJECT_WORDS &&
        result[last]!.after.length === 0 &&
        named[last + 1]
      )
        last++;
      // "pidió Chávez que …" opens a clause: whose request it was is in it, not in the verb's key.
      if (result[last]!.after[0] !== 'que') word.afterSubject = [result[last]!.after];
    });
    return result;
  }

  /** A particle key matching the word at `index` with the stop words around it, longest particles first. */
  private particleAlias(word: ContentWord, around: WordParticles | undefined): ParticleAlias | undefined {
    const candidates = this.particleAliases.get(word.stem);
    if (!candidates || !around) return undefined;
    const endsWith = (list: string[], tail: string[]) =>
      tail.length <= list.length && tail.every((t, k) => list[list.length - tail.length + k] === t);
    const startsWith = (list: string[], head: string[]) =>
      head.length <= list.length && head.every((h, k) => list[k] === h);
    return candidates
      .filter(
        (alias) =>
          endsWith(around.before, alias.before) &&
          (startsWith(around.after, alias.after) ||
            (alias.before.length === 0 &&
              alias.after.length > 0 &&
              around.afterSubject.some((after) => startsWith(after, alias.after)))),
      )
      .sort((a, b) => b.before.length + b.after.length - (a.before.length + a.after.length))[0];
  }

  /**
   * A key of several words read as one of its words with the particle after the key, where a key of that word takes
   * it and a name follows ("the president of Peru before Jeri", "Peru's president before Jeri": a "president
   * before", a predecessor): what the particle makes of the word, relating it to that person, is asked, the rest only
   * says which one. Not before other words, where the particle may be the key's own, which its stems leave out
   * ("waiting to find out now"), nor Spanish "a" before a name, which marks whom a verb is done to ("metieron presa a
   * Chávez" is no "metieron a", entered). Undefined when none does.
   */
  private particleAfterKey(
    words: readonly ContentWord[],
    at: number,
    keyLength: number,
    around: readonly WordParticles[],
  ): ParticleAlias | undefined {
    const after = around[at + keyLength - 1]?.after;
    const next = words[at + keyLength];
    if (!after || after.length === 0 || after[0] === OBJECT_MARKER) return undefined;
    if (next === undefined || !this.nameForms.has(next.folded)) return undefined;
    for (const word of words.slice(at, at + keyLength)) {
      const alias = (this.particleAliases.get(word.stem) ?? []).find(
        (key) =>
          key.before.length === 0 && key.after.length > 0 && key.after.every((particle, k) => after[k] === particle),
      );
      if (alias) return { ...alias, keyLength };
    }
    return undefined;
  }

  /**
   * Whether a text names something the articles tell of: a name, or a topic word (not talk, not light) that one of
   * its wordings writes in the articles' own words.
   */
  private namesTopic(text: string): boolean {
    return this.read(text).concepts.some(
      (c) =>
        c.name === true ||
        (c.kind === 'topic' &&
          !c.talk &&
          c.weight > LIGHT_WORD_WEIGHT &&
          c.wordings.some((w) => !w.loose && w.terms.every((term) => this.vocabulary.has(term)))),
    );
  }

  /** The concepts of a question, in order. A question of stop words only has none. */
  parse(question: string): readonly Concept[] {
    return this.read(question).concepts;
  }

  /**
   * The concepts of a question, the words read as talk, and its language.
   * @param frame folded words that only frame the question ("date" of "what date"): read as talk.
   */
  read(question: string, frame: readonly string[] = []): ReadQuestion {
    return this.reads.get(JSON.stringify([frame, question]), () => this.readAnew(question, frame));
  }

  /**
   * {@link read}, every time: the text as question-text.ts leaves it, the words opening it that ask nothing, then at
   * each word an alias of one or more words, else the word itself (a full name, a compound, a phrasal verb, a word
   * the articles have or a synonym of one, or a word none has).
   */
  private readAnew(question: string, frame: readonly string[], paraphrase = true): ReadQuestion {
    const { text: rest, terms: placeTerms } = this.questionText.withoutPlaces(this.questionText.readableText(question));
    const asTyped = this.questionText.withFormerBeforePlace(
      this.questionText.withPrefixesApart(this.questionText.withoutFillers(rest)),
    );
    const spanish = isSpanish(asTyped);
    const typedWords = this.analyzer.contentWords(asTyped);
    const reordered = this.withNameBeforeItsVerb(typedWords, asTyped, spanish);
    const text = reordered ?? asTyped;
    const words = reordered === undefined ? typedWords : this.analyzer.contentWords(text);
    const ignored: string[] = [];
    // Read before the filler phrases go: "causa q onda con …" opens with its question word, though "q onda" is filler.
    const openerEnd = this.weights.openerEnd(rest, spanish);
    // Particles are read only when a word of the question has particle keys ("fell" of "fell out").
    const around = words.some((word) => this.particleAliases.has(word.stem))
      ? this.particlesOfWords(text, spanish)
      : [];
    // Alias keys are looked up by every run of up to MAX_ALIAS_KEY_WORDS words: compute each word's forms once.
    const stems = words.map((word) => word.stem);
    // In an English question, a short word with no Spanish ending is no form of a Spanish key: "pres" (president)
    // is not "preso" (imprisoned), though "expresident" is "expresidente".
    const roots = words.map((word) => {
      const root = spanishRoot(word.folded);
      if (spanish) return this.aliasRootPrefixes.has(root) ? root : (this.infinitiveRoot(word.folded) ?? root);
      return root !== word.folded || root.length > SHORT_SPANISH_ROOT ? root : '';
    });
    const budget = { corrections: MAX_CORRECTED_WORDS };
    const concepts: Concept[] = placeTerms.map((term) =>
      newConcept({
        label: term,
        kind: 'topic',
        weight: 1,
        wordings: [newWording({ terms: [term], phrases: [], weight: 1 })],
      }),
    );
    const reading: WordsInReading = {
      text,
      words,
      stems,
      roots,
      around,
      spanish,
      frame,
      openerEnd,
      budget,
      concepts,
      ignored,
      paraphrase,
    };
    let i = this.openingWordsRead(reading);
    // The words each concept was read from, [first, end): what a title before a name needs (withTitlesOfNames);
    // [-1, -1] for one read from no words of its own (the opening's, an adjective among stop words): every reader
    // checks for it.
    const spans: Array<[number, number]> = concepts.map(() => [-1, -1]);
    let from = i;
    while (i < words.length) {
      while (spans.length < concepts.length) spans.push([from, i]);
      from = i;
      i = this.aliasRead(reading, i) ?? this.wordRead(reading, i);
    }
    while (spans.length < concepts.length) spans.push([from, i]);
    if (!spanish)
      for (const concept of this.adjectivesAmongStopWords(text)) {
        concepts.push(concept);
        spans.push([-1, -1]);
      }
    const titled = this.withTitlesOfNames(concepts, spans, words, text, spanish);
    const bodies = this.withBodiesOfPersons(titled, spans, words, text, spanish);
    // An everyday word is paraphrase of the story only in a question that names enough things of the story's own ("el
    // malestar del canciller peruano al anunciar la medida"); else ("la velocidad media") it is what is asked.
    if (paraphrase && spanish && bodies.filter((c) => c.kind === 'topic' && !c.talk).length < PARAPHRASE_MIN_TOPICS)
      return this.readAnew(question, frame, false);
    return { concepts: this.withRolesOfPersonsAsked(bodies, spans, words), ignored, spanish };
  }

  /**
   * Whether a stop word is a verb of saying or thinking (its verb's commonest WordNet sense filed so: "say", "said",
   * "think"): the verb of a statement asked after its speaker, which no alias key runs across ("what did Peru's
   * government say about Mexico" is no "governs Mexico").
   */
  private readonly isSayingVerb = (folded: string): boolean => {
    if (!this.lexicon || !this.analyzer.isStopWord(folded)) return false;
    const base = this.analyzer.wordForms.get(folded) ?? folded;
    const lexname = lemmaCandidates(base, 'verb')
      .map((lemma) => this.lexicon!.commonestVerbSense(lemma)?.lexname)
      .find((name) => name !== undefined);
    return lexname === 'verb.communication' || lexname === 'verb.cognition';
  };

  /**
   * Stop words said as adjectives, right after a determiner ("the **only** one", "the **only** country"), read by
   * the other words of their commonest WordNet adjective sense that the articles write ("sole", of ¶10's "sole and
   * lonely exception"). Elsewhere such a word only frames ("only consular relations"), and stays unread. Words
   * of later senses are other meanings ("the other one" is no "former" one).
   */
  private adjectivesAmongStopWords(text: string): Concept[] {
    if (!this.lexicon) return [];
    const concepts: Concept[] = [];
    for (const match of foldText(text).matchAll(STOP_WORD_AFTER_DETERMINER)) {
      const folded = match[1]!;
      if (!this.analyzer.isStopWord(folded) || this.lexicon.lookup(folded).classes[0] !== 'adj.all') continue;
      const sense = this.lexicon.commonestAdjectiveSense(folded);
      const wordings = (sense?.words ?? []).flatMap((other) => this.writtenSynonym(other) ?? []);
      if (wordings.length === 0 || concepts.some((concept) => concept.label === folded)) continue;
      const word = { raw: match[1]!, start: 0, end: 0, folded, stem: folded, partStems: [] };
      concepts.push(
        newConcept({ label: folded, kind: 'topic', weight: this.weights.lightness(word, false), wordings }),
      );
    }
    return concepts;
  }

  /**
   * How many words open the question without asking anything (see readAnew): an everyday word calling someone, an
   * order to the reader ("Describe …"), a Spanish call before a joining word. They are read as talk.
   */
  private openingWordsRead(reading: WordsInReading): number {
    const { text, words, spanish, openerEnd, ignored } = reading;
    let i = 0;
    // "causa, ¿quién es…?", "pana qué pasó": an everyday word that opens the question, bare before its question word,
    // calls someone, though an alias knows it in another sense ("causa" as cause); "el gobierno, ¿qué dijo?" has a
    // topic, as does a word the articles have.
    const first = words[0];
    if (
      first &&
      first.end <= openerEnd &&
      !/\p{L}/u.test(text.slice(0, first.start)) &&
      !this.vocabulary.has(first.stem) &&
      this.weights.isOpener(first, spanish, false)
    ) {
      ignored.push(first.folded);
      i = 1;
    } else if (
      first &&
      words.length > 1 &&
      !/\p{L}/u.test(text.slice(0, first.start)) &&
      // A noun heading what follows is no order: "Debate over asylum", "Protestas en Perú".
      !NOUN_HEAD_PREPOSITION.test(text.slice(first.end)) &&
      (spanish
        ? this.weights
            .englishOfSpanish(first.folded)
            .some((english) => this.weights.isInstruction({ ...first, folded: english }))
        : this.weights.isInstruction(first))
    ) {
      // "Describe Pedro Castillo's background", "Compara el caso de Perú con …": what the reader is asked to do, not
      // what the article tells (a word alone, "debate", is what is looked up).
      ignored.push(first.folded);
      i = 1;
    } else if (spanish) {
      i = this.callingWords(words, text);
      for (const word of words.slice(0, i)) ignored.push(word.folded);
    }
    return i;
  }

  /**
   * The alias read at word `at` (see readAnew), or a "back" read as a particle or a word framing the question read as
   * talk: the next word's index, else undefined.
   */
  private aliasRead(reading: WordsInReading, at: number): number | undefined {
    const { text, words, stems, roots, around, spanish, frame, concepts, ignored } = reading;
    // A key of several words wins; else a one-word key with its particles ("kicked out"); else a plain one.
    const joined = joinedRun(words, text, at, this.isSayingVerb);
    let plain =
      this.aliasThroughFormer(stems, roots, at, joined, spanish) ??
      this.longestAlias(stems, roots, at, joined) ??
      this.hyphenatedAlias(words[at]!) ??
      (spanish ? undefined : this.correctedAlias(words, stems, roots, at, joined));
    // "restablecieron relaciones": a verb read with its object where English reads them as one ("restore relations").
    if (spanish && plain?.keyLength === 1 && joined > 1)
      plain = this.withObjectAsEnglish(plain, stems, roots, at) ?? plain;
    // Several holders of a role are not only the one person a key of it names: the role's own word too.
    if (spanish && plain && plain.keyLength > 1 && this.pluralOfOnePerson(plain, words.slice(at, at + plain.keyLength)))
      plain = this.withRoleOfPlural(plain, this.longestAlias(stems, roots, at, plain.keyLength - 1));
    // "Back" right after a verb and before nothing it does to anyone is the verb's particle ("what did Mexico say
    // back?", "do back in 2022"), not "to back" someone; a key of the two ("pushed back") was read at the verb, one
    // opening with it ("back to normal") is read here.
    if (!(plain && plain.keyLength > 1) && this.particleBack(words[at]!, text)) {
      ignored.push(words[at]!.folded);
      return at + 1;
    }
    const particled =
      plain && plain.keyLength > 1
        ? this.particleAfterKey(words, at, plain.keyLength, around)
        : this.particleAlias(words[at]!, around[at]);
    const alias = particled ?? plain;
    // A word framing the question is talk though an alias knows it ("who is the person that …", "cómo se llama").
    if (alias && alias.keyLength === 1 && frame.includes(words[at]!.folded)) {
      ignored.push(words[at]!.folded);
      return at + 1;
    }
    const respelt = alias && this.respeltFullName(words.slice(at, at + alias.keyLength), alias);
    if (alias && respelt) {
      // "betsy chaves", "bettsy": the person's name respelt, read as the typed full name is (below).
      const covered = words.slice(at, at + alias.keyLength);
      concepts.push(
        newConcept({
          label: covered.map((word) => word.folded).join(' '),
          kind: 'topic',
          name: true,
          weight: 1,
          wordings: [
            respelt,
            newWording({ terms: [respelt.terms[respelt.terms.length - 1]!], phrases: [], weight: 1 }),
          ],
        }),
      );
      return at + alias.keyLength;
    }
    if (alias) {
      const covered = words.slice(at, at + alias.keyLength);
      // A key read with its particles means what its line says ("quién decide": who is empowered to assess),
      // the word alone only beside it (¶4's "decided to seek asylum").
      const own = covered.every((word) => this.vocabulary.has(word.stem))
        ? [toWording(covered, particled ? WORDING_WEIGHTS.aliasBeside : 1)]
        : [];
      // Words the question writes side by side that no article does ("Peru's head of state", "becoming president"):
      // only the alias names the thing in full, and its wordings count as fully as the user's own. Not a plural
      // ("Mexican leaders" are no one the alias names), nor words the question itself writes apart.
      const ownPhraseUnwritten =
        own.length > 0 &&
        own[0]!.phrases.some((phrase) => !this.vocabulary.has(phrase)) &&
        covered.every((word, i) => i === 0 || SIDE_BY_SIDE.test(reading.text.slice(covered[i - 1]!.end, word.start))) &&
        !PLURAL.test(covered[covered.length - 1]!.folded);
      const aliasWeight =
        own.length > 0 && !particled && !ownPhraseUnwritten ? WORDING_WEIGHTS.aliasBeside : WORDING_WEIGHTS.aliasOnly;
      const holderNamed =
        ownPhraseUnwritten &&
        !ASKS_WHO_HOLDS.test(reading.text) &&
        this.titles.has(covered[covered.length - 1]!.stem) &&
        this.withSurnames(alias.wordings).some((w) => this.namesPerson(w));
      const aliased = [
        // A title with its country, written apart from the title's holder ("Peru's head of state" for Jeri): the words
        // scattered in a paragraph may be two people's (¶2's "presidents of that country" are Mexico's, "Peru" the
        // speaker's), so only the holder the alias names stands for it.
        ...(holderNamed ? [] : own),
        ...this.withSurnames(alias.wordings).map((wording) =>
          newWording({ ...wording, weight: wording.weight * aliasWeight }),
        ),
      ];
      const talk = covered.length === 1 && this.weights.isTalk(covered[0]!.folded, spanish);
      const wordings = talk && !spanish ? [...aliased, ...this.talkSynonyms(covered[0]!, aliased)] : aliased;
      concepts.push(
        newConcept({ label: covered.map((word) => word.folded).join(' '), kind: 'topic', weight: 1, wordings, talk }),
      );
      return at + alias.keyLength;
    }
    return undefined;
  }

  /**
   * The word (or full name, or compound) at `at` read as a concept, or as talk (see readAnew): the next word's index.
   */
  private wordRead(reading: WordsInReading, at: number): number {
    const { text, words, spanish, frame, openerEnd, budget, concepts, ignored, paraphrase } = reading;
    const name = this.fullName(words, at);
    if (name.length > 1) {
      // "Pedro Castillo" is one person: the whole name, or the surname alone as articles write it later on.
      const surname = name[name.length - 1]!;
      concepts.push(
        newConcept({
          label: name.map((word) => word.folded).join(' '),
          kind: 'topic',
          name: true,
          weight: 1,
          wordings: [toWording(name, 1), newWording({ terms: [surname.stem], phrases: [], weight: 1 })],
        }),
      );
      return at + name.length;
    }
    const word = words[at]!;
    const light = this.weights.lightness(word, spanish);
    // The word after it: what a compound, a particle or a qualified noun is read with.
    const after = at + 1;
    const opening = word.end <= openerEnd;
    if (
      frame.includes(word.folded) ||
      (opening && this.weights.isOpener(word, spanish, this.vocabulary.has(word.stem)))
    ) {
      ignored.push(word.folded);
      return after;
    }
    if (!spanish && this.unwrittenCompound(words, at, text)) {
      // "World Cup", "United States", "safe conduct": a thing of its own, of which the article's "world" or
      // "states" is no part, asked about in full as a name no article writes would be.
      // Of two everyday words, an idiom ("big deal", "bad blood"): how the asker puts it, no thing asked about.
      const everyday = this.isIdiom(word, words[after]!);
      concepts.push(
        newConcept({
          label: `${word.folded} ${words[after]!.folded}`,
          kind: 'unknown',
          weight: everyday ? LIGHT_WORD_WEIGHT : 1,
          wordings: [newWording({ terms: [`${word.stem} ${words[after]!.stem}`], phrases: [], weight: 1 })],
        }),
      );
      return after + 1;
    }
    const phrasal = spanish ? undefined : this.phrasalVerb(word, text.slice(word.end, words[after]?.start));
    // A particle that is a content word of its own ("fall apart", "step aside"), right after the verb.
    const next = words[after];
    const wordParticle =
      phrasal ||
      spanish ||
      next === undefined ||
      !CONTENT_PARTICLE.test(next.folded) ||
      !/^\s+$/.test(text.slice(word.end, next.start))
        ? undefined
        : this.phrasalVerb(word, ` ${next.folded}`, CONTENT_PARTICLE_AFTER);
    if (wordParticle) {
      concepts.push(
        newConcept({ label: wordParticle.label, kind: 'topic', weight: 1, wordings: wordParticle.wordings }),
      );
      return after + 1;
    }
    if (phrasal) {
      // "set up" is to establish, "step down" to leave office: the verb alone ("set", "step") says something else.
      concepts.push(newConcept({ label: phrasal.label, kind: 'topic', weight: 1, wordings: phrasal.wordings }));
      return after;
    }
    const wordings = this.wordingsOfWord(word, budget, spanish);
    if (wordings.some((wording) => wording.terms.every((term) => this.vocabulary.has(term)))) {
      // "betsy chaves": a name right after a word that stood for the same name is part of it, not more of it.
      const before = concepts[concepts.length - 1];
      if (before && at >= 1 && before.label.endsWith(words[at - 1]!.folded) && this.restates(before, wordings[0]!))
        return after;
      const made = spanish ? undefined : this.madeFromVerb(word);
      const talk = this.weights.isTalk(word.folded, spanish);
      concepts.push(
        newConcept({
          label: word.folded,
          kind: 'topic',
          weight: talk && this.isSpeakersWords(words, at, text) ? Math.min(light, LIGHT_WORD_WEIGHT) : light,
          wordings: [...wordings, ...(made ? [made] : []), ...this.knownWordSynonyms(word, wordings, spanish)],
          name: this.nameForms.has(word.folded),
          talk,
        }),
      );
      return after;
    }
    // English WordNet knows a Spanish word only where the asker switched to English: "usa" (uses) is no USA, nor
    // "mayor" (older) a mayor.
    const english = !spanish || this.weights.englishInSpanish(word.folded);
    const synonyms = this.weights.isTalk(word.folded, spanish) || !english ? [] : this.synonymWordings(word);
    if (synonyms.length > 0) {
      concepts.push(
        newConcept({ label: word.folded, kind: 'topic', weight: light, wordings: [...wordings, ...synonyms] }),
      );
      return after;
    }
    // A Spanish word no article has before the question word calls someone ("pana", "parce", "profe, ¿qué …?").
    const unknown =
      opening && spanish && !this.isNickname(word.folded)
        ? 0
        : this.weights.unknownWordWeight(word, text, spanish, paraphrase);
    // An adjective no article has, right before a noun ("what **concrete** steps", "the **main** arguments"): it
    // narrows what the noun asks, and the article need not write it; it counts as an everyday word does.
    // Spanish puts such an adjective after its noun ("¿qué consecuencias **concretas** …?").
    const qualifies = spanish
      ? this.qualifiesBefore(word, words[at - 1], text)
      : this.qualifiesNext(word, words[after], text);
    const weight = qualifies ? Math.min(unknown, LIGHT_WORD_WEIGHT) : unknown;
    if (weight === 0) ignored.push(word.folded);
    else concepts.push(newConcept({ label: word.folded, kind: 'unknown', weight: weight * light, wordings }));
    return after;
  }

  /**
   * The terms of people's names: a given name and the name after it, unless that name is a thing WordNet knows
   * ("Latin America", "Pacific Alliance", "Caracas Convention"); a person's surname is no word of it, or a person
   * ("Chavez").
   */
  private get personTerms(): ReadonlySet<string> {
    if (this.people) return this.people;
    const writtenOf = firstFormOfTerms(this.nameForms);
    const thing = (term: string) => {
      const classes = this.lexicon?.lookup(writtenOf.get(term) ?? term).classes ?? [];
      return classes.some((name) => name.startsWith('noun.')) && !classes.includes('noun.person');
    };
    const pairs = [...this.givenNames].filter(([, after]) => !thing(after));
    return (this.people = new Set(pairs.flatMap(([given, after]) => [given, after])));
  }

  /**
   * The concepts, a title right before a person's name ("President Sheinbaum", "la presidenta Sheinbaum", "el
   * canciller de Zela") held wherever the name is: it says who the person is, as the name does. Read as a topic of
   * its own, it drew the answer to the paragraph that writes the title beside the name (¶4's "President Claudia
   * Sheinbaum") over the one that tells what was asked of her (¶8's "Claudia Sheinbaum … described Peru's reaction").
   * It stays a concept: a paragraph with the title and the name together ("President Jeri backed …") keeps that.
   * So does a word describing a person a role names ("the jailed ex-leader", "the jailed Peruvian former leader"):
   * held wherever that person is named, it says who is meant, not what is asked of him (¶6, where Mexico's president
   * demands Castillo's release, over ¶4, where "imprisoned" tells of Chávez). Its own wordings are loose: a paragraph
   * holding only them ("imprisoned") does not hold the description in full. Spanish writes such a word after the
   * role ("el exmandatario peruano encarcelado"), read so when it is a participle or ends a term ("preso").
   */
  private withTitlesOfNames(
    concepts: Concept[],
    spans: ReadonlyArray<[number, number]>,
    words: readonly ContentWord[],
    text: string,
    spanish: boolean,
  ): Concept[] {
    // A person's name: "el canciller de Perú" puts no title before a name.
    const person = (concept: Concept) => {
      const terms = concept.wordings[0]?.terms ?? [];
      return terms.length > 0 && terms.every((term) => this.personTerms.has(term));
    };
    const titled = (concept: Concept, k: number) => {
      const next = concepts[k + 1];
      const end = spans[k]![1];
      const terms = concept.wordings[0]?.terms ?? [];
      if (!next || concept.name || concept.kind !== 'topic' || !this.titles.has(terms[terms.length - 1] ?? ''))
        return false;
      if (end < 1 || spans[k + 1]![0] !== end || !person(next)) return false;
      // Only spaces between, or the particle the articles write in that name ("de Zela", not "el jefe de Castillo").
      const gap = text.slice(words[end - 1]!.end, words[end]!.start);
      return (
        /^\s+$/.test(gap) ||
        (TITLE_PARTICLE_GAP.test(gap) && next.wordings[0]!.terms.some((t) => this.afterParticle.has(t)))
      );
    };
    // A person's wordings among a role's: "ex leader" is "former president" or Castillo.
    const personWordings = (concept: Concept) =>
      concept.wordings.filter((w) => w.terms.length > 0 && w.terms.every((term) => this.personTerms.has(term)));
    // Whether concept k's words and the next concept's are one after the other, with only spaces between.
    const adjacent = (k: number) => {
      const end = spans[k]![1];
      return (
        k + 1 < concepts.length &&
        spans[k + 1]![0] === end &&
        end >= 1 &&
        /^\s+$/.test(text.slice(words[end - 1]!.end, words[end]!.start))
      );
    };
    // The role a describing word at k qualifies: the next concept, or the one after a place's name ("jailed Peruvian").
    // A name, typed as such or read through an alias ("mexican" → Mexico).
    const named = (concept: Concept) =>
      concept.name === true ||
      concept.wordings.every((w) => w.terms.length > 0 && w.terms.every((term) => this.nameTerms.has(term)));
    const describedAt = (k: number) => (adjacent(k) && named(concepts[k + 1]!) && adjacent(k + 1) ? k + 2 : k + 1);
    // One word, an adjective or a verb's "-ed" form, after a determiner and before a role that names a person.
    const describes = (concept: Concept, k: number) => {
      const end = spans[k]![1];
      if (named(concept) || concept.title || concept.kind !== 'topic' || spans[k]![0] !== end - 1 || !adjacent(k))
        return false;
      const role = concepts[describedAt(k)];
      if (!role || role.name || personWordings(role).length === 0) return false;
      const word = words[end - 1]!;
      if (!DETERMINER_BEFORE.test(text.slice(0, word.start))) return false;
      const classes = this.lexicon?.lookup(word.folded).classes ?? [];
      return (
        classes.some((name) => name.startsWith('adj.')) ||
        (word.folded.endsWith('ed') && classes.some((name) => name.startsWith('verb.')))
      );
    };
    // In Spanish the describing word follows the role, a place's name maybe between ("el exmandatario peruano
    // encarcelado"): one word, a participle or a word ending a term ("preso"), not a conjugated verb ("detuvo").
    const describedBefore = (concept: Concept, k: number): number | undefined => {
      const [first, end] = spans[k]!;
      if (!spanish || k < 1 || named(concept) || concept.title || concept.kind !== 'topic' || first !== end - 1)
        return undefined;
      const at = k >= 2 && named(concepts[k - 1]!) && adjacent(k - 2) ? k - 2 : k - 1;
      const role = concepts[at]!;
      if (!adjacent(k - 1) || role.name || named(role) || personWordings(role).length === 0) return undefined;
      const word = words[end - 1]!;
      if (isSpanishVerbForm(word.raw.toLowerCase())) return undefined;
      return SPANISH_PARTICIPLE.test(word.folded) || this.endsTerm(concept) ? at : undefined;
    };
    const earlier = this.earlierHolders(concepts, spans, words, describes, describedAt);
    const read = concepts.map((concept, k) =>
      earlier.has(k)
        ? newConcept({ ...concept, wordings: earlier.get(k)! })
        : this.titles.size > 0 && titled(concept, k)
          ? newConcept({ ...concept, title: true, wordings: [...concept.wordings, ...concepts[k + 1]!.wordings] })
          : describes(concept, k)
            ? newConcept({
                ...concept,
                wordings: [
                  ...concept.wordings.map((w) => newWording({ ...w, loose: true })),
                  ...personWordings(concepts[describedAt(k)]!),
                ],
              })
            : concept,
    );
    return read.map((concept, k) => {
      const role = describedBefore(concepts[k]!, k);
      if (role === undefined) return concept;
      return newConcept({
        ...concept,
        wordings: [
          ...concept.wordings.map((w) => newWording({ ...w, loose: true })),
          ...personWordings(concepts[role]!),
        ],
      });
    });
  }

  /** Whether a concept means ending a term: a wording of one verb WordNet files so ("imprison", "arrest", "depose"). */
  private endsTerm(concept: Concept): boolean {
    const lexicon = this.lexicon;
    if (!lexicon) return false;
    return concept.wordings.some((w) => w.terms.length === 1 && lexicon.inWordSet(w.terms[0]!, 'endingTermVerbs'));
  }

  /**
   * A role described as held before ("the deposed Peruvian president", "the jailed former leader") names whoever held
   * it earlier, not its present holder, whom a bare role alias names ("Peruvian president" → President Jeri): the
   * alias of "former" and the role's last word ("former president" → former president, Castillo) gives the role's
   * wordings and the describing word's people. Map: concept index → its new wordings; empty when none is so read.
   */
  private earlierHolders(
    concepts: readonly Concept[],
    spans: ReadonlyArray<[number, number]>,
    words: readonly ContentWord[],
    describes: (concept: Concept, k: number) => boolean,
    describedAt: (k: number) => number,
  ): Map<number, Wording[]> {
    const out = new Map<number, Wording[]>();
    concepts.forEach((concept, k) => {
      const end = spans[k]![1];
      if (end < 1 || !this.saysEarlierHolder(words[end - 1]!.folded) || !describes(concept, k)) return;
      const at = describedAt(k);
      const head = words[spans[at]![1] - 1]?.stem;
      const former = head === undefined ? undefined : this.aliasByStems.get(`former ${head}`);
      if (!former || former.keyLength !== 2) return;
      const formerWordings = this.withSurnames(former.wordings).map((w) =>
        newWording({ ...w, weight: w.weight * WORDING_WEIGHTS.aliasOnly }),
      );
      const people = formerWordings.filter((w) => w.terms.length > 0 && w.terms.every((t) => this.personTerms.has(t)));
      if (people.length === 0) return;
      // The role keeps its words ("peru presid"), not the people its bare alias named ("presid jose jeri").
      const own = concepts[at]!.wordings.filter((w) => !w.terms.some((t) => this.personTerms.has(t)));
      out.set(at, [...own, ...formerWordings]);
      out.set(k, [...concept.wordings.map((w) => newWording({ ...w, loose: true })), ...people]);
    });
    return out;
  }

  /**
   * The concepts, a wording saying someone acts in a role ("job" → served as) left out where the articles write it
   * only of someone else than the persons the question names: "Castillo's line of work" is not ¶4's "Betssy Chavez,
   * who served as prime minister". The question's own words stay, and a concept keeps at least one wording.
   */
  private withRolesOfPersonsAsked(
    concepts: readonly Concept[],
    spans: ReadonlyArray<[number, number]>,
    words: readonly ContentWord[],
  ): Concept[] {
    const asked = new Set(
      concepts.flatMap((c) => c.wordings.filter((w) => !w.loose && this.namesPerson(w)).flatMap((w) => w.terms)),
    );
    if (asked.size === 0) return [...concepts];
    // Told only of others: every "<term> as" has a person right before it, none of them asked.
    const othersOnly = (term: string) => {
      const told = this.roleActors(term);
      return told !== undefined && told.size > 0 && ![...told].some((person) => asked.has(person));
    };
    return concepts.map((concept, k) => {
      if (concept.name) return concept;
      // A concept read from no words of its own (span [-1, -1]: the opening's, an adjective among stop words) has none.
      const [first, end] = spans[k]!;
      const own = new Set(first < 0 ? [] : words.slice(first, end).map((word) => word.stem));
      const kept = concept.wordings.filter(
        (w) => this.namesPerson(w) || w.terms.some((term) => own.has(term)) || !w.terms.every(othersOnly),
      );
      return kept.length === concept.wordings.length || kept.length === 0
        ? concept
        : newConcept({ ...concept, wordings: kept });
    });
  }

  /**
   * Whether an alias naming a person was matched by a Spanish plural its keys never write ("presidentes mexicanos" of
   * the key "presidenta mexicana", Sheinbaum): stems match a plural to its singular, but a role's holders are several,
   * not only the one person the singular names (¶2's "current and former presidents of that country", where Sheinbaum
   * is not named). A plural its keys write ("funcionarios mexicanos") means what they say. (English plurals are left
   * as they were: reading "Mexican leaders" or "envoys" so lost ¶6's and ¶10's answers.)
   */
  private pluralOfOnePerson(alias: CompiledAlias, covered: readonly ContentWord[]): boolean {
    if (!this.withSurnames(alias.wordings).some((w) => this.namesPerson(w))) return false;
    const written = this.keyWordsOfLine(alias.line);
    return covered.some(
      (word) => !written.has(word.folded) && !this.nameForms.has(word.folded) && this.isSpanishPlural(word.folded),
    );
  }

  /** An alias naming a person, read for a plural: also what the shorter key at its start says (the role). */
  private withRoleOfPlural(alias: CompiledAlias, shorter: CompiledAlias | undefined): CompiledAlias {
    if (!shorter) return alias;
    return { ...alias, wordings: [...alias.wordings, ...shorter.wordings] };
  }

  /** Whether a folded Spanish word is a plural: "-s" or "-es" after a singular the word list knows ("presidentes"). */
  private isSpanishPlural(folded: string): boolean {
    const lexicon = this.lexicon;
    if (!lexicon || !PLURAL.test(folded)) return false;
    return [folded.slice(0, -1), folded.replace(/es$/, '')].some((singular) => lexicon.spanishZipf(singular) > 0);
  }

  /** The folded words the keys of an alias line write (none for a line the parser was not given). */
  private keyWordsOfLine(line: number): ReadonlySet<string> {
    this.keyWordsByLine ??= new Map(
      this.aliasEntries.map((entry) => [
        entry.line,
        new Set(entry.keys.flatMap((key) => wordTokens(key).map((token) => foldText(token.raw)))),
      ]),
    );
    return this.keyWordsByLine.get(line) ?? new Set();
  }

  /** Whether a wording names a person: its every term a term of a person's name ("castillo", "pedro castillo"). */
  private namesPerson(wording: Wording): boolean {
    return wording.terms.length > 0 && wording.terms.every((term) => this.personTerms.has(term));
  }

  /**
   * Whether a word before a role says its holder is an earlier one: WordNet's synonyms of "former" ("onetime",
   * "previous"), or a participle telling the holder was put out of office or into custody, which ends a term: of a
   * verb WordNet files as such ("deposed", "ousted", "unseated", "jailed", "incarcerated", "arrested").
   */
  private saysEarlierHolder(folded: string): boolean {
    if (EARLIER_HOLDER_PARTICIPLES.has(folded) || folded === 'former') return true;
    if (!this.lexicon) return false;
    if (REGULAR_PARTICIPLE.test(folded) && this.lexicon.inWordSet(folded, 'endingTermVerbs')) return true;
    return this.lexicon.lookup('former').synonyms.includes(folded);
  }

  /**
   * The concepts, a body a person heads ("Castillo's government", "el gobierno de Pedro Castillo", "his government")
   * is also read as WordNet's other words for it that the articles write, as fully as the asker's own: a government
   * named after a person is their administration (¶4's "served as prime minister during Castillo's embattled
   * administration", before ¶1 and ¶2, which write "government" of Peru), as a country's is not ("el gobierno
   * peruano", "the Peruvian government" stay the government). Such a word is read through an alias in Spanish, or
   * beside one in English ("governs"), so it got no synonyms of its own. A body: a noun WordNet files first as a
   * group, as the articles write one of the concept's own terms ("govern" → "government").
   */
  private withBodiesOfPersons(
    concepts: Concept[],
    spans: ReadonlyArray<[number, number]>,
    words: readonly ContentWord[],
    text: string,
    spanish: boolean,
  ): Concept[] {
    if (!this.lexicon) return concepts;
    const person = (concept: Concept | undefined) =>
      concept !== undefined &&
      concept.wordings.some((w) => w.terms.length > 0 && w.terms.every((term) => this.personTerms.has(term)));
    const gap = (from: number, to: number) => text.slice(words[from]!.end, words[to]!.start);
    // Whose: in English, a person's name, possessive or not, right before ("Castillo's government", "the Castillo
    // government"), or "his", "her"; in either language, "of", "de", "del" and the name after, a title between ("the
    // government of Pedro Castillo", "el gobierno del presidente Castillo").
    const headed = (k: number) => {
      const [first, end] = spans[k]!;
      if (first < 0 || end - first !== 1) return false;
      const before = text.slice(0, words[first]!.start);
      if (
        !spanish &&
        (OWNER_PRONOUN_BEFORE.test(before) ||
          (k > 0 && person(concepts[k - 1]) && spans[k - 1]![1] === first && /^\s+$/.test(gap(first - 1, first))))
      )
        return true;
      const next = concepts[k + 1]?.title ? k + 2 : k + 1;
      return (
        person(concepts[next]) &&
        spans[k + 1]?.[0] === end &&
        OWNER_PARTICLE_AFTER.test(gap(end - 1, end)) &&
        (next === k + 1 || /^\s+$/.test(gap(spans[next]![0] - 1, spans[next]![0])))
      );
    };
    return concepts.map((concept, k) => {
      if (concept.kind !== 'topic' || concept.name || concept.title || !headed(k)) return concept;
      const known = new Set(concept.wordings.map((w) => w.terms.join(' ')));
      const added = new Map<string, Wording>();
      for (const synonym of this.bodyForms(concept).flatMap((form) => this.synonymWordingsOf(form))) {
        const key = synonym.terms.join(' ');
        if (!known.has(key)) added.set(key, newWording({ ...synonym, weight: 1, loose: false }));
      }
      return added.size === 0
        ? concept
        : newConcept({ ...concept, wordings: [...concept.wordings, ...added.values()] });
    });
  }

  /** The articles' written forms of a concept's own terms (full weight) that WordNet files first as a group noun. */
  private bodyForms(concept: Concept): string[] {
    const terms = concept.wordings.filter((w) => !w.loose && w.weight >= 1 && w.terms.length === 1);
    return terms
      .flatMap((w) => this.formsOfTerm(w.terms[0]!))
      .filter((form) => this.lexicon?.lookup(form).classes[0] === 'noun.group');
  }

  /**
   * How many words opening a Spanish question, before a word that joins ("y", "entonces", "pero", "pues"), call
   * someone or exclaim ("pucha y chile sale en la noticia?", "chuta ñaños entonces ya no hay embajada?"): up to two
   * words no language data has, no name nor the articles' word, nor one letter from a name (a name mistyped: "chavz
   * y castillo"). 0 when none do.
   */
  private callingWords(words: readonly ContentWord[], text: string): number {
    if (words.length === 0 || /\p{L}/u.test(text.slice(0, words[0]!.start))) return 0;
    for (let count = 1; count <= MAX_CALLING_WORDS && count < words.length; count++) {
      const opening = words.slice(0, count);
      const last = opening[count - 1]!;
      // Only the opening words themselves before the joining word: "profe" of "profe, castillo y …" calls no one so.
      if (!JOINING_AFTER_CALL.test(text.slice(last.end))) continue;
      if (opening.some((word, k) => k > 0 && !/^[\s,]+$/.test(text.slice(opening[k - 1]!.end, word.start)))) return 0;
      return opening.every((word) => this.unknownToAll(word)) ? count : 0;
    }
    return 0;
  }

  /** Whether no language data has a word, it is no name nor the articles' word, nor one letter from a name. */
  private unknownToAll(word: ContentWord): boolean {
    const folded = word.folded;
    if (this.nameForms.has(folded) || this.vocabulary.has(word.stem) || !this.lexicon) return false;
    if (this.isNickname(folded)) return false;
    if (this.lexicon.spanishZipf(folded) > 0 || this.lexicon.zipf(folded) > 0 || this.lexicon.lookup(folded).inWordNet)
      return false;
    for (const name of this.nameForms.keys()) if (editDistance(folded, name, 1) <= 1) return false;
    return true;
  }

  /**
   * Whether a word and the next make a thing WordNet names ("world cup", "united states", "human rights", "safe
   * conduct") of which at most one word is the articles' (not as a name: "Mexico City" is Mexico's capital, and often
   * Mexico's government): that word then names nothing the articles say, nor do the other's synonyms.
   */
  private unwrittenCompound(words: readonly ContentWord[], at: number, text: string): boolean {
    const [first, second] = [words[at]!, words[at + 1]];
    if (!second || !this.lexicon || !/^[\s-]+$/.test(text.slice(first.end, second.start))) return false;
    const known = (word: ContentWord) => this.vocabulary.has(word.stem) || this.nameForms.has(word.folded);
    if ((known(first) && known(second)) || this.nameForms.has(first.folded) || this.nameForms.has(second.folded))
      return false;
    // WordNet writes some with a hyphen ("safe-conduct").
    const spaced = this.lexicon.lookup(`${first.folded} ${second.folded}`);
    const entry = spaced.inWordNet ? spaced : this.lexicon.lookup(`${first.folded}-${second.folded}`);
    return entry.inWordNet && entry.classes[0]?.startsWith('noun.') === true;
  }

  /**
   * Whether two words WordNet has as one noun make an idiom: both everyday words, and the noun a quality, feeling or
   * state ("big deal", "bad blood"), never a thing, group, place or event ("high school", "world cup").
   */
  private isIdiom(first: ContentWord, second: ContentWord): boolean {
    const lexicon = this.lexicon;
    if (!lexicon || ![first, second].every((word) => lexicon.zipf(word.folded) >= IDIOM_MIN_ZIPF)) return false;
    const classes = lexicon.lookup(`${first.folded} ${second.folded}`).classes;
    return classes.some((name) => IDIOM_CLASSES.has(name)) && !classes.some((name) => THING_CLASSES.has(name));
  }

  /**
   * A verb and the particle after it that WordNet has as one verb ("set up", "step down", "back up"), with its
   * synonyms the articles write; undefined when WordNet has none such, or the articles none of its synonyms.
   */
  private phrasalVerb(
    word: ContentWord,
    between: string,
    particles: Latin1Twin = PARTICLE_AFTER,
  ): { label: string; wordings: Wording[] } | undefined {
    const particle = particles.for(between).exec(between)?.[1]?.toLowerCase();
    if (!particle || !this.lexicon || this.nameForms.has(word.folded)) return undefined;
    for (const lemma of lemmaCandidates(word.folded, 'verb')) {
      const key = `${lemma} ${particle}`;
      const entry = this.lexicon.lookup(key);
      if (!entry.inWordNet || entry.classes[0]?.startsWith('verb.') !== true) continue;
      const wordings = this.synonymWordingsOf(key);
      return wordings.length > 0 ? { label: `${word.folded} ${particle}`, wordings } : undefined;
    }
    return undefined;
  }

  /**
   * Whether `word` is "back" as a verb's particle: right after a word WordNet has as a verb (a stop word too: "say"),
   * not a name, a modal ("will back") or a noun after a determiner ("the people back …"), and before the end of its
   * clause or a word that is no one backed ("in 2022", "about it", "at the idea").
   */
  private particleBack(word: ContentWord, text: string): boolean {
    if (word.folded !== 'back' || !this.lexicon) return false;
    const before = WORDS_BEFORE.for(text).exec(text.slice(Math.max(0, word.start - MAX_WORDS_BEFORE), word.start));
    const after = WORD_AFTER.for(text).exec(text.slice(word.end))?.[1];
    if (!before || (after !== undefined && !PARTICLE_FOLLOWERS.has(foldText(after)))) return false;
    const [, determiner, verb] = before;
    const folded = foldText(verb!);
    if (this.nameForms.has(folded) || MODALS.has(folded)) return false;
    if (determiner !== undefined && NOUN_DETERMINERS.has(foldText(determiner))) return false;
    return lemmaCandidates(folded, 'verb').some((lemma) => this.isLemma(lemma, 'verb'));
  }

  /** Whether a wording names only part of a name a concept stands for ("chavez" of "betsy" → Betssy Chavez). */
  private restates(concept: Concept, wording: Wording): boolean {
    return concept.wordings.some(
      (own) =>
        !own.loose &&
        own.terms.every((term) => this.nameTerms.has(term)) &&
        wording.terms.every((term) => own.terms.includes(term)),
    );
  }

  /**
   * WordNet synonyms of a word the corpus has, as looser wordings beside its own: the article may say it another
   * way where the question means it ("nations" is in "United Nations"; the article's trade partners are
   * "countries"). Not for names, words about asking, or Spanish.
   */
  /**
   * WordNet synonyms the articles write of a word about saying or arguing that an alias knows, as looser wordings
   * beside the alias's: such words are put many ways ("argument" is also a "debate", ¶11's "reignited debate"), more
   * than an alias lists. Not for other aliased words, whose aliases already say how the articles put them (their
   * synonyms beside the aliases lost more questions on the fixture sets than they won).
   */
  private talkSynonyms(word: ContentWord, own: readonly Wording[]): Wording[] {
    if (this.nameForms.has(word.folded)) return [];
    const ownTerms = new Set(own.flatMap((wording) => wording.terms));
    return this.synonymWordings(word).filter((wording) => !wording.terms.some((term) => ownTerms.has(term)));
  }

  private knownWordSynonyms(word: ContentWord, own: readonly Wording[], spanish: boolean): Wording[] {
    if (spanish || this.nameForms.has(word.folded) || this.weights.isTalk(word.folded, spanish)) return [];
    const ownTerms = new Set(own.flatMap((wording) => wording.terms));
    return this.synonymWordings(word).filter((wording) => !wording.terms.every((term) => ownTerms.has(term)));
  }

  /**
   * Whether the articles write a word itself or a form of it ("nations" for "nation"), not only another word of its
   * stem: WordNet's "natural" (for "born") is not the article's "nature".
   */
  private writes(word: ContentWord): boolean {
    if (!this.vocabulary.has(word.stem)) return false;
    const lemmas = new Set(lemmasOf(word.folded));
    return this.formsOfTerm(word.stem).some((form) => lemmasOf(form).some((lemma) => lemmas.has(lemma)));
  }

  /** The articles' written forms of a term ("govern" → "government", "governments"). */
  private formsOfTerm(term: string): readonly string[] {
    return writtenFormsOf(this.writtenForms, term);
  }

  /**
   * The term under which the articles write a word or one of its inflections: its own stem, or the term of a form
   * whose lemma it is ("broad" is written "broader", which the stemmer keeps apart).
   */
  private writtenTerm(word: ContentWord): string | undefined {
    if (this.writes(word)) return word.stem;
    if (!this.termsByLemma) {
      this.termsByLemma = new Map();
      for (const [folded, term] of this.writtenForms) {
        for (const part of PARTS) {
          for (const lemma of lemmaCandidates(folded, part)) {
            // Only a lemma WordNet has as that part: "former" is no form of "form".
            if (lemma === folded || this.termsByLemma.has(lemma) || !this.isLemma(lemma, part)) continue;
            this.termsByLemma.set(lemma, term);
          }
        }
      }
    }
    return this.termsByLemma.get(word.folded);
  }

  /**
   * The verb a "-ment" noun the articles write is made from, where they also write that verb inflected ("statement" →
   * ¶7's "stated"): the stemmer keeps such a noun apart from a short verb ("govern" and "government" it joins).
   */
  private madeFromVerb(word: ContentWord): Wording | undefined {
    const base = /^([a-z]{3,})ments?$/.exec(word.folded)?.[1];
    if (base === undefined || !this.isLemma(base, 'verb')) return undefined;
    // Written as a verb: inflected ("stated"), not only a noun of the same stem ("rebellion against the state").
    const inflected = [`${base}d`, `${base}ed`, `${base}s`, `${base}es`, `${base}ing`, `${base.replace(/e$/, '')}ing`];
    if (!inflected.some((form) => form !== base && this.writtenForms.has(form))) return undefined;
    const term = this.analyzer.stemOf(base);
    if (term === word.stem || !this.vocabulary.has(term)) return undefined;
    return newWording({ terms: [term], phrases: [], weight: WORDING_WEIGHTS.aliasBeside, loose: true });
  }

  /**
   * Whether a Spanish word may be a describing adjective (its English cognate one, as {@link qualifiesNext} reads
   * it: "concretas" as "concrete") and stands right after a word of the question that is no verb form: its noun.
   */
  private qualifiesBefore(word: ContentWord, before: ContentWord | undefined, text: string): boolean {
    if (!before || !/^\s+$/.test(text.slice(before.end, word.start)) || !this.lexicon) return false;
    if (isSpanishVerbForm(before.raw.toLowerCase())) return false;
    return spanishCognates(word.folded).some((cognate) => {
      const classes = this.lexicon!.lookup(cognate).classes;
      // An everyday English word only: a rare one is a false friend.
      return classes.includes('adj.all') && !classes.includes('adj.pert') && this.lexicon!.zipf(cognate) >= 2;
    });
  }

  /**
   * Whether a word may be a describing adjective (WordNet's adj.all: "concrete", "main"; not one relating to a noun,
   * adj.pert: "presidential", "economic") and stands right before a noun the question writes next.
   */
  private qualifiesNext(word: ContentWord, next: ContentWord | undefined, text: string): boolean {
    if (!next || !/^\s+$/.test(text.slice(word.end, next.start)) || !this.lexicon) return false;
    const classes = this.lexicon.lookup(word.folded).classes;
    return (
      classes.includes('adj.all') &&
      !classes.includes('adj.pert') &&
      (this.vocabulary.has(next.stem) ||
        lemmaCandidates(next.folded, 'noun').some((lemma) => this.isLemma(lemma, 'noun')))
    );
  }

  /**
   * Whether word `at` names what a named speaker said ("de Zela's statements", "statements by Sheinbaum"; WordNet's
   * commonest sense a noun of communication): a paragraph quoting the speaker holds it without the word.
   */
  private isSpeakersWords(words: readonly ContentWord[], at: number, text: string): boolean {
    const word = words[at]!;
    if (this.lexicon?.lookup(word.folded).classes[0] !== 'noun.communication') return false;
    const before = words[at - 1];
    const after = words[at + 1];
    // Someone the articles show speaking: "Boluarte's statements" are none the articles give.
    const speaker = (name: ContentWord) => {
      const term = this.nameForms.get(name.folded);
      return term !== undefined && this.speaks(term);
    };
    const possessive = before !== undefined && /['’]s?$/.test(before.raw) && speaker(before);
    const by =
      after !== undefined &&
      /^\s+(?:by|from|of)\s+(?:the\s+)?$/i.test(text.slice(word.end, after.start)) &&
      speaker(after);
    return possessive || by;
  }

  /** Whether WordNet has `lemma` as a `part` of speech. */
  private isLemma(lemma: string, part: PartOfSpeech): boolean {
    const prefix = `${part}.`;
    return this.lexicon?.lookup(lemma).classes.some((name) => name.startsWith(prefix)) ?? false;
  }

  /** The term of an inflected form the articles write, by its lemma ("broad" → "broader"), made on first need. */
  private termsByLemma: Map<string, string> | undefined;

  /** Wordings of the corpus that WordNet gives as synonyms of a word no article has ("premier" → "prime minister"). */
  private synonymWordings(word: ContentWord): Wording[] {
    if (!this.lexicon) return [];
    // A compound written with a hyphen WordNet may write with a space ("falling-out" is its "falling out").
    const spaced = /\p{Pd}/u.test(word.raw) ? foldText(word.raw).replace(/\p{Pd}+/gu, ' ') : undefined;
    const key = spaced !== undefined && this.lexicon.lookup(spaced).inWordNet ? spaced : word.folded;
    return this.synonymWordingsOf(key);
  }

  /**
   * An alias's wordings, each naming a person in full ("President Jose Jeri") followed by that person's surname alone
   * ("Jeri"), as a typed full name is read: the articles name a person by surname after the first time ("President
   * Jeri backed these statements"), and a role asked about ("el mandatario peruano") is that person wherever named.
   */
  private withSurnames(wordings: readonly Wording[]): Wording[] {
    const out: Wording[] = [];
    for (const wording of wordings) {
      out.push(wording);
      const { terms } = wording;
      const at = terms.findIndex((term, k) => k + 1 < terms.length && this.givenNames.get(term) === terms[k + 1]);
      if (at < 0) continue;
      const surname = terms[at + 1]!;
      if (!this.personTerms.has(surname) || wordings.some((w) => w.terms.length === 1 && w.terms[0] === surname))
        continue;
      out.push(newWording({ terms: [surname], phrases: [], weight: wording.weight, surname: true }));
    }
    return out;
  }

  /** Wordings of the corpus that WordNet gives as synonyms of a lemma it has ("set up" → "establish"). */
  private synonymWordingsOf(key: string): Wording[] {
    if (!this.lexicon) return [];
    const known = this.synonymCache.get(key);
    if (known) return known;
    const wordings: Wording[] = [];
    for (const synonym of this.lexicon.lookup(key).synonyms) {
      const wording = this.writtenSynonym(synonym);
      if (wording && !wordings.some((known) => known.terms.join(' ') === wording.terms.join(' ')))
        wordings.push(wording);
    }
    if (this.synonymCache.size >= MAX_SYNONYM_MEMO) this.synonymCache.clear();
    this.synonymCache.set(key, wordings.slice(0, MAX_SYNONYM_WORDINGS));
    return wordings.slice(0, MAX_SYNONYM_WORDINGS);
  }

  /** A WordNet synonym as a loose wording of the terms the articles write it with, or undefined if they do not. */
  private writtenSynonym(synonym: string): Wording | undefined {
    const words = this.analyzer.contentWords(synonym);
    const terms = words.map((w) => this.writtenTerm(w));
    if (words.length === 0 || terms.some((term) => term === undefined)) return undefined;
    return newWording({
      terms: terms as string[],
      phrases: phrasesOf(terms as string[]),
      weight: WORDING_WEIGHTS.synonym,
      loose: true,
    });
  }

  /**
   * The full name an alias writes when its key is that name respelt — each typed word a spelling of one of its words
   * ("betsy", "betsy chaves", "bettsy" for Betssy Chavez), not a role or description ("Mexican president").
   */
  private respeltFullName(typed: ContentWord[], alias: CompiledAlias): Wording | undefined {
    if (alias.wordings.length !== 1) return undefined;
    const [wording] = alias.wordings;
    const terms = wording!.terms;
    if (terms.length < 2 || terms.slice(0, -1).some((term, i) => this.givenNames.get(term) !== terms[i + 1]))
      return undefined;
    const spelt = (word: ContentWord) =>
      terms.some((term) =>
        (this.formsOfNameTerm.get(term) ?? []).some(
          (form) => editDistance(word.folded, form, MAX_NAME_RESPELLING_EDITS) <= MAX_NAME_RESPELLING_EDITS,
        ),
      );
    return typed.every(spelt) ? newWording({ ...wording!, weight: 1 }) : undefined;
  }

  /** The words of a full name starting at `start` (given names followed by their surname), or just that word. */
  private fullName(words: readonly ContentWord[], start: number): ContentWord[] {
    const name = [words[start]!];
    for (
      let next = this.givenNames.get(name[name.length - 1]!.stem);
      next !== undefined;
      next = this.givenNames.get(name[name.length - 1]!.stem)
    ) {
      const word = words[start + name.length];
      if (word?.stem !== next) break;
      name.push(word);
    }
    return name;
  }

  /**
   * Spanish puts the subject after its verb ("¿cómo llegó **Jerí** a la presidencia?"), English the object ("what
   * brought **Jeri** to power"): where a name stands between the words of an alias key ("llegó a la presidencia",
   * "brought to power"), the text with the name said first, or undefined.
   */
  private withNameBeforeItsVerb(words: readonly ContentWord[], text: string, spanish: boolean): string | undefined {
    // An English object is a person ("brought Jeri"): "ousted Peruvian leader" is a leader described.
    const named = (word: ContentWord) =>
      spanish ? this.nameForms.has(word.folded) : this.personTerms.has(this.nameForms.get(word.folded) ?? '');
    // Most questions have no name after a word: their forms are read only for one that does.
    let stems: string[] | undefined;
    let roots: string[] | undefined;
    for (let i = 0; i + 2 < words.length; i++) {
      if (!named(words[i + 1]!) || this.nameForms.has(words[i]!.folded)) continue;
      stems ??= words.map((word) => word.stem);
      roots ??= words.map((word) => spanishRoot(word.folded));
      // Right after the verb: "el embajador de Perú en México" names whose ambassador, no subject.
      if (!/^\s+$/.test(text.slice(words[i]!.end, words[i + 1]!.start))) continue;
      const rest = i + 1 + this.fullName(words, i + 1).length;
      if (rest >= words.length) continue;
      const spliced = (list: string[]) => [...list.slice(0, i + 1), ...list.slice(rest)];
      const key = this.longestAlias(
        spliced(stems),
        spliced(roots),
        i,
        joinedRun(words, text, rest, this.isSayingVerb) + 1,
      );
      if (!key || key.keyLength < 2) continue;
      const verb = words[i]!;
      const name = text.slice(words[i + 1]!.start, words[rest - 1]!.end);
      return `${text.slice(0, verb.start)}${name} ${text.slice(verb.start, words[i + 1]!.start)}${text.slice(words[rest - 1]!.end)}`;
    }
    return undefined;
  }

  /**
   * The root of the infinitive a Spanish verb form is of, when a key starts with it and not with the form's own root:
   * "anunciarse", "respaldaría", "pedirle" are read as the "anunciar", "respaldar", "pedir" an alias lists.
   */
  private infinitiveRoot(folded: string): string | undefined {
    return spanishInfinitiveRoots(folded).find((root) => this.aliasRootPrefixes.has(root));
  }

  /**
   * An English alias key read with a word meaning "former" as "former" itself, between whose role it is and the role
   * ("Mexico's old president": the former one): only a key the substitution makes longer than the words as typed
   * make, so that the role reads as its earlier holder, not as the present one. Not a key's first word: "the previous
   * Peruvian president" may be the one just before the present one (Boluarte), not any former one. Undefined when
   * none is so read.
   */
  private aliasThroughFormer(
    stems: readonly string[],
    roots: readonly string[],
    start: number,
    joined: number,
    spanish: boolean,
  ): CompiledAlias | undefined {
    if (spanish) return undefined;
    const end = Math.min(stems.length, start + Math.min(MAX_ALIAS_KEY_WORDS, joined));
    const synonyms = this.formerSynonymStems;
    let changed = false;
    const read = [...stems];
    for (let k = start + 1; k < end; k++) {
      if (read[k] === FORMER_STEM || !synonyms.has(read[k]!)) continue;
      read[k] = FORMER_STEM;
      changed = true;
    }
    if (!changed) return undefined;
    const alias = this.longestAlias(read, roots, start, joined);
    const typed = this.longestAlias(stems, roots, start, joined);
    if (!alias || alias.keyLength < 2 || (typed && typed.keyLength >= alias.keyLength)) return undefined;
    return read.slice(start, start + alias.keyLength).includes(FORMER_STEM) &&
      !stems.slice(start, start + alias.keyLength).includes(FORMER_STEM)
      ? alias
      : undefined;
  }

  /** The stems of WordNet's synonyms of "former" ("old", "onetime", "erstwhile"), found when first needed. */
  private get formerSynonymStems(): ReadonlySet<string> {
    this.formerStems ??= new Set(
      (this.lexicon?.lookup('former').synonyms ?? []).map((synonym) => this.analyzer.stemOf(foldText(synonym))),
    );
    return this.formerStems;
  }

  /**
   * A one-word Spanish key read with the word after it, as English reads the same thing: "restablecer" means what
   * "restore" does (their lines give the same article words), and English keys "restore relations" as one thing, so
   * "restablecieron relaciones" (its "relaciones" read as relations) is one too. Apart, "relaciones" would count for
   * any paragraph writing relations (¶9's 2024 break with Ecuador), as if it told the relations restored.
   */
  private withObjectAsEnglish(
    alias: CompiledAlias,
    stems: readonly string[],
    roots: readonly string[],
    at: number,
  ): CompiledAlias | undefined {
    const objects = this.englishObjectsOfLine(alias.line);
    if (objects.size === 0) return undefined;
    // The next word as English means it: a word its own key gives ("relaciones" → relations), not its Spanish
    // spelling nor a word of a phrase ("place" of "remain in place").
    const next = this.longestAlias(stems, roots, at + 1, 1);
    const meant = next?.wordings.filter((w) => w.terms.length === 1).map((w) => w.terms[0]!) ?? [];
    return meant.some((term) => objects.has(term)) ? { ...alias, keyLength: 2 } : undefined;
  }

  /**
   * The stems closing English keys of several words ("relations" of "restore relations") on the lines giving the
   * same article words as a Spanish line: what English reads with the verb as one thing.
   */
  private englishObjectsOfLine(line: number): ReadonlySet<string> {
    this.objectsByLine ??= new Map();
    const known = this.objectsByLine.get(line);
    if (known) return known;
    const targets = (entry: AliasEntry) => [...entry.expansions].map(foldText).sort().join('|');
    const spanish = this.aliasEntries.find((entry) => entry.line === line && entry.language === 'es');
    const objects = new Set<string>();
    for (const entry of this.aliasEntries) {
      if (!spanish || entry.language !== 'en' || targets(entry) !== targets(spanish)) continue;
      for (const key of entry.keys) {
        const words = wordTokens(key).filter((token) => this.analyzer.isContentToken(token.raw));
        if (words.length > 1) objects.add(this.analyzer.stemOf(foldText(words[words.length - 1]!.raw)));
      }
    }
    this.objectsByLine.set(line, objects);
    return objects;
  }

  /** The longest alias key starting at word `start`, given the question's stems and Spanish roots. */
  private longestAlias(
    stems: readonly string[],
    roots: readonly string[],
    start: number,
    joined: number,
  ): CompiledAlias | undefined {
    const longest = Math.min(MAX_ALIAS_KEY_WORDS, stems.length - start, joined);
    const stemRuns = runsStartingKeys(stems, start, longest, this.aliasStemPrefixes);
    const rootRuns = runsStartingKeys(roots, start, longest, this.aliasRootPrefixes);
    for (let length = Math.max(stemRuns.length, rootRuns.length); length >= 1; length--) {
      const byStem = length <= stemRuns.length ? this.aliasByStems.get(stemRuns[length - 1]!) : undefined;
      if (byStem && byStem.keyLength === length) return byStem;
      const byRoot = length <= rootRuns.length ? this.aliasBySpanishRoots.get(rootRuns[length - 1]!) : undefined;
      if (byRoot && byRoot.keyLength === length) return byRoot;
    }
    return undefined;
  }

  /**
   * A key of several words typed with a slip in one of them ("perus foriegn minster" is the foreign minister): the
   * words no article has, each read as its one-edit correction, must make a key of two words or more with the rest.
   */
  private correctedAlias(
    words: readonly ContentWord[],
    stems: readonly string[],
    roots: readonly string[],
    start: number,
    joined: number,
  ): CompiledAlias | undefined {
    const correctedAt = (k: number): string => this.slipMeant(words[k]!) ?? words[k]!.stem;
    const first = correctedAt(start);
    if (!this.aliasStemPrefixes.has(first)) return undefined;
    const end = Math.min(words.length, start + Math.min(MAX_ALIAS_KEY_WORDS, joined));
    const fixed = [...stems];
    for (let k = start; k < end; k++) fixed[k] = k === start ? first : correctedAt(k);
    if (fixed.every((stem, k) => stem === stems[k])) return undefined;
    const alias = this.longestAlias(fixed, roots, start, joined);
    if (!alias || alias.keyLength < 2) return undefined;
    return fixed.slice(start, start + alias.keyLength).some((stem, k) => stem !== stems[start + k]) ? alias : undefined;
  }

  /**
   * The index term an English word typed with a slip was meant as ("minster": minister), its first correction a typo
   * away. Only a word no article has and English rarely uses may be a slip: an everyday word is meant as typed, and
   * most words need no look-up. Undefined for any other word.
   */
  private slipMeant(word: ContentWord): string | undefined {
    return this.slipsMeant(word)[0];
  }

  /** Every index term a slip may have been meant as, a typo away, closest first (see {@link slipMeant}). */
  private slipsMeant(word: ContentWord): string[] {
    if (
      this.vocabulary.has(word.stem) ||
      this.nameForms.has(word.folded) ||
      (this.lexicon?.zipf(word.folded) ?? SLIP_MAX_ZIPF) >= SLIP_MAX_ZIPF
    )
      return [];
    return this.corrector
      .corrections(word, false)
      .filter((wording) => wording.weight === WORDING_WEIGHTS.fuzzy1 && wording.terms.length === 1)
      .map((wording) => wording.terms[0]!);
  }

  /**
   * An English question with each slip that makes a phrase of the articles with the word beside it written as the
   * word meant ("forein minister", "prime minster", "diplomatic realtions"): the phrase makes the correction sure, and
   * picks it among several ("realtions": relations, not reaction). Spelt right, the word is read as a whole with its
   * neighbour wherever the question's words are read (an alias key, a name the articles capitalise, the role a
   * question asks for and the subject its answer must name), not as a doubtful word of its own. The neighbour may be
   * a slip too ("forein minster"). Checked for the first {@link MAX_CORRECTED_WORDS} unknown words.
   */
  withSlipsRespelt(question: string): string {
    const words = this.analyzer.contentWords(question);
    let tries = MAX_CORRECTED_WORDS;
    const meant = words.map((word) => {
      // A possessive or a compound is written otherwise than its folded word: left as typed.
      if (this.vocabulary.has(word.stem) || tries <= 0 || foldText(word.raw) !== word.folded) return [];
      tries--;
      return this.slipsMeant(word);
    });
    const beside = (i: number, j: number) =>
      j >= 0 &&
      j < words.length &&
      SIDE_BY_SIDE.test(question.slice(words[Math.min(i, j)]!.end, words[Math.max(i, j)]!.start));
    const termsAt = (j: number) => (meant[j]!.length > 0 ? meant[j]! : [words[j]!.stem]);
    let respelt = '';
    let from = 0;
    words.forEach((word, i) => {
      const term = meant[i]!.find(
        (candidate) =>
          (beside(i, i - 1) && termsAt(i - 1).some((before) => this.vocabulary.has(bigram(before, candidate)))) ||
          (beside(i, i + 1) && termsAt(i + 1).some((after) => this.vocabulary.has(bigram(candidate, after)))),
      );
      const written = term === undefined ? undefined : this.corrector.writtenForm(term);
      if (written === undefined) return;
      const capital = /^\p{Lu}/u.test(word.raw) ? written[0]!.toUpperCase() + written.slice(1) : written;
      respelt += question.slice(from, word.start) + capital;
      from = word.end;
    });
    return from === 0 ? question : respelt + question.slice(from);
  }

  /** A hyphenated word whose parts are an alias key ("ex-leader" as "ex leader"), as one word's alias. */
  private hyphenatedAlias(word: ContentWord): CompiledAlias | undefined {
    if (word.partStems.length < 2) return undefined;
    const alias = this.aliasByStems.get(word.partStems.join(' '));
    return alias && alias.keyLength === word.partStems.length ? { ...alias, keyLength: 1 } : undefined;
  }

  /**
   * Two words typed as one, split where the corpus has them side by side ("betssychavez", "primeminister") or where a
   * small word runs into a name ("dezela" is "de Zela"). Not a word English or Spanish has ("together", "cancel",
   * "siglas").
   */
  private runTogether(word: ContentWord): Wording | undefined {
    const { folded } = word;
    if (folded.length < 2 * MIN_RUN_TOGETHER_PART + 1 || !/^[a-z]+$/.test(folded)) return undefined;
    if (this.lexicon && (this.lexicon.lookup(folded).inWordNet || this.lexicon.zipf(folded) > 0)) return undefined;
    if (this.lexicon && this.lexicon.spanishZipf(folded) > 0) return undefined;
    // Nor a form of a Spanish family the lists know, though not the form itself: "siglas" (initials, of "sigla") is
    // no "si Glas".
    if (this.lexicon && this.lexicon.spanishFamilyZipf(folded) > 0) return undefined;
    for (let at = MIN_RUN_TOGETHER_PART; at <= folded.length - MIN_RUN_TOGETHER_PART; at++) {
      const [left, right] = [folded.slice(0, at), folded.slice(at)];
      const [leftStem, rightStem] = [this.analyzer.stemOf(left), this.analyzer.stemOf(right)];
      const leftStop = this.analyzer.isStopWord(left);
      if (leftStop && this.nameForms.has(right)) return newWording({ terms: [rightStem], phrases: [], weight: 1 });
      if (leftStop || this.analyzer.isStopWord(right)) continue;
      if (this.vocabulary.has(bigram(leftStem, rightStem)))
        return newWording({ terms: [leftStem, rightStem], phrases: [bigram(leftStem, rightStem)], weight: 1 });
    }
    return undefined;
  }

  /** A single word: itself when the index has it, else its closest corrections and completions. */
  private wordingsOfWord(word: ContentWord, budget: { corrections: number }, spanish: boolean): Wording[] {
    const key = `${spanish ? 'es' : 'en'} ${word.raw}`;
    const read = this.wordingMemo.get(key, () => this.readWordings(word, spanish));
    if (!read.corrected) return read.wordings;
    if (budget.corrections <= 0) return [newWording({ terms: [word.stem, ...word.partStems], phrases: [], weight: 1 })];
    budget.corrections--;
    return read.wordings;
  }

  /**
   * {@link wordingsOfWord} by the word as typed (its folded form, stems and capital all follow from it) and the
   * question's language: the same words come back question after question, and cognates, splits and corrections
   * are looked up once each.
   */
  private readonly wordingMemo = new Memo<string, { wordings: Wording[]; corrected: boolean }>(MAX_WORDING_MEMO);

  /**
   * Whether a word of a Spanish question is Spanish only, and no word the articles write: its English stem is a
   * coincidence ("finde", the weekend, is no "find"): it is read as any word the articles lack, by its cognates
   * ("consulares") or as a correction, which counts less.
   */
  private isSpanishOnly(folded: string): boolean {
    const lexicon = this.lexicon;
    return (
      lexicon !== undefined &&
      !this.writtenForms.has(folded) &&
      !this.nameForms.has(folded) &&
      lexicon.zipf(folded) === 0 &&
      lexicon.spanishZipf(folded) > 0
    );
  }

  /**
   * The index terms of a Spanish word's regular English cognates, or, when the articles write none, of a looser
   * spelling ("ocasiones" → the article's "occasions", "episodio" → "episode"). Not of a verb of saying or thinking:
   * "alega" (claims) is no "alleged" (supposed), which the articles write of the accused.
   */
  private cognateTerms(folded: string): string[] {
    const inVocabulary = (candidates: readonly string[]) =>
      candidates
        .map((candidate) => this.analyzer.stemOf(candidate))
        .filter((candidate, i, all) => this.vocabulary.has(candidate) && all.indexOf(candidate) === i);
    const found = inVocabulary(spanishCognates(folded));
    if (found.length > 0) return found;
    const loose = looseSpanishCognates(folded);
    const saying = new Set(
      loose.filter((spelling) => SAYING_VERB.test(this.lexicon?.lookup(spelling).classes[0] ?? '')).map(this.stemOf),
    );
    return inVocabulary(loose).filter((term) => !saying.has(term));
  }

  /**
   * An "-ly" adverb no article writes, read as the adjective it is made from where the articles write that adjective
   * only graded ("more broadly" → ¶11's "broader"): the adverb asks a degree, which the comparative gives, and the
   * stemmer keeps the two apart. Not an adjective written as such ("allegedly" of "alleged"): said of someone, it tells
   * what they are, which the adverb only hedges.
   */
  private adjectiveOfAdverb(word: ContentWord): Wording | undefined {
    const base = /^([a-z]{3,})ly$/.exec(word.folded)?.[1];
    if (base === undefined) return undefined;
    // "broadly" → "broad", "happily" → "happy", "simply" → "simple".
    const adjective = [base, base.replace(/i$/, 'y'), `${base}le`].find((lemma) => this.isLemma(lemma, 'adj'));
    if (adjective === undefined) return undefined;
    const asWord = { ...word, folded: adjective, stem: this.analyzer.stemOf(adjective) };
    if (this.writes(asWord)) return undefined;
    const term = this.writtenTerm(asWord);
    return term === undefined ? undefined : newWording({ terms: [term], phrases: [], weight: WORDING_WEIGHTS.cognate });
  }

  /** The index term of an English word (bound, to map over candidates). */
  private readonly stemOf = (word: string): string => this.analyzer.stemOf(word);

  /** The wordings of a word, and whether they are its corrections (which count against a question's budget). */
  private readWordings(word: ContentWord, spanish: boolean): { wordings: Wording[]; corrected: boolean } {
    const own: Wording = newWording({ terms: [word.stem, ...word.partStems], phrases: [], weight: 1 });
    const found = (wordings: Wording[]) => ({ wordings, corrected: false });
    const spanishOnly = spanish && this.isSpanishOnly(word.folded);
    if (this.vocabulary.has(word.stem) && !spanishOnly)
      return found([newWording({ terms: [word.stem], phrases: [], weight: 1 })]);
    const partsKnown = word.partStems.length > 0 && word.partStems.every((part) => this.vocabulary.has(part));
    if (partsKnown)
      return found([newWording({ terms: word.partStems, phrases: phrasesOf(word.partStems), weight: 1 })]);
    const cognates = this.cognateTerms(word.folded);
    if (cognates.length > 0)
      return found(cognates.map((term) => newWording({ terms: [term], phrases: [], weight: WORDING_WEIGHTS.cognate })));
    const adjective = spanish ? undefined : this.adjectiveOfAdverb(word);
    if (adjective) return found([adjective]);
    const split = this.runTogether(word);
    if (split) return found([split]);
    const corrections = this.corrector.corrections(word, spanish);
    return { wordings: corrections.length > 0 ? corrections : [own], corrected: true };
  }
}

/**
 * The runs of `words` from `start` ("a", "a b", … up to `longest` words), joined with spaces, as long as each is the
 * start of some key (is in `prefixes`): a longer run cannot be a key when a shorter one starts none.
 */
function runsStartingKeys(
  words: readonly string[],
  start: number,
  longest: number,
  prefixes: ReadonlySet<string>,
): string[] {
  const runs: string[] = [];
  let run = '';
  for (let length = 1; length <= longest; length++) {
    run = length === 1 ? words[start]! : `${run} ${words[start + length - 1]!}`;
    if (!prefixes.has(run)) break;
    runs.push(run);
  }
  return runs;
}

/** A word and the lemmas WordNet's detachment rules give it as any part of speech ("nations" → "nation"). */
function lemmasOf(word: string): string[] {
  return PARTS.flatMap((part) => lemmaCandidates(word, part));
}

/**
 * A particle right after a verb, which can make one verb of the two ("set up", "shut down"): the text between; the
 * particle may end the clause ("what did he want to set up?").
 */
const PARTICLE_AFTER = new Latin1Twin(String.raw`^\s+(up|down|out|off|over|away|back)(?![\p{L}\p{N}'])`, 'iu');
/** Particles that are content words of their own, after a verb: "fall apart", "step aside", "come together". */
const CONTENT_PARTICLE = /^(?:apart|aside|together|along|around|through|forward)$/;
/**
 * The two words right before a place in a text, with only spaces after each (the first may be missing); looked for
 * within MAX_WORDS_BEFORE characters.
 */
const WORDS_BEFORE = new Latin1Twin(String.raw`(?:(\p{L}+)\s+)?(\p{L}+)\s+$`, 'u');
const MAX_WORDS_BEFORE = 60;
/** The word right after a place, with only spaces before it; none when its clause ends there. */
const WORD_AFTER = new Latin1Twin(String.raw`^\s+(\p{L}+)`, 'u');
/** Words after "back" that are no one backed: prepositions, adverbs and chat ("say back to Peru", "back in 2022"). */
const PARTICLE_FOLLOWERS = new Set(
  'in at to about on of from with then when after before again lol lmao tho though too also and or but like'.split(' '),
);
/** Modal verbs and the infinitive's "to": "will back", "to back" someone. */
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'to']);
/** Words before a noun: "the people back Jerí" is people who back him. */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
const CONTENT_PARTICLE_AFTER = new Latin1Twin(
  String.raw`^\s+(apart|aside|together|along|around|through|forward)(?![\p{L}\p{N}'])`,
  'iu',
);

/** WordNet's classes of verbs of saying and thinking ("allege", "suppose"), first senses of a word. */
const SAYING_VERB = /^verb\.(?:communication|cognition)$/;

/** Shortest part of a word typed together with the next ("dezela", "betssychavez"). */
const MIN_RUN_TOGETHER_PART = 2;
