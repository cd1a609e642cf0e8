/**
 * A paragraph named by its number in a question: "paragraph 11", "párrafo 2", "¶ 5". Not "para" (Spanish "for": "para
 * 25 años").
 */
export const NUMBERED_PARAGRAPH =
  /(?:\b(?:paragraphs?|p[aá]rrafos?)\s*(?:no\.?\s*|number\s*|n[uú]mero\s*|#\s*)?|¶\s*)(\d{1,3})\b/giu;

/** Whether a question names a paragraph by its number. */
export function namesParagraphNumber(text: string): boolean {
  NUMBERED_PARAGRAPH.lastIndex = 0;
  const found = NUMBERED_PARAGRAPH.test(text);
  NUMBERED_PARAGRAPH.lastIndex = 0;
  return found;
}
