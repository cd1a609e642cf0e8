/**
 * A capital named as a government ("why did Lima cut ties with Mexico City?", "según Lima"): read as its country,
 * which the articles name where they report what that government did. A capital after a word of place ("the embassy
 * in Lima", "en Lima") stays the city.
 */
import type { Capital } from '../corpus/load.js';
import { foldText } from '../text/fold.js';

/** Words before a capital that make it a place ("in Lima", "desde Quito", "cerca de Lima"), not a government. */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|to|from|near|into|inside|outside|around|en|a|de|desde|hacia|cerca de|dentro de)\s+$/iu;

/** Accents and case folded, one character for one, so that a match's place is the same in the question. */
const foldSameLength = (text: string) =>
  [...text].map((ch) => (ch.normalize('NFD').replace(/\p{M}/gu, '') || ch).slice(0, 1).toLowerCase()).join('');

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
        const folded = foldSameLength(name);
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

  /** The question with each capital that stands for a government written as its country. */
  asGovernments(question: string): string {
    if (!this.pattern) return question;
    // Most questions name no capital: a cheap look first, the character-by-character fold only when one may be there.
    if (!this.anywhere!.test(foldText(question))) return question;
    const folded = foldSameLength(question);
    if ([...folded].length !== [...question].length) return question;
    const chars = [...question];
    let out = '';
    let last = 0;
    for (const match of folded.matchAll(this.pattern)) {
      const start = [...folded.slice(0, match.index)].length;
      const end = start + [...match[0]].length;
      if (PLACE_BEFORE.test(folded.slice(0, match.index))) continue;
      out += chars.slice(last, start).join('') + this.countryOf.get(match[0])!;
      last = end;
    }
    return last === 0 ? question : out + chars.slice(last).join('');
  }
}
