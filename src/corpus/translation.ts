/**
 * Translations of corpus articles, kept as corpus files beside the article they translate:
 *
 * ```
 * ---
 * translation_of: peru-mexico-rupture-2025    (the article's id)
 * language: es
 * title: …                                   (the article's title in that language)
 * translator: traducción del equipo del proyecto
 * quote_note: (traducción)                   (written after every translated quotation)
 * ---
 * ¶1 in that language.
 *
 * ¶2 …
 * ```
 *
 * A translation is checked against its article when the corpus loads ({@link checkTranslation}): the same
 * paragraphs with the same sentences, every number and name of ¶N in ¶N, each quotation translated inside
 * quotation marks and marked, nothing added. People read these paragraphs as the article: a slip must stop start-up
 * with a line naming the file and the paragraph, not reach a classroom.
 */
import { splitMapping } from './aliases.js';
import { parseCorpusText, type Article, type Paragraph } from './article.js';
import { CorpusError } from './errors.js';
import { wordTokens } from '../text/analyzer.js';
import { textLines } from '../text/one-byte.js';
import { sentenceSpans } from '../text/sentences.js';

export interface ArticleTranslation {
  /** Id of the article translated (`translation_of:`). */
  articleId: string;
  /** BCP 47 language tag of the translation, e.g. "es". */
  language: string;
  /** The article's title in that language. */
  title: string;
  /** Who translated it, as readers are told ("traducción del equipo del proyecto"). */
  translator: string;
  /**
   * Written right after every translated quotation ("(traducción)"): the words in quotation marks are our
   * rendering of what the article prints, not what the speaker said.
   */
  quoteNote: string;
  /** Paragraph N translates the article's paragraph N. */
  paragraphs: Paragraph[];
  /** Where the translation was loaded from, for error messages. */
  file: string;
}

/** How a glossary says the articles' terms are written in one translation language. */
export interface GlossaryEntry {
  /** The article's words ("Pacific Alliance"); a capital letter in them must match, lower case matches any case. */
  terms: string[];
  /** Ways the translation may write them ("Alianza del Pacífico"); one must appear where a term does. */
  renderings: string[];
  line: number;
}

export interface Glossary {
  language: string;
  entries: GlossaryEntry[];
  file: string;
}

const TRANSLATION_FIELDS = ['translation_of', 'language', 'title', 'translator', 'quote_note'] as const;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The glossary of a translation language, relative to the corpus folder. */
export function glossaryFile(language: string): string {
  return `language/translation-glossary-${language}.txt`;
}

/** True when a corpus .md file is a translation (its front matter has `translation_of:`), not an article. */
export function isTranslationSource(source: string): boolean {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return false;
  const close = lines.indexOf('---', 1);
  return lines.slice(1, close < 0 ? undefined : close).some((line) => /^\s*translation_of:/.test(line));
}

/** Parses a translation file; throws {@link CorpusError} naming `file` and the problem. */
export function parseTranslation(source: string, file: string): ArticleTranslation {
  const { fields, paragraphs } = parseCorpusText(source, file, TRANSLATION_FIELDS, TRANSLATION_FIELDS);
  const language = fields.get('language')!;
  if (!LANGUAGE_PATTERN.test(language))
    throw new CorpusError(file, `language "${language}" must be a language tag such as es or pt-BR`);
  if (paragraphs.length === 0)
    throw new CorpusError(file, 'has no paragraphs: add the translated paragraphs below the front matter');
  return {
    articleId: fields.get('translation_of')!,
    language,
    title: fields.get('title')!,
    translator: fields.get('translator')!,
    quoteNote: fields.get('quote_note')!,
    paragraphs,
    file,
  };
}

/** Parses a glossary: "English words | … => rendering | …" a line, "#" starts a comment. */
export function parseGlossary(source: string, file: string, language: string): Glossary {
  const entries: GlossaryEntry[] = [];
  textLines(source).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const mapping = splitMapping(line);
    if (!mapping) throw new CorpusError(file, `line ${index + 1}: write "English words => rendering | rendering"`);
    entries.push({ terms: mapping.from, renderings: mapping.to, line: index + 1 });
  });
  return { language, entries, file };
}

/** The article's translation into `language`, if it has one. */
export function translationOf(article: Article, language: string): ArticleTranslation | undefined {
  return article.translations.find((translation) => translation.language === language);
}

// ---- Checking a translation against its article ----------------------------------------------------------------

/** Curly quotes as straight ones, one character for one so offsets stay put. */
function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D\u00AB\u00BB]/g, '"');
}

