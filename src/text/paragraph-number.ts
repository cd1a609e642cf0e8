import { sameLengthFold } from './fold.js';

/**
 * A paragraph named by its number in a question: "paragraph 11", "párrafo 2", "¶ 5". Not "para" (Spanish "for": "para
 * 25 años").
 */
export const NUMBERED_PARAGRAPH =
  /(?:\b(?:paragraphs?|p[aá]rrafos?)\s*(?:no\.?\s*|number\s*|n[uú]mero\s*|#\s*)?|¶\s*)(\d{1,3})\b/giu;

/**
 * Ordinal words, English and Spanish (folded), to the number they name: a closed class. "First" and "last" are not
 * here: the text places (corpus/language/text-places.txt) read them as the article's start and end.
 */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['segundo', 2],
  ['tercer', 3],
  ['tercero', 3],
  ['cuarto', 4],
  ['quinto', 5],
  ['sexto', 6],
  ['septimo', 7],
  ['setimo', 7],
  ['octavo', 8],
  ['noveno', 9],
  ['decimo', 10],
  ['undecimo', 11],
  ['onceavo', 11],
  ['duodecimo', 12],
  ['doceavo', 12],
]);

/** An ordinal word, or a number written as an ordinal ("3rd", "2º", "3er"), as the words folded write it. */
const ORDINAL = `(${[...ORDINAL_WORDS.keys()].join('|')}|\\d{1,3}(?:st|nd|rd|th|º|°|ª|o|a|er|ro|do|to|vo|no)\\.?)`;
/** A paragraph word, singular, folded. */
const PARAGRAPH_WORD = '(?:paragraph|parrafo)';

/**
 * A paragraph named by its place, in a folded question: "the third paragraph", "el segundo párrafo", "el párrafo
 * cuarto", "the 2nd paragraph". The ordinal is the first group or the second.
 */
const ORDINAL_PARAGRAPH = new RegExp(
  `\\b${ORDINAL}\\s+${PARAGRAPH_WORD}\\b|\\b${PARAGRAPH_WORD}\\s+${ORDINAL}(?!\\p{L})`,
  'gu',
);

/** A paragraph named by its place among the others, with where its words are in the text. */
export interface OrdinalParagraph {
  number: number;
  start: number;
  end: number;
}

/** The number an ordinal names ("tercera" → 3, "2nd" → 2); undefined for no ordinal. */
function ordinalNumber(ordinal: string): number | undefined {
  const digits = /^\d+/.exec(ordinal);
  if (digits) return Number(digits[0]);
  // Spanish ordinals agree with the noun: "la tercera parte", "el segundo".
  return ORDINAL_WORDS.get(ordinal) ?? ORDINAL_WORDS.get(ordinal.replace(/a$/, 'o'));
}

/** The paragraphs a question names by an ordinal ("the third paragraph", "el párrafo segundo"), in order. */
export function ordinalParagraphs(text: string): OrdinalParagraph[] {
  const folded = sameLengthFold(text);
  const found: OrdinalParagraph[] = [];
  for (const match of folded.matchAll(ORDINAL_PARAGRAPH)) {
    const number = ordinalNumber(match[1] ?? match[2] ?? '');
    if (number !== undefined && number > 0)
      found.push({ number, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * Words naming the article's first or last paragraph ("the last paragraph", "el primer párrafo", "the closing
 * paragraph"), folded: a closed class, read where the corpus's text places are not at hand.
 */
const END_PARAGRAPH = new RegExp(
  `\\b(?:first|last|final|opening|closing|concluding|primer|primero|ultimo|inicial)\\s+${PARAGRAPH_WORD}\\b|\\b${PARAGRAPH_WORD}\\s+(?:final|inicial)\\b`,
  'u',
);

/** Whether a question names a paragraph by its number or its place ("paragraph 3", "the second paragraph"). */
export function namesParagraphNumber(text: string): boolean {
  NUMBERED_PARAGRAPH.lastIndex = 0;
  const found = NUMBERED_PARAGRAPH.test(text);
  NUMBERED_PARAGRAPH.lastIndex = 0;
  return found || ordinalParagraphs(text).length > 0 || END_PARAGRAPH.test(sameLengthFold(text));
}
