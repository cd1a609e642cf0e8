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

/**
 * A phrase as folded words ("who's right" → who, s, right). Two marks may stand among the words: a word ending in
 * PREFIX_MARK matches every word it starts ("debat*": debate, debating, debatir), and NEAR_MARK stands for up to
 * NEAR_GAP words of any kind ("questions ~ debat*": "questions to spark a debate").
 */
export type Phrase = readonly string[];

/** Ends a phrase word that matches every word it starts: "debat*". */
export const PREFIX_MARK = '*';
/** A phrase word standing for a gap of up to NEAR_GAP words: "ask me ~ questions". */
export const NEAR_MARK = '~';
/** Most words a NEAR_MARK stands for: near enough to be read together, in a question of a line or two. */
export const NEAR_GAP = 3;
/** Shortest prefix before PREFIX_MARK: shorter ones start too many unrelated words. */
const MIN_PREFIX = 4;

/** A glossary phrase around its {term} slot: "what does {term} mean" → before [what, does], after [mean]. */
export interface GlossaryPattern {
  before: Phrase;
  after: Phrase;
}

/** Words that set a clause's tense: whole words, folded, and endings as typed ("*ed", "*ó": accents count). */
export interface TenseWords {
  words: ReadonlySet<string>;
  endings: readonly string[];
}

export interface LeadPhrases {
  summary: Phrase[];
  /** The Spanish ("es:") phrases of [summary] alone, whose verbs are found by Spanish stem in a Spanish question. */
  summarySpanish: Phrase[];
  quiz: Phrase[];
  discuss: Phrase[];
  coverage: Phrase[];
  /** Words of the present ("now", "still"): coverage only in a present clause, not after a [which] word. */
  coverageNow: Phrase[];
  past: TenseWords;
  present: TenseWords;
  /** Words that start a new clause, as punctuation does. */
  clause: ReadonlySet<string>;
  /** Question words that pick out or count what the source reports ("which", "how many"). */
  which: Phrase[];
  /** Phrases where "sigue" means "follows", not "still". */
  follows: Phrase[];
  /** "According to the article": the question asks what the source reports, so "now" is the source's time. */
  asReported: Phrase[];
  /** Words that, before a date, ask about what came after it. */
  after: Phrase[];
  compare: Phrase[];
  /** Words of comparing: both sides only when both parties, a pair or a position word are named. */
  compareVerb: Phrase[];
  /** Words for a side, and verbs of taking one: "which side did the army take" asks a fact, not a verdict. */
  side: ReadonlySet<string>;
  sideTaken: Phrase[];
  /** "which side of …" ([side which] before a side word, [of] after it): where someone stands, a fact. */
  sideWhich: ReadonlySet<string>;
  /** "of", "de": a side of something, an actor of a party ("critics of Mexico"). */
  of: ReadonlySet<string>;
  /** Words that address the bot ("which side do you take" does ask for a verdict). */
  addressee: ReadonlySet<string>;
  /** Words of a verdict ("right", "wrong", "razón"): with two parties named, the question asks who is right. */
  judge: Phrase[];
  /** Words after which a verdict word is an adverb of time or place ("right after", "right there"). */
  notVerdict: ReadonlySet<string>;
  /** Both parties in one phrase ("each country", "ambos gobiernos"): with a position word, both positions. */
  pair: Phrase[];
  /** The source itself ("this article", "its publication"): after an [after] word, the time after the source. */
  source: Phrase[];
  position: Phrase[];
  /**
   * Phrases holding a position word in another sense ("stand trial", "stand behind" someone, "en todos lados"): a
   * position word inside one is none.
   */
  notPosition: Phrase[];
  /** People and groups named that are not parties: a position word nearest one of them is theirs, not a stance. */
  actor: Phrase[];
  /** Question words asking a number ("how many"): a position word after them asks a figure. */
  count: Phrase[];
  /**
   * Words of answering ("respond", "reply"): a party before one, answering another party's position word after it,
   * is the party whose position is asked ("how did Mexico respond to Peru's claim").
   */
  reply: Phrase[];
  /** Words of an office held: with a [person], "position" is a job, not a stance. */
  office: Phrase[];
  /** Words naming what a position is on ("sobre el asilo"): a stance, whatever the office words. */
  stanceOn: ReadonlySet<string>;
  /**
   * Words before a party that a position is toward ("justify running to Mexico", "su pedido a México"), not whose it
   * is; with [stance on], a party after one of them is not the one asked about.
   */
  stanceToward: ReadonlySet<string>;
  /** Position words that can also name a job ("position", not "stance"). */
  post: ReadonlySet<string>;
  /** Party names that are people rather than governments. */
  person: Phrase[];
  /**
   * Words that give a party's view as its own, the party after them ("according to", "según"): a question with one
   * asks what that party says, and is answered first where it states its case.
   */
  attribution: Phrase[];
  /** The same, the party before them ("Mexico says", "how did Peru describe"). */
  attributionAfter: Phrase[];
  /** The same, of a party named as a government, not one of its [person] names ("what did Mexico say"). */
  governmentAttributionAfter: Phrase[];
  /** Phrases naming each party of positions.json, by party id. */
  parties: Array<{ id: string; phrases: Phrase[] }>;
  /** Words joining two parties into a comparison. */
  join: Phrase[];
  glossary: GlossaryPattern[];
  /** Patterns that ask for a definition only when the question asks nothing else: "what is {term}?". */
  glossaryAlone: GlossaryPattern[];
  /** Words before a term that point at the event, not the word ("what this rupture means"). */
  glossaryThis: ReadonlySet<string>;
  /** Words after a definition request that ask what the thing means for someone ("for", "para"). */
  glossaryFor: ReadonlySet<string>;
  /** Words that may stand between a glossary phrase and its term. */
  glossarySkip: ReadonlySet<string>;
  vocabulary: Phrase[];
  /** Words about how to answer rather than what about. */
  talk: ReadonlySet<string>;
  /** Words that open a question: one after ":" or a dash makes the words before it a preface. */
  asks: Phrase[];
  /** Words of a question that point back at its preface ("Peru's position: what is it based on?"). */
  refersBack: ReadonlySet<string>;
  /** Every word of the phrases and glossary patterns above (not NEAR_MARK), as written ("debat*"). */
  words: ReadonlySet<string>;
}

