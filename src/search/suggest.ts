/**
 * Suggestions for /ask while the user types (Discord autocomplete), built once from the corpus and answered
 * from memory: no search runs per keystroke, so an answer takes microseconds, far inside Discord's 3 seconds.
 *
 * Candidates, all readable text taken from the corpus (never stems):
 * - example questions (corpus/examples.txt), the user's language first;
 * - topics: names of people, places and bodies (capitalised runs of the article, and the names in
 *   corpus/content/) and key phrases (pairs of content words the article uses more than once);
 * - completions: what the user typed with its last, unfinished word completed to a topic or an article word
 *   ("why did pe" → "why did Peru", "why did Pedro Castillo").
 * Matching folds accents and case, so "chavez" finds "Betssy Chávez"; finished words also match by stem.
 */
import type { Corpus } from '../corpus/load.js';
import { DISCORD_LIMITS } from '../reply/limits.js';
import type { AutocompleteChoice, Lang } from '../reply/model.js';
import { isMonth } from '../text/calendar.js';
import { foldText } from '../text/fold.js';
import { foldedWords, wordTokens, type Analyzer, type WordToken } from '../text/analyzer.js';

/** Characters of the typed text read: suggestions are for the start of a question, and Discord caps choices at 100. */
const MAX_TYPED_CHARS = 200;
/** Completions offered for the unfinished last word, before topics and partial matches. */
const MAX_COMPLETIONS = 8;
/** Article words shorter than this are not offered as completions ("as", "of" …). */
const MIN_COMPLETION_WORD = 3;
/** A key phrase must appear at least this often in the article. */
const MIN_PHRASE_COUNT = 2;
/** Lower-case words allowed inside a name ("Hugo de Zela", "Caracas Convention on Diplomatic Asylum"). */
const NAME_CONNECTORS = new Set(['de', 'del', 'la', 'of', 'on', 'the', 'y']);
/** How much more a name written in corpus/content/ (curated, with its accents) weighs than one use in the article. */
const CURATED_NAME_WEIGHT = 10;
/** Text before a word that makes it the first of a sentence or of a quotation. */
const SENTENCE_START = /(^|[.!?:]["'”’]?|["“‘])$/;

interface Candidate {
  /** What the user sees and what is sent: readable text. */
  text: string;
  /** Folded content words of the text (prefix matching of the unfinished word). */
  words: string[];
  /** The whole text folded, words separated by single spaces (matching what was typed as a prefix). */
  folded: string;
  /** Stems of the text's content words (matching finished words). */
  stems: Set<string>;
}

interface Typed {
  /** Stems of the finished content words. */
  stems: string[];
  /** Folded finished content words (for prefix-free exact matches). */
  folded: string[];
  /** The unfinished last word, folded; '' when the text ends in a space or punctuation. */
  partial: string;
  /** The raw text before the unfinished word, for completions. */
  head: string;
  /** The whole typed text folded, words separated by single spaces. */
  whole: string;
}

/** Folded words joined by single spaces: "¿Por qué  Perú…" → "por que peru". */
function foldedPhrase(text: string): string {
  return foldedWords(text).join(' ');
}

/** The spelling most used (curated names weigh more), then the one with accents ("Chávez" over "Chavez"). */
function preferredSpelling(counts: Map<string, number>): string {
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || accentCount(b[0]) - accentCount(a[0]) || a[0].localeCompare(b[0]),
  )[0]![0];
}

function accentCount(text: string): number {
  return (text.normalize('NFD').match(/\p{M}/gu) ?? []).length;
}

/** Spellings of one folded key, counted. */
class Spellings {
  private readonly byKey = new Map<string, Map<string, number>>();
  private readonly order: string[] = [];

  add(key: string, text: string, weight = 1): void {
    let counts = this.byKey.get(key);
    if (!counts) {
      counts = new Map();
      this.byKey.set(key, counts);
      this.order.push(key);
    }
    counts.set(text, (counts.get(text) ?? 0) + weight);
  }

  /** [key, preferred spelling, total count], in the order keys were first seen. */
  entries(): Array<[string, string, number]> {
    return this.order.map((key) => {
      const counts = this.byKey.get(key)!;
      return [key, preferredSpelling(counts), [...counts.values()].reduce((a, b) => a + b, 0)];
    });
  }
}

/** A name in both languages, as the cited content gives it. */
interface NamedInContent {
  name: { en: string; es: string };
}

/** What suggestions are made from: the corpus, its analyzer and the names of the cited content. */
export interface SuggestSources {
  corpus: Pick<Corpus, 'examples' | 'stopWords' | 'articles'>;
  engine: { analyzer: Analyzer };
  content?: {
    quotes: { speakers: readonly NamedInContent[] };
    positions: { parties: readonly NamedInContent[] };
  };
}

export class Suggester {
  private readonly questions: Record<Lang, Candidate[]>;
  private readonly topics: Candidate[];
  /** Completion words and topics by the folded text they start with, most used first. */
  private readonly completions: Array<{ key: string; text: string }>;
  /** Folded words that are part of a name (kept capitalised in completions). */
  private readonly nameKeys: Set<string>;

