/**
 * The content files' names and the fixed words their fields take (checked by schema.ts), apart from the schemas:
 * commands and the checked copy (checked.ts) read them without loading zod, which only checking the files needs.
 */

/** The content files, relative to the corpus folder. */
export const CONTENT_FILES = {
  positions: 'content/positions.json',
  compare: 'content/compare.json',
  timeline: 'content/timeline.json',
  quotes: 'content/quotes.json',
  summary: 'content/summary.json',
  glossary: 'content/glossary.json',
  quiz: 'content/quiz.json',
  discuss: 'content/discuss.json',
} as const;

/** What a claim reports: what the party did, argues, demands or keeps, or background needed to follow it. */
export const CLAIM_KINDS = ['action', 'argument', 'demand', 'keeps', 'background'] as const;
/** How exactly the article dates an event. "relative": "less than a month ago"; "undated": no date at all. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'relative', 'undated'] as const;
/** What a discussion prompt is about, so a teacher can pick a theme. */
export const DISCUSS_THEMES = ['causes', 'sides', 'law', 'consequences', 'region'] as const;
