/**
 * Name statistics of the corpus, read once at start-up: which words are names ("Zela", "Ornelas"), which names are
 * given names always followed by the same surname, and every word as the articles write it. The question reader
 * matches typed names and typos of names against them; declines quote a name as the article writes it.
 */
import type { Analyzer, ContentWord } from '../text/analyzer.js';
import type { Span } from '../text/span.js';

/** What the statistics read of a paragraph. */
export interface NamedParagraph {
  text: string;
  sentences: Span[];
  /** The paragraph's words by each term they index under. */
  wordsByTerm: Map<string, ContentWord[]>;
}

/** What may stand between a given name and the next part of the name: spaces, or a particle such as "de". */
const NAME_GAP = /^\s+(?:(?:de|del|de la|la|van|von|da|dos)\s+)?$/i;

/**
 * Names always followed by the same word in every article ("Pedro" → "Castillo", "Hugo [de] Zela"): given names,
 * by term. A capitalised word written before different words ("President Jeri", "President Sheinbaum") is not one.
 */
export function givenNames(
  paragraphs: NamedParagraph[],
  nameTerms: ReadonlySet<string>,
  analyzer: Analyzer,
): Map<string, string> {
  const following = new Map<string, Set<string>>();
  for (const paragraph of paragraphs) {
    const words = analyzer.contentWords(paragraph.text);
    words.forEach((word, i) => {
      if (!nameTerms.has(word.stem)) return;
      const next = words[i + 1];
      // Written together: only spaces, or a name particle ("Hugo de Zela"), between them; "Ministry of Foreign" and
      // "Chile, Colombia" are not one name.
      const together =
        next !== undefined && nameTerms.has(next.stem) && NAME_GAP.test(paragraph.text.slice(word.end, next.start));
      const set = following.get(word.stem) ?? new Set<string>();
      set.add(together ? next.stem : '');
      following.set(word.stem, set);
    });
  }
  const given = new Map<string, string>();
  for (const [term, nexts] of following) {
    const [only] = [...nexts];
    if (nexts.size === 1 && only) given.set(term, only);
  }
  return given;
}

/** Every content word as the articles write it, folded, with its term. */
export function writtenForms(paragraphs: NamedParagraph[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const paragraph of paragraphs)
    for (const words of paragraph.wordsByTerm.values()) for (const word of words) forms.set(word.folded, word.stem);
  return forms;
}

/**
 * Names as the articles write them (folded word → its term): words capitalised in at least three quarters of
 * their appearances that do not open a sentence, where every word is capitalised.
 */
export function nameForms(paragraphs: NamedParagraph[]): Map<string, string> {
  const counts = new Map<string, { term: string; capital: number; total: number }>();
  for (const paragraph of paragraphs) {
    const starts = new Set(
      paragraph.sentences.map(
        (span) => span.start + Math.max(0, paragraph.text.slice(span.start).search(/[\p{L}\p{N}]/u)),
      ),
    );
    const words = new Set([...paragraph.wordsByTerm.values()].flat());
    for (const word of words) {
      if (starts.has(word.start)) continue;
      const count = counts.get(word.folded) ?? { term: word.stem, capital: 0, total: 0 };
      count.total++;
      if (/^\p{Lu}/u.test(word.raw)) count.capital++;
      counts.set(word.folded, count);
    }
  }
  const names = new Map<string, string>();
  for (const [folded, { term, capital, total }] of counts) if (capital / total >= 0.75) names.set(folded, term);
  return names;
}

/** A name as written, from its first matched word: "Ornelas" of "Karla Ornelas" gives "Karla Ornelas". */
export function writtenName(text: string, word: ContentWord): string {
  const capital = /^\p{Lu}/u.test(word.raw);
  if (!capital) return word.raw;
  const before = /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:de|del|la)\s+)?)*)$/u.exec(text.slice(0, word.start))?.[1] ?? '';
  const after = /^((?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(text.slice(word.end))?.[1] ?? '';
  return `${before}${text.slice(word.start, word.end)}${after}`.replace(/[’']s$/, '').trim();
}
