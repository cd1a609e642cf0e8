/**
 * A place other than the ones in view. "Which other country did Mexico cut ties with" is answered only by paragraphs
 * naming a place the question does not name and the story is not about (Ecuador, not Peru); "has Mexico broken off
 * relations with another country" puts the best of them first, then the rest.
 */
import { foldText } from '../text/fold.js';
import { BESIDE, COUNTERPART_TIES, type ParagraphFacts } from './paragraph-facts.js';
import type { ReadQuestion } from './query.js';
import { writtenFormsOf } from './written-forms.js';

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

/**
 * Dealings with the other place asked for: a tie before it ("broke up **with another** country", "beefing **w any
 * other** countries", "¿**con qué otra** nación …?", "con otro país"; not "con otros países", any at all), or left at
 * the end of its clause after it ("which other country did Mexico fall out **with** over …", "otro país … **con el
 * que** México se peleó"); not a tie to places named ("which other countries are in the Pacific Alliance with Peru
 * and Mexico").
 */
const DEALINGS_WITH_OTHER: readonly RegExp[] = [
  /\b(?:with|w|against) (?:(?:any|an|some) )?(?:other|another)\b/,
  /\b(?:con|contra) (?:(?:que|q|cual|cuales|algun|alguna|algunos|algunas) otr[oa]s?|otr[oa])\b/,
  /\bother [a-z]+\b.*\b(?:with|w|against)(?: (?:over|in|after|before|because|for|since|about|during|recently|too|again)\b|\W*$)/,
  /\botr[oa]s? .*\bcon (?:el|la|los|las) (?:que|q|cual|cuales)\b/,
];
/** Share of the best paragraph's score a paragraph dealing with no other place needs to come before it. */
const COUNTERPART_MIN_SHARE = 0.4;
/** Results looked at for one dealing with no other place: the best and the three after it. */
const COUNTERPART_REACH = 4;
/** Question words before a kind of place that ask which place ("with which country", "con qué país", "q paises"). */
const PLACE_ASKERS: ReadonlySet<string> = new Set(['which', 'what', 'que', 'q', 'k', 'cual', 'cuales']);
/** Words joining two places a question asks of together ("Mexico **and** Peru", "México **y** Perú"). */
const PLACES_JOINED: ReadonlySet<string> = new Set(['and', 'y', 'e']);
/**
 * The story's two countries named as such: "the two countries", "both nations", "los dos países", "each other" (not
 * "two countries" of South America).
 */
const BOTH_PARTIES =
  /\b(?:the two (?:countries|nations|governments)|both (?:countries|nations|governments|sides)|(?:los|ambos) (?:dos )?(?:paises|gobiernos|naciones)|each other)\b/;

/** The names the counterpart check reads (see NamesAsked). */
export interface PlaceNames {
  /** The articles' name terms a question's words write. */
  written(question: string): ReadonlySet<string>;
  /** Name terms of people. */
  readonly personTerms: ReadonlySet<string>;
}

