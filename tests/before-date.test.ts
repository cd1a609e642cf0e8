/** "Before <date>": the date bounds the time asked about, and paragraphs telling of something earlier answer. */
import { describe, expect, it } from 'vitest';
import { beforeDateOf, datesIn, isEarlier } from '../src/search/before-date.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('before a date', () => {
  it('reads the bound in English and Spanish, with or without a month and day', () => {
    expect(beforeDateOf('tensions before November 2025?')).toEqual({
      point: { year: 2025, month: 11 },
      words: ['november', '2025'],
    });
    expect(beforeDateOf('¿qué pasó antes de noviembre de 2025?')?.point).toEqual({ year: 2025, month: 11 });
    expect(beforeDateOf('antes del 4 de noviembre de 2025')?.point).toEqual({ year: 2025, month: 11 });
    expect(beforeDateOf('prior to 2024')?.point).toEqual({ year: 2024, month: 0 });
    // Months as chat and notes abbreviate them.
    expect(beforeDateOf('2 incidents that damaged relations before nov 2025')?.point).toEqual({
      year: 2025,
      month: 11,
    });
    expect(beforeDateOf('¿qué pasó antes de dic. 2022?')?.point).toEqual({ year: 2022, month: 12 });
    expect(beforeDateOf('what happened in November 2025')).toBeUndefined();
    expect(beforeDateOf('before the asylum')).toBeUndefined();
  });

  it('reads a verb meaning "come before" as the bound, its word framing the question', () => {
    expect(beforeDateOf('evidence that the tensions predate November 2025')).toEqual({
      point: { year: 2025, month: 11 },
      words: ['predate', 'november', '2025'],
    });
    expect(beforeDateOf('¿qué conflictos anteceden a noviembre de 2025?')?.point).toEqual({ year: 2025, month: 11 });
    // ¶3: tensions simmering since December 2022.
    const question = 'What evidence does the article offer that the tensions predate November 2025?';
    expect(engine.search(question).hits[0]?.paragraph).toBe(3);
  });

  it('finds the months and years a text gives, and orders them only where it can', () => {
    expect(datesIn('On November 4, 2025, … since December 2022 … in April 2024')).toEqual([
      { year: 2025, month: 11 },
      { year: 2022, month: 12 },
      { year: 2024, month: 4 },
    ]);
    expect(datesIn('el 4 de noviembre de 2025')).toEqual([{ year: 2025, month: 11 }]);
    expect(isEarlier({ year: 2022, month: 12 }, { year: 2025, month: 11 })).toBe(true);
    expect(isEarlier({ year: 2025, month: 9 }, { year: 2025, month: 11 })).toBe(true);
    expect(isEarlier({ year: 2025, month: 0 }, { year: 2025, month: 11 })).toBe(false);
    expect(isEarlier({ year: 2025, month: 11 }, { year: 2025, month: 11 })).toBe(false);
  });

  it('puts paragraphs about earlier events first, not the one giving the date itself', () => {
    // ¶1 gives "November 4, 2025"; ¶3 and ¶6 tell of December 2022.
    const english = engine.search('What shows that Mexico and Peru were already at odds before November 2025?');
    expect([3, 6]).toContain(english.hits[0]?.paragraph);
    // In Spanish, "enfrentados" reads as the aliases' "diplomatic crisis" too, which ¶9 (April 2024, Mexico and
    // Ecuador) writes: an earlier event, though not between these two.
    const spanish = engine.search('¿Qué muestra que México y Perú ya estaban enfrentados antes de noviembre de 2025?');
    expect([3, 6, 9]).toContain(spanish.hits[0]?.paragraph);
    expect(spanish.hits.map((hit) => hit.paragraph).slice(0, 3)).toEqual(expect.arrayContaining([3, 6]));
    // Nothing else asked: the date is the topic.
    expect(engine.search('what happened before 2024').answered).toBe(true);
  });

  it('answers "before this" with no date from a paragraph telling an earlier time, not the act told of now', () => {
    // ¶5 tells this expulsion; ¶10 tells Peru's "previous declarations of ambassadors as persona non grata".
    for (const question of [
      'Did Peru expel any envoys previously?',
      'did peru kick out mexican diplomats before now',
      'Has Peru sent home Mexican ambassadors in the past?',
      'Did Lima order Mexican envoys out before all this?',
      'Had Peru ever thrown out envoys before this whole mess?',
    ])
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(10);
  });
});
