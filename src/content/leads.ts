/**
 * Whether an /ask question asks for the bot's fixed content rather than (or before) passages: a summary, a
 * party's position, both sides ("who is right?"), what happened after the newest source, a definition, a quiz or
 * discussion questions. The phrases that decide it are data (corpus/language/ask-leads.txt, read by
 * lead-phrases.ts); a question none of them matches gets no lead and is searched exactly as before.
 *
 * The question is read with the same folding as the search (accents, case, quote marks) through the text layer's
 * public helpers; nothing here changes how passages are found or ranked.
 */
import { MONTH_NAMES } from '../text/calendar.js';
import { withoutChatMarkup } from '../text/chat.js';
import { isSpanish } from '../text/language.js';
import { Memo } from '../text/memo.js';
import { namesParagraphNumber } from '../text/paragraph-number.js';
import { spanishStem } from '../text/stem-es.js';
import {
  leadWords,
  NEAR_GAP,
  NEAR_MARK,
  PREFIX_MARK,
  type GlossaryPattern,
  type LeadPhrases,
  type LeadWord,
  type Phrase,
} from './lead-phrases.js';
import { withinOneEdit } from './match.js';
import { listCandidates, PhraseIndex, type Candidates } from './phrase-index.js';
import type { GlossaryTerm } from './types.js';

export const LEAD_KINDS = ['summary', 'position', 'compare', 'coverage', 'glossary', 'quiz', 'discuss'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

/** What a question asks for, as read from its words. */
export interface LeadIntent {
  kind: LeadKind;
  /** The party (position) or glossary term (glossary) asked about; absent for the glossary's word list. */
  id?: string;
  /**
   * What to search for passages to show after the lead: the question itself (a definition), what is left once the
   * lead's own words are taken out (a position, coverage, summary …), or undefined when nothing is left.
   */
  search?: string;
  /**
   * A comparison only: the question without its words of comparing ("compare", "each", "vs"), parties kept, to
   * search for passages when the lead shows points on a named topic ("compare how Peru and Mexico describe the
   * asylum"): those passages are where each side says it.
   */
  sides?: string;
  /** A comparison only: the parties the question names, each once, in the order it first names them. */
  parties?: string[];
  /**
   * A position only: the question asks to sum the position up ("resume la postura de México", "summarize Peru's
   * argument"), not what the party says of one thing.
   */
  summarised?: true;
  /** A position summed up: what it is asked about, the question without the party and the words asking for it. */
  topic?: string;
}

/** What the reading needs: the phrases, the glossary's terms, stop words and the newest source's date. */
export interface LeadSources {
  phrases: LeadPhrases;
  terms: readonly GlossaryTerm[];
  stopWords: ReadonlySet<string>;
  /** YYYY-MM-DD of the newest article. */
  newest: string;
  /**
   * Whether a folded word is an everyday word of English or Spanish in its own right: such a word is never read as a
   * typo of another phrase word ("comparten", they share, is no "comparen").
   */
  isEverydayWord?: (folded: string) => boolean;
  /**
   * The question without a name guessed after it ("mexico prez name? sheinbaum right"), or undefined when it ends
   * with none (see search/guessed-answer.ts).
   */
  withoutGuess?: (question: string) => string | undefined;
}

/** Shortest phrase word in which one typo is forgiven ("summery", "posision"). */
const TYPO_MIN_LENGTH = 6;

/** Shortest phrase word that matches with an "s" added: a plural or a possessive typed without its apostrophe. */
const PLURAL_MIN_LENGTH = 4;

/**
 * One typo in a long phrase word, but not in its ending (a letter added or dropped at its end, or one of its last
 * two letters changed): a different ending is most often another word ("reason" for "reasons", "resume" for
 * "resumen", "evaluate" for "evalúame"), and the forms a phrase means are listed or written with *. An added "s" is
 * the exception ("mexicos side"), on words of PLURAL_MIN_LENGTH or more.
 */
function typoOf(typed: string, word: string): boolean {
  if (word.length >= PLURAL_MIN_LENGTH && typed.length === word.length + 1 && typed.endsWith('s'))
    return typed.startsWith(word);
  return (
    word.length >= TYPO_MIN_LENGTH &&
    typed.slice(-2) === word.slice(-2) &&
    withinOneEdit(typed, word) &&
    !typed.startsWith(word) &&
    !word.startsWith(typed)
  );
}
/** Whether `typed` is `word` with an "s" added: a plural or a possessive typed without its apostrophe. */
function pluralOf(typed: string, word: string): boolean {
  return (
    word.length >= PLURAL_MIN_LENGTH &&
    typed.length === word.length + 1 &&
    typed.endsWith('s') &&
    typed.startsWith(word)
  );
}

/** A possessive "'s" splits off as a word of its own ("Peru's" → peru, s). */
const POSSESSIVE = 's';

/** Spanish object pronouns written onto a verb, one or two of them: "defender-se", "examína-me", "resúme-me-lo". */
const CLITICS = /^(?:me|te|se|nos|os|lo|la|le|los|las|les){1,2}$/;
/** Shortest phrase word that takes pronouns: shorter ones would catch unrelated words. */
const CLITIC_MIN_LENGTH = 4;
/** A party name this close before a verdict word ("is Mexico right", "Perú tiene razón") is what it judges. */
const JUDGE_GAP = 1;

/**
 * Whether `typed` is the phrase word `word` with pronouns attached: the word as written ("resúmemelo" ← resúmeme,
 * "defenderse" ← defender) or, for an infinitive, its regular imperative ("explícamelo" ← explicar).
 */
function withClitics(typed: string, word: string): boolean {
  if (word.length < CLITIC_MIN_LENGTH || typed.length <= word.length) return false;
  // The imperative differs from the infinitive in its last two letters only.
  if (!typed.startsWith(word.slice(0, -2))) return false;
  if (typed.startsWith(word) && CLITICS.test(typed.slice(word.length))) return true;
  const ending = word.slice(-2);
  if (ending !== 'ar' && ending !== 'er' && ending !== 'ir') return false;
  const imperative = word.slice(0, -2) + (ending === 'ar' ? 'a' : 'e');
  return typed.startsWith(imperative) && CLITICS.test(typed.slice(imperative.length));
}

/**
 * Whether `typed` starts with `prefix`, or (for a long prefix, in a word that goes on past it) with it and one
 * typo: "summrize" for summar*, not "summer".
 */
function prefixOf(typed: string, prefix: string): boolean {
  if (typed.startsWith(prefix)) return true;
  if (prefix.length < TYPO_MIN_LENGTH || typed.length < prefix.length + 2) return false;
  for (let length = prefix.length - 1; length <= prefix.length + 1; length++)
    if (withinOneEdit(typed.slice(0, length), prefix)) return true;
  return false;
}

/**
 * Whether a question word is the phrase word: the same, with one typo (see typoOf; only when `typos`), pronouns, or
 * a prefix's. Most pairs differ in length or first letters, and are set aside before any slicing (this runs for every
 * phrase word on every question).
 */
function wordMatches(typed: string, word: string, typos = true): boolean {
  if (typed === word) return true;
  if (word.endsWith(PREFIX_MARK))
    return typos ? prefixOf(typed, word.slice(0, -1)) : typed.startsWith(word.slice(0, -1));
  const longer = typed.length - word.length;
  if (longer < -1 || typed.length < 2) return false;
  if (longer >= 1 && typed.charCodeAt(0) === word.charCodeAt(0) && withClitics(typed, word)) return true;
  if (longer > 1) return false;
  if (!typos) return pluralOf(typed, word);
  // One edit leaves one of the first two letters in place (or swaps them).
  const t0 = typed.charCodeAt(0);
  const t1 = typed.charCodeAt(1);
  const w0 = word.charCodeAt(0);
  const w1 = word.charCodeAt(1);
  if (t0 !== w0 && t1 !== w1 && t1 !== w0 && t0 !== w1) return false;
  return typoOf(typed, word);
}

/** Question words remembered with the phrase words each matches (see PhraseWordMatcher). */
const MAX_MATCH_MEMO = 10_000;

/**
 * Which phrase words a question's word matches (see wordMatches), remembered by the word: questions reuse the same
 * few thousand words, so a word is compared with the phrase words it may match once, not on every question.
 */
class PhraseWordMatcher {
  private readonly memo = new Memo<string, ReadonlySet<string>>(MAX_MATCH_MEMO);
  /**
   * Whole phrase words of TYPO_MIN_LENGTH letters or more by their last two letters, which a typo leaves as they are
   * (typoOf).
   */
  private readonly byEnding = new Map<string, string[]>();
  /** Whole phrase words of CLITIC_MIN_LENGTH letters or more by all but their last two, which pronouns follow. */
  private readonly byCliticStem = new Map<string, string[]>();
  /** Prefix words ("debat*"): a typo may change even their first letter. */
  private readonly prefixes: string[] = [];

  /**
   * @param words every word of the phrases to match (others are compared as they come).
   * @param isEverydayWord whether a word is a word in its own right, never a typo of another.
   */
  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly isEverydayWord: (folded: string) => boolean = () => false,
  ) {
    const add = (map: Map<string, string[]>, key: string, word: string) => {
      const list = map.get(key);
      if (list) list.push(word);
      else map.set(key, [word]);
    };
    for (const word of words) {
      if (word.endsWith(PREFIX_MARK)) {
        this.prefixes.push(word);
        continue;
      }
      if (word.length >= TYPO_MIN_LENGTH) add(this.byEnding, word.slice(-2), word);
      if (word.length >= CLITIC_MIN_LENGTH) add(this.byCliticStem, word.slice(0, -2), word);
    }
  }

  /**
   * The phrase words `typed` matches. Only words that can are compared (see wordMatches): the prefix words, the
   * typed word itself, the word it is the plural of, words ending in its last two letters within a letter of its
   * length (a typo), and words whose stem before their last two letters starts it (pronouns attached).
   */
  matchedBy(typed: string): ReadonlySet<string> {
    return this.memo.get(typed, () => {
      const found = new Set<string>();
      const typos = !this.isEverydayWord(typed);
      const compare = (word: string) => {
        if (!found.has(word) && wordMatches(typed, word, typos)) found.add(word);
      };
      for (const word of this.prefixes) compare(word);
      if (this.words.has(typed)) compare(typed);
      const singular = typed.slice(0, -1);
      if (typed.endsWith('s') && this.words.has(singular)) compare(singular);
      for (const word of this.byEnding.get(typed.slice(-2)) ?? [])
        if (Math.abs(word.length - typed.length) <= 1) compare(word);
      for (let length = 2; length <= typed.length - 3; length++)
        for (const word of this.byCliticStem.get(typed.slice(0, length)) ?? []) compare(word);
      return found;
    });
  }

  /** Whether `word` is one of the phrase words. */
  knows(word: string): boolean {
    return this.words.has(word);
  }
}

