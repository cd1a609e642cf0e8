/**
 * Peer search libraries for `npm run bench`, each set up the most obvious default way a user would: one document
 * per paragraph, the library's default tokenizer, ranking and options, the question passed as typed.
 *
 * A peer has no notion of "no answer": it abstains only when it returns no result at all.
 */
import { create, insert, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';

export interface PeerParagraph {
  number: number;
  text: string;
}

/** A built index: the paragraph numbers it returns for a question, best first (possibly asynchronously). */
export interface PeerIndex {
  search(question: string): number[] | Promise<number[]>;
}

export interface Peer {
  name: string;
  /** How the peer was set up, printed under the table. */
  setup: string;
  build(paragraphs: PeerParagraph[]): PeerIndex | Promise<PeerIndex>;
}

export const PEERS: Peer[] = [
  {
    name: 'MiniSearch (defaults)',
    setup:
      "new MiniSearch({ fields: ['text'] }); addAll(paragraphs); search(q) — default tokenizer, OR, no fuzzy/prefix",
    build(paragraphs) {
      const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      index.addAll(paragraphs.map((p) => ({ id: p.number, text: p.text })));
      return { search: (q) => index.search(q).map((r) => r.id as number) };
    },
  },
  {
    name: 'lunr',
    setup:
      "lunr(function () { this.ref('id'); this.field('text'); add each }); idx.search(q) — English stemmer and stop words; " +
      'a question lunr cannot parse as its query syntax (QueryParseError) counts as no result',
    build(paragraphs) {
      const index = lunr(function () {
        this.ref('id');
        this.field('text');
        for (const p of paragraphs) this.add({ id: String(p.number), text: p.text });
      });
      return {
        search(q) {
          try {
            return index.search(q).map((r) => Number(r.ref));
          } catch {
            return [];
          }
        },
      };
    },
  },
  {
    name: 'Orama',
    setup:
      "create({ schema: { paragraph: 'number', text: 'string' } }); await insert each; await search(db, { term: q }) — defaults",
    async build(paragraphs) {
      const db = create({ schema: { paragraph: 'number', text: 'string' } as const });
      for (const p of paragraphs) await insert(db, { id: String(p.number), paragraph: p.number, text: p.text });
      return {
        async search(q) {
          const result = await oramaSearch(db, { term: q });
          return result.hits.map((hit) => hit.document.paragraph);
        },
      };
    },
  },
  {
    name: 'FlexSearch',
    setup: 'new FlexSearch.Index(); add(n, text); search(q) — default options',
    build(paragraphs) {
      const index = new FlexSearch.Index();
      for (const p of paragraphs) index.add(p.number, p.text);
      return { search: (q) => (index.search(q) as Array<number | string>).map(Number) };
    },
  },
];