  constructor(private readonly context: SuggestSources) {
    const examples = context.corpus.examples;
    this.questions = { en: examples.en.map((q) => this.candidate(q)), es: examples.es.map((q) => this.candidate(q)) };
    const names = this.names();
    this.nameKeys = new Set(names.flatMap(([text]) => foldedWords(text)));
    const phrases = this.keyPhrases();
    this.topics = [...names, ...phrases].map(([text]) => this.candidate(text));
    const words = this.articleWords();
    const seen = new Set<string>();
    this.completions = [...names, ...phrases, ...words]
      .sort((a, b) => b[1] - a[1])
      .map(([text]) => ({ key: foldText(text), text }))
      .filter(({ key }) => !seen.has(key) && seen.add(key));
  }

  /** Suggestions for what the user has typed so far, best first (the renderer keeps as many as Discord shows). */
  suggest(typedValue: string, lang: Lang): AutocompleteChoice[] {
    const typedText = typedValue.slice(0, MAX_TYPED_CHARS);
    const own = this.questions[lang];
    const other = this.questions[lang === 'en' ? 'es' : 'en'];
    const typed = this.parse(typedText);
    const out = new Set<string>();
    const add = (text: string) => out.add(text);

    if (typed.whole === '') {
      for (const question of own) add(question.text);
      for (const topic of this.topics) add(topic.text);
      return [...out].map((text) => ({ name: text, value: text }));
    }
    const full = (candidates: Candidate[]) => candidates.filter((candidate) => this.score(candidate, typed) === 1);
    for (const question of full(own)) add(question.text);
    for (const text of this.complete(typed)) add(text);
    for (const topic of full(this.topics)) add(topic.text);
    for (const question of full(other)) add(question.text);
    // Then anything matching part of what was typed, best first.
    const partial = [...own, ...this.topics, ...other]
      .map((candidate, order) => ({ candidate, order, score: this.score(candidate, typed) }))
      .filter((entry) => entry.score > 0 && entry.score < 1)
      .sort((a, b) => b.score - a.score || a.order - b.order);
    for (const entry of partial) add(entry.candidate.text);
    return [...out].map((text) => ({ name: text, value: text }));
  }

  private candidate(text: string): Candidate {
    const analyzer = this.context.engine.analyzer;
    const content = analyzer.contentWords(text);
    return {
      text,
      words: content.map((word) => foldText(word.raw)),
      folded: foldedPhrase(text),
      stems: new Set(content.flatMap((word) => [word.stem, ...word.partStems])),
    };
  }

  private parse(text: string): Typed {
    const analyzer = this.context.engine.analyzer;
    const tokens = wordTokens(text);
    const last = tokens[tokens.length - 1];
    const unfinished = last !== undefined && last.end === text.length;
    const finished = unfinished ? text.slice(0, last.start) : text;
    const words = analyzer.contentWords(finished);
    return {
      stems: words.map((word) => word.stem),
      folded: words.map((word) => word.folded),
      partial: unfinished ? foldText(last.raw) : '',
      head: unfinished ? text.slice(0, last.start) : text,
      whole: foldedPhrase(text),
    };
  }

  /**
   * 1 when the candidate starts with what was typed; else the share of the typed content words found in it
   * (finished ones by stem or spelling, the unfinished one as the start of one of its content words).
   */
  private score(candidate: Candidate, typed: Typed): number {
    if (typed.whole !== '' && candidate.folded.startsWith(typed.whole)) return 1;
    let total = typed.stems.length;
    let found = typed.stems.filter(
      (stem, i) => candidate.stems.has(stem) || candidate.words.includes(typed.folded[i]!),
    ).length;
    if (typed.partial !== '') {
      total += 1;
      if (candidate.words.some((word) => word.startsWith(typed.partial))) found += 1;
    }
    return total === 0 ? 0 : found / total;
  }

  /** The typed text with its unfinished word completed, when the result stays within a choice's 100 characters. */
  private complete(typed: Typed): string[] {
    // A finished stop word ("que", "de") is not the start of a longer word the user wants.
    if (typed.partial === '' || this.context.corpus.stopWords.has(typed.partial)) return [];
    const head = typed.head.replace(/\s+/g, ' ').trimStart();
    const out: string[] = [];
    for (const { key, text } of this.completions) {
      if (out.length >= MAX_COMPLETIONS) break;
      if (key === typed.partial || !key.startsWith(typed.partial)) continue;
      const completed = `${head}${text}`;
      if (completed.length <= DISCORD_LIMITS.choiceValue) out.push(completed);
    }
    return out;
  }

