/**
 * How long an answer should be ("in 2-3 sentences", "in one paragraph", "en tres líneas"): an instruction to whoever
 * answers, never a topic. Read as words, "sentences" would find the article's prison sentence and "paragraph" its
 * paragraphs.
 */
import { Latin1Twin } from './latin1-twin.js';
const COUNT =
  '(?:a|an|one|two|three|four|five|a few|a couple of|a short|one short|un|una|dos|tres|cuatro|cinco|unas|unos|pocas|pocos|unas pocas|unos pocos|\\d+(?:\\s*(?:-|–|to|or|a|o)\\s*\\d+)?)';
const UNIT =
  '(?:short\\s+|brief\\s+|breves\\s+)?(?:sentences?|lines?|paragraphs?|words?|bullet points?|oraciones?|frases?|l[ií]neas?|p[aá]rrafos?|palabras?)';
const ANSWER_FORMAT = new Latin1Twin(`(?<![\\p{L}\\p{N}])(?:in|en)\\s+${COUNT}\\s+${UNIT}(?![\\p{L}\\p{N}])`, 'giu');

/** The question with its answer-length instructions replaced by spaces (offsets are kept). */
export function withoutAnswerFormat(text: string): string {
  return text.replace(ANSWER_FORMAT.for(text), (match) => ' '.repeat(match.length));
}
