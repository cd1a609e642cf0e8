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
/**
 * Shortest typed word read as a word of the story's Spanish (see {@link SpanishSpelling}): shorter ones sound like,
 * or are a slip from, too many words, and chat's own short words no list has ("bacán") sound like the story's
 * ("vacan").
 */
const MIN_STORY_WORD_LENGTH = 6;
/** How much commoner in Spanish (in Zipf) the word meant must be than any other word a slip reaches. */
const COMMONER_BY = 1;

/** How common in Spanish (in Zipf) the word a diminutive is made from must be: an everyday word, not a rare one. */
const MIN_DIMINUTIVE_BASE_ZIPF = 3.5;

/**
 * The words a folded Spanish diminutive may be made from: "nuevito" of "nuevo", "poquitas" of "pocas", "amiguita" of
 * "amiga", "cafecito" of "cafe". Chat makes a diminutive of any word ("es nuevito?", "un ratito"), and no word list
 * has most of them; the word it is made from says what is asked. Empty when the word is no diminutive or too short to
 * be one.
 */
export function diminutiveBases(folded: string): string[] {
  const match = /^([a-z]{3,}?)it([oa])(s?)$/.exec(folded);
  if (!match) return [];
  const [, stem, gender, plural] = match as unknown as [string, string, string, string];
  const stems = [stem];
  // "poquito" is "poco" and "amiguito" "amigo" (the spelling keeps the sound before i); "jovencito" is "joven".
  if (stem.endsWith('qu')) stems.push(stem.slice(0, -2) + 'c');
  if (stem.endsWith('gu')) stems.push(stem.slice(0, -1));
  if (stem.endsWith('c') && stem.length > 3) stems.push(stem.slice(0, -1));
  // The base keeps the diminutive's gender and number: "presita" is "presa", "jovencitos" "jovenes".
  const forms = (s: string) => [s + gender + plural, s + 'e' + plural, s + (plural ? 'es' : '')];
  return [...new Set(stems.flatMap(forms))];
}

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

/** The Spanish a story is told and asked in (see the SpanishSpelling constructor). */
export interface StoryWords {
  /** The words, folded; read when a word first needs them. */
  words: () => Iterable<string>;
  /** How common a folded word is in Spanish (a Zipf value, 0 when unlisted). */
  frequency: (folded: string) => number;
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
   * @param story the Spanish the story is told and asked in, folded: the translations' words and the Spanish alias
   *   keys ("embajada", "inamistoso", "cancilleria"), read when a word first needs them, and how common each is in
   *   Spanish. A word no list has that sounds like one of them, or is one slip from one ("embajda", "gobieno",
   *   "inamistozo"), is that word.
   */
  constructor(
    names: Iterable<string>,
    private readonly isKnown: (folded: string) => boolean,
    private readonly soundAlike: (folded: string) => string | undefined = () => undefined,
    private readonly respeltAsNameOnly: (folded: string) => boolean = () => false,
    private readonly story: StoryWords = { words: () => [], frequency: () => 0 },
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

  /** The story's Spanish words by their first sound (see the constructor's `storyWords`), built when first needed. */
  private storyBySound: Map<string, Array<{ word: string; sound: string }>> | undefined;

  /**
   * The story's Spanish word a word no list has was meant as: the one that sounds as it does ("inamistozo" is
   * "inamistoso", "cansilleria" "cancilleria"), else the one a slip away in its letters (a letter more, less,
   * changed, or two swapped: "embajda", "gobieno", "ruptra"), its first sound kept; of several, the one far
   * commoner in Spanish than the others ("congeso" is "congreso", not "congelo"; "reacion" may be "reaccion" or
   * "relacion"). Undefined when none is, or no one is far commoner; for a word shorter than six letters.
   */
  private storyWordFor(folded: string, sound: string): string | undefined {
    if (this.storyBySound === undefined) {
      this.storyBySound = new Map();
      for (const word of new Set(this.story.words())) {
        if (word.length < MIN_SOUND_LENGTH || !/^[a-z]+$/.test(word)) continue;
        const wordSound = spanishSound(word);
        const list = this.storyBySound.get(wordSound[0]!) ?? [];
        list.push({ word, sound: wordSound });
        this.storyBySound.set(wordSound[0]!, list);
      }
    }
    if (folded.length < MIN_STORY_WORD_LENGTH) return undefined;
    const candidates = this.storyBySound.get(sound[0]!) ?? [];
    const alike = candidates.filter((c) => c.sound === sound).map((c) => c.word);
    if (alike.length > 0) return this.commonest(alike);
    // The plural of one of its words is no slip ("presis", more than one "presi", is no "presos").
    const singular = folded.replace(/e?s$/, '');
    if (singular !== folded && candidates.some((c) => c.word === singular || c.word === folded.slice(0, -1))) {
      return undefined;
    }
    return this.commonest(candidates.filter((c) => editDistance(folded, c.word, 1) <= 1).map((c) => c.word));
  }

  /** The one word, or the one far commoner in Spanish than the others ({@link COMMONER_BY}); else undefined. */
  private commonest(words: readonly string[]): string | undefined {
    const ranked = [...new Set(words)]
      .map((word) => ({ word, frequency: this.story.frequency(word) }))
      .sort((a, b) => b.frequency - a.frequency);
    if (ranked.length > 1 && ranked[0]!.frequency < ranked[1]!.frequency + COMMONER_BY) return undefined;
    return ranked[0]?.word;
  }

  /**
   * The everyday word an unlisted diminutive is made from ("nuevito" → "nuevo"; see {@link diminutiveBases}), the
   * commonest when several are listed; undefined for a listed word ("bonito", "castillo", "ahorita" keep their own
   * sense and weight) or when no base is an everyday word.
   */
  private diminutiveBase(folded: string): string | undefined {
    if (this.written.has(folded) || this.story.frequency(folded) > 0) return undefined;
    const bases = diminutiveBases(folded)
      .map((word) => ({ word, frequency: this.story.frequency(word) }))
      .filter((base) => base.frequency >= MIN_DIMINUTIVE_BASE_ZIPF)
      .sort((a, b) => b.frequency - a.frequency);
    return bases[0]?.word;
  }

  /** Answers of {@link writtenSpelling} by word: questions reuse the same few thousand words. */
  private readonly memo = new Map<string, string | undefined>();

  /** How a word spelt by ear is written: a name capitalised, another word folded; undefined when kept as typed. */
  private writtenSpelling(folded: string): string | undefined {
    if (this.memo.has(folded)) return this.memo.get(folded);
    let respelt: string | undefined;
    const base = this.diminutiveBase(folded);
    if (base !== undefined) respelt = base;
    else if (folded.length >= MIN_SOUND_LENGTH && !this.written.has(folded) && !this.isKnown(folded)) {
      const sound = spanishSound(folded);
      const name = this.names.get(sound);
      const word = name === undefined ? this.soundAlike(folded) : undefined;
      // A name one slip away only for a word no list has ("castilla" is a word, no slip of "Castillo").
      const slipped = name === undefined && word === undefined ? this.nameOneSlipFrom(sound) : undefined;
      const written = name ?? slipped;
      const meant = written === undefined ? (word ?? this.storyWordFor(folded, sound)) : undefined;
      if (written !== undefined) respelt = written.charAt(0).toUpperCase() + written.slice(1);
      else if (meant !== undefined && meant !== folded && !this.respeltAsNameOnly(folded)) respelt = meant;
    }
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(folded, respelt);
    return respelt;
  }
}
