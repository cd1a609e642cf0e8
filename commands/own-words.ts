/**
 * A question asking for someone's own words ("how does Sheinbaum explain the asylum decision in her own words?",
 * "find a quote where the Mexican president explains …") is answered by the paragraph quoting that speaker whose
 * quoted words write most of what it asks: ¶4's "her request was evaluated as all such requests are evaluated" for
 * how the request was handled, not ¶7, where Mexico's foreign ministry states the country's case, nor ¶1, which only
 * reports the asylum.
 */
import type { AppContext } from '../src/context.js';
import type { Quotation } from '../src/content/types.js';
import { leadWords } from '../src/content/lead-phrases.js';
import type { SearchHit, SearchResponse } from '../src/search/engine.js';

/**
 * Words asking for a speaker's own words, folded: "in her own words", "the president's own words", "a quote",
 * "her quoted statement", "verbatim", "exact words" (a closed set of English phrases). Not "quoted" as a verb: "which
 * outlet quoted de Zela" asks who reported him.
 */
const ASKS_OWN_WORDS =
  /(?<![\p{L}])(?:own words|(?:her|his|their|its) words|exact words|quotes?|quotations?|(?:her|his|their|its|the) quoted|verbatim)(?![\p{L}])/u;

/** A speaker quoted in the article and the single words that name them (their name, surname and aliases). */
interface QuotedSpeaker {
  readonly id: string;
  readonly words: ReadonlySet<string>;
}

/** {@link quotedSpeakers} of each content met: they depend on the content alone, not on the question. */
const speakersOf = new WeakMap<AppContext['content'], readonly QuotedSpeaker[]>();

/** A quoted speaker's id, party, and name and aliases folded ({@link foldedWords}), as {@link foldedSpeakers} gives. */
export interface FoldedSpeaker {
  readonly id: string;
  readonly party: string | undefined;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** {@link foldedSpeakers} of each content met: they depend on the content alone, not on the question. */
const foldedSpeakersOf = new WeakMap<
  AppContext['content'],
  { speakers: readonly FoldedSpeaker[]; partyNames: ReadonlySet<string> }
>();

/**
 * The quoted speakers with their name and aliases folded, and the parties' names folded (a name that is also a
 * party's, "Peru", "Mexico", names no speaker), once per content rather than once per question.
 */
export function foldedSpeakers(content: AppContext['content']): {
  speakers: readonly FoldedSpeaker[];
  partyNames: ReadonlySet<string>;
} {
  let known = foldedSpeakersOf.get(content);
  if (known === undefined) {
    known = {
      partyNames: new Set(content.positions.parties.flatMap((p) => [p.name.en, p.name.es].map(foldedWords))),
      speakers: content.quotes.speakers.map((speaker) => ({
        id: speaker.id,
        party: speaker.party,
        name: foldedWords(speaker.name.en),
        aliases: speaker.aliases.map(foldedWords),
      })),
    };
    foldedSpeakersOf.set(content, known);
  }
  return known;
}

/**
 * The quoted speakers with the single words naming them, folded: the last word of their name and their aliases of
 * one word ("sheinbaum", "claudia", "zela", "sre"), not those naming a party ("Mexico" is Sheinbaum's alias and the
 * SRE's too: it names neither). Roles of several words ("foreign minister") are read by the search's aliases.
 */
function quotedSpeakers(content: AppContext['content']): readonly QuotedSpeaker[] {
  let known = speakersOf.get(content);
  if (known === undefined) {
    const { speakers, partyNames } = foldedSpeakers(content);
    known = speakers.map((speaker) => ({
      id: speaker.id,
      words: new Set(
        [speaker.name.split(' ').at(-1)!, ...speaker.aliases].filter(
          (name) => name !== '' && !name.includes(' ') && !partyNames.has(name),
        ),
      ),
    }));
    speakersOf.set(content, known);
  }
  return known;
}

/** A text's folded words, one space apart. */
export function foldedWords(text: string): string {
  return leadWords(text)
    .map((word) => word.word)
    .join(' ');
}

/**
 * The one quoted speaker a question names, by a name written ("Sheinbaum") or through the words the search reads it
 * with ("the Mexican president" is read as President Claudia Sheinbaum, corpus/aliases.txt); undefined when it names
 * none or several.
 */
function speakerNamed(question: string, context: AppContext): string | undefined {
  const terms = new Set(
    context.engine.understand(question).flatMap((c) => c.wordings.filter((w) => !w.loose).flatMap((w) => w.terms)),
  );
  const named = quotedSpeakers(context.content).filter((speaker) => [...speaker.words].some((w) => terms.has(w)));
  return named.length === 1 ? named[0]!.id : undefined;
}

/**
 * The quoted speaker whose own words a question asks for ("in her own words", "a quote where the Mexican president
 * …"); undefined when it asks for no one's.
 */
export function ownWordsAsked(question: string, context: AppContext): string | undefined {
  return ASKS_OWN_WORDS.test(foldedWords(question)) ? speakerNamed(question, context) : undefined;
}

/** A paragraph quoting the speaker asked about, with how much of the question its quotations write. */
interface QuotingParagraph {
  readonly hit: SearchHit;
  readonly share: number;
}

/**
 * The response with the passage quoting the speaker a question asks the own words of first: of the passages shown
 * that quote them, the one whose quotations write the largest share of what the question asks (engine.quotedShare),
 * the search's first of them on a tie. Unchanged when the question asks no one's own words, names no one
 * quoted, or no passage's quotations write anything it asks (a quote about something else is no answer to it).
 * Only the page shown is reordered, as for a party's stated case (ask-lead.ts).
 */
export function ownWordsFirst<R extends SearchResponse>(question: string, response: R, context: AppContext): R {
  if (!response.answered || response.hits.length < 2) return response;
  const speaker = ownWordsAsked(question, context);
  if (speaker === undefined) return response;
  const { quotations, source } = context.content.quotes;
  const quoting = response.hits.flatMap((hit): QuotingParagraph[] => {
    const quotes = quotationsOf(quotations, speaker, hit, source);
    if (quotes.length === 0) return [];
    const share = context.engine.quotedShare(question, hit.docId, hit.paragraph, quotes);
    return [{ hit, share }];
  });
  const best = quoting.reduce<QuotingParagraph | undefined>(
    (top, p) => (top === undefined || p.share > top.share ? p : top),
    undefined,
  );
  if (best === undefined || best.share === 0 || best.hit === response.hits[0]) return response;
  return { ...response, hits: [best.hit, ...response.hits.filter((hit) => hit !== best.hit)] };
}

/** The words a speaker is quoted with in a passage's paragraph (none when the paragraph is not the quotes' source). */
function quotationsOf(quotations: readonly Quotation[], speaker: string, hit: SearchHit, source: string): string[] {
  if (hit.docId !== source) return [];
  return quotations.filter((q) => q.speaker === speaker && q.paragraph === hit.paragraph).map((q) => q.quote);
}