/** Sections of phrases, with what each is (for the error naming a missing one). */
const PHRASE_SECTIONS = [
  'summary',
  'quiz',
  'discuss',
  'coverage',
  'coverage now',
  'which',
  'follows',
  'as reported',
  'after',
  'compare',
  'compare verb',
  'side taken',
  'judge',
  'pair',
  'source',
  'position',
  'not position',
  'actor',
  'count',
  'reply',
  'office',
  'person',
  'attribution',
  'attribution after',
  'government attribution after',
  'join',
  'glossary',
  'glossary alone',
  'vocabulary',
  'asks',
] as const;
/** Sections whose entries are single words. */
const WORD_SECTIONS = [
  'glossary skip',
  'glossary this',
  'glossary for',
  'talk',
  'clause',
  'side',
  'side which',
  'not verdict',
  'of',
  'addressee',
  'post',
  'stance on',
  'stance toward',
  'refers back',
] as const;
/** Sections of single words and endings ("*ed"). */
const TENSE_SECTIONS = ['past', 'present'] as const;
/** Marks an ending in a tense section: "*ed". */
const ENDING_MARK = '*';
/** Shortest ending: a single plain letter ends too many words (an accented one, "*ó", is an ending of its own). */
const MIN_ENDING = 2;
const TERM_SLOT = '{term}';
/** Longest text read as lead words: questions are short, and this bounds the work on hostile input. */
export const MAX_LEAD_INPUT = 1_000;