  /**
   * Names: runs of capitalised words in the article, joined by "de", "of" …, minus leading stop words ("The
   * Mexican Embassy" → "Mexican Embassy"); a single word only when it is capitalised mid-sentence (so a proper
   * noun, not a sentence's first word). Plus the names in corpus/content/. Returned with how often each appears.
   */
  private names(): Array<[string, number]> {
    const stop = this.context.corpus.stopWords;
    const spellings = new Spellings();
    const lowerCase = new Set(
      this.context.corpus.articles.flatMap((article) =>
        article.paragraphs.flatMap((paragraph) =>
          wordTokens(paragraph.text)
            .filter((t) => /^\p{Ll}/u.test(t.raw))
            .map((t) => foldText(t.raw)),
        ),
      ),
    );
    for (const article of this.context.corpus.articles) {
      for (const paragraph of article.paragraphs) {
        const tokens = wordTokens(paragraph.text);
        let run: WordToken[] = [];
        const flush = () => {
          while (run.length > 0 && (stop.has(foldText(run[0]!.raw)) || NAME_CONNECTORS.has(run[0]!.raw))) run.shift();
          while (run.length > 0 && NAME_CONNECTORS.has(run[run.length - 1]!.raw)) run.pop();
          if (run.length > 0) {
            const first = run[0]!;
            const before = paragraph.text.slice(0, first.start).trimEnd();
            const single = run.length === 1 ? foldText(first.raw) : undefined;
            // One capitalised word is a name only mid-sentence, never written in lower case elsewhere ("State").
            const name =
              single === undefined || (!SENTENCE_START.test(before) && !isMonth(single) && !lowerCase.has(single));
            if (name) {
              const text = paragraph.text.slice(first.start, run[run.length - 1]!.end).replace(/['’]s$/, '');
              spellings.add(foldText(text), text);
            }
          }
          run = [];
        };
        tokens.forEach((token, i) => {
          const capital = /^\p{Lu}/u.test(token.raw);
          const between = i > 0 ? paragraph.text.slice(tokens[i - 1]!.end, token.start) : '';
          if (run.length > 0 && !/^\s+$/.test(between)) flush();
          if (capital || (run.length > 0 && NAME_CONNECTORS.has(token.raw))) run.push(token);
          else flush();
        });
        flush();
      }
    }
    const content = this.context.content;
    for (const named of [...(content?.quotes.speakers ?? []), ...(content?.positions.parties ?? [])]) {
      spellings.add(foldText(named.name.en), named.name.en, CURATED_NAME_WEIGHT);
      spellings.add(foldText(named.name.es), named.name.es);
    }
    return spellings
      .entries()
      .filter(([key]) => !stop.has(key) && key.length >= MIN_COMPLETION_WORD)
      .map(([, text, count]) => [text, count]);
  }

  /** Pairs of neighbouring content words (no punctuation between) that the article uses at least twice, lower case. */
  private keyPhrases(): Array<[string, number]> {
    const analyzer = this.context.engine.analyzer;
    const spellings = new Spellings();
    for (const article of this.context.corpus.articles) {
      for (const paragraph of article.paragraphs) {
        const tokens = wordTokens(paragraph.text);
        tokens.forEach((token, i) => {
          const next = tokens[i + 1];
          if (!next || !/^ $/.test(paragraph.text.slice(token.end, next.start))) return;
          if (/^\p{Lu}/u.test(token.raw) || /^\p{Lu}/u.test(next.raw)) return; // names are collected whole
          const [a, b] = [analyzer.contentWords(token.raw)[0], analyzer.contentWords(next.raw)[0]];
          if (!a || !b || /\d/.test(a.folded + b.folded)) return;
          spellings.add(`${a.stem} ${b.stem}`, `${token.raw} ${next.raw}`.replace(/['’]s$/, ''));
        });
      }
    }
    return spellings
      .entries()
      .filter(([, , count]) => count >= MIN_PHRASE_COUNT)
      .map(([, text, count]) => [text, count]);
  }

  /** Every content word of the article as written (possessive removed), with its count, for completions. */
  private articleWords(): Array<[string, number]> {
    const analyzer = this.context.engine.analyzer;
    const spellings = new Spellings();
    for (const article of this.context.corpus.articles) {
      for (const paragraph of article.paragraphs) {
        for (const word of analyzer.contentWords(paragraph.text)) {
          const text = word.raw.replace(/['’]s$/, '');
          if (text.length >= MIN_COMPLETION_WORD && !/\d/.test(text)) spellings.add(word.folded, text);
        }
      }
    }
    // A word seen capitalised only at the start of sentences is shown in lower case.
    return spellings
      .entries()
      .map(([key, text, count]) => [/^\p{Lu}/u.test(text) && !this.isName(key) ? text.toLowerCase() : text, count]);
  }

  /** Whether a folded word is part of a name found in the article. */
  private isName(key: string): boolean {
    return this.nameKeys.has(key);
  }
}

const SUGGESTERS = new WeakMap<SuggestSources, Suggester>();

/** The suggester for a context, built on first use (a few milliseconds) and kept as long as the context. */
export function suggesterFor(context: SuggestSources): Suggester {
  let suggester = SUGGESTERS.get(context);
  if (!suggester) {
    suggester = new Suggester(context);
    SUGGESTERS.set(context, suggester);
  }
  return suggester;
}
