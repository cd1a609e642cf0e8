/**
 * "Before <president>" and "after <president>" in a question ("who was running Peru before Jeri", "the person who led
 * Peru after Castillo"): a head of state named right after "before" or "after" bounds a time by their term in office,
 * so the question asks of the holder before or after them — their predecessor or successor, words the aliases know
 * ("Sheinbaum predecessor", "successor"). Read with "before" and "after" as stop words, only the name was left, and
 * the paragraph naming that person in passing ("under President Jose Jeri") outranked the one telling who held the
 * office before or after them ("Dina Boluarte assumed the presidency … Jeri's rise to the presidency").
 */
import { wordTokens, type WordToken } from '../text/analyzer.js';
import { foldText } from '../text/fold.js';

/** The office whose holders a name after "before" or "after" dates ("President Jose Jeri", "ex-president Castillo"). */
const PRESIDENT_TITLE = /(?<![\p{L}\p{N}])president\s+/giu;
/** Capitalised words right after the title: the holder's name ("Dina Boluarte", "Andrés Manuel López Obrador"). */
const NAME_AFTER_TITLE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*/u;
/** What "before" and "after" name about a holder: the one before them and the one after them. */
const HOLDER_AT = { before: 'predecessor', after: 'successor' } as const;
/** Words before "before" or "after" within which a role taking it may stand ("head of state right after"). */
const ROLE_REACH = 4;
/** Particles a name may hold between its words ("Hugo de Zela"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la']);

/**
 * Folded names of the people the texts write right after the title "president" ("jeri", "jose", "castillo",
 * "boluarte"): holders of an office, one after another.
 */
export function presidentNames(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const title of text.matchAll(PRESIDENT_TITLE)) {
      const name = NAME_AFTER_TITLE.exec(text.slice(title.index + title[0].length));
      for (const token of wordTokens(name?.[0] ?? '')) names.add(foldText(token.raw));
    }
  }
  return names;
}

/**
 * The question with "before <president>" read as "<president> predecessor" and "after <president>" as "<president>
 * successor" (see the module's comment). Not before a possessive ("after Castillo's arrest"): that dates by an event
 * of theirs, not by their term. `readsAsHolder` tells whether the words just before a particle (up to
 * {@link ROLE_REACH}) already read as such a holder with it.
 */
export function withHolderBeforeOrAfter(
  text: string,
  isPresident: (folded: string) => boolean,
  readsAsHolder: (words: readonly string[], particle: string) => boolean,
): string {
  const tokens = wordTokens(text);
  let out = '';
  let copied = 0;
  for (let i = 0; i < tokens.length; i++) {
    const particle = foldText(tokens[i]!.raw) as keyof typeof HOLDER_AT;
    if (!Object.hasOwn(HOLDER_AT, particle) || roleTakesParticle(tokens, i, readsAsHolder)) continue;
    const last = lastNameToken(tokens, i + 1, isPresident);
    if (last === undefined || /^['’]s?(?![\p{L}\p{N}])/u.test(text.slice(tokens[last]!.end))) continue;
    const name = text.slice(tokens[i + 1]!.start, tokens[last]!.end);
    out += `${text.slice(copied, tokens[i]!.start)}${name} ${HOLDER_AT[particle]}`;
    copied = tokens[last]!.end;
    i = last;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Whether the words shortly before the particle at `at` already read as a holder before or after someone ("the
 * president of Peru before Jeri", "Peru's leader after Castillo", "who came after Boluarte", "who took over after
 * Castillo"): the aliases then read the predecessor or successor, and the name says whose.
 */
function roleTakesParticle(
  tokens: readonly WordToken[],
  at: number,
  readsAsHolder: (words: readonly string[], particle: string) => boolean,
): boolean {
  const words = tokens.slice(Math.max(0, at - ROLE_REACH), at).map((token) => foldText(token.raw));
  return readsAsHolder(words, foldText(tokens[at]!.raw));
}

/** The index of the last token of a president's name starting at `first`, or undefined when none starts there. */
function lastNameToken(
  tokens: readonly WordToken[],
  first: number,
  isPresident: (folded: string) => boolean,
): number | undefined {
  let last: number | undefined;
  for (let n = first; n < tokens.length; n++) {
    const folded = foldText(tokens[n]!.raw);
    if (isPresident(folded)) last = n;
    else if (!NAME_PARTICLES.has(folded) || last === undefined) break;
  }
  return last;
}
