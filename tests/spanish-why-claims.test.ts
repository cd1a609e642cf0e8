/**
 * Family K: Spanish "por qué" questions about a view someone holds ("¿por qué el Perú siente que México se mete en
 * su política interna?"). The questions are written for these tests, not taken from any question set.
 */
import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const paragraphs = (question: string) => engine.search(question, { limit: 3 }).hits.map((hit) => hit.paragraph);

describe('"política interna" is a country\'s internal affairs and its politics', () => {
  it('reads it with the article\'s "political" too, reaching ¶6\'s "political meddling"', () => {
    const labels = engine.understand('¿Qué dice Lima de su política interna?');
    const politics = labels.find((concept) => concept.label === 'politica interna');
    expect(politics?.wordings.map((w) => w.terms.join(' '))).toContain('polit');
    expect(paragraphs('¿Por qué el Perú cree que México se entromete en su política interna?')).toContain(6);
  });
});

describe('why someone feels or thinks a claim asks for its ground, as why someone says it does', () => {
  it('puts the paragraph giving the ground of the felt meddling (¶6) before the one giving it as a cause (¶2)', () => {
    expect(paragraphs('¿Por qué el Perú siente que los mexicanos se meten en su política interna?')[0]).toBe(6);
    expect(paragraphs('¿Por qué los peruanos sienten que México se mete en su política interna?')[0]).toBe(6);
  });
});
