/**
 * Query understanding: turns a user's question into concepts, each with the article wordings that can stand
 * for it. This is where aliases (nicknames, everyday words, Spanish), typo correction and prefix completion
 * happen, so ranking only ever deals with terms that exist in the index.
 */
import { MAX_ALIAS_KEY_WORDS, type AliasEntry } from '../corpus/aliases.js';
import { TEXT_PLACES, type TextPlace, type TextPlaces } from '../corpus/load.js';
import { bigram, wordTokens, type Analyzer, type ContentWord } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { wordSet } from '../text/word-set.js';
import { withCountryAbbreviations, withoutChatMarkup } from '../text/chat.js';
import { isSpanishVerbForm, spanishCognates, spanishRoot } from '../text/spanish-words.js';
import { FuzzyKeys } from './fuzzy-keys.js';
import type { Lexicon } from './lexicon.js';

/** One way of saying a concept in the article's words: its unigram terms and the phrase terms between them. */
export interface Wording {
  terms: string[];
  phrases: string[];
  /** How much a match on this wording is worth relative to the user's own word (1). */
  weight: number;
  /**
   * A looser wording (a WordNet synonym): a paragraph holding it holds the concept only by its weight, never in
   * full.
   */
  loose?: boolean;
}

export interface Concept {
  /** The user's words this concept stands for, folded, for explanations and debugging. */
  label: string;
  /**
   * `topic`: the corpus has a wording of it. `unknown`: no article has it, nor a synonym of it; it counts against
   * every paragraph, by its weight (a rare word more than an everyday one).
   */
  kind: 'topic' | 'unknown';
  /** Whether it is a name the articles use ("Peru", "Pedro Castillo"): it counts for some weight even where common. */
  name?: boolean;
  /** How much the concept counts: 1, or {@link LIGHT_WORD_WEIGHT} for a common word ("take", "new"). */
  weight: number;
  /** Alternatives; a passage's score for the concept is that of its best wording. */
  wordings: Wording[];
}

/** Weights of the alternatives a concept can have. Exact words of the user count 1. */
export const WORDING_WEIGHTS = {
  /** An alias expansion when the user's own word is absent from the corpus (e.g. Spanish "embajada"). */
  aliasOnly: 1,
  /** An alias expansion next to a user word the corpus also has: the user's own word stays first. */
  aliasBeside: 0.7,
  /** A typo correction at edit distance 1, and at 2. */
  fuzzy1: 0.75,
  fuzzy2: 0.6,
  /** A completion of a word typed in part ("consul" → "consular"). */
  prefix: 0.7,
  /** The English cognate of a Spanish word ("presidencia" → "presidency"). */
  cognate: 0.9,
  /** A WordNet synonym of a word no article has ("premier" → "prime minister", "charged" → "accused"). */
  synonym: 0.55,
} as const;

/** What the reader made of a question. */
export interface ReadQuestion {
  concepts: Concept[];
  /** Words read as talk rather than topic: chat slang, and words about asking or about the text ("explain"). */
  ignored: string[];
  /** Whether the question is written in Spanish (its unknown words cannot be judged with English data). */
  spanish: boolean;
}

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
/** Least weight of a word English has and no article has: even an everyday word ("won") is part of the question. */
const MIN_UNKNOWN_WEIGHT = 0.4;
/** Spoken-English frequency (Zipf) from which a WordNet word is taken as meant, not as a typo ("price" ≠ "prime"). */
const REAL_WORD_MIN_ZIPF = 3;
/** Words this short count for nothing below this frequency: chat abbreviations. */
const SHORT_WORD_LENGTH = 3;
const SHORT_WORD_MIN_ZIPF = 4.5;
/** Synonym wordings kept per word (WordNet's most common senses come first), and words remembered. */
const MAX_SYNONYM_WORDINGS = 4;
const MAX_SYNONYM_MEMO = 5000;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Grammar words that mark a question as Spanish (a closed class, not topics). */
const SPANISH_MARKERS = wordSet(
  'que qué el la los las del por para como cómo cuando cuándo cuanto cuántos cuántas cuantos cuantas es son fue está esta esto eso se su sus una uno con pero porque quien quién quienes dónde donde hay tiene le lo al y',
);
const ENGLISH_MARKERS = wordSet(
  'the is are was were what who how why did does do of to and in on with that this it be has have when which their they',
);

/**
 * Spoken-English frequency (Zipf) above which a word counts less, by one for each unit above it (never below a light
 * word's weight): "people" (6.05) counts half, "right" (6.61) like a light word, "president" (5.16) fully.
 */
