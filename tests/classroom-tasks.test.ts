import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();

/** The paragraphs a question's first passages cite, best first. */
const cited = (question: string) => engine.search(question).hits.map((hit) => hit.paragraph);

describe('classroom tasks that ask for a count of steps taken besides something', () => {
  it('read "two measures Peru took" as the steps frame, and Peru as who took them', () => {
    // ¶5 (the chargée d'affaires expelled) is what Peru did besides the break ¶1 and ¶2 report.
    expect(cited('Name two measures Peru took besides breaking off relations.')[0]).toBe(5);
    expect(cited('List three steps that Peru took in addition to cutting ties with Mexico.')[0]).toBe(5);
  });
});
