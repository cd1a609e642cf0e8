/**
 * The shape of each corpus/content/*.json file as zod schemas, from which the content types are inferred. Each
 * check carries the fix a teacher should make ("is empty; write the text"); problems.ts adds which file and item.
 * What needs the article (citations, quotation marks) or other files (party and point ids) is proven in load.ts.
 */
import { z } from 'zod';
import { CLAIM_KINDS, DATE_PRECISIONS, DISCUSS_THEMES } from './files.js';

/**
 * Sizes that keep every reply inside one Discord message (25 embed fields, 1,024 characters a field, 6,000 in
 * all; tests/content-commands.test.ts renders each reply to prove the content fits) and each text readable.
 */
export const CONTENT_LIMITS = {
  /** Claims a party may have: each is one embed field. */
  claimsPerParty: 8,
  /** Compare points, timeline events and quotations: each is one embed field, and Discord allows 25. */
  itemsPerReply: 25,
  /** A claim, a side, a stance or an event, in one language. */
  textChars: 400,
  /** Names, topics and dates: shown as headings and autocomplete choices (≤ 100 characters). */
  labelChars: 100,
  /** A quotation's context: shown under the quotation. */
  contextChars: 200,
  /** A party's title: the reply's title. */
  titleChars: 200,
  /** One citation's quote or one quotation. */
  quoteChars: 600,
  /** Citations one text may carry: the quotes are shown under it. */
  citationsPerText: 4,
  /** A citation must be a phrase that shows the support, not a stray word. */
  minCitationWords: 3,
  /** Ids travel in button custom_ids (≤ 100 characters with the command name and other arguments). */
  idChars: 32,
  /** Aliases and keywords per item, and their length. */
  wordsPerItem: 20,
  wordChars: 60,
  /** A summary has 4–8 sentences: short enough to read aloud, long enough to cover the article. */
  summarySentences: { min: 4, max: 8 },
  /** Quiz questions in the bank (a class plays a few; the bank keeps repeats rare). */
  quizQuestions: 100,
  /** Choices of a quiz question: each is a button A–D. */
  quizChoices: { min: 3, max: 4 },
  /** A quiz choice, shown in the question and in the tally. */
  choiceChars: 100,
  /** The "source" article id. */
  sourceChars: 64,
} as const;

/** Longest excerpt of a teacher's text repeated in an error message. */
const SHOWN_CHARS = 60;

/** A text cut for an error message: one line, at most {@link SHOWN_CHARS} characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN_CHARS ? `${line.slice(0, SHOWN_CHARS - 1)}…` : line;
}

/** Ids travel in Discord button ids, which allow few characters. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const SORT_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Keys starting with "_" ("_comment") are notes for editors: dropped before the fields are checked. */
function withoutNotes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('_')));
}

