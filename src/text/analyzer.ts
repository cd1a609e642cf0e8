/**
 * The analyzer: one pipeline, shared by indexing and querying, that turns text into search terms.
 *
 * raw text → word tokens (with offsets into the raw text, for highlighting) → folded (accents, quotes, case)
 * → stop words dropped → English (Porter) stem. Hyphenated compounds give their parts and the joined word,
 * so "non-intervention" meets the article's "nonintervention" and "self-coup" meets "self coup".
 */
import { stemmer } from 'stemmer';
import { foldText, withoutPossessive } from './fold.js';
import { Memo } from './memo.js';
import { compactText, PAST_LATIN1 } from './one-byte.js';
import { Latin1Twin } from './latin1-twin.js';

/** A word of the raw text, with its position, so matches can be highlighted in the original. */
export interface WordToken {
  /** The word exactly as written. */
  readonly raw: string;
  /** Offset of the first character in the raw text. */
  readonly start: number;
  /** Offset just past the last character in the raw text. */
  readonly end: number;
}

/** A word that carries meaning (not a stop word), with the terms it contributes. */
export interface ContentWord extends WordToken {
  /** Folded form of the whole word, possessive removed: "Peru’s" → "peru". */
  folded: string;
  /** Main search term: the stem of the folded word ("negotiations" → "negoti"). */
  stem: string;
  /** Further terms: the stems of a compound's parts ("self-coup" → "self", "coup"). */
  partStems: string[];
}

/**
 * Letters and digits, joined by inner hyphens or apostrophes ("self-coup", "Peru’s", "d’état").
 * Dashes of every kind count as hyphens here; zero-width characters are removed before matching.
 */