/** Questions whose reading is remembered (see readingOf): the last few, as one question is read more than once. */
const MAX_READINGS = 8;

/** What reading questions against one set of phrases and glossary terms needs, built once. */
interface Reader {
  terms: readonly GlossaryTerm[];
  matcher: PhraseWordMatcher;
  /** Every list of phrases a question is checked against, indexed together (see PhraseIndex). */
  index: PhraseIndex;
  /** The last questions read, by their text as given. */
  readings: Memo<string, Reading>;
}

/** Readers by the phrases they were built for, with the glossary terms they include. */
const readers = new WeakMap<LeadPhrases, Reader>();

/** The reader of the sources' phrases and glossary terms' names, built once. */
function readerFor({ phrases, terms, isEverydayWord }: LeadSources): Reader {
  const known = readers.get(phrases);
  if (known?.terms === terms) return known;
  const words = new Set(phrases.words);
  for (const term of terms) for (const phrase of termPhrases(term)) for (const word of phrase) words.add(word);
  const matcher = new PhraseWordMatcher(words, isEverydayWord);
  const index = new PhraseIndex(phraseLists(phrases, glossaryNames(terms).names), (word) => matcher.knows(word));
  const reader: Reader = { terms, matcher, index, readings: new Memo(MAX_READINGS) };
  readers.set(phrases, reader);
  return reader;
}

/**
 * Every list of phrases that allOccurrences is asked about, to index at once. A list left out is still read right,
 * each of its phrases checked in turn, only more slowly.
 */
function phraseLists(phrases: LeadPhrases, glossaryNames: readonly Phrase[]): Array<readonly Phrase[]> {
  return [
    phrases.summary,
    phrases.quiz,
    phrases.discuss,
    phrases.coverage,
    phrases.coverageNow,
    phrases.which,
    phrases.follows,
    phrases.asReported,
    phrases.after,
    phrases.compare,
    phrases.compareVerb,
    phrases.sideTaken,
    phrases.judge,
    phrases.pair,
    phrases.source,
    phrases.position,
    phrases.notPosition,
    phrases.actor,
    phrases.count,
    phrases.office,
    phrases.person,
    phrases.attribution,
    phrases.attributionAfter,
    phrases.governmentAttributionAfter,
    phrases.join,
    phrases.vocabulary,
    ...phrases.parties.map((party) => party.phrases),
    glossaryNames,
  ];
}

/** A question as the lead phrases read it: its text without chat markup, that text's words, and what they match. */
interface Reading {
  text: string;
  tokens: readonly LeadWord[];
  words: QuestionWords;
}

/**
 * The reading of `question`, remembered for the last few questions: a question that asks for no lead is read
 * again for whose view it gives (attributedParty), and reading it is most of the cost of either.
 */
function readingOf(question: string, sources: LeadSources): Reading {
  const reader = readerFor(sources);
  return reader.readings.get(question, () => {
    const text = withoutChatMarkup(question);
    const tokens = leadWords(text);
    const words = new QuestionWords(
      tokens.map((token) => token.word),
      reader,
    );
    return { text, tokens, words };
  });
}

/** No word ranges: what most lists find in a question. */
const NO_RANGES: ReadonlyArray<[number, number]> = [];

/**
 * A question's words, with the phrase words each matches: most phrases name a word the question does not have, and
 * are set aside without scanning it.
 */
class QuestionWords {
  /** The phrase words each word of the question matches. */
  private readonly matchedAt: ReadonlyArray<ReadonlySet<string>>;
  /** Phrase words some word of the question matches. */
  private readonly matched = new Set<string>();
  private readonly matcher: PhraseWordMatcher;
  private readonly index: PhraseIndex;
  /** Every indexed list's candidates, found on the first list asked about. */
  private indexed: Candidates | undefined;
  /** Each list's occurrences, once found: several checks ask about the same list ([judge], [join], the parties). */
  private readonly found = new Map<readonly Phrase[], ReadonlyArray<[number, number]>>();

  constructor(
    readonly list: readonly string[],
    { matcher, index }: Pick<Reader, 'matcher' | 'index'>,
  ) {
    this.matcher = matcher;
    this.index = index;
    this.matchedAt = list.map((typed) => matcher.matchedBy(typed));
    for (const words of this.matchedAt) for (const word of words) this.matched.add(word);
  }

  /** Whether some word of the question matches the phrase word `word` (see wordMatches); a gap always does. */
  has(word: string): boolean {
    if (word === NEAR_MARK || this.matched.has(word)) return true;
    return !this.matcher.knows(word) && this.list.some((typed) => wordMatches(typed, word));
  }

  /** Whether the question's word at `at` matches the phrase word `word`. */
  matchesAt(at: number, word: string): boolean {
    if (this.matchedAt[at]!.has(word)) return true;
    return !this.matcher.knows(word) && wordMatches(this.list[at]!, word);
  }

  /** Where in a list the phrases that the question may hold are, in the list's order (all, for a list not indexed). */
  candidates(phrases: readonly Phrase[]): readonly number[] {
    if (!this.index.has(phrases)) return phrases.map((_, i) => i);
    this.indexed ??= this.index.candidates(this.matched);
    return listCandidates(this.indexed, phrases);
  }

