/**
 * "Before <an event the story tells>": what came before the story is asked, so paragraphs telling of earlier years
 * answer, not the one telling the event itself (src/search/after-event.ts, SearchEngine's storyDayBound).
 */
import { describe, expect, it } from 'vitest';
import { asksBeforeToldEvent } from '../src/search/after-event.js';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (question: string) => engine.search(question).hits[0]?.paragraph;

describe('before an event the story tells', () => {
  it('reads an event after "before", not a pronoun for the story itself', () => {
    expect(asksBeforeToldEvent('signs of friction before Betssy Chavez got asylum')).toBe(true);
    expect(asksBeforeToldEvent('¿ya tenían roces antes de este asilo?')).toBe(true);
    expect(asksBeforeToldEvent('what did they do before all this')).toBe(false);
    expect(asksBeforeToldEvent('antes de esto ya se peleaban?')).toBe(false);
    expect(asksBeforeToldEvent('tensions before November 2025')).toBe(false);
  });

  it('answers with the earlier years, not the paragraph telling the event', () => {
    // ¶6 tells what Mexico did in 2022 (asylum for Castillo's family, his successors' legitimacy questioned); ¶2 is
    // Peru's charge of interference on the day of the break, the event the question looks past.
    expect(first('What proof is there of Mexican interference in Peru before the asylum for Chavez?')).toBe(6);
    // ¶3: tensions simmering since December 2022.
    expect(
      first('Which tensions between Peru and Mexico does the article describe before Betssy Chavez sought asylum?'),
    ).toBe(3);
  });

  it('leaves a person asked for to the event that names them', () => {
    // ¶5: Karla Ornelas, expelled.
    expect(first('Who was Mexico’s top diplomat in Lima before she was expelled?')).toBe(5);
  });
});

describe('words asking for the history behind the story', () => {
  it('reads "backstory" as the aliases read "history" and "roots"', () => {
    // ¶3: tensions simmering since December 2022; ¶6: rooted in a longer history.
    expect([3, 6]).toContain(first('what’s the backstory to peru and mexico falling out'));
  });
});

describe('leaders past and present', () => {
  it('reads "past and present" as ¶2’s "the current and former presidents"', () => {
    expect(first('According to Peru, what have Mexican presidents past and present done to it?')).toBe(2);
  });
});