const EVERYDAY_ZIPF = 5.5;
/** Question words after which a question proper starts; words before them may only open it ("wait so why …"). */
const QUESTION_WORDS = wordSet(
  'what whats where wheres why who whos whom whose how hows when which is are was were did does do can could should',
);
/** Words that may open a question before its question word, and how common in speech such a word is. */
const MAX_OPENER_WORDS = 3;
const OPENER_MIN_ZIPF = 5;
/** Spanish question words, folded ("por qué" has "que"); "¿" opens a Spanish question too. */
const SPANISH_QUESTION_WORDS = wordSet(
  'que q quien quienes como cuando donde cual cuales cuanto cuanta cuantos cuantas porque xq pq',
);
/**
 * How common in speech a Spanish word opening a question must be ("chicos", "duda", "oigan", "disculpe"): lower than
 * in English, since Spanish spreads a word's count over more forms ("duda", "dudas"; "oye", "oigan").
 */
const SPANISH_OPENER_MIN_ZIPF = 4.5;
/** Weight of a light word (corpus/language/light-words-en.txt) relative to other words of a question. */
export const LIGHT_WORD_WEIGHT = 0.4;

/** Shortest stem that gets typo correction at all, and at distance 2. */
const FUZZY_MIN_LENGTH = 5;
const FUZZY2_MIN_LENGTH = 8;
const PREFIX_MIN_LENGTH = 4;
/** Shortest misspelt word compared with the names of the articles. */
const NAME_FUZZY_MIN_LENGTH = 4;
const MAX_CORRECTIONS = 3;
/** Shortest word corrected against the words as written (see `corrections`). */
const WRITTEN_FUZZY_MIN_LENGTH = 6;
/**
 * Unknown words of one question that get typo corrections; later ones count as unknown. Each correction compares
 * the word with the whole vocabulary, so a 6,000-character question of made-up words would otherwise take long.
 */
const MAX_CORRECTED_WORDS = 30;

interface CompiledAlias {
  keyLength: number;
  wordings: Wording[];
  /** Line of the alias file that defined it, to report clashes. */
  line: number;
}

/**
 * A key of one content word with stop-word particles ("kicked out", "on hold", "stood up against"): it matches that
 * word only with the same particles around it, so "held" alone stays "held" while "on hold" means "freezing".
 */
interface ParticleAlias extends CompiledAlias {
  /** Stop words right before the word, folded, in order. */
  before: string[];
  /** Stop words right after it. */
  after: string[];
}

/** What a {@link QueryParser} reads questions against: the corpus's words and the editable language lists. */
export interface QuerySources {
  /** Terms of the index (unigrams and phrases), with the number of paragraphs holding each. */
  vocabulary: ReadonlyMap<string, number>;
  aliases: readonly AliasEntry[];
  /** Common words that count for less in a question. */
  lightWords?: ReadonlySet<string>;
  /** Phrases that only say how a question is asked ("right now", "tell me"), as folded words. */
  fillerPhrases?: readonly string[][];
  /** Phrases pointing at an article's start or end ("the conclusion"), and the index term of each place. */
  textPlaces?: { phrases: TextPlaces; terms: Record<TextPlace, string> };
  /**
   * Names as the articles write them, folded ("glas", "zela"), with their terms: typos of names are matched on
   * these.
   */
  nameForms?: ReadonlyMap<string, string>;
  /** Every word as the articles write it, folded ("president", "minister"), with its term. */
  writtenForms?: ReadonlyMap<string, string>;
  /**
   * Given names: the term of a name the articles always write before the same word, to that word's term
   * ("pedro" → "castillo", "betssi" → "chavez"). A full name then matches a paragraph that uses the surname alone.
   */
  givenNames?: ReadonlyMap<string, string>;
  /** General English (WordNet, word frequencies), for words no article has. */
  lexicon?: Lexicon;
}

export class QueryParser {
  /** Alias keys by their words' stems joined with spaces. */
  private readonly aliasByStems = new Map<string, CompiledAlias>();
  /** Spanish alias keys by their words' Spanish roots joined with spaces. */
  private readonly aliasBySpanishRoots = new Map<string, CompiledAlias>();
  /** The index's single words, for typo correction and completion. */
  private readonly unigramVocabulary: FuzzyKeys<string>;
  private readonly correctionCache = new Map<string, Wording[]>();
  /** One-word keys with particles ("kicked out", "on hold"), by the word's stem. */
  private readonly particleAliases = new Map<string, ParticleAlias[]>();
  /** Filler phrases by their first word, longest first. */
  private readonly fillersByFirstWord = new Map<string, string[][]>();
  /** Text-place phrases by their first word, longest first, each with its place's index term. */
  private readonly placesByFirstWord = new Map<string, Array<{ words: string[]; term: string }>>();

