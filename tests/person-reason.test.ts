import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

// Family J: asked why a person did something, the paragraph telling that person's act with its cause comes first
// (¶4: "Facing what she … describe as political persecution, Chavez formally requested asylum"), not one only telling
// where she is (¶1's refuge in the embassy, ¶2's asylum at the embassy's residence).
describe('why a person acted: the paragraph giving their act with its cause', () => {
  it.each(['how come Betssy Chavez ended up at the Mexican embassy?', 'why did chavez show up at the embassy in lima'])(
    '%s → ¶4',
    (q) => {
      expect(first(q)).toBe(4);
    },
  );

  it('leaves a country asked why it acted to its own paragraphs', () => {
    // "Mexico" is the subject: its reason is ¶7's ("in full accordance with international law"), not Chávez's.
    expect(first('why did mexico give chavez asylum')).toBe(7);
  });
});
