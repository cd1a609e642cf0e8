/** The reorder rules of a question's candidates (src/search/order-rules.ts): one named, explained, ordered table. */
import { describe, expect, it } from 'vitest';
import type { CandidateOrder } from '../src/search/candidate-order.js';
import { ORDER_RULES, orderFused, orderRanked, type OrderReading } from '../src/search/order-rules.js';
import type { RankedParagraph } from '../src/search/rank.js';

/** A stand-in for CandidateOrder that writes down which of its reorderings ran, in order, and moves nothing. */
function recordingOrder(): { order: CandidateOrder; ran: string[] } {
  const ran: string[] = [];
  const order = new Proxy(
    {},
    {
      get:
        (_, method: string) =>
        <T>(candidates: T[]) => {
          ran.push(method);
          return candidates;
        },
    },
  ) as CandidateOrder;
  return { order, ran };
}

const reading: OrderReading<RankedParagraph> = {
  question: 'what did the ambassador say',
  concepts: [],
  setAside: [],
  keyOf: (r) => r.key,
  alone: true,
  fused: false,
};

const ranked = [{ key: 0, score: 1, coverage: 1 }] as RankedParagraph[];

describe('the table of reorder rules', () => {
  it('names each rule once', () => {
    const names = ORDER_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('says why each rule puts what it does first, in a sentence', () => {
    for (const rule of ORDER_RULES) expect(rule.why, rule.name).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('runs every rule over the ranked paragraphs, in the table’s order, each once', () => {
    const { order, ran } = recordingOrder();
    expect(orderRanked(order, ranked, reading)).toEqual(ranked);
    expect(ran).toHaveLength(ORDER_RULES.length);
    expect(new Set(ran).size).toBe(ran.length);
  });

  it('runs only the rules marked fused over a fused list, in the same order', () => {
    const all = recordingOrder();
    orderRanked(all.order, ranked, reading);
    const fused = recordingOrder();
    orderFused(fused.order, ranked, { ...reading, fused: true });
    const marked = ORDER_RULES.flatMap((rule, at) => (rule.fused ? [all.ran[at]] : []));
    expect(fused.ran).toEqual(marked);
    expect(fused.ran.length).toBeGreaterThan(0);
    expect(fused.ran.length).toBeLessThan(ORDER_RULES.length);
  });
});
