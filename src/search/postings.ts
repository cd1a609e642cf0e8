/**
 * Postings: for every term, the documents (sentences, or paragraphs) holding it and how often, kept in a few typed
 * arrays rather than a map per term — a corpus of a thousand articles fits in tens of megabytes.
 *
 * Scores are BM25+ exactly as MiniSearch computes them for a one-field index searched one exact term at a time
 * (k = 1.2, b = 0.7, δ = 0.5; a document's length is its number of distinct terms; the average length is kept the
 * way MiniSearch keeps it), so results did not move when the index stopped being a MiniSearch instance. They are
 * computed when a question asks for the term: nothing per term is remembered.
 */
import type { SparseVector } from './sparse.js';

/** MiniSearch's BM25+ parameters (its defaults). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Occurrences of one term in one document are counted up to this (BM25 stops growing long before). */
const MAX_TERM_FREQUENCY = 0xffff;
const NO_IDS = new Int32Array(0);

/** BM25's inverse document frequency of a term held by `df` of `count` documents. */
export function idfOf(count: number, df: number): number {
  return Math.log(1 + (count - df + 0.5) / (df + 0.5));
}

/** A growable list of 32-bit integers. */
export class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** Term numbers: every term of the corpus, numbered in order of first appearance. Sentences and paragraphs share it. */
export class TermNumbers {
  private readonly numbers = new Map<string, number>();

  /** The term's number, given one if it has none yet. */
  add(term: string): number {
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(term, number);
    }
    return number;
  }

  /** The term's number; undefined for a term no document has. */
  get(term: string): number | undefined {
    return this.numbers.get(term);
  }

  get size(): number {
    return this.numbers.size;
  }

  /** Every term with its number. */
  entries(): IterableIterator<[string, number]> {
    return this.numbers.entries();
  }
}

/** Collects documents one at a time (ids 0, 1, 2 … in order), then freezes them into {@link Postings}. */
export class PostingsBuilder {
  /** Per document, in order: its distinct terms and how often each occurs. */
  private readonly pairTerms = new IntList();
  private readonly pairCounts = new IntList();
  /** Where each document's pairs start. */
  private readonly documentStarts = new IntList();
  private averageLength = 0;
  /** Documents whose length is already in the average. */
  private closed = 0;
  /** Per document: its marks (see addMark), which do not count in its length. */
  private readonly markCounts = new IntList();
  /** For each term: 1 + the last document it was seen in, and the index of its pair there. */
  private seenIn = new Int32Array(1024);
  private pairOf = new Int32Array(1024);

  constructor(private readonly terms: TermNumbers) {}

  /** Number of documents added. */
  get documentCount(): number {
    return this.documentStarts.length;
  }

  /** Starts a new document; the terms added until the next call are its tokens. */
  startDocument(): void {
    this.endDocument();
    this.documentStarts.push(this.pairTerms.length);
    this.markCounts.push(0);
  }

  /**
   * Adds a term that marks the current document (an article's last paragraph) without being one of its words: it is
   * found like a token, once, but the document's length — and so every other term's score — stays that of its words.
   */
  addMark(term: number): void {
    const before = this.pairTerms.length;
    this.addToken(term);
    if (this.pairTerms.length > before) this.markCounts.values[this.documentStarts.length - 1]!++;
  }

  /** Adds one token (a term number) to the current document. */
  addToken(term: number): void {
    if (term >= this.seenIn.length) this.grow(term);
    const document = this.documentStarts.length;
    if (this.seenIn[term] === document) {
      const pair = this.pairOf[term]!;
      if (this.pairCounts.values[pair]! < MAX_TERM_FREQUENCY) this.pairCounts.values[pair]!++;
      return;
    }
    this.seenIn[term] = document;
    this.pairOf[term] = this.pairTerms.length;
    this.pairTerms.push(term);
    this.pairCounts.push(1);
  }

