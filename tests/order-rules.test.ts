/** The reorder rules of a question's candidates (src/search/order-rules.ts): one named, explained, ordered table. */
import { describe, expect, it } from 'vitest';
import { CandidateOrder } from '../src/search/candidate-order.js';
import { SpeakerOrder } from '../src/search/order-speaker.js';
import { TimeOrder } from '../src/search/order-time.js';
import { WordingOrder } from '../src/search/order-wording.js';
import { ORDER_RULES, orderFused, orderRanked, type OrderReading } from '../src/search/order-rules.js';
import type { RankedParagraph } from '../src/search/rank.js';

/**
 * A stand-in for CandidateOrder that writes down which of its reorderings ran ("wording.quotedWordsFirst"), in
 * order, and moves nothing: any property is an ordering, or a group of them.
 */
function recordingOrder(): { order: CandidateOrder; ran: string[] } {
  const ran: string[] = [];
  const at = (path: string): unknown =>
    new Proxy(
      <T>(candidates: T[]) => {
        ran.push(path);
        return candidates;
      },
      { get: (_, name: string) => at(path === '' ? name : `${path}.${name}`) },
    );
  return { order: at('') as CandidateOrder, ran };
}

const reading: OrderReading<RankedParagraph> = {
  question: 'what did the ambassador say',
  concepts: [],
  setAside: [],
  keyOf: (r) => r.key,
  alone: true,
  fused: false,
  spanish: false,
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

  it('calls an ordering of CandidateOrder or of one of its groups from each rule', () => {
    const { order, ran } = recordingOrder();
    orderRanked(order, ranked, reading);
    const groups: Record<string, object> = {
      speaker: SpeakerOrder.prototype,
      wording: WordingOrder.prototype,
      time: TimeOrder.prototype,
    };
    for (const path of ran) {
      const [group, method] = path.includes('.') ? path.split('.') : ['', path];
      const owner = group === '' ? CandidateOrder.prototype : groups[group!];
      expect(typeof (owner as Record<string, unknown> | undefined)?.[method!], path).toBe('function');
    }
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
