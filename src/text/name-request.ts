/**
 * A request for a name tacked onto a question ("q juez la soltó? **cómo se llama**", "… a una exministra peruana??
 * **como se llama**", "which judge freed her? **what's his name**"): it asks the name of the one the question before it
 * asks about, and adds nothing to search for. Read as words, Spanish "llama" is the article's verb of calling ("lo
 * llamó golpe"), so a bare "cómo se llama" found the paragraphs where someone calls something by a name.
 */
import { Latin1Twin } from './latin1-twin.js';

/**
 * After a "?" or a comma ending a question, the request for a name alone up to the end (closing marks and emoji may
 * follow): "cómo se llama(ba|n)", "cuál es su nombre", "what's / what is / what was his / her / their name".
 */
const NAME_REQUEST_TAIL = new Latin1Twin(
  String.raw`([?,]\s*)((?:y\s+|and\s+)?(?:c[oó]mo\s+se\s+llama(?:n|ba|ban)?|cu[aá]l\s+(?:es|era)\s+su\s+nombre|(?:what['’]?s|whats|what\s+is|what\s+was)\s+(?:his|her|their)\s+(?:full\s+)?names?))(?=[\s?!.¿¡\p{Extended_Pictographic}]*$)`,
  'iu',
);

/** Words the question before the request must have, so that the request names someone it asks about. */
const MIN_QUESTION_WORDS = 3;

/** The question with a request for a name after it replaced by spaces (offsets are kept); else the text as given. */
export function withoutNameRequestTail(text: string): string {
  const match = NAME_REQUEST_TAIL.for(text).exec(text);
  if (!match) return text;
  const before = text.slice(0, match.index);
  if ((before.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_QUESTION_WORDS) return text;
  const start = match.index + match[1]!.length;
  const request = match[2]!;
  return text.slice(0, start) + ' '.repeat(request.length) + text.slice(start + request.length);
}
