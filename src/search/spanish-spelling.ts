/**
 * Words of a Spanish question spelt as they sound, respelt before the question is searched: the articles' names as
 * they write them ("ugo de sela" is Hugo de Zela, "betsi chaves" Betssy Chavez), and words no Spanish word list has
 * as the commonest listed word that sounds the same ("porqe" is "porque", "negosios" "negocios", "kien" "quien").
 * Spanish spelling has several letters for one sound — s, z and c before e or i; b and v; y and ll; j and g before e
 * or i; a silent h; m or n before b and p, n or m at a word's end — and people write by ear, further from the
 * written word than a one-letter typo tolerance reaches for short words.
 */
import { foldText } from '../text/fold.js';
import { editDistance, wordTokens } from '../text/analyzer.js';

/** Words remembered before the memo starts over (bounds memory whatever users type). */
const MAX_MEMO = 20_000;
/** Shortest word compared by sound: below this, too many words sound alike. */
const MIN_SOUND_LENGTH = 3;
/** Shortest sound a slip from a name's is read as that name: shorter ones are one slip from too many words. */
const MIN_SLIP_SOUND_LENGTH = 6;

/** How a folded Spanish word sounds, spelt one way: "castiyo" and "castillo", "sela" and "zela" sound alike. */
export function spanishSound(folded: string): string {
  return (
    folded
      .replace(/ch/g, '1')
      .replace(/gu(?=[ei])/g, 'g')
      .replace(/g(?=[ei])/g, 'j')
      .replace(/qu(?=[ei])/g, 'k')
      .replace(/c(?=[ei])/g, 's')
      .replace(/[cq]/g, 'k')
      .replace(/z/g, 's')
      .replace(/v/g, 'b')
      .replace(/ll/g, 'y')
      .replace(/h/g, '')
      .replace(/y$/, 'i')
      // A nasal takes the place of the lip consonant after it, and a last m sounds n: "sheimbaun" is "Sheinbaum".
      .replace(/n(?=[bp])/g, 'm')
      .replace(/m$/, 'n')
      .replace(/(.)\1+/g, '$1')
  );
}

/** Respells the names of Spanish questions that sound like the articles' names. */
export class SpanishSpelling {
  /** Each name's sound → the name as written (folded); names that sound alike are left out. */
  private readonly names = new Map<string, string>();
  /** The names as written. */
  private readonly written: ReadonlySet<string>;

  /**
   * @param names folded names as the articles write them ("zela", "castillo").
   * @param isKnown whether a folded word is already a word the articles or the question reader know (kept as typed).
   * @param soundAlike the commonest listed Spanish word that sounds like a folded word (the word itself when
   *   listed; undefined when none sounds so).
   * @param respeltAsNameOnly whether a folded word may be respelt only as a name (an alias key: "betsy" is Betssy,
   *   "peje" no "pegue").
   */
  constructor(
    names: Iterable<string>,
    private readonly isKnown: (folded: string) => boolean,
    private readonly soundAlike: (folded: string) => string | undefined = () => undefined,
    private readonly respeltAsNameOnly: (folded: string) => boolean = () => false,
  ) {
    this.written = new Set(names);
    const ambiguous = new Set<string>();
    for (const name of this.written) {
      if (name.length < MIN_SOUND_LENGTH) continue;
      const sound = spanishSound(name);
      const known = this.names.get(sound);
      if (known !== undefined && known !== name) ambiguous.add(sound);
      this.names.set(sound, name);
    }
    for (const sound of ambiguous) this.names.delete(sound);
  }

  /** The question with its words spelt by ear spelt as written (see the class); the others as typed. */
  rewrite(question: string): string {
    let out = '';
    let last = 0;
    for (const token of wordTokens(question)) {
      const folded = foldText(token.raw);
      const written = this.writtenSpelling(folded);
      if (written === undefined) continue;
      out += question.slice(last, token.start) + written;
      last = token.end;
    }
    return last === 0 ? question : out + question.slice(last);
  }

  /**
   * The one name whose sound is one slip (a letter more, less, changed, or two swapped) from a long word's sound:
   * "shembaun" is Sheinbaum, "clauida" Claudia. Undefined when none is, or several are.
   */
  private nameOneSlipFrom(sound: string): string | undefined {
    if (sound.length < MIN_SLIP_SOUND_LENGTH) return undefined;
    let found: string | undefined;
    for (const [nameSound, name] of this.names) {
      if (nameSound.length < MIN_SLIP_SOUND_LENGTH || editDistance(sound, nameSound, 1) > 1) continue;
      if (found !== undefined && found !== name) return undefined;
      found = name;
    }
    return found;
  }

  /** Answers of {@link writtenSpelling} by word: questions reuse the same few thousand words. */
  private readonly memo = new Map<string, string | undefined>();

  /** How a word spelt by ear is written: a name capitalised, another word folded; undefined when kept as typed. */
  private writtenSpelling(folded: string): string | undefined {
    if (this.memo.has(folded)) return this.memo.get(folded);
    let respelt: string | undefined;
    if (folded.length >= MIN_SOUND_LENGTH && !this.written.has(folded) && !this.isKnown(folded)) {
      const sound = spanishSound(folded);
      const name = this.names.get(sound);
      const word = name === undefined ? this.soundAlike(folded) : undefined;
      // A name one slip away only for a word no list has ("castilla" is a word, no slip of "Castillo").
      const slipped = name === undefined && word === undefined ? this.nameOneSlipFrom(sound) : undefined;
      const written = name ?? slipped;
      if (written !== undefined) respelt = written.charAt(0).toUpperCase() + written.slice(1);
      else if (word !== undefined && word !== folded && !this.respeltAsNameOnly(folded)) respelt = word;
    }
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(folded, respelt);
    return respelt;
  }
}
