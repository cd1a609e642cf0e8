/**
 * The fixed, cited summaries a teacher edits in corpus/content/: each party's position, the points where the two
 * governments disagree, the timeline and the article's direct quotations. Loaded and checked by load.ts, read by
 * /position, /compare, /timeline and /quote.
 *
 * Every human-written text exists in English and Spanish ({@link Bilingual}); citations and quotations stay in
 * the article's own English, because they must match the article word for word.
 */
import type { Lang } from '../reply/model.js';
import type { LeadPhrases } from './lead-phrases.js';

/** A text written in both languages the bot speaks. */
export type Bilingual = Record<Lang, string>;

/** ¶N of the file's source article, and words copied exactly from it that support the text. */
export interface ContentCitation {
  paragraph: number;
  quote: string;
}

/** A sentence or two in our own words, with the article passages that support it. */
export interface CitedText {
  text: Bilingual;
  citations: ContentCitation[];
}

/** What a claim reports: what the party did, argues, demands or keeps, or background needed to follow it. */
export const CLAIM_KINDS = ['action', 'argument', 'demand', 'keeps', 'background'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface Claim extends CitedText {
  kind: ClaimKind;
}

export interface Party {
  /** Stable id used by the /position command's choices (peru, mexico, chavez). */
  id: string;
  /** Short name ("Peru"), used as a label in /compare. */
  name: Bilingual;
  /** Who speaks for the party ("Peru's government — President José Jerí and …"). */
  title: Bilingual;
  /** The position in one line. */
  stance: CitedText;
  claims: Claim[];
}

/** The two governments whose sides every compare point gives, by party id. */
export const COMPARE_SIDES = ['peru', 'mexico'] as const;
export type CompareSide = (typeof COMPARE_SIDES)[number];

export interface ComparePoint {
  /** Stable id: lower-case letters, digits and hyphens (it travels in button custom_ids). */
  id: string;
  topic: Bilingual;
  /** Extra words that find this point (/compare coup), in any language. */
  keywords: string[];
  sides: Record<CompareSide, CitedText>;
}

/** How exactly the article dates an event. "relative": "less than a month ago"; "undated": no date at all. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'relative', 'undated'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface TimelineEvent extends CitedText {
  /** The date as readers see it; says so when the article gives no exact date. */
  date: Bilingual;
  precision: DatePrecision;
  /** YYYY-MM-DD, only to check the order (never shown): the earliest day the article allows. */
  sortKey: string;
}

export interface Speaker {
  id: string;
  name: Bilingual;
  role: Bilingual;
  /**
   * How a sentence names the speaker, with the article its language needs ("la Secretaría de Relaciones
   * Exteriores…" in "Lo que dijo la Secretaría…"); the name when the file gives none.
   */
  subject: Bilingual;
  /** Other names people type to find the speaker ("Zela", "SRE", "Cancillería"). */
  aliases: string[];
}

/** A direct quotation: verbatim from inside the quotation marks of ¶paragraph, in the article's English. */
export interface Quotation {
  speaker: string;
  paragraph: number;
  quote: string;
  /**
   * The quotation in the article's translations, by language: the same quotation of the translated ¶paragraph (a
   * translation keeps each paragraph's quotations, in order, checked when the corpus loads).
   */
  translations: Partial<Record<Lang, string>>;
  /** When and why it was said, in our words. */
  context: Bilingual;
}

/** Someone the article names but never quotes directly (/quote says so, and points to /position). */
export interface NamedPerson {
  id: string;
  name: Bilingual;
  role: Bilingual;
  aliases: string[];
  /** The party whose /position speaks for them, if any. */
  party?: string;
  /** Where the article names them. */
  citations: ContentCitation[];
}

/** What every content file shares: where it was loaded from and which article it cites. */
export interface ContentFile {
  /** The file as named in error messages. */
  file: string;
  /** Id of the article every citation in the file refers to. */
  source: string;
}

export interface Content {
  positions: ContentFile & { parties: Party[] };
  compare: ContentFile & { points: ComparePoint[] };
  timeline: ContentFile & { events: TimelineEvent[] };
  quotes: ContentFile & { speakers: Speaker[]; quotations: Quotation[]; named: NamedPerson[] };
  summary: Summary;
  glossary: ContentFile & { terms: GlossaryTerm[] };
  quiz: ContentFile & { questions: QuizQuestion[] };
  discuss: ContentFile & { prompts: DiscussPrompt[] };
  /** How /ask recognises a request for fixed content (corpus/language/ask-leads.txt). */
  leads: LeadPhrases;
}

/** The article in a few sentences, each cited (summary.json). */
export interface Summary extends ContentFile {
  sentences: CitedText[];
}

/** A word of the glossary (glossary.json): a plain definition, and how the article uses the word, cited. */
export interface GlossaryTerm {
  /** Stable id: what /define's autocomplete sends and buttons carry. */
  id: string;
  /** The word as shown ("chargé(e) d'affaires"). */
  term: Bilingual;
  /** Other spellings and words that find the term, in any language. */
  aliases: string[];
  definition: Bilingual;
  /** True when the definition is general knowledge rather than what the article says; replies say so. */
  general: boolean;
  /** How the article uses the word, in our words, with the article's own words as citations. */
  usage: CitedText;
}

/** A multiple-choice question (quiz.json); its citations prove the answer. */
export interface QuizQuestion {
  id: string;
  question: Bilingual;
  /** 3 or 4 choices, shown as A–D. */
  choices: Bilingual[];
  /** Index of the right choice in {@link choices}. */
  answer: number;
  /** One line saying why, in our words. */
  explanation: Bilingual;
  citations: ContentCitation[];
}

/** What a discussion prompt is about, so a teacher can pick a theme. */
export const DISCUSS_THEMES = ['causes', 'sides', 'law', 'consequences', 'region'] as const;
export type DiscussTheme = (typeof DISCUSS_THEMES)[number];

/** An open question for a class (discuss.json), tied to the paragraphs and /compare points it draws on. */
export interface DiscussPrompt extends CitedText {
  id: string;
  theme: DiscussTheme;
  /** Ids of the compare points the prompt draws on. */
  compare: string[];
}