  /** The postings of every document added, by term. */
  build(): Postings {
    this.endDocument();
    const termCount = this.terms.size;
    const pairs = this.pairTerms.length;
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < pairs; i++) offsets[this.pairTerms.values[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const ids = new Int32Array(pairs);
    const counts = new Uint16Array(pairs);
    const next = offsets.slice(0, termCount);
    const documents = this.documentStarts.length;
    const lengths = new Float64Array(documents);
    for (let document = 0; document < documents; document++) {
      const start = this.documentStarts.values[document]!;
      const end = document + 1 < documents ? this.documentStarts.values[document + 1]! : pairs;
      lengths[document] = end - start - this.markCounts.values[document]!;
      for (let i = start; i < end; i++) {
        const at = next[this.pairTerms.values[i]!]!++;
        ids[at] = document;
        counts[at] = this.pairCounts.values[i]!;
      }
    }
    // Each posting's BM25+ score before the term's rarity: its count against the document's length, as MiniSearch
    // computes it (the same operations in the same order, so the same numbers).
    const { k, b, d } = BM25;
    const norms = lengths.map((length) => k * (1 - b + (b * length) / this.averageLength));
    const weights = new Float64Array(pairs);
    for (let i = 0; i < pairs; i++) weights[i] = d + (counts[i]! * (k + 1)) / (counts[i]! + norms[ids[i]!]!);
    return new Postings(this.terms, offsets, ids, weights, documents);
  }

  /** Closes the current document: its length enters the running average the way MiniSearch keeps it. */
  private endDocument(): void {
    const documents = this.documentStarts.length;
    if (documents === 0 || this.closed === documents) return;
    const length =
      this.pairTerms.length - this.documentStarts.values[documents - 1]! - this.markCounts.values[documents - 1]!;
    const before = documents - 1;
    this.averageLength = (this.averageLength * before + length) / (before + 1);
    this.closed = documents;
  }

  private grow(term: number): void {
    let size = this.seenIn.length;
    while (size <= term) size *= 2;
    const seenIn = new Int32Array(size);
    seenIn.set(this.seenIn);
    const pairOf = new Int32Array(size);
    pairOf.set(this.pairOf);
    this.seenIn = seenIn;
    this.pairOf = pairOf;
  }
}

/** The frozen postings of a set of documents: which hold each term, and their BM25+ scores for it. */
export class Postings {
  /** @internal built by {@link PostingsBuilder.build} */
  constructor(
    private readonly terms: TermNumbers,
    /** Where each term's postings start in `documentIds` and `weights` (term number → offset; one more at the end). */
    private readonly offsets: Int32Array,
    private readonly documentIds: Int32Array,
    /** Each posting's BM25+ score divided by the term's inverse document frequency. */
    private readonly weights: Float64Array,
    /** Number of documents. */
    readonly documentCount: number,
  ) {}

  /** Number of documents holding `term`. */
  frequency(term: string): number {
    const number = this.terms.get(term);
    return number === undefined ? 0 : this.offsets[number + 1]! - this.offsets[number]!;
  }

  /** Ids of the documents holding `term`, ascending; empty for a term no document has. A view: read, do not keep. */
  ids(term: string): Int32Array {
    const number = this.terms.get(term);
    if (number === undefined) return NO_IDS;
    return this.documentIds.subarray(this.offsets[number], this.offsets[number + 1]);
  }

  /** Whether document `id` holds `term`. */
  holds(term: string, id: number): boolean {
    const number = this.terms.get(term);
    if (number === undefined) return false;
    // The ids of a term are in ascending order: binary search.
    let low = this.offsets[number]!;
    let high = this.offsets[number + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.documentIds[middle]!;
      if (found === id) return true;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /**
   * Adds `factor` times each holder's BM25+ score for `term` to `into`; with `marks`, also adds `mark` there at each
   * holder (one pass over the postings for both).
   */
  addScores(term: string, factor: number, into: SparseVector, marks?: SparseVector, mark = 0): void {
    const number = this.terms.get(term);
    if (number === undefined) return;
    const start = this.offsets[number]!;
    const end = this.offsets[number + 1]!;
    const idf = idfOf(this.documentCount, end - start);
    const { documentIds, weights } = this;
    if (marks) {
      for (let i = start; i < end; i++) {
        into.add(documentIds[i]!, idf * weights[i]! * factor);
        marks.add(documentIds[i]!, mark);
      }
    } else {
      for (let i = start; i < end; i++) into.add(documentIds[i]!, idf * weights[i]! * factor);
    }
  }
}
