/**
 * What a question says someone meant to avoid ("¿dónde se escondió para que no la agarren?", "where did she hide so
 * the police couldn't arrest her"): the act avoided is not what is asked about, and its words ("arrest", "detain")
 * would lead to the paragraphs where it did happen, to others. A purpose clause of avoidance closing the question is
 * set aside (offsets kept).
 */
import { Latin1Twin } from './latin1-twin.js';

const AVOIDED = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(?:para que|para q|pa que|pa q|pa' que|pa' q|so that|so)\s+(?:(?:they|the\s+\p{L}+|police|cops|nobody|no one|he|she)\s+)?(?:no|can't|cant|couldn't|couldnt|don't|dont|won't|wont|wouldn't|wouldnt|can not|cannot|could not)(?![\p{L}\p{N}])[^?¿]*`,
  'iu',
);

/** Words a question has before a clause it closes with. */
const MIN_WORDS_BEFORE = 3;

/** The question with a closing clause of what was meant to be avoided replaced by spaces. */
export function withoutAvoidedAct(text: string): string {
  const match = AVOIDED.for(text).exec(text);
  // After the question it closes ("so no ties are left?" opens a question, not a clause).
  if (!match || (text.slice(0, match.index).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS_BEFORE) return text;
  const end = match.index + match[0].length;
  // Only a clause closing its question: what follows is at most a question mark and chat.
  if (
    /[\p{L}\p{N}]/u.test(
      text
        .slice(end)
        .replace(/^[?!.\s]*/u, '')
        .replace(/[\p{Emoji_Presentation}\s]/gu, ''),
    )
  )
    return text;
  return text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(end);
}
