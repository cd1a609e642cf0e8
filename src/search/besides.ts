/**
 * "Besides <something>" in a question ("what did Jeri do besides breaking relations", "what steps beyond cutting
 * relations", "¿qué medidas tomó además de romper relaciones?"): the question asks for something else, so what it
 * sets aside names no part of its topic. Read with it, the paragraph reporting the thing set aside (¶1's rupture)
 * outranked the one answering (¶5's expulsion).
 */
import { collapseWhitespace, foldText } from '../text/fold.js';
import { Latin1Twin } from '../text/latin1-twin.js';
import { asksDeeds } from './candidate-order.js';

/**
 * Words that set something aside, then the words set aside, up to a mark, a question word or the end, six words at
 * most (each word whole, so a long word is never split and the match stays linear).
 */
const BESIDES = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(?:besides|apart from|aside from|other than|in addition to|beyond|adem[aá]s de(?:l)?|aparte de(?:l)?|m[aá]s all[aá] de(?:l)?)\s+([^\s,.;:?!¿¡]+(?:\s+[^\s,.;:?!¿¡]+){0,5}?)(?=\s*[,.;:?!¿¡]|\s+(?:what|who|which|how|where|when|why|did|does|is|are|was|were|qu[eé]|qui[eé]n(?:es)?|cu[aá]l(?:es)?|c[oó]mo|d[oó]nde|cu[aá]ndo|por qu[eé])(?![\p{L}\p{N}])|\s*$)`,
  'iu',
);

/** Where a set-aside ends: a mark, a question word (another question begins) or the end. */
const SET_ASIDE_END = String.raw`(?=\s*[,.;:?!¿¡]|\s+(?:what|who|which|how|where|when|why|did|does|is|are|was|were|qu[eé]|qui[eé]n(?:es)?|cu[aá]l(?:es)?|c[oó]mo|d[oó]nde|cu[aá]ndo|por qu[eé])(?![\p{L}\p{N}])|\s*$)`;

/**
 * In a question asking what someone did, "after" and an act of theirs ("what steps did Peru take after announcing the
 * break", "¿qué medidas tomó el gobierno tras anunciar la ruptura?"): a verb (English "-ing", a Spanish infinitive)
 * and the words after it, six at most. The act after which the deeds came is not one of them, as what is set aside
 * by "besides" is not: read as the topic, it found the paragraphs telling the act (¶1's and ¶2's announcement).
 */
const AFTER_OWN_ACT = new Latin1Twin(
  String.raw`(?<![\p{L}\p{N}])(?:after|right after|tras|despu[eé]s de|luego de)\s+(\p{L}{2,}(?:ing|ar|er|ir)(?:\s+[^\s,.;:?!¿¡]+){0,5}?)${SET_ASIDE_END}`,
  'iu',
);

/**
 * The question without what it sets aside ("¿qué medidas tomó Jeri?" for "¿qué medidas tomó Jeri además de romper
 * relaciones?"), or undefined when it sets nothing aside.
 */
export function withoutSetAside(question: string): string | undefined {
  const match = setAsideMatch(question);
  if (!match) return undefined;
  return collapseWhitespace(`${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`);
}

/** The words a question sets aside ("cutting diplomatic ties" of "what else did Peru do besides cutting diplomatic
 * ties"), or undefined. */
export function setAsideOf(question: string): string | undefined {
  return setAsideMatch(question)?.[1]!.trim();
}

/** What a question sets aside: after "besides" and its like, else, of one asking deeds, after "after" and an act. */
function setAsideMatch(question: string): RegExpExecArray | undefined {
  const match =
    BESIDES.for(question).exec(question) ??
    (asksDeeds(foldText(question)) ? AFTER_OWN_ACT.for(question).exec(question) : null);
  return match && match[1]!.trim() ? match : undefined;
}