/** A question word with "'s" typed without its apostrophe ("whats", "whos"): split as "what's" is. */
const APOSTROPHE_DROPPED = /^(what|who|where|when|why|how|that|there)s$/;
/** The marks a folded word is split at: hyphens and apostrophes. */
const INNER_MARK = /[-'\u2010\u2011]/;

/** A word of a question or phrase, folded, with where it is in the raw text. */
export interface LeadWord {
  word: string;
  start: number;
  end: number;
}

/**
 * The folded words of a text, with offsets into it: accents, case and quote marks folded, and words split at
 * inner hyphens and apostrophes ("who's" → who, s; "d'affaires" → d, affaires; "whats" too), so that a phrase
 * matches however it is typed.
 */
export function leadWords(text: string): LeadWord[] {
  const words: LeadWord[] = [];
  for (const token of wordTokens(text.slice(0, MAX_LEAD_INPUT))) {
    const folded = foldText(token.raw);
    // Most words hold no hyphen or apostrophe to split at.
    for (const part of INNER_MARK.test(folded) ? folded.split(INNER_MARK) : [folded]) {
      if (part === '') continue;
      // "whats" typed for "what's": the same words, so that "what's a {term}" matches it.
      const contracted = part.endsWith('s') ? APOSTROPHE_DROPPED.exec(part) : null;
      if (contracted) {
        words.push({ word: contracted[1]!, start: token.start, end: token.end });
        words.push({ word: 's', start: token.start, end: token.end });
      } else words.push({ word: part, start: token.start, end: token.end });
    }
  }
  return words;
}

/** A phrase's words, a word followed by PREFIX_MARK kept with it, the parts around each NEAR_MARK joined by it. */
const phraseOf = (text: string): Phrase =>
  text.split(NEAR_MARK).flatMap((part, i) => {
    const words = leadWords(part).map((w) => (part[w.end] === PREFIX_MARK ? w.word + PREFIX_MARK : w.word));
    return i === 0 ? words : [NEAR_MARK, ...words];
  });

/** Shortest plural word whose singular a phrase also matches: shorter ones ("news", "los", "is") are not plurals. */
const PLURAL_MIN_LENGTH = 5;
/** Letters before a Spanish plural "-es" that the singular ends with: "principales" → principal, "posiciones". */
const SPANISH_ES_PLURAL = /[lnrdj]es$/;

/** The singulars a plural phrase word may stand for ("questions" → question; "principales" → principal, principale). */
function singularsOf(word: string): string[] {
  if (word.length < PLURAL_MIN_LENGTH || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return [];
  const forms = [word.slice(0, -1)];
  if (SPANISH_ES_PLURAL.test(word)) forms.push(word.slice(0, -2));
  return forms;
}

/**
 * A phrase and, when it is several words without a gap, the same with its plurals singular: "practice questions"
 * also matches "a practice question", "ideas principales" "idea principal". A one-word phrase keeps its number
 * ("reasons" is a position word, "reason" is not), as does one with a gap ("topics ~ discus*" is not "what topic did
 * they discuss").
 */
function withSingulars(phrase: Phrase): Phrase[] {
  if (phrase.length < 2 || phrase.includes(NEAR_MARK)) return [phrase];
  let variants: string[][] = [[]];
  for (const word of phrase) {
    const forms = word.endsWith(PREFIX_MARK) ? [word] : [word, ...singularsOf(word)];
    variants = variants.flatMap((start) => forms.map((form) => [...start, form]));
  }
  return variants;
}

/** What is wrong with a phrase's marks, if anything. */
function markProblem(phrase: Phrase, text: string): string | undefined {
  const short = phrase.find((word) => word.endsWith(PREFIX_MARK) && word.length - 1 < MIN_PREFIX);
  if (short) return `"${text}": write at least ${MIN_PREFIX} letters before ${PREFIX_MARK} ("${short}")`;
  if (phrase.some((word, i) => word === NEAR_MARK && phrase[i + 1] === NEAR_MARK))
    return `"${text}": put words between the ${NEAR_MARK} marks`;
  return undefined;
}

/** Reads and checks the file; `partyIds` are the parties of positions.json, which [party …] sections must name. */
export function loadLeadPhrases(dir: string, partyIds: ReadonlyArray<{ id: string }>): LeadPhrases {
  const file = displayPath(dir, LEAD_PHRASES_FILE);
  const fail = (line: number | undefined, problem: string): never => {
    throw new CorpusError(file, line === undefined ? problem : `line ${line}: ${problem}`);
  };
  // Each phrase is read once: to check its marks here, and for the lists below.
  const read = new Map<string, Phrase>();
  const phraseOfText = (text: string): Phrase => {
    let phrase = read.get(text);
    if (!phrase) read.set(text, (phrase = phraseOf(text)));
    return phrase;
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
          (TENSE_SECTIONS as readonly string[]).includes(name) ||
          name.startsWith('party ');
        if (!known)
          fail(
            number,
            `unknown section [${name}] (sections: ${[...PHRASE_SECTIONS, ...WORD_SECTIONS, ...TENSE_SECTIONS].join(', ')}, party <id>)`,
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
      for (const phrase of phrases) {
        const words = phraseOfText(phrase.replace(TERM_SLOT, ' '));
        if (words.every((word) => word === NEAR_MARK)) fail(number, `"${phrase}" has no words`);
        const problem = markProblem(words, phrase);
        if (problem) fail(number, problem);
      }
      current![entry![1] as 'en' | 'es'].push(...phrases);
    });

  const section = (name: string) => {
    const found = sections.get(name) ?? fail(undefined, `section [${name}] is missing; restore it from git`);
    for (const lang of ['en', 'es'] as const)
      if (found[lang].length === 0)
        fail(found.line, `section [${name}] needs "${lang}:" phrases (English and Spanish)`);
    return [...found.en, ...found.es];
  };
  const allWords = new Set<string>();
  const kept = (phrase: Phrase): Phrase => {
    for (const word of phrase) if (word !== NEAR_MARK) allWords.add(word);
    return phrase;
  };
  const phrases = (name: string, lang?: 'en' | 'es') =>
    (lang ? (section(name), sections.get(name)![lang]) : section(name)).flatMap((text) => {
      const phrase = phraseOfText(text);
      if (phrase[0] === NEAR_MARK || phrase.at(-1) === NEAR_MARK)
        fail(sections.get(name)!.line, `"${text}": put ${NEAR_MARK} between two words`);
      return withSingulars(phrase).map(kept);
    });
  const words = (name: string) => {
    const list = phrases(name);
    const long = list.find((phrase) => phrase.length !== 1);
    if (long) fail(sections.get(name)!.line, `section [${name}] takes single words, not "${long.join(' ')}"`);
    return new Set(list.map((phrase) => phrase[0]!));
  };

  const tense = (name: string): TenseWords => {
    const entries = section(name);
    const endings = entries.filter((entry) => entry.startsWith(ENDING_MARK)).map((entry) => entry.slice(1));
    const short = endings.find(
      (ending) => ([...ending].length < MIN_ENDING && /^[a-z]*$/i.test(ending)) || /\s/.test(ending),
    );
    if (short !== undefined)
      fail(
        sections.get(name)!.line,
        `"${ENDING_MARK}${short}": write one ending of ${MIN_ENDING} letters or more, or one accented letter`,
      );
    const plain = entries.filter((entry) => !entry.startsWith(ENDING_MARK)).map((entry) => phraseOf(entry));
    const long = plain.find((phrase) => phrase.length !== 1);
    if (long) fail(sections.get(name)!.line, `section [${name}] takes single words, not "${long.join(' ')}"`);
    return {
      words: new Set(plain.map((phrase) => phrase[0]!)),
      endings: endings.map((ending) => ending.toLowerCase().normalize('NFC')),
    };
  };

  const patterns = (name: string) =>
    section(name).map((text): GlossaryPattern => {
      const parts = text.split(TERM_SLOT);
      if (parts.length !== 2) fail(sections.get(name)!.line, `"${text}" must hold ${TERM_SLOT} exactly once`);
      return { before: kept(phraseOf(parts[0]!)), after: kept(phraseOf(parts[1]!)) };
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
    summarySpanish: phrases('summary', 'es'),
    quiz: phrases('quiz'),
    discuss: phrases('discuss'),
    coverage: phrases('coverage'),
    coverageNow: phrases('coverage now'),
    past: tense('past'),
    present: tense('present'),
    clause: words('clause'),
    which: phrases('which'),
    follows: phrases('follows'),
    asReported: phrases('as reported'),
    after: phrases('after'),
    compare: phrases('compare'),
    compareVerb: phrases('compare verb'),
    side: words('side'),
    sideTaken: phrases('side taken'),
    sideWhich: words('side which'),
    of: words('of'),
    addressee: words('addressee'),
    judge: phrases('judge'),
    notVerdict: words('not verdict'),
    pair: phrases('pair'),
    source: phrases('source'),
    position: phrases('position'),
    notPosition: phrases('not position'),
    actor: phrases('actor'),
    count: phrases('count'),
    reply: phrases('reply'),
    office: phrases('office'),
    post: words('post'),
    stanceOn: words('stance on'),
    stanceToward: words('stance toward'),
    person: phrases('person'),
    attribution: phrases('attribution'),
    attributionAfter: phrases('attribution after'),
    governmentAttributionAfter: phrases('government attribution after'),
    parties,
    join: phrases('join'),
    glossary: patterns('glossary'),
    glossaryAlone: patterns('glossary alone'),
    glossarySkip: words('glossary skip'),
    glossaryThis: words('glossary this'),
    glossaryFor: words('glossary for'),
    vocabulary: phrases('vocabulary'),
    talk: words('talk'),
    asks: phrases('asks'),
    refersBack: words('refers back'),
    words: allWords,
  };
}
