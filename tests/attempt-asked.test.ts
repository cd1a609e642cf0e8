import { describe, expect, it } from 'vitest';
import { withChatSpellingsWritten } from '../src/text/chat.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('what someone was "tryna do" (family L)', () => {
  it('writes "tryna do" out as "trying to do", and leaves "tryna" before another verb as typed', () => {
    expect(withChatSpellingsWritten('what was he tryna do')).toBe('what was he trying to do');
    expect(withChatSpellingsWritten('how many yrs r they tryna give her')).toBe('how many yrs r they tryna give her');
  });

  it('answers what a person was trying to do with the attempt itself (¶3), not what was done for them later', () => {
    // ¶3: Castillo "attempted to dissolve the Peruvian Congress"; ¶6 tells of the asylum given to his family after.
    expect(engine.search('so what exactly was castillo tryna do back then').hits[0]?.paragraph).toBe(3);
  });
});