  private readonly vocabulary: ReadonlyMap<string, number>;
  private readonly lightWords: ReadonlySet<string>;
  private readonly nameForms: ReadonlyMap<string, string>;
  private readonly writtenForms: ReadonlyMap<string, string>;
  /** {@link nameForms} and {@link writtenForms} for typo correction. */
  private readonly nearNames: FuzzyKeys<string>;
  private readonly nearWrittenForms: FuzzyKeys<string>;
  private readonly givenNames: ReadonlyMap<string, string>;
  private readonly lexicon: Lexicon | undefined;
  /** Synonym wordings by folded word: WordNet is read once per word. */
  private readonly synonymCache = new Map<string, Wording[]>();

  constructor(
    private readonly analyzer: Analyzer,
    sources: QuerySources,
  ) {
    this.vocabulary = sources.vocabulary;
    this.lightWords = sources.lightWords ?? new Set();
    this.nameForms = sources.nameForms ?? new Map();
    this.writtenForms = sources.writtenForms ?? new Map();
    this.nearNames = new FuzzyKeys(this.nameForms);
    this.nearWrittenForms = new FuzzyKeys(this.writtenForms);
    this.givenNames = sources.givenNames ?? new Map();
    this.lexicon = sources.lexicon;
    for (const phrase of [...(sources.fillerPhrases ?? [])].sort((a, b) => b.length - a.length)) {
      const list = this.fillersByFirstWord.get(phrase[0]!);
      if (list) list.push(phrase);
      else this.fillersByFirstWord.set(phrase[0]!, [phrase]);
    }
    const places = sources.textPlaces;
    const placePhrases = TEXT_PLACES.flatMap((place) =>
      (places?.phrases[place] ?? []).map((words) => ({ words, term: places!.terms[place] })),
    );
    for (const phrase of placePhrases.sort((a, b) => b.words.length - a.words.length)) {
      const list = this.placesByFirstWord.get(phrase.words[0]!) ?? [];
      list.push(phrase);
      this.placesByFirstWord.set(phrase.words[0]!, list);
    }
    // Words only: phrase terms hold "_", place terms "¶".
    this.unigramVocabulary = new FuzzyKeys(
      [...this.vocabulary.keys()].filter((term) => /^[^_¶]+$/.test(term)).map((term) => [term, term] as const),
    );
    for (const entry of sources.aliases) this.compileAlias(entry);
  }

  /** Adds one line of the alias list (checked when the corpus loaded: see checkAliases). */
  private compileAlias(entry: AliasEntry): void {
    const wordings = entry.expansions.map((expansion) =>
      toWording(this.analyzer.contentWords(expansion), WORDING_WEIGHTS.aliasOnly),
    );
    for (const key of entry.keys) {
      const words = this.analyzer.contentWords(key);
      if (words.length === 0) continue;
      // "on hold" without its stop word is "hold": as a plain key it would take over every hold, held or holding.
      const particles = words.length === 1 ? this.particlesAround(key) : undefined;
      if (particles && (particles.before.length > 0 || particles.after.length > 0)) {
        const stem = words[0]!.stem;
        const list = this.particleAliases.get(stem) ?? [];
        list.push({ keyLength: 1, wordings, line: entry.line, ...particles });
        this.particleAliases.set(stem, list);
        continue;
      }
      const compiled = { keyLength: words.length, wordings, line: entry.line };
      this.aliasByStems.set(words.map((word) => word.stem).join(' '), compiled);
      if (entry.language === 'es') {
        const roots = words.map((word) => spanishRoot(word.folded)).join(' ');
        if (!this.aliasBySpanishRoots.has(roots)) this.aliasBySpanishRoots.set(roots, compiled);
      }
    }
  }

  /** The stop words around the single content word of a text (`undefined` when it has no single content word). */
  private particlesAround(text: string): { before: string[]; after: string[] } | undefined {
    const tokens = wordTokens(text);
    const content = tokens.map((token) => this.analyzer.isContentToken(token.raw));
    const at = content.indexOf(true);
    if (at < 0 || content.lastIndexOf(true) !== at) return undefined;
    const fold = (list: typeof tokens) => list.map((token) => foldText(token.raw));
    return { before: fold(tokens.slice(0, at)), after: fold(tokens.slice(at + 1)) };
  }

  /** For each content word of a text, the stop words right before and right after it, folded. */
  private particlesOfWords(text: string): Array<{ before: string[]; after: string[] }> {
    const result: Array<{ before: string[]; after: string[] }> = [];
    let pending: string[] = [];
    for (const token of wordTokens(text)) {
      if (this.analyzer.isContentToken(token.raw)) {
        result.push({ before: pending, after: [] });
        pending = [];
      } else {
        const folded = foldText(token.raw);
        pending.push(folded);
        result[result.length - 1]?.after.push(folded);
      }
    }
    return result;
  }