const WORD = new Latin1Twin(String.raw`[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{N}]+)*`, 'gu');
const INNER_SEPARATOR = /[-']/;

/** Any character outside ASCII: a text without one is split by {@link asciiWordTokens}. */
const NON_ASCII = /[^\x00-\x7F]/;

/** Texts remembered with their tokens: a question is split into words by one reader after another. */
const TOKEN_MEMO = 512;
const tokenMemo = new Memo<string, readonly WordToken[]>(TOKEN_MEMO);
/**
 * Longest text remembered: a question's length. The articles' paragraphs and sentences are each split once while the
 * index is built; remembering them (12,000 paragraphs at 1,000 articles) only hashed long strings and kept garbage.
 */
const MAX_REMEMBERED_TEXT = 300;

/** Splits raw text into word tokens with offsets. The list is shared by every caller of the same text: read only. */
export function wordTokens(text: string): readonly WordToken[] {
  return text.length > MAX_REMEMBERED_TEXT ? splitWords(text) : tokenMemo.get(text, splitWords);
}

/**
 * A text's words, each folded ("¿Por qué  Perú?" → ["por", "que", "peru"]): how the search reads a question's words
 * one by one, to look them up in its sets and tables.
 */
export function foldedWords(text: string): string[] {
  return wordTokens(text).map((token) => foldText(token.raw));
}

/** {@link wordTokens}, split anew. */
function splitWords(text: string): WordToken[] {
  // Most questions and keys are plain ASCII: scanning their characters is some twice as fast as the Unicode pattern,
  // and tokenising is done several times a question.
  if (!NON_ASCII.test(text)) return asciiWordTokens(text);
  const tokens: WordToken[] = [];
  // Words of a text that needs two bytes a character are copied one byte a character where they fit (one-byte.ts).
  const twoByte = PAST_LATIN1.test(text);
  for (const match of text.matchAll(WORD.for(text))) {
    const raw = twoByte ? compactText(match[0]) : match[0];
    tokens.push({ raw, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * Whether a word token is the whole of a text, nothing before or after it (not even punctuation): then the text has
 * no other word, and need not be split again to find out.
 */
export function isWholeText(token: WordToken, text: string): boolean {
  return token.start === 0 && token.end === text.length;
}

/** Whether a character code is an ASCII letter or digit (what {@link WORD} matches as a letter, in ASCII). */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * {@link isAsciiLetterOrDigit} of each ASCII code, 1 or 0: the scan below looks each character up instead of calling
 * a function per character (the CLI's compiler inlines no calls). A code past the table, or NaN past the text's
 * end, reads undefined: not a letter.
 */
const ASCII_WORD_CHARACTER = Uint8Array.from({ length: 128 }, (_, code) => (isAsciiLetterOrDigit(code) ? 1 : 0));

const HYPHEN = 45;
const APOSTROPHE = 39;

/** {@link wordTokens} of an ASCII-only text, as {@link WORD} finds them: letters and digits, joined by - or '. */
function asciiWordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (ASCII_WORD_CHARACTER[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && ASCII_WORD_CHARACTER[text.charCodeAt(i)] === 1) i++;
    // An inner hyphen or apostrophe joins the letters after it ("self-coup", "Peru's"), not a trailing one.
    for (;;) {
      const separator = text.charCodeAt(i);
      if ((separator !== HYPHEN && separator !== APOSTROPHE) || ASCII_WORD_CHARACTER[text.charCodeAt(i + 1)] !== 1)
        break;
      i += 2;
      while (i < length && ASCII_WORD_CHARACTER[text.charCodeAt(i)] === 1) i++;
    }
    tokens.push({ raw: text.slice(start, i), start, end: i });
  }
  return tokens;
}

/** Porter stem of an already folded word; digits are kept as they are. */
export function stem(folded: string): string {
  return /^\d+$/.test(folded) ? folded : stemmer(folded);
}

/** Words remembered by the analyzer before its memo starts over (bounds memory whatever users type). */
const MAX_WORD_MEMO = 20_000;

/** Marks a two-word phrase term in the index, so phrases rank above scattered words. */
export const BIGRAM_JOINER = '_';

export function bigram(first: string, second: string): string {
  return `${first}${BIGRAM_JOINER}${second}`;
}

export class Analyzer {
  /**
   * @param stopWords folded words that carry no meaning for search, in every language the bot reads.
   * @param wordForms irregular forms to their base ("took" → "take"), applied before stemming.
   * @param stemWord the stemmer of the language the text is in (folded word → stem); English (Porter) by default.
   */
  constructor(
    readonly stopWords: ReadonlySet<string>,
    readonly wordForms: ReadonlyMap<string, string> = new Map(),
    private readonly stemWord: (folded: string) => string = stem,
  ) {}

  /** Whether a folded word is a stop word. */
  isStopWord(folded: string): boolean {
    return this.stopWords.has(folded);
  }

  /**
   * The content words of a text, in order. Possessives ("Peru’s") lose their "'s"; elisions ("d’état") keep
   * the word after the apostrophe; single letters and stop words are dropped.
   */
  contentWords(text: string): ContentWord[] {
    const words: ContentWord[] = [];
    for (const token of wordTokens(text)) {
      const analyzed = this.analyzeWord(token.raw);
      if (analyzed)
        words.push({
          raw: token.raw,
          start: token.start,
          end: token.end,
          folded: analyzed.folded,
          stem: analyzed.stem,
          partStems: analyzed.partStems,
        });
    }
    return words;
  }

  /** Whether one word token (as {@link wordTokens} gives it) is a content word, i.e. not a stop word. */
  isContentToken(raw: string): boolean {
    return this.analyzeWord(raw) !== null;
  }

  /** Memo of {@link analyzeWord} by raw word: questions reuse the same few thousand words. */
  private readonly wordMemo = new Map<string, Omit<ContentWord, keyof WordToken> | null>();

  /** Folded form, stem and part stems of one raw word; null for a stop word or a single letter. */
  private analyzeWord(raw: string): Omit<ContentWord, keyof WordToken> | null {
    const memo = this.wordMemo.get(raw);
    if (memo !== undefined) return memo;
    const folded = withoutPossessive(foldText(raw)).replace(/^[a-z]'/, '');
    const parts = folded.split(INNER_SEPARATOR).filter((part) => part.length > 1 && !this.isStopWord(part));
    const joined = folded.replace(/[-']/g, '');
    let result: Omit<ContentWord, keyof WordToken> | null = null;
    if (!(joined.length < 2 || (parts.length === 0 && this.isStopWord(joined)) || this.isStopWord(folded))) {
      // Pushed one by one: map() in optimized code returns a holey array, which has another shape than a pushed
      // one, and ranking's optimized loops over wordings' terms were compiled for one (see newWording).
      const partStems: string[] = [];
      if (parts.length > 1) for (const part of parts) partStems.push(this.stemOf(part));
      result = { folded: joined, stem: this.stemOf(joined), partStems };
    }
    if (this.wordMemo.size >= MAX_WORD_MEMO) this.wordMemo.clear();
    this.wordMemo.set(raw, result);
    return result;
  }

  /** Memo of {@link stemOf}: typo candidates, cognates and split words stem the same words question after question. */
  private readonly stemMemo = new Memo<string, string>(MAX_WORD_MEMO);

  /** Stem of a folded word, irregular forms first brought to their base. */
  stemOf(folded: string): string {
    return this.stemMemo.get(folded, (word) => this.stemWord(this.wordForms.get(word) ?? word));
  }

  /**
   * Index terms of a text: every content word's stem and its compound parts, plus a phrase term for each pair
   * of neighbouring content words. Indexing and querying both use this, so they always agree.
   */
  indexTerms(text: string): string[] {
    const words = this.contentWords(text);
    const terms: string[] = [];
    words.forEach((word, i) => {
      terms.push(word.stem, ...word.partStems);
      const next = words[i + 1];
      if (next) terms.push(bigram(word.stem, next.stem));
    });
    return terms;
  }
}

/** Analyzers by their stop words, word forms and stemmer (see {@link sharedAnalyzer}). */
const sharedAnalyzers = new WeakMap<
  ReadonlySet<string>,
  WeakMap<ReadonlyMap<string, string>, Map<(folded: string) => string, Analyzer>>
>();

/**
 * The one analyzer of these word lists and stemmer: loading a corpus reads its paragraphs and alias keys, and its
 * search engine reads the same words again; with one analyzer, each word is folded and stemmed once.
 */
export function sharedAnalyzer(
  stopWords: ReadonlySet<string>,
  wordForms: ReadonlyMap<string, string>,
  stemWord: (folded: string) => string = stem,
): Analyzer {
  let byForms = sharedAnalyzers.get(stopWords);
  if (!byForms) sharedAnalyzers.set(stopWords, (byForms = new WeakMap()));
  let byStemmer = byForms.get(wordForms);
  if (!byStemmer) byForms.set(wordForms, (byStemmer = new Map<(folded: string) => string, Analyzer>()));
  let analyzer = byStemmer.get(stemWord);
  if (!analyzer) byStemmer.set(stemWord, (analyzer = new Analyzer(stopWords, wordForms, stemWord)));
  return analyzer;
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  // Three rows, turned round: every cell of a row is written before it is read, so none need be allocated anew.
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = current;
    current = spare;
  }
  return prev[cols - 1]!;
}
