/**
 * A capital named as a government ("why did Lima cut ties with Mexico City?", "según Lima"): read as its country,
 * which the articles name where they report what that government did. A capital after a word of place ("the embassy
 * in Lima", "en Lima") stays the city.
 */
import type { Capital } from '../corpus/load.js';
import { foldText, sameLengthFold } from '../text/fold.js';
import { SPANISH_GOING } from './journey.js';

/**
 * Words before a capital that make it a place ("in Lima", "a district of Quito", "desde Quito"), not a government
 * ("the government of Lima", "el gobierno de Lima": Spanish "de" after a word for a government is its "of"; so too
 * after a noun of action, which Spanish makes with "-ción" or "-sión": "la decisión de Lima" is the government's).
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|to|from|near|into|inside|outside|around|(?:part|parts|area|neighbou?rhood|district|street|streets|city|town|region|zone|outskirts|centre|center) of|en|a|(?<!(?:gobierno|gobiernos|autoridades|cancilleria|regimen|\p{L}+[cs]ion|\p{L}+[cs]iones)\s+)de|desde|hacia|cerca de|dentro de)\s+$/iu;

/**
 * A capital between the Spanish "a" that marks whom a verb acts on and the "a" of what it is brought to do ("¿qué
 * motivó a Lima a cortar los lazos …?", "obligó a Quito a romper"): the capital does the deed, so it is a government,
 * not where someone goes ("viajó a Lima a pedir asilo", a verb of going before it: see SPANISH_GOING).
 */
const MARKED_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s+a\s+$/u;
const INFINITIVE_AFTER = /^\s+a\s+\p{L}+(?:ar|er|ir)(?![\p{L}])/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A compiled list of capitals, longest name first ("Mexico City" before any shorter name). */
export class Capitals {
  private readonly pattern: RegExp | undefined;
  /** Any capital's name anywhere, for the cheap first look. */
  private readonly anywhere: RegExp | undefined;
  private readonly countryOf = new Map<string, string>();

  constructor(capitals: readonly Capital[]) {
    const names: string[] = [];
    for (const { country, names: written } of capitals) {
      for (const name of written) {
        const folded = sameLengthFold(name);
        this.countryOf.set(folded, country);
        names.push(folded);
      }
    }
    names.sort((a, b) => b.length - a.length);
    this.anywhere = names.length === 0 ? undefined : new RegExp(names.map(escape).join('|'), 'u');
    this.pattern =
      names.length === 0
        ? undefined
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }

  /**
   * The places known to lie in a place, by its folded name: a country's capital ("peru" → "lima"), nothing in a
   * capital; undefined for a place the table does not have.
   */
  within(folded: string): string[] | undefined {
    if (this.countryOf.has(folded)) return [];
    const names = [...this.countryOf].filter(([, country]) => foldText(country) === folded).map(([name]) => name);
    return names.length > 0 ? names : undefined;
  }

  /**
   * The question with each capital that stands for a government written as its country.
   * @param holdsOffice whether a folded word names one who holds an office the articles write ("canciller",
   *   "funcionario"): a capital after it and "de" is the government they serve ("el canciller de Lima"), no place.
   */
  asGovernments(question: string, holdsOffice: (folded: string) => boolean = () => false): string {
    if (!this.pattern) return question;
    // Most questions name no capital: a cheap look first, the character-by-character fold only when one may be there.
    if (!this.anywhere!.test(foldText(question))) return question;
    // Folded character for character: an offset in it is the same offset in the question.
    const folded = sameLengthFold(question);
    let out = '';
    let last = 0;
    for (const match of folded.matchAll(this.pattern)) {
      const before = folded.slice(0, match.index);
      if (
        PLACE_BEFORE.test(before) &&
        !madeToAct(before, folded.slice(match.index + match[0].length)) &&
        !servedBy(before, holdsOffice)
      )
        continue;
      out += question.slice(last, match.index) + this.countryOf.get(match[0])!;
      last = match.index + match[0].length;
    }
    return last === 0 ? question : out + question.slice(last);
  }
}

/** A word and "de" ending the text before a capital ("el canciller de "). */
const OFFICE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s+de\s+$/u;

/** Whether a capital after `before` (folded) is whom an office holder named just before serves ("canciller de"). */
function servedBy(before: string, holdsOffice: (folded: string) => boolean): boolean {
  const word = OFFICE_BEFORE.exec(before)?.[1];
  return word !== undefined && holdsOffice(word);
}

/** Whether a capital, after `before` and before `after` (folded), is made to do something (see MARKED_BEFORE). */
function madeToAct(before: string, after: string): boolean {
  const verb = MARKED_BEFORE.exec(before)?.[1];
  return verb !== undefined && !SPANISH_GOING.test(verb) && INFINITIVE_AFTER.test(after);
}