  /** A particle key matching the word at `index` with the stop words around it, longest particles first. */
  private particleAlias(
    word: ContentWord,
    around: { before: string[]; after: string[] } | undefined,
  ): ParticleAlias | undefined {
    const candidates = this.particleAliases.get(word.stem);
    if (!candidates || !around) return undefined;
    const endsWith = (list: string[], tail: string[]) =>
      tail.length <= list.length && tail.every((t, k) => list[list.length - tail.length + k] === t);
    const startsWith = (list: string[], head: string[]) =>
      head.length <= list.length && head.every((h, k) => list[k] === h);
    return candidates
      .filter((alias) => endsWith(around.before, alias.before) && startsWith(around.after, alias.after))
      .sort((a, b) => b.before.length + b.after.length - (a.before.length + a.after.length))[0];
  }

  /**
   * The words of a question the search reads, as typed: its content words, and the stop words next to a word that
   * has particle keys ("fell out", "on hold"), where they change the meaning.
   */
  compactWords(question: string): string[] {
    const tokens = wordTokens(this.searchableText(question));
    const stems = tokens.map((token) => this.analyzer.contentWords(token.raw)[0]?.stem);
    const hasParticles = (k: number) => k >= 0 && k < tokens.length && this.particleAliases.has(stems[k]!);
    return tokens
      .filter((_, k) => {
        if (stems[k] !== undefined) return true;
        let before = k - 1;
        while (before >= 0 && stems[before] === undefined) before--;
        let after = k + 1;
        while (after < tokens.length && stems[after] === undefined) after++;
        return hasParticles(before) || hasParticles(after);
      })
      .map((token) => token.raw);
  }

  /** The question as the search reads it: chat markup and filler phrases blanked out. */
  searchableText(question: string): string {
    // NFC first: an accent typed as a separate combining mark ("Pe\u0301ru") would otherwise split the word.
    return this.withoutFillers(withCountryAbbreviations(withoutChatMarkup(question.normalize('NFC'))));
  }

  /** The concepts of a question, in order. A question of stop words only has none. */
  parse(question: string): Concept[] {
    return this.read(question).concepts;
  }

  /**
   * The concepts of a question, the words read as talk, and its language.
   * @param frame folded words that only frame the question ("date" of "what date"): read as talk.
   */
  read(question: string, frame: readonly string[] = []): ReadQuestion {
    const { text: rest, terms: placeTerms } = this.withoutPlaces(
      withCountryAbbreviations(withoutChatMarkup(question.normalize('NFC'))),
    );
    const text = this.withoutFillers(rest);
    const spanish = isSpanish(text);
    const ignored: string[] = [];
    const words = this.analyzer.contentWords(text);
    const openerEnd = this.openerEnd(text, spanish);
    // Particles are read only when a word of the question has particle keys ("fell" of "fell out").
    const around = words.some((word) => this.particleAliases.has(word.stem)) ? this.particlesOfWords(text) : [];
    // Alias keys are looked up by every run of up to MAX_ALIAS_KEY_WORDS words: compute each word's forms once.
    const stems = words.map((word) => word.stem);
    const roots = words.map((word) => spanishRoot(word.folded));
    const budget = { corrections: MAX_CORRECTED_WORDS };
    const concepts: Concept[] = placeTerms.map((term) => ({
      label: term,
      kind: 'topic',
      weight: 1,
      wordings: [{ terms: [term], phrases: [], weight: 1 }],
    }));
    let i = 0;
    while (i < words.length) {
      // A key of several words wins; else a one-word key with its particles ("kicked out"); else a plain one.
      const plain = this.longestAlias(stems, roots, i);
      const alias = plain && plain.keyLength > 1 ? plain : (this.particleAlias(words[i]!, around[i]) ?? plain);
      if (alias) {
        const covered = words.slice(i, i + alias.keyLength);
        const own = covered.every((word) => this.vocabulary.has(word.stem)) ? [toWording(covered, 1)] : [];
        const aliasWeight = own.length > 0 ? WORDING_WEIGHTS.aliasBeside : WORDING_WEIGHTS.aliasOnly;
        const wordings = [
          ...own,
          ...alias.wordings.map((wording) => ({ ...wording, weight: wording.weight * aliasWeight })),
        ];
        concepts.push({ label: covered.map((word) => word.folded).join(' '), kind: 'topic', weight: 1, wordings });
        i += alias.keyLength;
        continue;
      }
      const name = this.fullName(words, i);
      if (name.length > 1) {
        // "Pedro Castillo" is one person: the whole name, or the surname alone as articles write it later on.
        const surname = name[name.length - 1]!;
        concepts.push({
          label: name.map((word) => word.folded).join(' '),
          kind: 'topic',
          name: true,
          weight: 1,
          wordings: [toWording(name, 1), { terms: [surname.stem], phrases: [], weight: 1 }],
        });
        i += name.length;
        continue;
      }
      const word = words[i]!;
      const light = this.lightness(word, spanish);
      i += 1;
      if (frame.includes(word.folded) || (word.end <= openerEnd && this.isOpener(word, spanish))) {
        ignored.push(word.folded);
        continue;
      }
      const wordings = this.wordingsOfWord(word, budget, spanish);
      if (wordings.some((wording) => wording.terms.every((term) => this.vocabulary.has(term)))) {
        concepts.push({
          label: word.folded,
          kind: 'topic',
          weight: light,
          wordings,
          name: this.nameForms.has(word.folded),
        });
        continue;
      }
      const synonyms = this.isTalk(word.folded, spanish) ? [] : this.synonymWordings(word);
      if (synonyms.length > 0) {
        concepts.push({ label: word.folded, kind: 'topic', weight: light, wordings: [...wordings, ...synonyms] });
        continue;
      }
      const weight = this.unknownWordWeight(word, text, spanish);
      if (weight === 0) ignored.push(word.folded);
      else concepts.push({ label: word.folded, kind: 'unknown', weight: weight * light, wordings });
    }
    return { concepts, ignored, spanish };
  }

