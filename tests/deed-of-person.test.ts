/** "What did <person> do": the paragraph telling their own act, however the asker feels about it. */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

describe('what a named person did', () => {
  it('puts first where the person acts most, not where others are angry about them', () => {
    // ¶3 tells Castillo's attempt and arrest; ¶6 only mentions him, beside Lima being "infuriated".
    for (const q of [
      'so what did castillo really do back in 2022 that made everybody furious',
      'what did pedro castillo actually do that made everyone so angry',
    ])
      expect(first(q), q).toBe(3);
  });

  it('still reads a feeling asked of no deed as before', () => {
    expect(engine.search('why was lima so infuriated with mexico').answered).toBe(true);
  });
});
