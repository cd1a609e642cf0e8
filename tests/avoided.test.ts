import { describe, expect, it } from 'vitest';
import { withoutAvoidedAct } from '../src/text/avoided.js';
import { realContext } from './helpers.js';

const { engine } = realContext();
const blank = (text: string) => withoutAvoidedAct(text).trimEnd();

describe('what a question says someone meant to avoid', () => {
  it('sets aside a closing clause of avoidance, keeping offsets', () => {
    const question = 'donde se escondio la exministra para que no la agarren';
    expect(withoutAvoidedAct(question)).toHaveLength(question.length);
    expect(blank(question)).toBe('donde se escondio la exministra');
    expect(blank('dnd se metio la chavez pa q no la agarren los tombos 😂')).toBe('dnd se metio la chavez');
    expect(blank("where did she hide so the police couldn't arrest her?").replace(/\s+\?$/, '')).toBe(
      'where did she hide',
    );
  });

  it('keeps a question that opens so, a clause followed by another question, and a line without one', () => {
    for (const text of [
      'so no ties are left?',
      'donde se escondio para que no la agarren? y q dijo mexico',
      'why did Mexico give her asylum',
    ])
      expect(withoutAvoidedAct(text)).toBe(text);
  });

  it('finds where she took refuge, not where others were arrested', () => {
    // ¶1 "took refuge inside the Mexican embassy", ¶4 "entered the Mexican embassy"; not ¶3 or ¶9's arrests.
    expect([1, 2, 4]).toContain(
      engine.search('donde se escondio la exministra para que no la agarren').hits[0]?.paragraph,
    );
  });
});