  /** Word ranges where the phrases of a list occur, phrase by phrase in the list's order: found once per list. */
  occurrencesOf(phrases: readonly Phrase[]): ReadonlyArray<[number, number]> {
    let found = this.found.get(phrases);
    if (!found) {
      const candidates = this.candidates(phrases);
      found = candidates.length === 0 ? NO_RANGES : candidates.flatMap((i) => occurrences(this, phrases[i]!));
      this.found.set(phrases, found);
    }
    return found;
  }
}

/** Where `phrase` (from its word `from` on) can end when it starts at word `at`: none, one, or several (gaps). */
function matchEnds(question: QuestionWords, phrase: Phrase, at: number, from = 0): number[] {
  if (from === phrase.length) return [at];
  const word = phrase[from]!;
  const length = question.list.length;
  if (word === NEAR_MARK) {
    const ends: number[] = [];
    for (let gap = 0; gap <= NEAR_GAP && at + gap <= length; gap++)
      ends.push(...matchEnds(question, phrase, at + gap, from + 1));
    return ends;
  }
  return at < length && question.matchesAt(at, word) ? matchEnds(question, phrase, at + 1, from + 1) : [];
}

/** Word ranges [start, end) where `phrase` occurs in the question (the shortest, where it has a gap). */
function occurrences(question: QuestionWords, phrase: Phrase): Array<[number, number]> {
  if (!phrase.every((word) => question.has(word))) return [];
  const found: Array<[number, number]> = [];
  const first = phrase[0];
  for (let i = 0; i < question.list.length; i++) {
    // Most places do not even match the first word (a gap matches anywhere).
    if (first !== undefined && first !== NEAR_MARK && !question.matchesAt(i, first)) continue;
    const ends = matchEnds(question, phrase, i);
    if (ends.length > 0) found.push([i, Math.min(...ends)]);
  }
  return found;
}

/** Word ranges where the phrases of a list occur in the question (see QuestionWords.occurrencesOf). */
const allOccurrences = (question: QuestionWords, phrases: readonly Phrase[]): ReadonlyArray<[number, number]> =>
  question.occurrencesOf(phrases);

// ---- Dates ------------------------------------------------------------------------------------------------------

/**
 * Month numbers by name (calendar.ts): the English, its abbreviations and the Spanish; not the Spanish abbreviations
 * ("dic", "set"), which a lead's date is not written with. A Map, as a question's words are no object's keys
 * ("constructor" is no month).
 */
const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((month, i) =>
    [month.english, ...month.short, ...month.spanish].map((name): [string, number] => [name, i + 1]),
  ),
);
/** Words that may stand inside a date: "4 of November", "4 de noviembre de 2025". */
const DATE_GLUE = new Set(['of', 'de', 'del', 'the', 'el']);

interface DateMention {
  start: number;
  end: number;
  /** First and last day the words can mean, YYYY-MM-DD; undefined year: the caller's. */
  year?: number;
  month?: number;
  day?: number;
}

/** Whether a word starts with a digit: only such a word is a day or a year (most are neither). */
const startsWithDigit = (word: string | undefined): word is string =>
  word !== undefined && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
const dayOf = (word: string | undefined) => {
  const match = startsWithDigit(word) ? /^(\d{1,2})(?:st|nd|rd|th|o)?$/.exec(word) : null;
  const day = match ? Number(match[1]) : NaN;
  return day >= 1 && day <= 31 ? day : undefined;
};
const yearOf = (word: string | undefined) =>
  startsWithDigit(word) && /^(?:19|20)\d{2}$/.test(word) ? Number(word) : undefined;

