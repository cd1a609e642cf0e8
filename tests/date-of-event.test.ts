import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

describe('the date of an event over someone', () => {
  it('dates the event where a sentence beside the one naming its cause tells it', () => {
    // ¶1: "On November 4, 2025, … Peru's government … announced the formal severance …"; Chávez, what the break was
    // over, is named in the next sentence. The question was declined.
    expect(first('what day did peru break relations with mexico over chavez')).toBe(1);
  });

  it('still asks the sentence giving the date to name whom the event is of', () => {
    // ¶4: "President Claudia Sheinbaum confirmed on November 4 that Chavez had entered the Mexican embassy".
    expect(first('what day did chavez enter the embassy')).toBe(4);
  });
});
