/** What a search gives: its results (passages with citations and highlights), or why it declined. */
import type { Span } from '../text/span.js';
import type { AnswerKind } from './answer-type.js';

/** Results a search returns unless told otherwise. */
export const DEFAULT_RESULT_LIMIT = 3;

export interface SearchHit {
  docId: string;
  /** Title of the article, for the citation. */
  sourceTitle: string;
  /** 1-based paragraph number (¶N). */
  paragraph: number;
  /** The passage shown: the paragraph, or the sentences of it that matched when it is too long. */
  text: string;
  /** Character ranges of `text` holding words that matched the question. */
  highlights: Span[];
  score: number;
  /** Fraction of the question's weight this paragraph covers, 0–1. */
  coverage: number;
  /** Index of the paragraph's sentence that matched best (the passage is cut around it when the paragraph is long). */
  sentence: number;
}

/** Why a question was declined. */
export type DeclineReason =
  /** Nothing left to search once chat words and words about asking are set aside ("lol what??"). */
  | 'unreadable'
  /** The question is about something no article talks about. */
  | 'off-topic'
  /** The articles talk about what the question names, but not the detail it asks for (an age, a date, a name …). */
  | 'not-in-source';

/** A paragraph that mentions what a declined question names. */
export interface Mention {
  docId: string;
  sourceTitle: string;
  paragraph: number;
}

export interface Decline {
  reason: DeclineReason;
  /** For `not-in-source`: the paragraphs that mention the subject, in article order. */
  mentions: Mention[];
  /** For `not-in-source`: the subject as the article writes it ("Karla Ornelas"). */
  subject?: string;
  /** For `not-in-source`: the kind of detail asked for, when the question says. */
  asked?: AnswerKind;
  /**
   * For `not-in-source`: the kind of thing asked for ("party" of "what party is Jerí from") that no paragraph naming
   * the subject names.
   */
  kind?: string;
  /** For `not-in-source` of a statement: the person asked about is only spoken of, never the one speaking. */
  spokenOfOnly?: true;
  /**
   * For `not-in-source` of a statement: the speaker is names alone (a country), none of which, nor any name speaking
   * for it, any sentence has speaking.
   */
  namedSpeakerUnheard?: true;
  /** For `not-in-source` of a statement: the subject is who was asked to have spoken ("what did Ornelas say"). */
  speaker?: true;
  /**
   * For `not-in-source` of a yes-or-no question about a person: no sentence about them tells what is asked ("did
   * Chávez leave Peru": ¶5's leaving is Ornelas's).
   */
  untoldOfPerson?: true;
  /**
   * For `not-in-source` of how or when someone went to a place: no sentence takes anyone there ("how did Castillo's
   * wife and kids get to Mexico": ¶6 tells only of asylum granted).
   */
  untoldJourney?: true;
}

export interface SearchResponse {
  query: string;
  answered: boolean;
  /** Why not, when not answered. */
  decline?: Decline;
  /** Results from `offset`, best first. Empty when not answered. */
  hits: SearchHit[];
  /** How many results exist in all, for "more passages". */
  total: number;
}

export interface SearchOptions {
  /** At most this many results (default {@link DEFAULT_RESULT_LIMIT}). */
  limit?: number;
  /** Skip this many of the best results (for paging). */
  offset?: number;
  /** Searched as one of several questions in a line (see several.ts), not as a whole line. */
  part?: boolean;
}