  /**
   * Whether a word talks about asking or about a text rather than naming a topic: most of its three commonest
   * WordNet senses are verbs or nouns of communication or cognition ("explain", "evidence", "significance").
   */
  private isTalk(folded: string, spanish: boolean): boolean {
    if (!this.lexicon || spanish) return false;
    const classes = this.lexicon.lookup(folded).classes.slice(0, 3);
    return classes.length > 0 && classes.filter((name) => TALK_CLASSES.has(name)).length * 2 > classes.length;
  }

  /** A Spanish word whose regular English cognate talks about asking or about a text ("texto", "opina"). */
  private isSpanishTalk(folded: string): boolean {
    return spanishCognates(folded).some((candidate) => this.isTalk(candidate, false));
  }

  /**
   * How much a word counts in its question: a light word or one of the commonest words of spoken English ("told",
   * "right") little, since it says more about how the question is put than about what it asks. Names count fully.
   */
  private lightness(word: ContentWord, spanish: boolean): number {
    if (this.lightWords.has(word.folded)) return LIGHT_WORD_WEIGHT;
    if (spanish || !this.lexicon || this.nameForms.has(word.folded)) return 1;
    // Mostly an adverb ("besides", "truly", "nowhere"): how something is put, seldom what it is about.
    const classes = this.lexicon.lookup(word.folded).classes.slice(0, 3);
    if (classes.length > 0 && classes.filter((name) => name === 'adv.all').length * 2 >= classes.length)
      return LIGHT_WORD_WEIGHT;
    return Math.min(1, Math.max(LIGHT_WORD_WEIGHT, EVERYDAY_ZIPF + 1 - this.lexicon.zipf(word.folded)));
  }

  /**
   * Where the words that open a question before its question word end ("wait so where …", "yo why did …", "ok
   * but when …", "chicos una duda, ¿quién …"): 0 when no question word, nor a Spanish "¿", comes within the first
   * few words.
   */
  private openerEnd(text: string, spanish: boolean): number {
    const tokens = wordTokens(text).slice(0, MAX_OPENER_WORDS + 1);
    const questionWords = spanish ? SPANISH_QUESTION_WORDS : QUESTION_WORDS;
    let at = tokens.findIndex((token) => questionWords.has(foldText(token.raw)));
    const mark = spanish ? text.indexOf('¿') : -1;
    const afterMark = mark < 0 ? -1 : tokens.findIndex((token) => token.start > mark);
    if (afterMark >= 0 && (at < 0 || afterMark < at)) at = afterMark;
    return at > 0 ? tokens[at - 1]!.end : 0;
  }

  /** An everyday word opening a question ("wait", "yo", "guys") is talk; a name or a rarer word ("asylum") is not. */
  private isOpener(word: ContentWord, spanish: boolean): boolean {
    if (!this.lexicon || this.nameForms.has(word.folded)) return false;
    return spanish
      ? this.lexicon.spanishZipf(word.folded) >= SPANISH_OPENER_MIN_ZIPF
      : this.lexicon.zipf(word.folded) >= OPENER_MIN_ZIPF;
  }

