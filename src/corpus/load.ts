/**
 * Loads the corpus folder: every article in articles/, the alias list and the stop-word lists.
 * Any problem becomes a {@link CorpusError} naming the file, so start-up can print one line and exit 1.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sharedAnalyzer } from '../text/analyzer.js';
import { checkAliases, parseAliases, type AliasEntry } from './aliases.js';
import { parseArticle, type Article } from './article.js';
import { wasChecked } from './checked.js';
import { CorpusError } from './errors.js';
import {
  checkTranslation,
  glossaryFile,
  isTranslationSource,
  parseGlossary,
  parseTranslation,
  translationOf,
  type ArticleTranslation,
  type Glossary,
} from './translation.js';
import { wordTokens } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';
import { textLines } from '../text/one-byte.js';

export interface Corpus {
  /** Absolute path of the corpus folder. */
  dir: string;
  /** Articles sorted by id, so citations and ties are stable whatever order the file system lists them. */
  articles: Article[];
  aliases: AliasEntry[];
  /** The alias file's path as shown in error messages. */
  aliasesFile: string;
  /** Folded stop words of every language the bot reads. */
  stopWords: Set<string>;
  /** Folded Spanish grammar words set aside when Spanish questions are matched against Spanish translations. */
  spanishTextStopWords: Set<string>;
  /** Irregular English forms to their base form ("took" → "take"). */
  wordForms: Map<string, string>;
  /** Common English words that count for less in a question. */
  lightWords: Set<string>;
  /** Folded Spanish words of talk no regular cognate reaches, to the English words they stand for ("prueba"). */
  spanishTalkWords: Map<string, string[]>;
  /** Phrases that say how a question is asked, not what it asks ("right now", "tell me"), as folded words. */
  fillerPhrases: string[][];
  /** Phrases pointing at the end or the start of an article ("the conclusion", "first paragraph"), folded. */
  textPlaces: TextPlaces;
  /** Capitals that stand for their country's government ("Lima decided …"). */
  capitals: Capital[];
  /** Example questions by language (examples.txt). */
  examples: Record<'en' | 'es', string[]>;
}

export const ARTICLES_DIR = 'articles';
export const ALIASES_FILE = 'aliases.txt';
export const EXAMPLES_FILE = 'examples.txt';
export const STOP_WORD_FILES = ['language/stopwords-en.txt', 'language/stopwords-es.txt'];
export const SPANISH_TEXT_STOP_WORDS_FILE = 'language/stopwords-es-text.txt';
export const WORD_FORMS_FILE = 'language/word-forms-en.txt';
export const LIGHT_WORDS_FILE = 'language/light-words-en.txt';
export const SPANISH_TALK_WORDS_FILE = 'language/talk-words-es.txt';
export const FILLER_PHRASES_FILE = 'language/filler-phrases.txt';
export const TEXT_PLACES_FILE = 'language/text-places.txt';
export const CAPITALS_FILE = 'language/capitals.txt';

/** A country and the names of its capital, which news writing uses for its government. */
export interface Capital {
  country: string;
  names: string[];
}

/** The parts of an article a question can point at. */
export const TEXT_PLACES = ['start', 'end'] as const;
export type TextPlace = (typeof TEXT_PLACES)[number];
/** Phrases pointing at each part, as folded words. */
export type TextPlaces = Record<TextPlace, string[][]>;

