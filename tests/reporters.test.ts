import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

// Family O: "reporters" are people, the journalists ¶2's de Zela told; not ¶8's press briefing, where Sheinbaum spoke.
describe('reporters are the journalists the article names', () => {
  it.each([
    'Which official spoke to reporters to announce the rupture?',
    'Who told reporters that Peru was cutting ties?',
  ])('%s → ¶2', (q) => {
    expect(first(q)).toBe(2);
  });

  it('still finds the press briefing when the press is asked about', () => {
    expect(first('What did Sheinbaum say about the decision at her press briefing?')).toBe(8);
  });
});