  /** Whether a word is a real English word in everyday use, so not a typo to correct. */
  private isRealWord(folded: string): boolean {
    return (
      this.lexicon !== undefined &&
      this.lexicon.zipf(folded) >= REAL_WORD_MIN_ZIPF &&
      this.lexicon.lookup(folded).inWordNet
    );
  }

  /** Whether a word is in everyday Spanish use ("conversando"), so not a typo of another word. */
  private isRealSpanishWord(folded: string): boolean {
    return this.lexicon !== undefined && this.lexicon.spanishZipf(folded) >= REAL_WORD_MIN_ZIPF;
  }

  /** Whether the article's word written as `term` is at least ten times as common in English as `typed`. */
  private muchMoreCommon(term: string, typed: string): boolean {
    if (!this.lexicon) return false;
    const written = [...this.writtenForms].find(([, t]) => t === term)?.[0] ?? term;
    return this.lexicon.zipf(written) >= this.lexicon.zipf(typed) + 1;
  }

  /** Wordings of the corpus that WordNet gives as synonyms of a word no article has ("premier" → "prime minister"). */
  private synonymWordings(word: ContentWord): Wording[] {
    if (!this.lexicon) return [];
    const known = this.synonymCache.get(word.folded);
    if (known) return known;
    const wordings: Wording[] = [];
    for (const synonym of this.lexicon.lookup(word.folded).synonyms) {
      const words = this.analyzer.contentWords(synonym);
      if (words.length === 0 || !words.every((w) => this.vocabulary.has(w.stem))) continue;
      const wording = { ...toWording(words, WORDING_WEIGHTS.synonym), loose: true };
      if (!wordings.some((known) => known.terms.join(' ') === wording.terms.join(' '))) wordings.push(wording);
    }
    if (this.synonymCache.size >= MAX_SYNONYM_MEMO) this.synonymCache.clear();
    this.synonymCache.set(word.folded, wordings.slice(0, MAX_SYNONYM_WORDINGS));
    return wordings.slice(0, MAX_SYNONYM_WORDINGS);
  }

  /**
   * How much a word no article has counts against a paragraph, 0–1: nothing for chat and for words about asking
   * or about the text; a rare word fully, an everyday one less. A Spanish question's words cannot be judged with
   * English data: chat-length ones ("xq", "pq") and those whose English cognate talks about asking or about the text
   * ("texto", "opina") count for nothing, the commonest words of spoken Spanish ("ahora", "cree") as little as the
   * commonest of English (see {@link EVERYDAY_ZIPF}), any other fully.
   */
  private unknownWordWeight(word: ContentWord, text: string, spanish: boolean): number {
    if (!this.lexicon) return 1;
    // A year no article gives ("in 2026", "since 1990") is exactly what the question is about.
    if (YEAR.test(word.folded)) return 1;
    if (spanish) {
      if (word.folded.length <= 3 || this.isSpanishTalk(word.folded)) return 0;
      // A verb says what happened to the topic ("sacaron", "conversando", "llevó"), seldom what the topic is: it
      // counts by how common its family of forms is, as an English word other than a noun counts by its own.
      if (isSpanishVerbForm(word.raw.toLowerCase()))
        return Math.min(1, Math.max(MIN_UNKNOWN_WEIGHT, (6 - this.lexicon.spanishFamilyZipf(word.folded)) / 2));
      const zipf = this.lexicon.spanishZipf(word.folded);
      return zipf > 0 ? Math.min(1, Math.max(LIGHT_WORD_WEIGHT, EVERYDAY_ZIPF + 1 - zipf)) : 1;
    }
    const entry = this.lexicon.lookup(word.folded);
    const zipf = this.lexicon.zipf(word.folded);
    if (!entry.inWordNet && zipf < CHAT_MAX_ZIPF) {
      // A capitalised word inside the question is a name the article lacks ("Lula"); a short lower-case one is
      // chat ("ngl", "lmao", "bruh"); a longer one may be chat or a thing the article never names ("ceviche").
      const capitalised = /^\p{Lu}/u.test(word.raw) && /[\p{L}\p{N}]/u.test(text.slice(0, word.start));
      return capitalised ? 1 : word.folded.length <= CHAT_MAX_LENGTH ? 0 : UNLISTED_WORD_WEIGHT;
    }
    if (this.isTalk(word.folded, spanish)) return 0;
    // "rn", "fr", "hw", "pls": short chat words, whatever WordNet lists under those letters.
    if (word.folded.length <= SHORT_WORD_LENGTH && zipf < SHORT_WORD_MIN_ZIPF) return 0;
    // A thing the question names ("distance", "communities") is its topic more surely than a verb or an adjective
    // of chat ("mad", "won"): nouns count fully, other words by how rare they are.
    if (entry.classes[0]?.startsWith('noun.')) return 1;
    return Math.min(1, Math.max(MIN_UNKNOWN_WEIGHT, (6 - zipf) / 2));
  }