/** Reads a UTF-8 file of the corpus, turning file-system errors into a one-line {@link CorpusError}. */
export function readCorpusFile(dir: string, name: string): string {
  const path = join(dir, name);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const hint =
      code === 'ENOENT'
        ? isLink(path)
          ? 'is a link to a file that does not exist; replace it with the file itself'
          : 'file is missing; restore it from git'
        : code === 'EISDIR'
          ? 'is a folder, not a file; put the text in a file of that name'
          : `cannot be read (${code}); check its permissions`;
    throw new CorpusError(displayPath(dir, name), hint);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function displayPath(dir: string, name: string): string {
  const path = join(dir, name);
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * The articles of articles/, sorted by id, each with its translations (files beside it whose front matter says
 * `translation_of:`), every translation checked against its article and the glossary of its language (unless
 * `check` is false: the build checked them, see checked.ts).
 */
export function loadArticles(dir: string, check = true): Article[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, ARTICLES_DIR))
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch {
    throw new CorpusError(
      displayPath(dir, ARTICLES_DIR),
      'folder is missing or unreadable; it must hold the article .md files',
    );
  }
  const byId = new Map<string, Article>();
  const translations: ArticleTranslation[] = [];
  for (const name of names) {
    const file = displayPath(dir, join(ARTICLES_DIR, name));
    const source = readCorpusFile(dir, join(ARTICLES_DIR, name));
    if (isTranslationSource(source)) {
      translations.push(parseTranslation(source, file));
      continue;
    }
    const article = parseArticle(source, file);
    const other = byId.get(article.id);
    if (other)
      throw new CorpusError(file, `id "${article.id}" is already used by ${other.file}; give each article its own id`);
    byId.set(article.id, article);
  }
  if (byId.size === 0) throw new CorpusError(displayPath(dir, ARTICLES_DIR), 'holds no article (.md file)');
  const glossaries = new Map<string, Glossary>();
  for (const translation of translations) {
    const article = byId.get(translation.articleId);
    if (!article) {
      throw new CorpusError(
        translation.file,
        `translation_of "${translation.articleId}" is no article's id (ids: ${[...byId.keys()].join(', ')})`,
      );
    }
    const twin = translationOf(article, translation.language);
    if (twin)
      throw new CorpusError(
        translation.file,
        `${twin.file} already translates ${article.file} into "${translation.language}"; keep one`,
      );
    let glossary = glossaries.get(translation.language);
    if (!glossary) {
      const name = glossaryFile(translation.language);
      glossary = parseGlossary(readCorpusFile(dir, name), displayPath(dir, name), translation.language);
      glossaries.set(translation.language, glossary);
    }
    if (check) checkTranslation(article, translation, glossary);
    article.translations.push(translation);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The words of word-list files: white-space separated, "#" starts a comment. */
export function loadWordList(dir: string, names: string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    for (const line of textLines(readCorpusFile(dir, name))) {
      for (const word of line.replace(/#.*$/, '').split(/\s+/)) if (word) words.add(word);
    }
  }
  return words;
}

/** Lines "base: form form …" to a map from each form to its base. */
export function loadWordForms(dir: string): Map<string, string> {
  const forms = new Map<string, string>();
  textLines(readCorpusFile(dir, WORD_FORMS_FILE)).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const match = /^([a-z]+):\s*([a-z\s]+)$/.exec(line);
    if (!match) throw new CorpusError(displayPath(dir, WORD_FORMS_FILE), `line ${index + 1}: write "base: form form"`);
    for (const form of match[2]!.split(/\s+/)) if (form) forms.set(form, match[1]!);
  });
  return forms;
}

/** Lines "english: spanish spanish …" to a map from each folded Spanish word to the English words it stands for. */
export function loadSpanishTalkWords(dir: string): Map<string, string[]> {
  const words = new Map<string, string[]>();
  textLines(readCorpusFile(dir, SPANISH_TALK_WORDS_FILE)).forEach((raw, index) => {
    const line = foldText(raw.replace(/#.*$/, '')).trim();
    if (line === '') return;
    const match = /^([a-z]+):\s*([a-z\s]+)$/.exec(line);
    if (!match)
      throw new CorpusError(
        displayPath(dir, SPANISH_TALK_WORDS_FILE),
        `line ${index + 1}: write "english: spanish spanish"`,
      );
    for (const word of match[2]!.split(/\s+/)) if (word) words.set(word, [...(words.get(word) ?? []), match[1]!]);
  });
  return words;
}

/** One phrase a line, any language; folded and split into words. */
export function loadFillerPhrases(dir: string): string[][] {
  const phrases: string[][] = [];
  textLines(readCorpusFile(dir, FILLER_PHRASES_FILE)).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const words = wordTokens(foldText(line)).map((token) => token.raw);
    if (words.length === 0) {
      throw new CorpusError(
        displayPath(dir, FILLER_PHRASES_FILE),
        `line ${index + 1}: "${line}" has no words; write one phrase a line`,
      );
    }
    phrases.push(words);
  });
  return phrases;
}

/** Lines "end: phrase | phrase" and "start: …"; phrases folded and split into words. */
export function loadTextPlaces(dir: string): TextPlaces {
  const places: TextPlaces = { start: [], end: [] };
  textLines(readCorpusFile(dir, TEXT_PLACES_FILE)).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const match = /^(\w+):(.*)$/.exec(line);
    const place = TEXT_PLACES.find((name) => name === match?.[1]);
    const phrases = (match?.[2] ?? '').split('|').map((phrase) => wordTokens(foldText(phrase)).map((t) => t.raw));
    if (!place || phrases.some((words) => words.length === 0)) {
      throw new CorpusError(
        displayPath(dir, TEXT_PLACES_FILE),
        `line ${index + 1}: write "end: phrase | phrase" or "start: phrase | phrase"`,
      );
    }
    places[place].push(...phrases);
  });
  return places;
}

