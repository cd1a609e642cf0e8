/**
 * Names in a Spanish question spelt as they sound ("ugo de sela" is Hugo de Zela, "betsi chaves" Betssy Chavez),
 * respelt as the articles write them before the question is searched. Spanish spelling has several letters for one
 * sound — s, z and c before e or i; b and v; y and ll; j and g before e or i; a silent h — and people write names by
 * ear, further from the written name than the search's one-letter typo tolerance reaches for short names.
 */
import { foldText } from '../text/fold.js';
import { wordTokens } from '../text/analyzer.js';

/** Words remembered before the memo starts over (bounds memory whatever users type). */
const MAX_MEMO = 20_000;
/** Shortest word compared by sound: below this, too many words sound alike. */
const MIN_SOUND_LENGTH = 3;

/** How a folded Spanish word sounds, spelt one way: "castiyo" and "castillo", "sela" and "zela" sound alike. */
export function spanishSound(folded: string): string {
  return folded
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
    .replace(/(.)\1+/g, '$1');
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
   */
  constructor(
    names: Iterable<string>,
    private readonly isKnown: (folded: string) => boolean,
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

  /** The question with the names that sound like the articles' spelt as they write them; otherwise as typed. */
  rewrite(question: string): string {
    let out = '';
    let last = 0;
    for (const token of wordTokens(question)) {
      const folded = foldText(token.raw);
      const written = this.nameSoundingLike(folded);
      if (written === undefined) continue;
      out += question.slice(last, token.start) + written;
      last = token.end;
    }
    return last === 0 ? question : out + question.slice(last);
  }

  /** Answers of {@link nameSoundingLike} by word: questions reuse the same few thousand words. */
  private readonly memo = new Map<string, string | undefined>();

  private nameSoundingLike(folded: string): string | undefined {
    if (this.memo.has(folded)) return this.memo.get(folded);
    let respelt: string | undefined;
    if (folded.length >= MIN_SOUND_LENGTH && !this.written.has(folded) && !this.isKnown(folded)) {
      const name = this.names.get(spanishSound(folded));
      if (name !== undefined) respelt = name.charAt(0).toUpperCase() + name.slice(1);
    }
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(folded, respelt);
    return respelt;
  }
}