/** The digit runs of a text ("November 4, 2025" → 4, 2025), counted. */
function numberCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [number] of text.matchAll(/\d+/g)) counts.set(number, (counts.get(number) ?? 0) + 1);
  return counts;
}

/** The stretches of a text inside double quotation marks, with where each ends. */
function quotations(text: string): Array<{ inner: string; end: number }> {
  return [...straightQuotes(text).matchAll(/"([^"]*)"/g)].map((match) => ({
    inner: match[1]!,
    end: match.index + match[0].length,
  }));
}

/** The end of the gap before a word that opens a quotation or a parenthesis: `: “`, ` "`, `(`. */
const OPENING_MARK = /(?:^|[\s(\u2014:])["\u201C\u00AB]\s*$|\(\s*$/;
const CAPITAL = /^\p{Lu}/u;
const HAS_CAPITAL = /\p{Lu}/u;

interface WordPart {
  word: string;
  /** Opens a sentence or a quotation, where any word has a capital. */
  opening: boolean;
}

/**
 * The words of a text, each part of a hyphenated or elided word on its own ("then-President", "d'état"), possessive
 * "’s" removed, marked when they open a sentence or a quotation. Terms and names are compared on these, word by word
 * rather than with a Unicode pattern per term, which is slow to compile at start-up.
 */
function wordParts(text: string): WordPart[] {
  const plain = straightQuotes(text);
  const starts = sentenceSpans(plain).map((span) => span.start);
  const parts: WordPart[] = [];
  let previousEnd = 0;
  let nextStart = 0;
  for (const token of wordTokens(plain)) {
    // The first word at or after a sentence's start opens it.
    let opensSentence = false;
    while (nextStart < starts.length && starts[nextStart]! <= token.start) {
      opensSentence = true;
      nextStart++;
    }
    const opening = opensSentence || OPENING_MARK.test(plain.slice(previousEnd, token.start));
    previousEnd = token.end;
    token.raw
      .replace(/'s$/, '')
      .split(/[-\u2010\u2011']/)
      .filter((word) => word !== '')
      .forEach((word, i) => parts.push({ word, opening: opening && i === 0 }));
  }
  return parts;
}

/** Index of the first place `sequence` occurs in `words` with none of its words `taken`, or -1. */
function findSequence(words: readonly string[], sequence: readonly string[], taken?: readonly boolean[]): number {
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (words[i + j] !== sequence[j] || taken?.[i + j]) continue outer;
    return i;
  }
  return -1;
}

/** Words capitalised somewhere in the article where no sentence or quotation opens: its names. */
function articleNames(article: Article): Set<string> {
  return new Set(
    article.paragraphs.flatMap((p) =>
      wordParts(p.text)
        .filter((w) => !w.opening && CAPITAL.test(w.word))
        .map((w) => w.word),
    ),
  );
}

const hasLetter = (text: string) => /\p{L}/u.test(text);

/**
 * Checks a translation against its article; throws {@link CorpusError} naming the translation file and the first
 * paragraph that does not hold, with what to fix.
 */
export function checkTranslation(article: Article, translation: ArticleTranslation, glossary: Glossary): void {
  const fail = (problem: string): never => {
    throw new CorpusError(translation.file, problem);
  };
  if (translation.language === article.language)
    fail(`language "${translation.language}" is the language of ${article.file} itself`);
  const want = article.paragraphs.length;
  const have = translation.paragraphs.length;
  if (have < want)
    fail(
      `has ${have} paragraphs but ${article.file} has ${want}: ¶${have + 1} is missing (one translated paragraph for each, separated by blank lines)`,
    );
  if (have > want)
    fail(
      `has ${have} paragraphs but ${article.file} has ${want}: ¶${want + 1} translates nothing (one translated paragraph for each, separated by blank lines)`,
    );
  const rules: ParagraphRules = {
    quoteNote: translation.quoteNote,
    articleNames: articleNames(article),
    // Longest first: "Vice President" before "President", "Caracas Convention on…" before "Caracas Convention".
    terms: glossary.entries
      .flatMap((entry) =>
        entry.terms.map((term) => {
          const matchCase = HAS_CAPITAL.test(term);
          const words = wordParts(term).map((w) => (matchCase ? w.word : w.word.toLowerCase()));
          const renderingParts = entry.renderings.map((r) => wordParts(r).map((w) => w.word));
          const renderings = renderingParts.map((r) => r.map((word) => word.toLowerCase()));
          return { term, entry, words, matchCase, renderings, renderingWords: renderingParts.flat() };
        }),
      )
      .sort((a, b) => b.term.length - a.term.length),
    glossaryFile: glossary.file,
  };
  article.paragraphs.forEach((original, i) => {
    const problem = paragraphProblem(`¶${original.number}`, original.text, translation.paragraphs[i]!.text, rules);
    if (problem) fail(problem);
  });
}

/** What every paragraph of one translation is checked with. */
interface ParagraphRules {
  quoteNote: string;
  /** The article's names (see {@link articleNames}). */
  articleNames: ReadonlySet<string>;
  /** Glossary terms, longest first, as words: with their case when written with a capital, else lower case. */
  terms: ReadonlyArray<{
    term: string;
    entry: GlossaryEntry;
    words: string[];
    matchCase: boolean;
    /** Each rendering's words, lower case. */
    renderings: string[][];
    /** Every word of the renderings, as written: capitalised ones may appear in the translation. */
    renderingWords: string[];
  }>;
  glossaryFile: string;
}

/** What is wrong with translated paragraph `at` ("¶4 lacks the number 2025 …"); undefined when it holds. */
function paragraphProblem(at: string, original: string, translated: string, rules: ParagraphRules): string | undefined {
  if (!hasLetter(translated)) return `${at} has no words: translate the article’s ${at}`;
  if (translated.replace(/\s+/g, ' ') === original.replace(/\s+/g, ' '))
    return `${at} is the article’s own text: translate it`;

  const sentencesWanted = sentenceSpans(original).length;
  const sentencesHad = sentenceSpans(translated).length;
  if (sentencesHad !== sentencesWanted) {
    return `${at} has ${sentencesHad} sentences but the article’s ${at} has ${sentencesWanted}: translate each sentence as one sentence, in the same order`;
  }

  const wanted = numberCounts(original);
  const had = numberCounts(translated);
  for (const [number, count] of wanted) {
    if ((had.get(number) ?? 0) < count)
      return `${at} lacks the number ${number} (${count}× in the article’s ${at}): copy every number and date`;
  }
  for (const [number, count] of had) {
    if ((wanted.get(number) ?? 0) < count)
      return `${at} has the number ${number} ${count}× but the article’s ${at} has it ${wanted.get(number) ?? 0}×: add no number`;
  }

  const quotedOriginal = quotations(original);
  const quotedTranslation = quotations(translated);
  if (quotedTranslation.length !== quotedOriginal.length) {
    return `${at} has ${quotedTranslation.length} quotations but the article’s ${at} has ${quotedOriginal.length}: translate each quotation inside “…”`;
  }
  for (const quotation of quotedTranslation) {
    if (!translated.slice(quotation.end).trimStart().startsWith(rules.quoteNote)) {
      return `${at}: the quotation “${quotation.inner.slice(0, 40)}…” is not followed by ${rules.quoteNote}; mark every translated quotation`;
    }
  }

  // Glossary terms first (their words taken, so they are not read again as names), then the names.
  const originalParts = wordParts(original);
  const translatedParts = wordParts(translated);
  const originalWords = originalParts.map((w) => w.word);
  const originalLower = originalWords.map((word) => word.toLowerCase());
  const translatedLower = translatedParts.map((w) => w.word.toLowerCase());
  const taken = originalParts.map(() => false);
  const renderingWords = new Set<string>();
  for (const term of rules.terms) {
    const haystack = term.matchCase ? originalWords : originalLower;
    let found = findSequence(haystack, term.words, taken);
    if (found < 0) continue;
    for (; found >= 0; found = findSequence(haystack, term.words, taken)) {
      for (let j = 0; j < term.words.length; j++) taken[found + j] = true;
    }
    if (!term.renderings.some((rendering) => findSequence(translatedLower, rendering) >= 0)) {
      return `${at}: the article’s ${at} says "${term.term}"; write it as ${term.entry.renderings.map((r) => `"${r}"`).join(' or ')} (${rules.glossaryFile}, line ${term.entry.line})`;
    }
    for (const word of term.renderingWords) renderingWords.add(word);
  }
  const translatedWords = new Set(translatedParts.map((w) => w.word));
  for (const [i, { word, opening }] of originalParts.entries()) {
    if (taken[i] || !CAPITAL.test(word) || (opening && !rules.articleNames.has(word))) continue;
    if (!translatedWords.has(word)) {
      return `${at} lacks the name "${word}" of the article’s ${at}: keep names as the article spells them, or give the word a rendering in ${rules.glossaryFile}`;
    }
  }
  const allowed = new Set([...originalWords.filter((word) => CAPITAL.test(word)), ...renderingWords]);
  for (const { word, opening } of translatedParts) {
    if (!opening && CAPITAL.test(word) && !allowed.has(word)) {
      return `${at} has the name "${word}", which the article’s ${at} does not: add nothing (or give the article’s word this rendering in ${rules.glossaryFile})`;
    }
  }
  return undefined;
}