/** Lines "Country: capital | other name of it". */
export function loadCapitals(dir: string): Capital[] {
  const capitals: Capital[] = [];
  textLines(readCorpusFile(dir, CAPITALS_FILE)).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const match = /^([^:|]+):(.*)$/.exec(line);
    const names = (match?.[2] ?? '').split('|').map((name) => name.trim());
    if (!match || match[1]!.trim() === '' || names.some((name) => !/\p{L}/u.test(name))) {
      throw new CorpusError(
        displayPath(dir, CAPITALS_FILE),
        `line ${index + 1}: write "Country: capital | other name of the capital"`,
      );
    }
    capitals.push({ country: match[1]!.trim(), names });
  });
  return capitals;
}

/** How {@link loadCorpus} checks. */
export interface CorpusLoading {
  /**
   * A record of the corpus as the build checked it (checked.ts): when it matches the corpus and the checking code,
   * the checks that only prove the files right are skipped. Without one, everything is checked.
   */
  checkedRecord?: string;
}

/**
 * Reads and checks the corpus in `dir`; throws a one-line CorpusError naming the file (and line or paragraph) when
 * anything is wrong.
 */
export function loadCorpus(dir: string, { checkedRecord }: CorpusLoading = {}): Corpus {
  const check = checkedRecord === undefined || !wasChecked(dir, checkedRecord);
  const aliasesFile = displayPath(dir, ALIASES_FILE);
  const corpus: Corpus = {
    dir,
    articles: loadArticles(dir, check),
    aliases: parseAliases(readCorpusFile(dir, ALIASES_FILE), aliasesFile),
    aliasesFile,
    stopWords: loadWordList(dir, STOP_WORD_FILES),
    spanishTextStopWords: loadWordList(dir, [SPANISH_TEXT_STOP_WORDS_FILE]),
    wordForms: loadWordForms(dir),
    lightWords: loadWordList(dir, [LIGHT_WORDS_FILE]),
    spanishTalkWords: loadSpanishTalkWords(dir),
    fillerPhrases: loadFillerPhrases(dir),
    textPlaces: loadTextPlaces(dir),
    capitals: loadCapitals(dir),
    examples: loadExamples(dir),
  };
  if (!check) return corpus;
  const analyzer = sharedAnalyzer(corpus.stopWords, corpus.wordForms);
  const vocabulary = new Set<string>();
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      for (const word of analyzer.contentWords(paragraph.text))
        for (const term of [word.stem, ...word.partStems]) vocabulary.add(term);
    }
  }
  checkAliases(corpus.aliases, aliasesFile, analyzer, vocabulary);
  return corpus;
}

/** Example questions under [en] and [es] section lines. */
export function loadExamples(dir: string): Record<'en' | 'es', string[]> {
  const examples: Record<'en' | 'es', string[]> = { en: [], es: [] };
  let section: 'en' | 'es' | undefined;
  textLines(readCorpusFile(dir, EXAMPLES_FILE)).forEach((raw, index) => {
    const line = raw.replace(/^#.*$/, '').trim();
    if (line === '') return;
    if (line === '[en]' || line === '[es]') {
      section = line === '[en]' ? 'en' : 'es';
      return;
    }
    if (!section)
      throw new CorpusError(
        displayPath(dir, EXAMPLES_FILE),
        `line ${index + 1}: put [en] or [es] before the first question`,
      );
    examples[section].push(line);
  });
  if (examples.en.length === 0)
    throw new CorpusError(displayPath(dir, EXAMPLES_FILE), 'has no English example question under [en]');
  return examples;
}
