/**
 * A place other than the ones in view. "Which other country did Mexico cut ties with" is answered only by paragraphs
 * naming a place the question does not name and the story is not about (Ecuador, not Peru); "has Mexico broken off
 * relations with another country" puts the best of them first, then the rest.
 */
import { foldText } from '../text/fold.js';
import type { ParagraphFacts } from './paragraph-facts.js';
import type { ReadQuestion } from './query.js';

/**
 * Share of the best paragraph's score that one naming another place needs to go first for "… another country": the
 * place is asked beside the rest of the question, not instead of it (¶8 names Chile and Colombia as trade partners).
 */
const ANOTHER_PLACE_MIN_SHARE = 0.9;
/** The least share of the best score a paragraph naming another place keeps when only such places are asked for. */
const OTHER_PLACE_MIN_SHARE = 0.5;
/** "Which other country", "what other countries", "any other nation": a kind other than the ones in view. */
const OTHER_KIND = /\b(?:which|what|any) other ([a-z]+)\b/;
/**
 * "With another country": a kind other than the ones in view, beside what else the question asks; not "another
 * country's affairs", whose owner is no place asked for.
 */
const ANOTHER_KIND = /\banother ([a-z]+)\b(?!')/;
/**
 * The same in Spanish, folded, asked for: "¿con qué otro país …?", "hay otro pais …", "algún otro país"; not "los
 * diplomáticos de otro país".
 */
const SPANISH_OTHER_KIND = /(?<![a-z])(?:que|q|k|cual|cuales|algun|alguna|algunos|algunas|hay) otr[oa]s? ([a-z]+)/;
/** "¿Rompió relaciones con otro país?": beside what else the question asks, as "with another country". */
const SPANISH_ANOTHER_KIND = /(?<![a-z])(?:con|contra) otr[oa]s? ([a-z]+)/;

/** Reads whether a question asks for a place other than the ones it names, and puts such places first. */
export class OtherPlaceReader {
  /**
   * @param facts what each paragraph holds: the places it names, and which words are kinds of place
   * @param writtenForms every word as the articles write it, folded, with its term
   */
  constructor(
    private readonly facts: ParagraphFacts,
    private readonly writtenForms: ReadonlyMap<string, string>,
  ) {}

  /**
   * Whether a question asks for a place other than the ones in view ("which other country …": only such places
   * answer), or asks of one beside the rest ("… with another country": such places first). A Spanish kind
   * ("¿con qué otro país …?") is a kind of place when a word the articles write for it is one ("país": "countries").
   */
  asked(question: string, read: ReadQuestion): 'only' | 'first' | undefined {
    const folded = foldText(question);
    const kind = OTHER_KIND.exec(folded)?.[1];
    if (kind !== undefined) return this.isPlaceKind(kind, read) ? 'only' : undefined;
    const another = ANOTHER_KIND.exec(folded)?.[1];
    if (another !== undefined && this.isPlaceKind(another, read)) return 'first';
    if (!read.spanish) return undefined;
    const only = SPANISH_OTHER_KIND.exec(folded)?.[1];
    const spanishKind = only ?? SPANISH_ANOTHER_KIND.exec(folded)?.[1];
    if (spanishKind === undefined || !this.isPlaceKind(spanishKind, read, false)) return undefined;
    return only === undefined ? 'first' : 'only';
  }

  /**
   * Whether a kind a question asks for is a kind of place: in WordNet (`ownSense`), or by a word the articles write for
   * it ("nations" and "país" as "countries").
   */
  private isPlaceKind(kind: string, read: ReadQuestion, ownSense = true): boolean {
    if (ownSense && this.facts.isPlaceKind(kind)) return true;
    const terms = new Set(
      read.concepts.filter((c) => c.label === kind).flatMap((c) => c.wordings.flatMap((w) => w.terms)),
    );
    if (terms.size === 0) return false;
    for (const [written, term] of this.writtenForms)
      if (terms.has(term) && this.facts.isPlaceKind(written)) return true;
    return false;
  }

  /**
   * A list with the places asked for first (see asked): only the items naming a place the question does not
   * name ("which other country …"), or the best of them first when it scores near the best ("… with another country",
   * or when `filter` is false: a list fused from two searches, each already filtered, keeps what either found).
   */
  first<T extends { score: number }>(
    list: T[],
    question: string,
    read: ReadQuestion,
    keyOf: (item: T) => number | undefined,
    filter = true,
  ): T[] {
    const other = list.length > 0 ? this.asked(question, read) : undefined;
    if (!other) return list;
    const named = new Set(foldText(question).split(/[^\p{L}\p{N}]+/u));
    const others = list.filter((item) => {
      const key = keyOf(item);
      return key !== undefined && this.facts.namesOtherPlace(key, named);
    });
    const promoted = others[0];
    // Only places asked for, unless the best of them is far behind: "which other nations recognize Peru as a
    // democracy" is answered by ¶10's "all countries in the world", not by ¶8 naming Chile for something else.
    if (other === 'only' && promoted && filter && promoted.score >= list[0]!.score * OTHER_PLACE_MIN_SHARE)
      return others;
    if (promoted && promoted.score >= list[0]!.score * ANOTHER_PLACE_MIN_SHARE)
      return [promoted, ...list.filter((item) => item !== promoted)];
    return list;
  }
}