/** Reads whether a question asks for a place other than the ones it names, and puts such places first. */
export class OtherPlaceReader {
  /**
   * @param facts what each paragraph holds: the places it names, and which words are kinds of place
   * @param writtenForms every word as the articles write it, folded, with its term
   */
  constructor(
    private readonly facts: ParagraphFacts,
    private readonly writtenForms: ReadonlyMap<string, string>,
    private readonly names: PlaceNames,
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
   * The mirror of {@link first}: a question about the story's own parties ("has Mexico clashed **with Peru** over
   * asylum before?", "¿… chocado antes con Perú …?", "between the two countries") is not answered by a best paragraph
   * whose dealings are with another place (¶9: "Mexico broke off relations with Ecuador"). The first of the next
   * results dealing with no other place, scoring at least {@link COUNTERPART_MIN_SHARE} of the best, comes first.
   * Not when the question names something rare the best paragraph names ("the raid in Quito", "the Jorge Glas case").
   */
  private sameCounterpartFirst<T extends { score: number }>(
    list: T[],
    question: string,
    read: ReadQuestion,
    keyOf: (item: T) => number | undefined,
  ): T[] {
    const leadKey = list.length > 1 ? keyOf(list[0]!) : undefined;
    if (leadKey === undefined) return list;
    const elsewhere = this.facts.counterparts(leadKey);
    if (elsewhere.length === 0) return list;
    const asked = this.counterpartAsked(question, read);
    if (asked === undefined) return list;
    const dealsElsewhere = (key: number) => this.facts.counterparts(key).some((term) => !asked.has(term));
    if (!dealsElsewhere(leadKey)) return list;
    // "The Jorge Glas case in relation to the dispute with Peru": the best paragraph's own dealings are asked of too.
    const written = this.names.written(question);
    if ([...written].some((term) => this.facts.isRare(term) && this.facts.holdsTerm(term, leadKey))) return list;
    const lead = list[0]!;
    const promoted = list.slice(1, COUNTERPART_REACH).find((item) => {
      const key = keyOf(item);
      return key !== undefined && item.score >= lead.score * COUNTERPART_MIN_SHARE && !dealsElsewhere(key);
    });
    return promoted ? [promoted, ...list.filter((item) => item !== promoted)] : list;
  }

  /**
   * The places a question names, when it asks of dealings with or between them: a place after "with", "against",
   * "between" ("con", "contra", "entre"; not "along with"), within {@link COUNTERPART_REACH} words ("con la
   * administración mexicana"), or two places together ("Peru-Mexico relations", "have Mexico and Peru fought"), or
   * the story's two countries as such ("the two countries", "los dos países", "each other"). Undefined when it asks
   * of no such dealings, or asks which place ("¿con qué país …?").
   */
  private counterpartAsked(question: string, read: ReadQuestion): Set<string> | undefined {
    const folded = foldText(question);
    const words = folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
    // "¿Con qué país rompió México relaciones?", "which nations …": the place dealt with is what is asked.
    if (
      words.some(
        (word, at) =>
          PLACE_ASKERS.has(word) &&
          at + 1 < words.length &&
          this.names.written(words[at + 1]!).size === 0 &&
          this.isPlaceKind(words[at + 1]!, read, true),
      )
    )
      return undefined;
    const places = words.map((word) => this.placeTerms(word, read));
    const named = new Set(places.flat());
    if (BOTH_PARTIES.test(folded)) return named;
    const dealing = words.some(
      (word, at) =>
        (COUNTERPART_TIES.has(word) &&
          !BESIDE.has(words[at - 1] ?? '') &&
          places.slice(at + 1, at + 1 + COUNTERPART_REACH).some((terms) => terms.length > 0)) ||
        (places[at]!.length > 0 &&
          ((places[at + 1]?.length ?? 0) > 0 ||
            (PLACES_JOINED.has(words[at + 1] ?? '') && (places[at + 2]?.length ?? 0) > 0))),
    );
    return dealing ? named : undefined;
  }

  /**
   * The name terms of a place a question's word names: a name the articles write that is no person's ("Peru",
   * "Peruvians"), or a word read only as one ("mexicana": Mexico).
   */
  private placeTerms(word: string, read: ReadQuestion): string[] {
    const written = [...this.names.written(word)].filter((term) => !this.names.personTerms.has(term));
    if (written.length > 0) return written;
    const own = read.concepts.find((c) => c.label === word)?.wordings.filter((w) => !w.loose) ?? [];
    return own.length > 0 && own.every((w) => w.terms.length === 1 && this.isPlaceTerm(w.terms[0]!))
      ? own.map((w) => w.terms[0]!)
      : [];
  }

  /** Whether a term is a place's name as the articles write it ("mexico"). */
  private isPlaceTerm(term: string): boolean {
    if (this.names.personTerms.has(term)) return false;
    return this.formsOf(term).some(
      (written) => this.facts.isPlaceKind(written) && this.names.written(written).has(term),
    );
  }

  /** The words the articles write for a term: a check of a question's few terms reads only their forms. */
  private formsOf(term: string): readonly string[] {
    return writtenFormsOf(this.writtenForms, term);
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
    return [...terms].some((term) => this.formsOf(term).some((written) => this.facts.isPlaceKind(written)));
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
    if (!other) return this.sameCounterpartFirst(list, question, read, keyOf);
    const words = foldText(question).split(/[^\p{L}\p{N}]+/u);
    const named = new Set(words);
    const naming = list.filter((item) => {
      const key = keyOf(item);
      return key !== undefined && this.facts.namesOtherPlace(key, named);
    });
    // Dealings with another place asked ("which other country did Mexico fall out with"): a paragraph dealing with one
    // ("Mexico broke off relations with Ecuador") before those only naming one ("along with Chile and Colombia", "the
    // embassy in Lima").
    const spaced = words.join(' ');
    const dealing = DEALINGS_WITH_OTHER.some((pattern) => pattern.test(spaced))
      ? naming.filter((item) => this.facts.counterparts(keyOf(item)!).some((term) => !named.has(term)))
      : [];
    const others = [...dealing, ...naming.filter((item) => !dealing.includes(item))];
    const best = list[0]!.score;
    // Only places asked for, unless the best of them is far behind: "which other nations recognize Peru as a
    // democracy" is answered by ¶10's "all countries in the world", not by ¶8 naming Chile for something else.
    if (other === 'only' && naming[0] && filter && naming[0].score >= best * OTHER_PLACE_MIN_SHARE) return others;
    // Beside the rest of the question, a place named near the best; a place dealt with is what is asked.
    const promoted =
      dealing[0] && dealing[0].score >= best * OTHER_PLACE_MIN_SHARE
        ? dealing[0]
        : naming[0] && naming[0].score >= best * ANOTHER_PLACE_MIN_SHARE
          ? naming[0]
          : undefined;
    return promoted ? [promoted, ...list.filter((item) => item !== promoted)] : list;
  }
}
