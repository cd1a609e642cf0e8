/**
 * The phrases that make /ask lead with fixed content (corpus/language/ask-leads.txt), read once at start-up.
 * A teacher edits the file, not code; a mistake in it stops start-up with one line naming the file and the line.
 * What the phrases are used for lives in leads.ts.
 */
import { CorpusError } from '../corpus/errors.js';
import { displayPath, readCorpusFile } from '../corpus/load.js';
import { wordTokens } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';

export const LEAD_PHRASES_FILE = 'language/ask-leads.txt';

/** A phrase as folded words ("who's right" → who, s, right). */
export type Phrase = readonly string[];

/** A glossary phrase around its {term} slot: "what does {term} mean" → before [what, does], after [mean]. */
export interface GlossaryPattern {
  before: Phrase;
  after: Phrase;
}

export interface LeadPhrases {
  summary: Phrase[];
  quiz: Phrase[];
  discuss: Phrase[];
  coverage: Phrase[];
  /** Words that, before a date, ask about what came after it. */
  after: Phrase[];
  compare: Phrase[];
  position: Phrase[];
  /** Phrases naming each party of positions.json, by party id. */
  parties: Array<{ id: string; phrases: Phrase[] }>;
  /** Words joining two parties into a comparison. */
  join: Phrase[];
  glossary: GlossaryPattern[];
  /** Words that may stand between a glossary phrase and its term. */
  glossarySkip: ReadonlySet<string>;
  vocabulary: Phrase[];
  /** Words about how to answer rather than what about. */
  talk: ReadonlySet<string>;
}

/** Sections of phrases, with what each is (for the error naming a missing one). */
const PHRASE_SECTIONS = [
  'summary',
  'quiz',
  'discuss',
  'coverage',
  'after',
  'compare',
  'position',
  'join',
  'glossary',
  'vocabulary',
] as const;
/** Sections whose entries are single words. */
const WORD_SECTIONS = ['glossary skip', 'talk'] as const;
const TERM_SLOT = '{term}';
/** Longest text read as lead words: questions are short, and this bounds the work on hostile input. */
export const MAX_LEAD_INPUT = 1_000;

/** A word of a question or phrase, folded, with where it is in the raw text. */
export interface LeadWord {
  word: string;
  start: number;
  end: number;
}

/**
 * The folded words of a text, with offsets into it: accents, case and quote marks folded, and words split at
 * inner hyphens and apostrophes ("who's" → who, s; "d'affaires" → d, affaires), so that a phrase matches
 * however it is typed.
 */
export function leadWords(text: string): LeadWord[] {
  const words: LeadWord[] = [];
  for (const token of wordTokens(text.slice(0, MAX_LEAD_INPUT))) {
    for (const part of foldText(token.raw).split(/[-'\u2010\u2011]/)) {
      if (part !== '') words.push({ word: part, start: token.start, end: token.end });
    }
  }
  return words;
}

const phraseOf = (text: string): Phrase => leadWords(text).map((w) => w.word);

/** Reads and checks the file; `partyIds` are the parties of positions.json, which [party …] sections must name. */
export function loadLeadPhrases(dir: string, partyIds: ReadonlyArray<{ id: string }>): LeadPhrases {
  const file = displayPath(dir, LEAD_PHRASES_FILE);
  const fail = (line: number | undefined, problem: string): never => {
    throw new CorpusError(file, line === undefined ? problem : `line ${line}: ${problem}`);
  };
  const sections = new Map<string, { line: number; en: string[]; es: string[] }>();
  let current: { line: number; en: string[]; es: string[] } | undefined;
  readCorpusFile(dir, LEAD_PHRASES_FILE)
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.replace(/#.*$/, '').trim();
      const number = index + 1;
      if (line === '') return;
      const header = /^\[([a-z ]+)\]$/.exec(line);
      if (header) {
        const name = header[1]!.trim();
        const known =
          (PHRASE_SECTIONS as readonly string[]).includes(name) ||
          (WORD_SECTIONS as readonly string[]).includes(name) ||
          name.startsWith('party ');
        if (!known)
          fail(
            number,
            `unknown section [${name}] (sections: ${[...PHRASE_SECTIONS, ...WORD_SECTIONS].join(', ')}, party <id>)`,
          );
        if (sections.has(name)) fail(number, `section [${name}] appears twice; keep one`);
        current = { line: number, en: [], es: [] };
        sections.set(name, current);
        return;
      }
      const entry = /^(en|es):(.*)$/.exec(line);
      if (!entry) fail(number, 'write "en: phrase | phrase" or "es: phrase | phrase"');
      if (!current) fail(number, 'put a [section] line before the first phrases');
      const phrases = entry![2]!
        .split('|')
        .map((phrase) => phrase.trim())
        .filter((phrase) => phrase !== '');
      for (const phrase of phrases)
        if (phraseOf(phrase.replace(TERM_SLOT, ' ')).length === 0) fail(number, `"${phrase}" has no words`);
      current![entry![1] as 'en' | 'es'].push(...phrases);
    });

  const section = (name: string) => {
    const found = sections.get(name) ?? fail(undefined, `section [${name}] is missing; restore it from git`);
    for (const lang of ['en', 'es'] as const)
      if (found[lang].length === 0)
        fail(found.line, `section [${name}] needs "${lang}:" phrases (English and Spanish)`);
    return [...found.en, ...found.es];
  };
  const phrases = (name: string) => section(name).map(phraseOf);
  const words = (name: string) => {
    const list = phrases(name);
    const long = list.find((phrase) => phrase.length !== 1);
    if (long) fail(sections.get(name)!.line, `section [${name}] takes single words, not "${long.join(' ')}"`);
    return new Set(list.map((phrase) => phrase[0]!));
  };

  const glossary = section('glossary').map((text): GlossaryPattern => {
    const parts = text.split(TERM_SLOT);
    if (parts.length !== 2) fail(sections.get('glossary')!.line, `"${text}" must hold ${TERM_SLOT} exactly once`);
    return { before: phraseOf(parts[0]!), after: phraseOf(parts[1]!) };
  });
  const parties = partyIds.map(({ id }) => ({ id, phrases: phrases(`party ${id}`) }));
  for (const name of sections.keys()) {
    if (name.startsWith('party ') && !partyIds.some(({ id }) => `party ${id}` === name)) {
      fail(
        sections.get(name)!.line,
        `[${name}] names no party of content/positions.json (ids: ${partyIds.map(({ id }) => id).join(', ')})`,
      );
    }
  }
  return {
    summary: phrases('summary'),
    quiz: phrases('quiz'),
    discuss: phrases('discuss'),
    coverage: phrases('coverage'),
    after: phrases('after'),
    compare: phrases('compare'),
    position: phrases('position'),
    parties,
    join: phrases('join'),
    glossary,
    glossarySkip: words('glossary skip'),
    vocabulary: phrases('vocabulary'),
    talk: words('talk'),
  };
}