  /**
   * The question with its filler phrases blanked out. "Right now" would otherwise ask for "right" (as in the right
   * to asylum) and "oe causa" (Peruvian for "hey, mate") for "causa"; as phrases they are unambiguous.
   */
  private withoutFillers(question: string): string {
    if (this.fillersByFirstWord.size === 0) return question;
    const tokens = wordTokens(question);
    const folded = tokens.map((token) => foldText(token.raw));
    let out = question;
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of this.fillersByFirstWord.get(folded[i]!) ?? []) {
        // Whole words in a row, with only spaces between them: "a right? Now what" is not "right now".
        if (
          !phrase.every(
            (word, k) =>
              folded[i + k] === word &&
              (k === 0 || /^\s+$/.test(question.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))),
          )
        )
          continue;
        const start = tokens[i]!.start;
        const end = tokens[i + phrase.length - 1]!.end;
        out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
        i += phrase.length - 1;
        break;
      }
    }
    return out;
  }

  /** The text without its text-place phrases ("the conclusion"), and the index terms of the places they name. */
  private withoutPlaces(question: string): { text: string; terms: string[] } {
    const terms: string[] = [];
    if (this.placesByFirstWord.size === 0) return { text: question, terms };
    const tokens = wordTokens(question);
    const folded = tokens.map((token) => foldText(token.raw));
    let text = question;
    for (let i = 0; i < tokens.length; i++) {
      const found = (this.placesByFirstWord.get(folded[i]!) ?? []).find((phrase) =>
        phrase.words.every((word, k) => folded[i + k] === word),
      );
      if (!found) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + found.words.length - 1]!.end;
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      if (!terms.includes(found.term)) terms.push(found.term);
      i += found.words.length - 1;
    }
    return { text, terms };
  }

  /** The words of a full name starting at `start` (given names followed by their surname), or just that word. */
  private fullName(words: ContentWord[], start: number): ContentWord[] {
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

  /** The longest alias key starting at word `start`, given the question's stems and Spanish roots. */
  private longestAlias(stems: readonly string[], roots: readonly string[], start: number): CompiledAlias | undefined {
    for (let length = Math.min(MAX_ALIAS_KEY_WORDS, stems.length - start); length >= 1; length--) {
      const byStem = this.aliasByStems.get(stems.slice(start, start + length).join(' '));
      if (byStem && byStem.keyLength === length) return byStem;
      const byRoot = this.aliasBySpanishRoots.get(roots.slice(start, start + length).join(' '));
      if (byRoot && byRoot.keyLength === length) return byRoot;
    }
    return undefined;
  }

  /** A single word: itself when the index has it, else its closest corrections and completions. */
  private wordingsOfWord(word: ContentWord, budget: { corrections: number }, spanish: boolean): Wording[] {
    const own: Wording = { terms: [word.stem, ...word.partStems], phrases: [], weight: 1 };
    if (this.vocabulary.has(word.stem)) return [{ terms: [word.stem], phrases: [], weight: 1 }];
    const partsKnown = word.partStems.length > 0 && word.partStems.every((part) => this.vocabulary.has(part));
    if (partsKnown) return [{ terms: word.partStems, phrases: phrasesOf(word.partStems), weight: 1 }];
    const cognates = spanishCognates(word.folded)
      .map((candidate) => this.analyzer.stemOf(candidate))
      .filter((candidate, i, all) => this.vocabulary.has(candidate) && all.indexOf(candidate) === i);
    if (cognates.length > 0)
      return cognates.map((term) => ({ terms: [term], phrases: [], weight: WORDING_WEIGHTS.cognate }));
    if (budget.corrections <= 0) return [own];
    budget.corrections--;
    let corrections = this.corrections(word.stem, word.folded);
    // A real word is meant as typed ("price" is not "prime") unless the correction is far more common in English
    // ("brake relations" → "break"). In a Spanish question, a word of everyday Spanish is meant as typed: its
    // inflections make "far more common" meaningless ("conversando" is no typo of "convertirse").
    if (spanish && this.isRealSpanishWord(word.folded)) corrections = [];
    else if (this.isRealWord(word.folded))
      corrections = corrections.filter((c) => this.muchMoreCommon(c.terms[0]!, word.folded));
    return corrections.length > 0 ? corrections : [own];
  }

  private corrections(wordStem: string, folded: string): Wording[] {
    // By the word as typed, not its stem: names and written forms are compared with the whole word, so two spellings
    // with one stem can correct differently (and an answer must not depend on what someone asked before).
    const cached = this.correctionCache.get(folded);
    if (cached) return cached;
    const found: Array<{ term: string; weight: number; rank: number }> = [];
    const maxDistance = wordStem.length >= FUZZY2_MIN_LENGTH ? 2 : wordStem.length >= FUZZY_MIN_LENGTH ? 1 : 0;
    const foldedStem = this.analyzer.stemOf(folded);
    // A completion is not also a correction.
    const completions = new Set<string>();
    if (wordStem.length >= PREFIX_MIN_LENGTH) {
      for (const { key: term } of this.unigramVocabulary.startingWith(wordStem)) {
        completions.add(term);
        found.push({ term, weight: WORDING_WEIGHTS.prefix, rank: 1 });
      }
    }
    if (maxDistance > 0) {
      for (const { key: term, distance } of this.unigramVocabulary.near([wordStem, foldedStem], maxDistance)) {
        if (completions.has(term)) continue;
        if (distance === 1) found.push({ term, weight: WORDING_WEIGHTS.fuzzy1, rank: 0 });
        else if (distance === 2) found.push({ term, weight: WORDING_WEIGHTS.fuzzy2, rank: 2 });
      }
    }
    // Names stem oddly ("Glas" → "gla"), so a misspelt name is also compared with the names as written, from
    // four letters on ("zeal" → "Zela", "glass" → "Glas").
    const nameDistance = folded.length >= FUZZY2_MIN_LENGTH ? 2 : folded.length >= NAME_FUZZY_MIN_LENGTH ? 1 : 0;
    const nearNames = nameDistance > 0 ? this.nearNames.near([folded], nameDistance) : [];
    for (const { key: name, value: term, distance } of nearNames) {
      if (found.some((f) => f.term === term)) continue;
      // At four letters only a swap of letters counts ("zeal" → "Zela"): "hago" is not "Hugo".
      if (folded.length < FUZZY_MIN_LENGTH && sortedLetters(folded) !== sortedLetters(name)) continue;
      if (distance === 1) found.push({ term, weight: WORDING_WEIGHTS.fuzzy1, rank: 0 });
      else if (distance === 2) found.push({ term, weight: WORDING_WEIGHTS.fuzzy2, rank: 2 });
    }
    // A misspelling can be one letter from the word as written but further from its stem ("presidnet" is a swap
    // from "president", three edits from "presid"; "minster" one from "minister", two from "minist"). Only one edit,
    // from six letters, keeping the first letter: real words one edit away ("distance" → "instance", "voice" →
    // "vice") would otherwise turn a question the article does not cover into a wrong answer.
    if (folded.length >= WRITTEN_FUZZY_MIN_LENGTH) {
      const writtenDistance = folded.length >= FUZZY2_MIN_LENGTH ? 2 : 1;
      for (const { key: written, value: term, distance } of this.nearWrittenForms.near([folded], writtenDistance)) {
        if (written[0] !== folded[0] || found.some((f) => f.term === term)) continue;
        if (distance === 1) found.push({ term, weight: WORDING_WEIGHTS.fuzzy1, rank: 0 });
        else if (distance === 2) found.push({ term, weight: WORDING_WEIGHTS.fuzzy2, rank: 2 });
      }
    }
    // Closest first; among equals, the more frequent word is the likelier intent.
    found.sort((a, b) => a.rank - b.rank || (this.vocabulary.get(b.term) ?? 0) - (this.vocabulary.get(a.term) ?? 0));
    const wordings = found
      .slice(0, MAX_CORRECTIONS)
      .map(({ term, weight }) => ({ terms: [term], phrases: [], weight }));
    if (this.correctionCache.size > 5000) this.correctionCache.clear();
    this.correctionCache.set(folded, wordings);
    return wordings;
  }
}

/** Whether a question is written in Spanish: more Spanish grammar words than English ones, or a "¿". */
export function isSpanish(text: string): boolean {
  if (text.includes('¿')) return true;
  let score = 0;
  for (const token of wordTokens(text)) {
    const word = token.raw.toLowerCase();
    if (SPANISH_MARKERS.has(word)) score++;
    else if (ENGLISH_MARKERS.has(word)) score--;
  }
  return score > 0;
}

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

function phrasesOf(terms: string[]): string[] {
  return terms.slice(1).map((term, i) => bigram(terms[i]!, term));
}

function toWording(words: ContentWord[], weight: number): Wording {
  const terms = words.map((word) => word.stem);
  return { terms, phrases: phrasesOf(terms), weight };
}
