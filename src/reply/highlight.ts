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

/** A passage's words, and where each form and each beginning of SHARED_BEGINNING.chars letters is among them. */
interface PassageIndex {
  words: PassageWord[];
  byForm: ReadonlyMap<string, number[]>;
  byBeginning: ReadonlyMap<string, number[]>;
}

/** Passages whose words are remembered: the translated paragraphs replies show, over and over. */
const MAX_PASSAGE_MEMO = 512;
const passageMemo = new Memo<string, PassageIndex>(MAX_PASSAGE_MEMO);

function addTo(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== at) list.push(at);
  } else map.set(key, [at]);
}

/**
 * The words of a passage of two letters or more, folded, with their forms, indexed by form and by beginning: read
 * once per passage, as every question whose answer it is bolds words in it.
 */
function passageIndex(passage: string): PassageIndex {
  return passageMemo.get(passage, () => {
    const words: PassageWord[] = [];
    const byForm = new Map<string, number[]>();
    const byBeginning = new Map<string, number[]>();
    for (const token of wordTokens(passage)) {
      const word = foldText(token.raw).replace(/'s$/, '');
      if (word.length <= 1) continue;
      const forms = matchForms(word);
      for (const form of forms) addTo(byForm, form, words.length);
      if (word.length >= SHARED_BEGINNING.chars)
        addTo(byBeginning, word.slice(0, SHARED_BEGINNING.chars), words.length);
      words.push({ start: token.start, end: token.end, word, forms });
    }
    return { words, byForm, byBeginning };
  });
}

/** What a question bolds: its meaningful words, each once, and their forms. */
interface WantedWords {
  words: readonly string[];
  forms: ReadonlySet<string>;
}

/**
 * Texts remembered with their {@link WantedWords}, by stop words: the question, which each passage of an answer asks
 * again, and the words the search matched in a passage, which recur from question to question.
 */
const MAX_QUESTION_MEMO = 1024;
const wantedMemo = new WeakMap<ReadonlySet<string>, Memo<string, WantedWords>>();

function wantedWords(question: string, stopWords: ReadonlySet<string>): WantedWords {
  let memo = wantedMemo.get(stopWords);
  if (!memo) wantedMemo.set(stopWords, (memo = new Memo(MAX_QUESTION_MEMO)));
  return memo.get(question, () => {
    const words = [...new Set(meaningfulWords(question, stopWords))];
    return { words, forms: new Set(words.flatMap(matchForms)) };
  });
}

/**
 * Character ranges of `passage` holding a word of `question` (see the module comment), in order: a word of the
 * passage with a form among the question words' forms, or sharing a long beginning with one of them
 * ({@link SHARED_BEGINNING}). Only the passage words indexed under those forms and beginnings are compared.
 *
 * @param stopWords folded words that are never bold, in every language the bot reads.
 */
export function questionHighlights(question: string, passage: string, stopWords: ReadonlySet<string>): Span[] {
  const { words, forms } = wantedWords(question, stopWords);
  if (words.length === 0) return [];
  const { words: passageWords, byForm, byBeginning } = passageIndex(passage);
  const found = new Set<number>();
  for (const form of forms) for (const at of byForm.get(form) ?? []) found.add(at);
  for (const other of words) {
    if (other.length < SHARED_BEGINNING.chars) continue;
    for (const at of byBeginning.get(other.slice(0, SHARED_BEGINNING.chars)) ?? []) {
      const { word } = passageWords[at]!;
      const shared = sharedBeginning(word, other);
      if (shared >= SHARED_BEGINNING.share * Math.min(word.length, other.length)) found.add(at);
    }
  }
  return [...found]
    .sort((a, b) => a - b)
    .filter((at) => !stopWords.has(passageWords[at]!.word))
    .map((at) => ({ start: passageWords[at]!.start, end: passageWords[at]!.end }));
}