/** The dates a question's words name: "November 4", "4 de noviembre de 2025", "December 2025", "2026". */
function dates(words: readonly string[]): DateMention[] {
  const found: DateMention[] = [];
  const skipGlue = (i: number) => (DATE_GLUE.has(words[i] ?? '') ? i + 1 : i);
  for (let i = 0; i < words.length; i++) {
    const month = MONTHS.get(words[i]!);
    const day = dayOf(words[i]);
    if (month !== undefined) {
      // "November 4, 2025", "November 2025"
      let end = i + 1;
      const dayAfter = dayOf(words[end]);
      if (dayAfter !== undefined) end++;
      const year = yearOf(words[skipGlue(end)]);
      if (year !== undefined) end = skipGlue(end) + 1;
      found.push({ start: i, end, month, day: dayAfter, year });
      i = end - 1;
    } else if (day !== undefined && MONTHS.has(words[skipGlue(i + 1)] ?? '')) {
      // "4 November 2025", "4 de noviembre de 2025"
      const at = skipGlue(i + 1);
      let end = at + 1;
      const year = yearOf(words[skipGlue(end)]);
      if (year !== undefined) end = skipGlue(end) + 1;
      found.push({ start: i, end, month: MONTHS.get(words[at]!), day, year });
      i = end - 1;
    } else {
      const year = yearOf(words[i]);
      if (year !== undefined) found.push({ start: i, end: i + 1, year });
    }
  }
  return found;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last day a date mention can mean, the year defaulting to `year`. */
function range(date: DateMention, year: number): [string, string] {
  const y = date.year ?? year;
  if (date.month === undefined) return [iso(y, 1, 1), iso(y, 12, 31)];
  if (date.day === undefined) return [iso(y, date.month, 1), iso(y, date.month, lastDay(y, date.month))];
  return [iso(y, date.month, date.day), iso(y, date.month, date.day)];
}

/**
 * Word ranges of dates that ask about a time after the newest source: a date on or after it following "after",
 * "since", "después de" …, or a date (with its year) wholly after it.
 */
function laterDates(question: QuestionWords, phrases: LeadPhrases, newest: string): Array<[number, number]> {
  const newestYear = Number(newest.slice(0, 4));
  const afterEnds = new Map(allOccurrences(question, phrases.after).map(([start, end]) => [end, start]));
  const found: Array<[number, number]> = [];
  for (const date of dates(question.list)) {
    const [first, last] = range(date, newestYear);
    const afterStart = afterEnds.get(date.start) ?? afterEnds.get(date.start - 1);
    if (afterStart !== undefined && last >= newest) found.push([afterStart, date.end]);
    else if (date.year !== undefined && first > newest) found.push([date.start, date.end]);
  }
  return found;
}

/**
 * The [after] words not followed by a date: "desde 2022 según el artículo" is since 2022, as the article tells, not
 * since the article.
 */
function afterWithoutDate(question: QuestionWords, phrases: LeadPhrases): ReadonlyArray<[number, number]> {
  const after = allOccurrences(question, phrases.after);
  if (after.length === 0) return after;
  const starts = new Set(dates(question.list).map((date) => date.start));
  return after.filter(([, end]) => !starts.has(end) && !starts.has(end + 1));
}

// ---- Glossary ---------------------------------------------------------------------------------------------------

/** Each term's names as phrases, read once per term. */
const termPhraseMemo = new WeakMap<GlossaryTerm, Phrase[]>();
/** A glossary's names as phrases, in order, each with its term, read once per glossary. */
const glossaryNameMemo = new WeakMap<readonly GlossaryTerm[], { names: Phrase[]; terms: GlossaryTerm[] }>();

/** Every name of every term of a glossary, in the glossary's order, each with its term. */
function glossaryNames(terms: readonly GlossaryTerm[]): { names: Phrase[]; terms: GlossaryTerm[] } {
  let found = glossaryNameMemo.get(terms);
  if (!found) {
    const named = terms.flatMap((term) => termPhrases(term).map((name) => ({ name, term })));
    found = { names: named.map(({ name }) => name), terms: named.map(({ term }) => term) };
    glossaryNameMemo.set(terms, found);
  }
  return found;
}

/** A glossary term's names as phrases: its name in each language without the part in brackets, and its aliases. */
function termPhrases(term: GlossaryTerm): Phrase[] {
  let phrases = termPhraseMemo.get(term);
  if (!phrases) {
    const names = [term.term.en, term.term.es].map((name) => name.replace(/\s*\(.*?\)\s*/g, ' ').trim());
    phrases = [...names, ...term.aliases].map((name) => leadWords(name).map((w) => w.word)).filter((p) => p.length > 0);
    termPhraseMemo.set(term, phrases);
  }
  return phrases;
}

/** Where `phrase` starts when it ends at word `end` (exclusive), allowing skip words just before `end`. */
function endsAt(question: QuestionWords, phrase: Phrase, end: number, skip: ReadonlySet<string>): number | undefined {
  const words = question.list;
  const gaps = phrase.filter((word) => word === NEAR_MARK).length;
  let at = end;
  for (;;) {
    // A phrase spans its words and at most NEAR_GAP more a gap.
    const earliest = Math.max(0, at - phrase.length - gaps * (NEAR_GAP - 1));
    for (let start = at - phrase.length + gaps; start >= earliest; start--)
      if (matchEnds(question, phrase, start).includes(at)) return start;
    if (at === 0 || !skip.has(words[at - 1]!)) return undefined;
    at--;
  }
}

/** Where `phrase` ends when it starts at word `start`, allowing skip words just after `start`; undefined if not. */
function startsAt(
  question: QuestionWords,
  phrase: Phrase,
  start: number,
  skip: ReadonlySet<string>,
): number | undefined {
  const words = question.list;
  for (let at = start; at <= words.length; at++) {
    const ends = matchEnds(question, phrase, at);
    if (ends.length > 0) return Math.min(...ends);
    if (!skip.has(words[at] ?? '')) return undefined;
  }
  return undefined;
}

/**
 * Whether the words from `at` on ask what something means for someone ("… para los ciudadanos", "… for the
 * region"): its consequences, not a definition; not when they name whom the answer is for ("for kids", "to me").
 */
function meansFor(words: readonly string[], at: number, phrases: LeadPhrases): boolean {
  if (!phrases.glossaryFor.has(words[at] ?? '')) return false;
  let next = at + 1;
  while (phrases.glossarySkip.has(words[next] ?? '')) next++;
  const whom = words[next];
  return whom !== undefined && !phrases.talk.has(whom);
}

/**
 * The glossary term a definition request names ("what does persona non grata mean"), the longest name first;
 * `accept` may refuse a match by the words it spans ("what is {term}" only when nothing else is asked).
 */
function definedTerm(
  question: QuestionWords,
  sources: LeadSources,
  patterns: readonly GlossaryPattern[],
  accept: (range: [number, number]) => boolean = () => true,
): { term: GlossaryTerm; range: [number, number] } | undefined {
  const words = question.list;
  let best: { term: GlossaryTerm; range: [number, number]; size: number } | undefined;
  const glossary = glossaryNames(sources.terms);
  // A pattern with a word the question lacks matches nowhere: most are set aside once, not at every term.
  let possible: readonly GlossaryPattern[] | undefined;
  for (const i of question.candidates(glossary.names)) {
    const [name, term] = [glossary.names[i]!, glossary.terms[i]!];
    for (const [start, end] of occurrences(question, name)) {
      // "this rupture" is the event, not the word.
      if (sources.phrases.glossaryThis.has(words[start - 1] ?? '')) continue;
      possible ??= patterns.filter(
        ({ before, after }) => before.every((word) => question.has(word)) && after.every((word) => question.has(word)),
      );
      for (const { before, after } of possible) {
        const skip = sources.phrases.glossarySkip;
        const from = before.length === 0 ? start : endsAt(question, before, start, skip);
        const to = after.length === 0 ? end : startsAt(question, after, end, skip);
        if (from === undefined || to === undefined || (before.length === 0 && after.length === 0)) continue;
        if (meansFor(words, to, sources.phrases)) continue;
        if (best && name.length <= best.size) continue;
        if (accept([from, to])) best = { term, range: [from, to], size: name.length };
      }
    }
  }
  return best && { term: best.term, range: best.range };
}

// ---- Parties ----------------------------------------------------------------------------------------------------

interface PartyMention {
  id: string;
  start: number;
  end: number;
}

function partyMentions(question: QuestionWords, phrases: LeadPhrases): PartyMention[] {
  return phrases.parties.flatMap(({ id, phrases: names }) =>
    allOccurrences(question, names).map(([start, end]) => ({ id, start, end })),
  );
}

/** Most words between a party and a word giving its view ("según la presidenta Sheinbaum"). */
const ATTRIBUTION_GAP = 3;

/**
 * The party whose view a question gives as that party's own ("according to Mexico, who decides …", "México dice que
 * su asilo es legal", "what did Mexico say"): the one party named within a few words after an [attribution] word,
 * before an [attribution after] word, or, named as a government, right before a [government attribution after] word;
 * or undefined.
 */
export function attributedParty(question: string, sources: LeadSources): string | undefined {
  const { text, tokens, words } = readingOf(question, sources);
  if (tokens.length === 0) return undefined;
  const { phrases } = sources;
  const attributions = allOccurrences(words, phrases.attribution);
  const verbs = allOccurrences(words, phrases.attributionAfter);
  const governmentAfter = allOccurrences(words, phrases.governmentAttributionAfter);
  // Most questions have no word of attribution: the parties they name are not looked for.
  if (attributions.length === 0 && verbs.length === 0 && governmentAfter.length === 0) return undefined;
  const mentions = partyMentions(words, phrases);
  // A verb of saying that opens the question or a clause asks for an account ("Using evidence from the text,
  // describe how Jeri came to power", "Describe cómo …"), no party's view; "según" and "according to" are no verbs.
  // Unless a question opens on it with its party right after: Spanish asks so ("¿Dijo México que el asilo era legal?").
  const gapBefore = (at: number) => text.slice(at === 0 ? 0 : tokens[at - 1]!.end, tokens[at]!.start);
  const opensClause = (at: number) => at === 0 || /[,.:;!?¿¡]\s*$/.test(gapBefore(at));
  const asksOfParty = (start: number, end: number) =>
    mentions.some((party) => party.start === end) && (/¿\s*$/.test(gapBefore(start)) || /\?\s*$/.test(text));
  const instruction = ([start, end]: [number, number]) =>
    opensClause(start) && verbs.some(([from, to]) => from === start && to === end) && !asksOfParty(start, end);
  const after = verbs.filter((range) => !instruction(range));
  // A verb of saying right after a party has its subject there: a party after it is what is said or judged
  // ("¿por qué Perú considera que México se entrometió?", "Perú dice que México …": Peru's view, not Mexico's). Not
  // one further before ("lo que molesta a Lima de lo que dicen los líderes mexicanos": the leaders speak).
  const subjectBefore = ([start, end]: [number, number]) =>
    after.some(([from, to]) => from === start && to === end) && mentions.some((party) => party.end === start);
  const before = attributions.filter((range) => !instruction(range) && !subjectBefore(range));
  if (before.length === 0 && after.length === 0 && governmentAfter.length === 0) return undefined;
  const persons = governmentAfter.length > 0 ? allOccurrences(words, phrases.person) : [];
  const isPerson = ({ start, end }: PartyMention) => persons.some(([from, to]) => from < end && start < to);
  const followedWithin = (party: PartyMention, ranges: ReadonlyArray<[number, number]>, gap = ATTRIBUTION_GAP) =>
    ranges.some(([start]) => start >= party.end && start - party.end <= gap);
  // "What did Peru and Mexico say": both governments speak.
  const oneGovernment = governmentAfter.length > 0 && !joinedParties(words, mentions, phrases);
  const answers = allOccurrences(words, phrases.reply);
  // "¿Qué contestó México cuando Perú dijo que …?": a party's words told after another party's word of answering are
  // what that one answers; the question gives the answering party's view, not theirs.
  const answered = (party: PartyMention) =>
    answers.some(
      ([start, end]) =>
        end <= party.start &&
        mentions.some(
          (other) =>
            other.id !== party.id &&
            ((other.start >= end && other.start - end <= ATTRIBUTION_GAP) ||
              (start >= other.end && start - other.end <= ATTRIBUTION_GAP)),
        ),
    );
  const near = mentions.filter(
    (party) =>
      !answered(party) &&
      (before.some(([, end]) => party.start >= end && party.start - end <= ATTRIBUTION_GAP) ||
        followedWithin(party, after) ||
        // Right before it: "what did the Mexican leader say" is a person's word.
        (oneGovernment && followedWithin(party, governmentAfter, 0) && !isPerson(party))),
  );
  // A verb of saying right before a party's possessive tells of that party's thing, and whose view the question gives
  // is not said ("how did Mexico's head of state describe Lima's response"); "according to Mexico's ministry" still
  // gives Mexico's.
  const owned = near.some(
    (party) =>
      words.list[party.end] === POSSESSIVE &&
      before.some(
        ([start, end]) =>
          party.start >= end &&
          party.start - end <= ATTRIBUTION_GAP &&
          verbs.some(([from, to]) => from === start && to === end),
      ),
  );
  if (owned) return undefined;
  const ids = new Set(near.map((party) => party.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Two different parties side by side, joined by "and", "or", "vs" … ("Peru's and Mexico's positions"). */
function joinedParties(question: QuestionWords, mentions: readonly PartyMention[], phrases: LeadPhrases): boolean {
  for (const first of mentions) {
    const at = question.list[first.end] === POSSESSIVE ? first.end + 1 : first.end;
    for (const [start, end] of allOccurrences(question, phrases.join)) {
      if (start !== at) continue;
      if (mentions.some((second) => second.id !== first.id && second.start === end)) return true;
    }
  }
  return false;
}

/**
 * Whether a verdict word follows a party ("is Mexico right", "Perú tiene razón") or both ("the two countries are
 * right"), not as a possessive ("Peru's right to …").
 */
function judged(
  question: QuestionWords,
  anchors: ReadonlyArray<[number, number]>,
  verdicts: ReadonlyArray<[number, number]>,
): boolean {
  return anchors.some(([, end]) =>
    verdicts.some(([start]) => start >= end && start - end <= JUDGE_GAP && question.list[end] !== POSSESSIVE),
  );
}

/**
 * Whether a position word (`cue`) belongs to someone who is not a party: the name nearest it, before it first (as in
 * partyAsked), is an [actor]'s ("prosecutors arguing", "¿qué posición tenía Karla Ornelas en Perú?"). A party just
 * before an actor ("Peru's Congress", "Peruvian prosecutors") or after it and "of" ("critics of Mexico") names whose
 * actor it is, not the owner.
 */
function actorOwns(
  words: readonly string[],
  cue: [number, number],
  parties: readonly PartyMention[],
  actors: ReadonlyArray<[number, number]>,
  of: ReadonlySet<string>,
): boolean {
  const actorStarts = new Set(actors.map(([start]) => start));
  const actorEnds = new Set(actors.map(([, end]) => end));
  const ofActor = ({ start, end }: PartyMention) =>
    actorStarts.has(end) ||
    (words[end] === POSSESSIVE && actorStarts.has(end + 1)) ||
    (of.has(words[start - 1] ?? '') && actorEnds.has(start - 1));
  const owners = [
    ...parties.filter((party) => !ofActor(party)).map(({ start, end }) => ({ start, end, actor: false })),
    ...actors.map(([start, end]) => ({ start, end, actor: true })),
  ];
  const [cueStart, cueEnd] = cue;
  const before = owners.filter(({ end }) => end <= cueStart).sort((a, b) => b.end - a.end)[0];
  const after = owners.filter(({ start }) => start >= cueEnd).sort((a, b) => a.start - b.start)[0];
  return (before ?? after)?.actor ?? false;
}

/** Whether a phrase of `second` starts within NEAR_GAP words after one of `first` ends ("after this article"). */
const followedBy = (first: ReadonlyArray<[number, number]>, second: ReadonlyArray<[number, number]>) =>
  first.flatMap(([start, end]): Array<[number, number]> => {
    const next = second.find(([at]) => at >= end && at - end <= NEAR_GAP);
    return next ? [[start, next[1]]] : [];
  });

/**
 * The party whose position is asked about: the nearest one before a position word ("Mexico's argument against
 * Peru", "how does Mexico justify protecting Chávez"), else the nearest after it ("the position of Peru"; "¿cómo
 * justifica México …?"). With the clause of each word, a party in a position word's own clause comes first: in
 * "¿Cómo justifica México haberle dado asilo a Chávez? Resume su postura." Mexico justifies, not Chávez. A party
 * after the position word is not one the position is on (`isTopicAfter`: "the position on Peru").
 */
function partyAsked(
  mentions: readonly PartyMention[],
  cues: ReadonlyArray<[number, number]>,
  clauseOf?: readonly number[],
  isTopicAfter: (from: number, to: number) => boolean = () => false,
  isObjectBefore: (mention: PartyMention, cue: number) => boolean = () => false,
): PartyMention | undefined {
  if (clauseOf) {
    const sameClause = (mention: PartyMention, [start]: [number, number]) =>
      clauseOf[mention.start] === clauseOf[start];
    const near = mentions.filter((mention) => cues.some((cue) => sameClause(mention, cue)));
    const cuesNear = cues.filter((cue) => mentions.some((mention) => sameClause(mention, cue)));
    if (near.length > 0) return partyAsked(near, cuesNear, undefined, isTopicAfter, isObjectBefore);
  }
  let before: { mention: PartyMention; distance: number } | undefined;
  let after: { mention: PartyMention; distance: number } | undefined;
  for (const mention of mentions) {
    for (const [start, end] of cues) {
      if (
        mention.end <= start &&
        (!before || start - mention.end < before.distance) &&
        !isObjectBefore(mention, start)
      ) {
        before = { mention, distance: start - mention.end };
      } else if (
        mention.start >= end &&
        (!after || mention.start - end < after.distance) &&
        !isTopicAfter(end, mention.start)
      ) {
        after = { mention, distance: mention.start - end };
      }
    }
  }
  return (before ?? after)?.mention;
}

/**
 * The party that answers another's position ("how did Mexico respond to Peru's argument"): named before a [reply]
 * word, in the clause of a position word after it whose own party (the nearest after the reply word) is another.
 */
function replyingParty(
  mentions: readonly PartyMention[],
  replies: ReadonlyArray<[number, number]>,
  cues: ReadonlyArray<[number, number]>,
  clauseOf: readonly number[],
): PartyMention | undefined {
  for (const [start, end] of replies) {
    const clause = clauseOf[start];
    const answered = cues.filter(([at]) => at >= end && clauseOf[at] === clause);
    if (answered.length === 0) continue;
    const replier = mentions
      .filter((mention) => mention.end <= start && clauseOf[mention.start] === clause)
      .sort((a, b) => b.end - a.end)[0];
    const owner = partyAsked(
      mentions.filter((mention) => mention.start >= end),
      answered,
    );
    if (replier && owner && owner.id !== replier.id) return replier;
  }
  return undefined;
}

// ---- Clauses and tense ------------------------------------------------------------------------------------------

/** An ending of a tense word needs this many letters before it ("need" is not a past form of "ne"). */
const ENDING_MIN_STEM = 3;

/** Punctuation that ends a clause: a question may hold several ("said what? and is trade still on"). */
const CLAUSE_END = /[?!.;,:]/;

/** The Spanish stems of the Spanish [summary] words ("resum" of "resumir", "resumen"), once per list of phrases. */
const summaryStemMemo = new WeakMap<readonly Phrase[], ReadonlySet<string>>();

/**
 * Whether a question holds a one-word [summary] phrase, a verb of summing up ("summarize", "resume"): a Spanish verb
 * is listed in one or two forms ("resumir", "resúmeme"), so in a Spanish question its other forms ("resume",
 * "resuman") are found by Spanish stem, against the Spanish words of the list alone; an English question's words are
 * not stemmed as Spanish ("will relations resume?" asks no summary). Not a phrase of several words ("explain ~
 * article", "in two sentences"), which may frame a question about one thing rather than ask to sum something up.
 */
function summaryWordIn(
  words: readonly string[],
  phrases: Pick<LeadPhrases, 'summary' | 'summarySpanish'>,
  spanish: boolean,
): boolean {
  const single = [...singleWords(phrases.summary)];
  const prefixes = single.filter((word) => word.endsWith(PREFIX_MARK)).map((word) => word.slice(0, -1));
  if (words.some((word) => prefixes.some((prefix) => word.startsWith(prefix)))) return true;
  if (!spanish) return words.some((word) => single.includes(word));
  let stems = summaryStemMemo.get(phrases.summarySpanish);
  if (!stems) {
    const spanishWords = [...singleWords(phrases.summarySpanish)].filter((word) => !word.endsWith(PREFIX_MARK));
    stems = new Set(spanishWords.map(spanishStem));
    summaryStemMemo.set(phrases.summarySpanish, stems);
  }
  return words.some((word) => single.includes(word) || stems.has(spanishStem(word)));
}

/** The one-word phrases of a list ("and", "or" of [join]). */
const singleWordMemo = new WeakMap<readonly Phrase[], ReadonlySet<string>>();
function singleWords(list: readonly Phrase[]): ReadonlySet<string> {
  let words = singleWordMemo.get(list);
  if (!words) {
    words = new Set(list.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!));
    singleWordMemo.set(list, words);
  }
  return words;
}

/**
 * The clause of each word, numbered from 0: a new one starts after CLAUSE_END, at a [clause] word, and at a [join]
 * word with a tense word after it ("… and is trade still on", not "Mexico and Peru").
 */
function clauseNumbers(text: string, tokens: readonly LeadWord[], phrases: LeadPhrases): number[] {
  const joins = singleWords(phrases.join);
  let clause = 0;
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const joinsClauses = joins.has(token.word) && next !== undefined && tenseOf(next, text, phrases) !== undefined;
    if (
      previous &&
      (CLAUSE_END.test(text.slice(previous.end, token.start)) || phrases.clause.has(token.word) || joinsClauses)
    )
      clause++;
    return clause;
  });
}

/** Words between double quotes: the source's words ("what does de Zela mean by “today we learned”?"). */
const QUOTED = /["\u201C\u201E\u00AB][^"\u201C\u201D\u201E\u00AB\u00BB]*["\u201D\u00BB]/g;

/** Whether each word stands inside double quotes. */
function quotedWords(text: string, tokens: readonly LeadWord[]): boolean[] {
  const quotes = [...text.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length] as const);
  return tokens.map((token) => quotes.some(([start, end]) => start < token.start && token.end < end));
}

type Tense = 'past' | 'present';

/** Whether a word sets its clause's tense: a listed word (folded) or an ending (as typed: "anunció"). */
function tenseOf(token: LeadWord, text: string, phrases: LeadPhrases): Tense | undefined {
  if (phrases.present.words.has(token.word)) return 'present';
  if (phrases.past.words.has(token.word)) return 'past';
  const typed = text.slice(token.start, token.end).toLowerCase().normalize('NFC');
  const ends = (endings: readonly string[]) =>
    endings.some((ending) => typed.length >= ending.length + ENDING_MIN_STEM && typed.endsWith(ending));
  if (ends(phrases.present.endings)) return 'present';
  if (ends(phrases.past.endings)) return 'past';
  return undefined;
}

// ---- Reading a question -----------------------------------------------------------------------------------------

/** The punctuation of a text between two words kept, its dropped words gone: ": " of ": comparen ", else " ". */
function marksOf(between: string): string {
  const marks = between.replace(/[\p{L}\p{N}'’-]+/gu, ' ').replace(/\s+/g, ' ');
  return /[^\s]/.test(marks) ? marks.replace(/^ /, '') || ' ' : ' ';
}

/**
 * The question without the words in `dropped` (word ranges), or undefined when nothing is left but stop words,
 * words about how to answer ("give me a short …") and the words in `neutral` (kept, but not enough on their own:
 * "Peru" left of "Peru's position" asks for no passages).
 */
function remainder(
  text: string,
  tokens: readonly LeadWord[],
  dropped: ReadonlyArray<[number, number]>,
  sources: LeadSources,
  neutral: ReadonlyArray<[number, number]> = [],
): string | undefined {
  const starts = (ranges: ReadonlyArray<[number, number]>) => {
    const set = new Set<number>();
    for (const [start, end] of ranges) for (let i = start; i < end; i++) set.add(tokens[i]!.start);
    return set;
  };
  const gone = starts(dropped);
  const plain = starts(neutral);
  const kept = tokens.filter((token) => !gone.has(token.start));
  const meaningful = kept.some(
    (token) =>
      !plain.has(token.start) &&
      token.word.length > 1 &&
      !/^\d+$/.test(token.word) &&
      !sources.stopWords.has(token.word) &&
      !sources.phrases.talk.has(token.word),
  );
  if (!meaningful) return undefined;
  const seen = new Set<number>();
  // Neighbours keep what stood between them ("in 3–4 sentences" stays an instruction, not "3 4 sentences"), and the
  // marks about the words dropped: "tarea pa mañana: comparen la postura …" keeps the colon ending its label.
  let words = '';
  let end = -1;
  for (const token of kept) {
    if (seen.has(token.start)) continue;
    seen.add(token.start);
    const between = end < 0 ? '' : text.slice(end, token.start);
    words += end < 0 ? '' : /^[^\p{L}\p{N}]*$/u.test(between) ? between : marksOf(between);
    words += text.slice(token.start, token.end);
    end = token.end;
  }
  // The rest of a Spanish question is searched as Spanish, though its "¿" and accents went with the lead's words
  // ("¿Jorge Glas sigue preso hoy?" → "Jorge Glas sigue preso").
  return isSpanish(text) && !isSpanish(words) ? `¿${words}?` : words;
}

/**
 * The rest of a question asked about a time after the sources, with the question marks its words lost: they tell a
 * yes-or-no question, whether what it asks befell someone ("¿Al final Chávez logró salir del Perú?").
 */
function asAsked(rest: string | undefined, text: string): string | undefined {
  if (rest === undefined) return undefined;
  if (text.includes('¿') && !rest.includes('¿')) return `¿${rest}?`;
  return text.includes('?') && !rest.includes('?') ? `${rest}?` : rest;
}

/** A colon or a dash between words: what follows may be the question, what comes before its preface. */
const PREFACE_END = /:\s|\s[-\u2013\u2014]\s/g;

/**
 * Where the question proper starts when the words before it are a preface: after the last ":" or dash, a question
 * that opens with an [asks] word ("¿" allowed), names what it asks about (a word that is no stop word or [talk]
 * word) and does not point back at the preface ([refers back]: "Peru's position: what is it based on?").
 */
function questionAfterPreface(text: string, sources: LeadSources): number | undefined {
  const ends = [...text.matchAll(PREFACE_END)];
  const last = ends.at(-1);
  if (!last) return undefined;
  const at = last.index + last[0].length;
  const words = leadWords(text.slice(at)).map((token) => token.word);
  const pointsBack = words.some((word) => sources.phrases.refersBack.has(word));
  return asksOfSomething(words, sources) && !pointsBack ? at : undefined;
}

/**
 * Whether words are a question of their own: they open with an [asks] word ("¿" allowed) and name what they ask
 * about (a word that is no stop word or [talk] word).
 */
function asksOfSomething(words: readonly string[], sources: LeadSources): boolean {
  const { phrases, stopWords } = sources;
  const question = new QuestionWords(words, readerFor(sources));
  const opens = phrases.asks.some((phrase) => matchEnds(question, phrase, 0).length > 0);
  return opens && words.some((word) => word.length > 1 && !stopWords.has(word) && !phrases.talk.has(word));
}

/**
 * Where a statement after the question proper starts ("¿cómo se llama el canciller de Perú? lo van a preguntar en el
 * quiz"): after the first question mark followed by more words, when what comes before it opens with an [asks] word
 * and names what it asks about.
 */
function statementAfterQuestion(text: string, sources: LeadSources): number | undefined {
  const mark = /\?+\s+(?=[\p{L}\p{N}¿])/u.exec(text);
  if (!mark) return undefined;
  const words = leadWords(text.slice(0, mark.index)).map((token) => token.word);
  return asksOfSomething(words, sources) ? mark.index + mark[0].length : undefined;
}

/** Words joining a second question to a first ("… ?? and what happened to Boluarte"). */
const JOINING = new Set(['and', 'but', 'or', 'also', 'plus', 'y', 'e', 'pero', 'o', 'u', 'tambien']);

/** A sentence marked as asked, opened by "¿" or closed by "?": "¿Lo llegaron a condenar?" asks with no [asks] word. */
const MARKED_QUESTION = /^\s*¿|\?\s*$/u;

/**
 * Whether words after a question ask another: they are marked as asked, or an [asks] word opens them, or follows a
 * joining word.
 */
function asksAgain(text: string, sources: LeadSources): boolean {
  if (MARKED_QUESTION.test(text)) return true;
  const words = leadWords(text).map((token) => token.word);
  const question = new QuestionWords(words, readerFor(sources));
  const at = JOINING.has(words[0] ?? '') ? 1 : 0;
  return sources.phrases.asks.some((phrase) => matchEnds(question, phrase, at).length > 0);
}

/**
 * Whether a preface is a statement, not a request: it has a verb ("this is gonna be on the quiz", "my teacher said
 * …") that does not ask the bot ("can you give me a summary"), unlike "quiz me" or "Peru's position".
 */
function isStatement(text: string, phrases: LeadPhrases): boolean {
  const tokens = leadWords(text);
  return tokens.some(
    (token, i) =>
      tenseOf(token, text, phrases) !== undefined &&
      !phrases.addressee.has(tokens[i + 1]?.word ?? '') &&
      !phrases.addressee.has(tokens[i - 1]?.word ?? ''),
  );
}

/**
 * What `question` asks for, or undefined for a question to search as before. After a statement before the
 * question proper, only the question asks: "this is gonna be on the quiz tmrw: when did Castillo try to dissolve
 * Congress?" is searched as before, "the vocab test is tomorrow - what is the Caracas Convention?" gets the
 * definition.
 */
export function readLead(question: string, sources: LeadSources): LeadIntent | undefined {
  // A guess after the question is for checking, and asks for no lead: in "mexico president name?? its sheinbaum
  // right", "right" confirms a name, it does not ask who is right. (A lead the question asks for stands, searched
  // with the guess: "quién es el presi ahora, no era la boluarte?".)
  const unguessed = sources.withoutGuess?.(question);
  if (unguessed !== undefined && readLead(unguessed, sources) === undefined) return undefined;
  const lead = readWhole(question, sources);
  if (!lead) return undefined;
  const { text } = readingOf(question, sources);
  // So is a question followed by a statement: "¿cómo se llama el canciller? lo van a preguntar en el quiz" asks what
  // comes before it.
  const end = statementAfterQuestion(text, sources);
  if (end !== undefined && !asksAgain(text.slice(end), sources) && isStatement(text.slice(end), sources.phrases)) {
    const asked = readWhole(text.slice(0, end), sources);
    if (asked) return asked;
    const fromAfterword = readWhole(text.slice(end), sources);
    if (fromAfterword?.kind === lead.kind && fromAfterword.id === lead.id) return undefined;
  }
  const at = questionAfterPreface(text, sources);
  if (at === undefined || !isStatement(text.slice(0, at), sources.phrases)) return lead;
  const asked = readWhole(text.slice(at), sources);
  if (asked) return asked;
  // A lead the whole question asks for across the two parts ("Pacific Alliance: what does it mean?") stands.
  const fromPreface = readWhole(text.slice(0, at), sources);
  return fromPreface?.kind === lead.kind && fromPreface.id === lead.id ? undefined : lead;
}

/**
 * The lists whose phrases decide a lead in readWhole: each lead asks for one of their phrases to occur (or for a
 * date, or a glossary name with its pattern). The other lists only qualify what these find.
 */
const deciding = (phrases: LeadPhrases): ReadonlyArray<readonly Phrase[]> => [
  phrases.vocabulary,
  phrases.quiz,
  phrases.discuss,
  phrases.after,
  phrases.coverageNow,
  phrases.coverage,
  phrases.compare,
  phrases.compareVerb,
  phrases.position,
  phrases.judge,
  phrases.summary,
];

/**
 * Whether a question may ask for a lead: every word of some deciding phrase (see {@link deciding}) matches a word
 * of it, or of a glossary name and a pattern asking what it means, or it names a date. A phrase occurs only where all
 * its words match (see occurrences); most questions hold no deciding phrase so, and reading them to the end (some
 * thirty lists, their clauses and parties) would find nothing.
 */
function mayAskForLead(words: QuestionWords, { phrases, terms }: LeadSources): boolean {
  const held = (phrase: Phrase) => phrase.every((word) => words.has(word));
  const mayHold = (list: readonly Phrase[]) => words.candidates(list).some((i) => held(list[i]!));
  const asksMeaning = ({ before, after }: GlossaryPattern) =>
    before.length + after.length > 0 && held(before) && held(after);
  return (
    deciding(phrases).some(mayHold) ||
    (mayHold(glossaryNames(terms).names) &&
      (phrases.glossary.some(asksMeaning) || phrases.glossaryAlone.some(asksMeaning))) ||
    dates(words.list).length > 0
  );
}

/** What `question` asks for, read from all its words. */
function readWhole(question: string, sources: LeadSources): LeadIntent | undefined {
  const { text, tokens, words } = readingOf(question, sources);
  if (tokens.length === 0 || !mayAskForLead(words, sources)) return undefined;
  const { phrases } = sources;
  const left = (dropped: ReadonlyArray<[number, number]>, neutral: ReadonlyArray<[number, number]> = []) =>
    remainder(text, tokens, dropped, sources, neutral);

  const defined =
    definedTerm(words, sources, phrases.glossary) ??
    definedTerm(words, sources, phrases.glossaryAlone, (range) => left([range]) === undefined);
  if (defined) return { kind: 'glossary', id: defined.term.id, search: question };
  const vocabulary = allOccurrences(words, phrases.vocabulary);
  if (vocabulary.length > 0) return { kind: 'glossary', search: left(vocabulary) };
  if (allOccurrences(words, phrases.quiz).length > 0) return { kind: 'quiz' };
  const discuss = allOccurrences(words, phrases.discuss);
  if (discuss.length > 0) return { kind: 'discuss', search: left(discuss) };
  // The clauses are read only when a phrase that needs them occurs: most questions have none.
  let clauseList: readonly number[] | undefined;
  const clauses = () => (clauseList ??= clauseNumbers(text, tokens, phrases));
  const inClause = (clause: number, ranges: ReadonlyArray<[number, number]>) =>
    ranges.filter(([start]) => clauses()[start] === clause);
  // A clause's tense is that of its first tense word: "what did de Zela announce today" is in the past.
  const firstTense = (clause: number) =>
    tokens.findIndex((token, i) => clauses()[i] === clause && tenseOf(token, text, phrases) !== undefined);
  const clauseTense = (clause: number) => {
    const at = firstTense(clause);
    return at < 0 ? undefined : tenseOf(tokens[at]!, text, phrases);
  };
  // Passages for the question without its later date ("what happened after 4 November" has nothing left); the
  // other words of time ("now", "next") stay, as they shape what the question asks.
  const later = [
    ...laterDates(words, phrases, sources.newest),
    ...followedBy(afterWithoutDate(words, phrases), allOccurrences(words, phrases.source)),
  ];
  // Whether word `at` opens its clause, but for a joining word before it ("¿Y qué sigue?").
  const joins = singleWords(phrases.join);
  const opensClause = (at: number) =>
    at === 0 ||
    clauses()[at - 1] !== clauses()[at] ||
    joins.has(words.list[at - 1]!) ||
    phrases.clause.has(words.list[at - 1]!);
  const which = allOccurrences(words, phrases.which);
  const follows = allOccurrences(words, phrases.follows);
  // "now", "still", "sigue" of the present: not quoted from the source, not of a clause in the past ("what did de
  // Zela announce today"), nor taking for granted what "which …" picks out, nor "el párrafo que sigue" (but "¿qué
  // sigue?", opening its clause).
  // "según el artículo, ¿siguen las relaciones consulares?" asks what the source reports, at its own time.
  const asReported = allOccurrences(words, phrases.asReported).length > 0;
  const now = asReported ? [] : allOccurrences(words, phrases.coverageNow);
  const quoted = now.length > 0 ? quotedWords(text, tokens) : [];
  const present = now.filter(
    ([start, end]) =>
      !quoted[start] &&
      clauseTense(clauses()[start]!) !== 'past' &&
      !inClause(clauses()[start]!, which).some(([at]) => at < start) &&
      !follows.some(([from, to]) => from <= start && end <= to && !opensClause(from)),
  );
  if (later.length > 0 || present.length > 0 || allOccurrences(words, phrases.coverage).length > 0)
    return { kind: 'coverage', search: asAsked(left(later), text) };

  const parties = partyMentions(words, phrases);
  const partyWords = parties.map(({ start, end }): [number, number] => [start, end]);
  // "position" of a person with an office word in its clause is a job ("what position did Chávez hold").
  // "which side did the armed forces take": a side someone took, a fact, unless the bot or a verdict is asked.
  const sideTaken = allOccurrences(words, phrases.sideTaken);
  const judgeWords = allOccurrences(words, phrases.judge);
  const sideTakenAt = ([start, end]: [number, number]) => {
    const clause = clauses()[start]!;
    const side = words.list.findIndex((word, i) => i >= start && i < end && phrases.side.has(word));
    if (side < 0) return false;
    // "which side of the political spectrum is Castillo on": where someone stands on something named.
    const sideOf = phrases.sideWhich.has(words.list[side - 1] ?? '') && phrases.of.has(words.list[side + 1] ?? '');
    const taken =
      sideOf || inClause(clause, sideTaken).some(([at, to]) => at >= end || (to <= start && start - to <= NEAR_GAP));
    const addressed = words.list.some((word, i) => clauses()[i] === clause && phrases.addressee.has(word));
    return taken && !addressed && inClause(clause, judgeWords).length === 0;
  };
  // "position" of a person with an office word in its clause is a job ("what position did Chávez hold").
  const persons = allOccurrences(words, phrases.person);
  const offices = allOccurrences(words, phrases.office);
  const isPerson = (mention: PartyMention | undefined) =>
    mention !== undefined && persons.some(([start, end]) => start < mention.end && mention.start < end);
  // Not with what the position is on after it ("¿qué posición tenía Chávez sobre el asilo?").
  const stanceOnAfter = ([, end]: [number, number]) =>
    words.list.some((word, i) => i >= end && clauses()[i] === clauses()[end - 1] && phrases.stanceOn.has(word));
  const officeAt = (cue: [number, number]) =>
    words.list.slice(cue[0], cue[1]).some((word) => phrases.post.has(word)) &&
    inClause(clauses()[cue[0]]!, offices).length > 0 &&
    !stanceOnAfter(cue) &&
    isPerson(partyAsked(parties, [cue]));
  // A position word of someone else ("prosecutors arguing"), or one a number question asks a figure of ("how many
  // years are … arguing for"; not "how many arguments", what it counts), asks a fact.
  const actors = allOccurrences(words, phrases.actor);
  const counts = allOccurrences(words, phrases.count);
  const countedAt = ([start]: [number, number]) =>
    inClause(clauses()[start]!, counts).some(([, end]) => end <= start && start - end > 1);
  // "stand trial", "sale en todos lados": a position word in another sense.
  const idioms = allOccurrences(words, phrases.notPosition);
  const idiomAt = ([start, end]: [number, number]) => idioms.some(([from, to]) => from <= start && end <= to);
  const cues = allOccurrences(words, phrases.position).filter(
    (cue) =>
      !idiomAt(cue) &&
      !officeAt(cue) &&
      !sideTakenAt(cue) &&
      !countedAt(cue) &&
      !actorOwns(words.list, cue, parties, actors, phrases.of),
  );
  const compare = allOccurrences(words, phrases.compare).filter((phrase) => !sideTakenAt(phrase));
  // A verdict asked of a party or both ("was Mexico right?", "is Mexico right or is Peru right?"): the bot does
  // not judge, it shows both sides.
  const pair = allOccurrences(words, phrases.pair);
  // A verdict word that is its clause's verb ("how Mexico justified granting asylum") judges nothing.
  // Nor does one followed by a word of time or place ("what did Peru do right after …").
  const verdicts = allOccurrences(words, phrases.judge).filter(
    ([start, end]) => firstTense(clauses()[start]!) !== start && !phrases.notVerdict.has(words.list[end] ?? ''),
  );
  const verdictAsked = judged(words, [...partyWords, ...pair], verdicts);
  const pairAsked = followedBy(pair, cues).length > 0 || followedBy(cues, pair).length > 0;
  // Two parties each with a position word of their own: "Mexico's argument vs Peru's argument".
  const ownCues = new Set(parties.filter((p) => followedBy([[p.start, p.end]], cues).length > 0).map((p) => p.id));
  const bothAsked = cues.length > 0 && (pairAsked || ownCues.size > 1 || joinedParties(words, parties, phrases));
  // "compare" asks for both sides when it names them, not when it compares something else.
  const bothNamed = new Set(parties.map(({ id }) => id)).size > 1 || pair.length > 0 || cues.length > 0;
  if (bothNamed) compare.push(...allOccurrences(words, phrases.compareVerb));
  if (compare.length > 0 || bothAsked || verdictAsked) {
    const joins = allOccurrences(words, phrases.join);
    const asked = [...compare, ...cues, ...partyWords, ...joins, ...pair, ...(verdictAsked ? verdicts : [])];
    const named = [...parties].sort((a, b) => a.start - b.start).map(({ id }) => id);
    return {
      kind: 'compare',
      search: left(asked),
      sides: left([...compare, ...joins, ...pair, ...(verdictAsked ? verdicts : [])]),
      parties: [...new Set(named)],
    };
  }
  const summary = allOccurrences(words, phrases.summary);
  // "the OAS position on the Peru–Mexico break": a party after "on" is what the position is on, not whose it is.
  // "how does the ex-PM justify running to Mexico": a party after "to" is where it is toward, not whose it is.
  const onTopic = (from: number, to: number) =>
    words.list.slice(from, to).some((word) => phrases.stanceOn.has(word) || phrases.stanceToward.has(word));
  // "¿Qué llevó al gobierno peruano a romper con México y cómo lo justificó?": a party right after "con", "a", "to"
  // before the position word is what an act is toward, not who justifies it, even a sentence before ("México le dio
  // asilo a Chávez. Resume su postura.": Mexico's); unless it owns the word ("the answer to Mexico's argument").
  const objectBefore = ({ start, end }: PartyMention, cue: number) =>
    phrases.stanceToward.has(words.list[start - 1] ?? '') &&
    cue !== end &&
    !(cue === end + 1 && words.list[end] === POSSESSIVE);
  const party =
    cues.length > 0
      ? (
          replyingParty(parties, allOccurrences(words, phrases.reply), cues, clauses()) ??
          partyAsked(parties, cues, clauses(), onTopic, objectBefore)
        )?.id
      : undefined;
  // Passages for what the question asks about the party ("how does Mexico defend the asylum"), not for its name.
  if (party) {
    const search = left([...cues, ...summary], partyWords);
    return summaryWordIn(words.list, phrases, isSpanish(question))
      ? { kind: 'position', id: party, search, summarised: true, topic: left([...cues, ...summary, ...partyWords]) }
      : { kind: 'position', id: party, search };
  }
  // "The main idea of paragraph 11" asks about that paragraph, not for the article's summary.
  if (summary.length > 0 && !namesParagraphNumber(question)) return { kind: 'summary', search: left(summary) };
  return undefined;
}
