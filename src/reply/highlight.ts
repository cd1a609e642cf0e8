/**
 * Bold for a passage the search did not read itself (a translation of the passage it found): the question's words
 * found in it, ignoring accents and case, in another form of the same word ("relacion" finds "relaciones", "mexico"
 * finds "México", "expulsó" finds "expulsar"). Stop words ("qué", "la", "the") are never bold.
 */
import { wordTokens } from '../text/analyzer.js';
import { withoutChatMarkup } from '../text/chat.js';
import { foldText } from '../text/fold.js';
import { Memo } from '../text/memo.js';
import type { Span } from '../text/span.js';

/** A derived form shorter than this is too vague to match on ("cas" of both "caso" and "casa"). */
const MIN_DERIVED_FORM = 4;
/**
 * Two words sharing a beginning this long, covering this share of the shorter one, are forms of one word ("expulsó",
 * "expulsar"; "declaró", "declaraciones"): Spanish verbs and nouns change their endings more than plurals do.
 */
const SHARED_BEGINNING = { chars: 6, share: 0.75 };

function sharedBeginning(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Whether a folded word of a passage, with its {@link matchForms}, is a form of one of the question's words. */
function isFormOf(
  word: string,
  forms: readonly string[],
  wanted: { forms: ReadonlySet<string>; words: readonly string[] },
): boolean {
  if (forms.some((form) => wanted.forms.has(form))) return true;
  return wanted.words.some((other) => {
    const shared = sharedBeginning(word, other);
    return shared >= SHARED_BEGINNING.chars && shared >= SHARED_BEGINNING.share * Math.min(word.length, other.length);
  });
}

/**
 * The forms a folded word is matched by: itself, without a plural ending ("-es", "-s"), and without a final
 * gender or verb vowel ("peruano" and "peruana" share "peruan"). Spanish endings, which also fit most English words.
 */
export function matchForms(folded: string): string[] {
  const singular =
    folded.endsWith('es') && folded.length > 4
      ? [folded.slice(0, -2), folded.slice(0, -1)]
      : folded.endsWith('s') && folded.length > 3
        ? [folded.slice(0, -1)]
        : [];
  const forms = [folded, ...singular].flatMap((form) => (/[aeo]$/.test(form) ? [form, form.slice(0, -1)] : [form]));
  return [...new Set(forms.filter((form, i) => i === 0 || form.length >= MIN_DERIVED_FORM))];
}

/** The folded words of a text that carry meaning: no stop words, no single letters, no chat markup. */
function meaningfulWords(text: string, stopWords: ReadonlySet<string>): string[] {
  return wordTokens(withoutChatMarkup(text))
    .map((token) => foldText(token.raw).replace(/'s$/, ''))
    .filter((word) => word.length > 1 && !stopWords.has(word));
}

/** A word of a passage as highlighting compares it: where it is, folded, and its {@link matchForms}. */
interface PassageWord extends Span {
  word: string;
  forms: string[];
}

/** Passages whose words are remembered: the translated paragraphs replies show, over and over. */
const MAX_PASSAGE_MEMO = 512;
const passageWordMemo = new Memo<string, PassageWord[]>(MAX_PASSAGE_MEMO);

/**
 * The words of a passage of two letters or more, folded, with their forms: read once per passage, as every question
 * whose answer it is bolds words in it.
 */
function passageWords(passage: string): PassageWord[] {
  return passageWordMemo.get(passage, () => {
    const words: PassageWord[] = [];
    for (const token of wordTokens(passage)) {
      const word = foldText(token.raw).replace(/'s$/, '');
      if (word.length > 1) words.push({ start: token.start, end: token.end, word, forms: matchForms(word) });
    }
    return words;
  });
}

/**
 * Character ranges of `passage` holding a word of `question` (see the module comment), in order.
 *
 * @param stopWords folded words that are never bold, in every language the bot reads.
 */
export function questionHighlights(question: string, passage: string, stopWords: ReadonlySet<string>): Span[] {
  const words = [...new Set(meaningfulWords(question, stopWords))];
  if (words.length === 0) return [];
  const wanted = { forms: new Set(words.flatMap(matchForms)), words };
  const highlights: Span[] = [];
  for (const { start, end, word, forms } of passageWords(passage)) {
    if (stopWords.has(word)) continue;
    if (isFormOf(word, forms, wanted)) highlights.push({ start, end });
  }
  return highlights;
}
