/**
 * Family Q: Spanish classroom prompts and chat. A request for a name tacked onto a question, and a tail about the
 * asker's teacher, ask nothing to search for. The questions are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { withoutAskingContext } from '../src/text/asking-context.js';
import { withoutNameRequestTail } from '../src/text/name-request.js';
import { afterEventOf } from '../src/search/after-event.js';
import { setAsideOf } from '../src/search/besides.js';
import { realContext } from './helpers.js';

const { engine } = realContext();

describe('a request for a name after a question', () => {
  it('is blanked, offsets kept, after a "?" or a comma', () => {
    const question = '¿quién es el embajador de Perú en México? cómo se llamaba';
    const read = withoutNameRequestTail(question);
    expect(read).toHaveLength(question.length);
    expect(read.trim()).toBe('¿quién es el embajador de Perú en México?');
    const english = "which officer arrested Glas, what's his name??";
    expect(withoutNameRequestTail(english)).toBe(english.replace("what's his name", ' '.repeat(15)));
  });

  it('stays when it is the question, or when the name asked follows it', () => {
    for (const question of [
      'cómo se llama?',
      '¿El canciller peruano cómo se llama?',
      'y cómo se llama el canciller?',
    ]) {
      expect(withoutNameRequestTail(question), question).toBe(question);
    }
  });

  it('asks the name of someone the article never names, so the question is declined', () => {
    const question = '¿quién es el embajador de Perú en México? cómo se llamaba';
    expect(engine.search(question).answered, question).toBe(false);
  });
});

describe("a tail about the asker's teacher", () => {
  it('is set aside as the asker\'s own ("lo pidió el profe", "the teacher wants it")', () => {
    expect(withoutAskingContext('¿cuándo rompió Perú con México? lo pidió el profe').trim()).toBe(
      '¿cuándo rompió Perú con México?',
    );
    for (const question of [
      '¿cuándo rompió Perú con México? lo pidió el profe',
      'when did Peru cut ties with Mexico? the teacher wants it by friday',
    ]) {
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(1);
    }
  });

  it('stays when it asks something or names someone of the article', () => {
    for (const question of [
      '¿quién fue presidente? el profe que dio un golpe',
      '¿quién fue presidente en 2022? el profe Castillo',
    ]) {
      expect(
        withoutAskingContext(
          question,
          () => false,
          (tail) => /castillo/i.test(tail),
        ),
        question,
      ).toBe(question);
    }
  });
});

describe('the steps someone took after an act of theirs', () => {
  it('are not the act: the paragraph where they act comes first (¶5, not the announcement of ¶1)', () => {
    for (const question of [
      'Enumera las acciones que adoptó el gobierno peruano después de anunciar la ruptura.',
      'What steps did Peru take after announcing the break with Mexico?',
      'What measures did the Peruvian government take after breaking relations?',
    ]) {
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(5);
    }
  });

  it('sets the act aside only when deeds are asked ("what happened after announcing the break" keeps it)', () => {
    expect(setAsideOf('¿Qué medidas tomó Perú tras anunciar la ruptura?')).toBe('anunciar la ruptura');
    expect(setAsideOf('What happened after announcing the break?')).toBeUndefined();
  });
});

describe('a wider context asked in Spanish', () => {
  it('"dentro (de)" is a word of place like English "within": no topic of its own', () => {
    const labels = engine
      .understand('¿Cómo sitúa el artículo la crisis dentro de un marco más amplio?')
      .map((c) => c.label);
    expect(labels).not.toContain('dentro');
  });

  it('"un contexto / panorama más amplio" is the broader trend the article draws (¶11), as "wider context" is', () => {
    for (const question of [
      '¿Cómo encaja la ruptura en un panorama más amplio de la región?',
      '¿Cómo se ve esta ruptura en un contexto más amplio?',
    ]) {
      const response = engine.search(question);
      expect(response.answered, question).toBe(true);
      expect(response.hits[0]?.paragraph, question).toBe(11);
    }
  });
});

describe('what happened to someone after an event, the person first ("a X qué le pasó después de …")', () => {
  it('is read as "qué le pasó a X después de …", and declined where the article tells nothing after the event', () => {
    const question = 'y a Karla Ornelas qué le pasó después de que la expulsaron?';
    expect(afterEventOf(question)?.event).toBe('la expulsaron');
    expect(engine.search(question).answered, question).toBe(false);
  });

  it('only when the person opens the question: "a X" inside a clause is whom something was done to', () => {
    expect(afterEventOf('la fiscal que acusó a Chávez sigue trabajando o qué le pasó tras el juicio?')).toBeUndefined();
  });
});
