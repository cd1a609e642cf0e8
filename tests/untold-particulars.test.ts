/**
 * Family N: particulars the article never gives are declined, in English and Spanish — a vote's count asked of an
 * event, the names of people it mentions only as a class, and a statement of a country it never has speaking.
 */
import { describe, expect, it } from 'vitest';
import { expectNotInSource, realContext } from './helpers.js';

const { engine } = realContext();

describe('untold particulars', () => {
  it('declines the vote of an event, which only a number told of a vote answers', () => {
    // ¶3 tells Boluarte's removal, no vote.
    expectNotInSource(engine, [
      'What was the final vote in Congress on ousting Boluarte?',
      '¿Cuál fue la votación del Congreso para sacar a Boluarte?',
    ]);
  });

  it('declines the names of people mentioned only as a class, a Spanish relative clause telling which', () => {
    // ¶10: "previous declarations of ambassadors as persona non grata", naming none.
    expectNotInSource(engine, [
      '¿Quiénes eran los embajadores que declararon non grata en el pasado?',
      'y cómo se llamaban los embajadores q declararon persona non grata',
    ]);
  });

  it('declines in Spanish, as in English, what a country the article never quotes declared', () => {
    // ¶8 names Chile and Colombia only as members of the Pacific Alliance.
    expectNotInSource(engine, [
      'What did the government of Colombia declare about the break?',
      '¿Qué declaró el gobierno de Colombia sobre el quiebre entre Perú y México?',
      '¿Qué declaró Chile acerca de la crisis diplomática?',
    ]);
  });

  it('still answers what a country the article quotes declared', () => {
    expect(engine.search('¿Qué declaró la SRE sobre el asilo de Chávez?').hits[0]?.paragraph).toBe(7);
  });
});
