/**
 * A party's position compared or summed up (commands/ask-lead.ts): the paragraphs where the article itself states a
 * side's view ("Peru's leadership viewed the asylum as a direct affront", ¶5; "Mexico has stood firm in its defense
 * of the right to asylum", ¶7) come before one that reports what was announced (de Zela's words, ¶2), in the order
 * the question names the sides; a position summed up leads with the party's case even when the rest of the question
 * finds only the announcement, unless what it asks about is written where the party says it, or a speaker is named.
 */
import { describe, expect, it } from 'vitest';
import { askSearch, leadSources } from '../commands/ask-lead.js';
import { readLead } from '../src/content/leads.js';
import type { Lang } from '../src/reply/model.js';
import { realContext } from './helpers.js';

const context = realContext();
const shown = (question: string, lang: Lang) =>
  askSearch(question, lang, context, 3).response?.hits.map((hit) => hit.paragraph) ?? [];

describe('comparing two parties’ positions', () => {
  it('puts the article’s own account of each side first, in the order the question names them', () => {
    expect(
      shown('Compara qué opinan Perú y México sobre si el asilo fue un acto inamistoso', 'es').slice(0, 2),
    ).toEqual([5, 7]);
    expect(
      shown('Compara la posición peruana y la mexicana: ¿el asilo es un acto inamistoso?', 'es').slice(0, 2),
    ).toEqual([5, 7]);
    expect(
      shown("Compare Peru's and Mexico's views on whether granting asylum was an unfriendly act", 'en').slice(0, 2),
    ).toEqual([5, 7]);
  });
});

describe('summing up one party’s position', () => {
  it('leads with where the party states its case, not the announcement the rest of the question finds', () => {
    expect(shown('Resume la posición de Perú sobre el asilo a Chávez', 'es')[0]).toBe(5);
    expect([7, 8]).toContain(shown('Resuman la postura mexicana frente a la reacción de Perú', 'es')[0]);
  });

  it('still puts first the paragraph whose cited words write what is asked about', () => {
    expect(shown("Summarize Peru's argument that Mexico violated its sovereignty", 'en')[0]).toBe(10);
    expect(shown("Summarize Peru's reasons for breaking off diplomatic relations", 'en')[0]).toBe(2);
  });

  it('answers a named speaker’s position in that speaker’s own words', () => {
    expect(shown('Resume la postura de Sheinbaum sobre Castillo', 'es')[0]).toBe(6);
  });
});

describe('an English word spelt like a Spanish verb of summing up', () => {
  it('does not read "resume" of an English question as asking for the position summed up', () => {
    const lead = readLead("What is Peru's position on whether relations will resume?", leadSources(context));
    expect(lead).toMatchObject({ kind: 'position', id: 'peru' });
    expect(lead).not.toHaveProperty('summarised');
    expect(readLead('Resume la posición de Perú sobre el asilo a Chávez', leadSources(context))).toMatchObject({
      kind: 'position',
      summarised: true,
    });
  });
});