/** An object with exactly these fields (required ones first: the error lists them in this order), plus notes. */
function fields<S extends z.ZodRawShape>(shape: S) {
  const expected = Object.keys(shape).join(', ');
  return z.preprocess(
    withoutNotes,
    z.strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field "${issue.keys[0]}" (expected: ${expected})`
          : 'must be an object { … }',
    }),
  );
}

/** A list of `min` to `max` items. */
function list<T extends z.ZodType>(item: T, min: number, max: number) {
  return z
    .array(item, { error: 'must be a list [ … ]' })
    .min(min, `needs at least ${min} item${min === 1 ? '' : 's'}`)
    .max(max, { error: (issue) => `has ${lengthOf(issue.input)} items; at most ${max} fit in one Discord reply` });
}

const lengthOf = (value: unknown) => (typeof value === 'string' || Array.isArray(value) ? value.length : 0);

/** A non-blank text of at most `max` characters. */
function text(max: number) {
  return z
    .string({ error: 'must be text in double quotes' })
    .refine((value) => value.trim() !== '', 'is empty; write the text')
    .max(max, { error: (issue) => `is ${lengthOf(issue.input)} characters long; keep it to ${max}` });
}

/** An id: lower-case letters, digits and hyphens. */
const id = text(CONTENT_LIMITS.idChars).regex(ID_PATTERN, {
  error: (issue) => `id "${excerpt(String(issue.input))}" may use only lower-case letters, digits and hyphens`,
});

const wholeNumber = z.int({ error: 'must be a whole number, without quotes' });

/** One of a fixed list of words. */
function oneOf<const T extends readonly [string, ...string[]]>(allowed: T) {
  return z.enum(allowed, {
    error: (issue) => `must be one of ${allowed.join(', ')} (got ${JSON.stringify(issue.input)})`,
  });
}

/** {"en": "…", "es": "…"}, both filled in. */
function bilingual(max: number) {
  return fields({ en: text(max), es: text(max) });
}

/** Aliases, keywords or ids: a list of short texts, empty when left out. */
const wordList = list(text(CONTENT_LIMITS.wordChars), 0, CONTENT_LIMITS.wordsPerItem).default([]);

/** ¶N of the file's source article, and words copied exactly from it that support the text. */
const citation = fields({ paragraph: wholeNumber, quote: text(CONTENT_LIMITS.quoteChars) });
const citations = list(citation, 1, CONTENT_LIMITS.citationsPerText);

/** The "text" ({en, es}) and "citations" fields of a stance, claim, side, event, sentence or prompt. */
const citedFields = { text: bilingual(CONTENT_LIMITS.textChars), citations };

/** A sentence or two in our own words, with the article passages that support it. */
const citedText = fields(citedFields);

const claim = fields({ kind: oneOf(CLAIM_KINDS), ...citedFields });

const party = fields({
  /** Stable id used by the /position command's choices (peru, mexico, chavez). */
  id,
  /** Short name ("Peru"), used as a label in /compare. */
  name: bilingual(CONTENT_LIMITS.labelChars),
  /** Who speaks for the party ("Peru's government — President José Jerí and …"). */
  title: bilingual(CONTENT_LIMITS.titleChars),
  /** The position in one line. */
  stance: citedText,
  claims: list(claim, 1, CONTENT_LIMITS.claimsPerParty),
});

/** The "source" field every file starts with: the id of the article every citation in the file refers to. */
const source = text(CONTENT_LIMITS.sourceChars);

/** positions.json: each party's position. */
export const positionsFile = fields({ source, parties: list(party, 1, CONTENT_LIMITS.itemsPerReply) });

/** The parties each /compare point gives the side of, by party id, in the order shown. */
const compareSides = list(id, 2, CONTENT_LIMITS.itemsPerReply);

/** compare.json's "sides", read first: the fields of each point depend on it. */
export const compareSidesOf = z.looseObject({ sides: compareSides });

/** compare.json, whose points hold one side per party of `sides` (a field named by the party id). */
export function compareFile(sides: readonly string[]) {
  const point = fields({
    /** Stable id: lower-case letters, digits and hyphens (it travels in button custom_ids). */
    id,
    topic: bilingual(CONTENT_LIMITS.labelChars),
    ...(Object.fromEntries(sides.map((side) => [side, citedText])) as Record<string, typeof citedText>),
    /** Extra words that find this point (/compare coup), in any language. */
    keywords: wordList,
  }).transform(({ id, topic, keywords, ...rest }) => ({
    id,
    topic,
    keywords,
    sides: sides.map((party) => ({ party, ...((rest as Record<string, CitedText>)[party] as CitedText) })),
  }));
  return fields({ source, sides: compareSides, points: list(point, 1, CONTENT_LIMITS.itemsPerReply) });
}

const event = fields({
  /** The date as readers see it; says so when the article gives no exact date. */
  date: bilingual(CONTENT_LIMITS.labelChars),
  precision: oneOf(DATE_PRECISIONS),
  /** YYYY-MM-DD, only to check the order (never shown): the earliest day the article allows. */
  sortKey: text(10).refine(
    (key) => SORT_KEY.test(key) && !Number.isNaN(Date.parse(key)) && new Date(key).toISOString().startsWith(key),
    { error: (issue) => `"${String(issue.input)}" must be a real date written YYYY-MM-DD` },
  ),
  ...citedFields,
});

/** timeline.json: the dated events, in date order. */
export const timelineFile = fields({ source, events: list(event, 1, CONTENT_LIMITS.itemsPerReply) });

const speaker = fields({
  id,
  name: bilingual(CONTENT_LIMITS.labelChars),
  role: bilingual(CONTENT_LIMITS.labelChars),
  /**
   * How a sentence names the speaker, with the article its language needs ("la Secretaría de Relaciones
   * Exteriores…" in "Lo que dijo la Secretaría…"); the name when the file gives none.
   */
  subject: bilingual(CONTENT_LIMITS.labelChars).optional(),
  /** Other names people type to find the speaker ("Zela", "SRE", "Cancillería"). */
  aliases: wordList,
  /** The party whose /position speaks for them, if any: where they are quoted, that party states its case. */
  party: text(CONTENT_LIMITS.idChars).optional(),
}).transform(({ subject, ...rest }) => ({ ...rest, subject: subject ?? rest.name }));

/** A direct quotation: verbatim from inside the quotation marks of ¶paragraph, in the article's English. */
const quotation = fields({
  speaker: text(CONTENT_LIMITS.idChars),
  paragraph: wholeNumber,
  quote: text(CONTENT_LIMITS.quoteChars),
  /** When and why it was said, in our words. */
  context: bilingual(CONTENT_LIMITS.contextChars),
});

/** Someone the article names but never quotes directly (/quote says so, and points to /position). */
const namedPerson = fields({
  id,
  name: bilingual(CONTENT_LIMITS.labelChars),
  role: bilingual(CONTENT_LIMITS.labelChars),
  /** Where the article names them. */
  citations,
  aliases: wordList,
  /** The party whose /position speaks for them, if any. */
  party: text(CONTENT_LIMITS.idChars).optional(),
});

/** quotes.json: the speakers, their quotations, and the people named but never quoted. */
export const quotesFile = fields({
  source,
  quotes: list(quotation, 1, CONTENT_LIMITS.itemsPerReply),
  speakers: list(speaker, 1, CONTENT_LIMITS.itemsPerReply),
  named: list(namedPerson, 1, CONTENT_LIMITS.itemsPerReply),
});

/** summary.json: the article in a few sentences, each cited. */
export const summaryFile = fields({
  source,
  sentences: list(citedText, CONTENT_LIMITS.summarySentences.min, CONTENT_LIMITS.summarySentences.max),
});

/** A word of the glossary: a plain definition, and how the article uses the word, cited. */
const glossaryTerm = fields({
  /** Stable id: what /define's autocomplete sends and buttons carry. */
  id,
  /** The word as shown ("chargé(e) d'affaires"). */
  term: bilingual(CONTENT_LIMITS.labelChars),
  definition: bilingual(CONTENT_LIMITS.textChars),
  /** True when the definition is general knowledge rather than what the article says; replies say so. */
  general: z.boolean({
    error: 'must be true (general knowledge) or false (what the article says), without quotes',
  }),
  /** How the article uses the word, in our words, with the article's own words as citations. */
  usage: citedText,
  /** Other spellings and words that find the term, in any language. */
  aliases: wordList,
});

/** glossary.json. */
export const glossaryFile = fields({ source, terms: list(glossaryTerm, 1, CONTENT_LIMITS.itemsPerReply) });

/** A multiple-choice question; its citations prove the answer. */
const quizQuestion = fields({
  id,
  question: bilingual(CONTENT_LIMITS.textChars),
  /** 3 or 4 choices, shown as A–D. */
  choices: list(bilingual(CONTENT_LIMITS.choiceChars), CONTENT_LIMITS.quizChoices.min, CONTENT_LIMITS.quizChoices.max),
  /** Index of the right choice in `choices`. */
  answer: wholeNumber,
  /** One line saying why, in our words. */
  explanation: bilingual(CONTENT_LIMITS.textChars),
  citations,
});

/** quiz.json. */
export const quizFile = fields({ source, questions: list(quizQuestion, 1, CONTENT_LIMITS.quizQuestions) });

/** An open question for a class, tied to the paragraphs and /compare points it draws on. */
const discussPrompt = fields({
  id,
  theme: oneOf(DISCUSS_THEMES),
  ...citedFields,
  /** Ids of the compare points the prompt draws on. */
  compare: wordList,
});

/** discuss.json. */
export const discussFile = fields({ source, prompts: list(discussPrompt, 1, CONTENT_LIMITS.itemsPerReply) });

/** A text written in both languages the bot speaks. */
export type Bilingual = z.output<ReturnType<typeof bilingual>>;
export type ContentCitation = z.output<typeof citation>;
export type CitedText = z.output<typeof citedText>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Claim = z.output<typeof claim>;
export type Party = z.output<typeof party>;
/** One point of /compare: each party's side, in the order of the file's "sides". */
export type ComparePoint = z.output<ReturnType<typeof compareFile>>['points'][number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type TimelineEvent = z.output<typeof event>;
export type Speaker = z.output<typeof speaker>;
export type QuotationFields = z.output<typeof quotation>;
export type NamedPerson = z.output<typeof namedPerson>;
export type GlossaryTerm = z.output<typeof glossaryTerm>;
export type QuizQuestion = z.output<typeof quizQuestion>;
export type DiscussTheme = (typeof DISCUSS_THEMES)[number];
export type DiscussPrompt = z.output<typeof discussPrompt>;
