/**
 * The fixed, cited content a teacher edits in corpus/content/, as the commands read it: each party's position,
 * the points where the parties disagree, the timeline, the article's direct quotations, the summary, the
 * glossary, the quiz and the discussion prompts. The item types are inferred from the files' schemas
 * (schema.ts); load.ts checks the files and proves their citations.
 *
 * Every human-written text exists in English and Spanish ({@link Bilingual}); citations and quotations stay in
 * the article's own English, because they must match the article word for word.
 */
import type { Lang } from '../reply/model.js';
import type { LeadPhrases } from './lead-phrases.js';
import type {
  CitedText,
  ComparePoint,
  DiscussPrompt,
  GlossaryTerm,
  NamedPerson,
  Party,
  QuizQuestion,
  QuotationFields,
  Speaker,
  TimelineEvent,
} from './schema.js';

export { CLAIM_KINDS, DATE_PRECISIONS, DISCUSS_THEMES } from './files.js';
export type {
  Bilingual,
  CitedText,
  Claim,
  ClaimKind,
  ComparePoint,
  ContentCitation,
  DatePrecision,
  DiscussPrompt,
  DiscussTheme,
  GlossaryTerm,
  NamedPerson,
  Party,
  QuizQuestion,
  Speaker,
  TimelineEvent,
} from './schema.js';

/** A direct quotation (verbatim from inside the quotation marks of ¶paragraph, in the article's English). */
export interface Quotation extends QuotationFields {
  /**
   * The quotation in the article's translations, by language: the same quotation of the translated ¶paragraph (a
   * translation keeps each paragraph's quotations, in order, checked when the corpus loads).
   */
  translations: Partial<Record<Lang, string>>;
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
  /** The points of disagreement, and the parties (by id) whose side each point gives. */
  compare: ContentFile & { sides: string[]; points: ComparePoint[] };
  timeline: ContentFile & { events: TimelineEvent[] };
  quotes: ContentFile & { speakers: Speaker[]; quotations: Quotation[]; named: NamedPerson[] };
  summary: ContentFile & { sentences: CitedText[] };
  glossary: ContentFile & { terms: GlossaryTerm[] };
  quiz: ContentFile & { questions: QuizQuestion[] };
  discuss: ContentFile & { prompts: DiscussPrompt[] };
  /** How /ask recognises a request for fixed content (corpus/language/ask-leads.txt). */
  leads: LeadPhrases;
}
