import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

describe('reactions and responses', () => {
  it('reads how someone responded as what they did, where they act (¶5: Jeri backed the statements)', () => {
    expect(first("what was jeri's reaction to the asylum")).toBe(5);
  });

  it('hears a person speak in a sentence opening on a pronoun after one where they were the subject', () => {
    // ¶4: "… Chavez was released by a judge … She has denied knowing about Castillo's plan …".
    expect(first('what did chavez say about the plan to dissolve congress')).toBe(4);
    expect(first('what did betssy chavez say about castillo')).toBe(4);
  });

  it('hears no words of someone described by a word of saying ("accused of", "her alleged involvement")', () => {
    // ¶1 only describes Chávez as accused: it tells nothing she said.
    expect(first('what did chavez say about castillo')).not.toBe(1);
  });
});

describe('framing words of classroom questions', () => {
  it('weighs a noun of quality as the everyday adjective it is made from ("importance" as "important")', () => {
    // Not a topic the article must name: "importance" judges the rupture, as "important" would.
    expect(first('in the opening paragraph, how does the author present the wider importance of the rupture')).toBe(1);
  });

  it('still declines what no paragraph gives, however it is weighed', () => {
    expect(engine.search('what is the distance between lima and mexico city').answered).toBe(false);
  });
});
