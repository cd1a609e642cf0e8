/** A guess at the answer after a question asking for someone is checked, not asked about. */
import { describe, expect, it } from 'vitest';
import {
  withSpanishNameHedgeRead,
  withoutGuessedAnswer,
  withoutHalfRememberedName,
} from '../src/search/guessed-answer.js';
import { realContext } from './helpers.js';

const { engine } = realContext();
const names = new Map([
  ['karla', 'karla'],
  ['ornelas', 'ornela'],
  ['dina', 'dina'],
  ['jeri', 'jeri'],
  ['hugo', 'hugo'],
]);

describe('a guessed answer', () => {
  it('is a name, with words asking whether it is so, after a "?" or a comma before "no era" / "wasn\'t it"', () => {
    expect(withoutGuessedAnswer('como se llama la encargada que expulsaron? karla ornela?', names)).toBe(
      'como se llama la encargada que expulsaron?',
    );
    expect(withoutGuessedAnswer('quien es el presi de peru ahora, no era la dina? 🤔', names)).toBe(
      'quien es el presi de peru ahora',
    );
    expect(withoutGuessedAnswer("who's the president now? jeri, right?", names)).toBe("who's the president now?");
    // Or after a comma before "i thought", "pensé que".
    expect(withoutGuessedAnswer("so whos peru's pres now, i thought it was dina", names)).toBe(
      "so whos peru's pres now",
    );
    expect(withoutGuessedAnswer('quien manda en peru, pense que era la dina', names)).toBe('quien manda en peru');
    // "I thought it was" opens a guess with nothing before it.
    expect(withoutGuessedAnswer('whos the president of peru now i thought it was dina lol', names)).toBe(
      'whos the president of peru now',
    );
    expect(withoutGuessedAnswer('i thought it was dina who expelled karla', names)).toBeUndefined();
    // "Its", and a name's "de": "its jeri right", "de zela right?".
    expect(withoutGuessedAnswer('peru president name?? its jeri right', names)).toBe('peru president name??');
    expect(withoutGuessedAnswer("peru's top diplomat? de zela right?", new Map([['zela', 'zela']]))).toBe(
      "peru's top diplomat?",
    );
  });

  it('may ask whether the name guessed still holds the role: "ya no es …?", "todavía es …?", "… anymore?"', () => {
    expect(withoutGuessedAnswer('y quien gobierna peru hoy? ya no era la dina?', names)).toBe(
      'y quien gobierna peru hoy?',
    );
    expect(withoutGuessedAnswer('quien manda en peru? sigue siendo jeri?', names)).toBe('quien manda en peru?');
    expect(withoutGuessedAnswer("who's in charge in peru? still dina?", names)).toBe("who's in charge in peru?");
    expect(withoutGuessedAnswer('whos the peruvian president? isnt it dina anymore', names)).toBe(
      'whos the peruvian president?',
    );
    // ¶1: President Jose Jeri.
    expect(engine.search('y quien manda en el peru? todavia es la dina?').hits[0]?.paragraph).toBe(1);
    expect(engine.search('who is the president of peru now? isnt it dina anymore?').hits[0]?.paragraph).toBe(1);
  });

  it('is no question of its own, nor a name the question goes on about', () => {
    expect(withoutGuessedAnswer('who is jeri? what did he do?', names)).toBeUndefined();
    expect(withoutGuessedAnswer('who expelled karla ornelas?', names)).toBeUndefined();
    expect(withoutGuessedAnswer('quien es dina, y que paso con ella', names)).toBeUndefined();
    expect(withoutGuessedAnswer('? karla', names)).toBeUndefined();
  });

  it('lets the name guessed be the answer', () => {
    // ¶5 names the chargée d'affaires: Karla Ornelas, the name guessed ("who" asks for someone the question does not
    // name, so the guess had made ¶5 no answer).
    const chargee = 'como se llama la encargda de negosios que expulsaron? karla ornela?';
    expect(engine.search(chargee).hits[0]?.paragraph).toBe(5);
    // ¶1: President Jose Jeri; the guess (Dina Boluarte) is no subject the answer must name.
    expect(engine.search('bacan y quien es el presi de peru ahora, no era la dina? 🤔').hits[0]?.paragraph).toBe(1);
    expect(engine.search("so whos peru's pres now, i thought it was boluarte").hits[0]?.paragraph).toBe(1);
    // After "cuz", "bc", "porque" too, with chat after the name.
    expect(
      engine.search('so who is the president of peru rn cuz i thought it was boluarte lol').hits[0]?.paragraph,
    ).toBe(1);
    expect(engine.search('wait whos the president of peru rn i thought it was boluarte').hits[0]?.paragraph).toBe(1);
  });

  it('leaves "who\'s the <role> of <place>" asking for a name as "who is" does', () => {
    // ¶9 names Ecuador and a former vice president, not its president.
    for (const q of [
      "who's the president of ecuador rn",
      'whos the president of ecuador',
      'who is the president of ecuador',
    ])
      expect(engine.search(q).answered, q).toBe(false);
    expect(engine.search("who's the president of peru").hits[0]?.paragraph).toBe(1);
  });
});

describe('a name half remembered', () => {
  it('is a name after a comma, then "something", "or something", "algo así"', () => {
    expect(withoutHalfRememberedName('who was the foreign minister that broke ties, hugo something?', names)).toBe(
      'who was the foreign minister that broke ties',
    );
    expect(withoutHalfRememberedName('quien era la encargada, karla o algo asi', names)).toBe('quien era la encargada');
    // Not a word of the articles' names, nor "something" asked about.
    expect(withoutHalfRememberedName('who was the minister, some guy or something', names)).toBeUndefined();
    expect(withoutHalfRememberedName('did jeri say something?', names)).toBeUndefined();
  });

  it('is searched with the question, and set aside only when nothing answers with it', () => {
    // ¶2: Foreign Minister Hugo de Zela; read as whom the question is about, "hugo" made ¶2 no answer to "who".
    expect(engine.search('who was the foreign minister that broke ties, hugo something?').hits[0]?.paragraph).toBe(2);
    expect(engine.search('¿quién era el canciller que anunció la ruptura, hugo algo así?').hits[0]?.paragraph).toBe(2);
  });
});

describe('a Spanish hedge after a name half remembered', () => {
  it('is "algo así": "no sé cuánto", "no sé qué" after a name the articles write, and nothing else', () => {
    expect(withSpanishNameHedgeRead('quien anuncio la ruptura, un tal hugo no se cuanto', names)).toBe(
      'quien anuncio la ruptura, un tal hugo algo así',
    );
    expect(withSpanishNameHedgeRead('¿a quién expulsaron? una tal Karla no sé qué 🤔', names)).toBe(
      '¿a quién expulsaron? una tal Karla algo así 🤔',
    );
    // Not after a word that is no name, nor in the middle of a question.
    expect(withSpanishNameHedgeRead('¿cuánto tiempo estuvo presa? no sé cuánto', names)).toBeUndefined();
    expect(withSpanishNameHedgeRead('hugo no sé qué dijo de méxico', names)).toBeUndefined();
  });

  it('asks for no number: the person is still asked for', () => {
    // Its "cuánto" read as asked, the question was declined as asking a number the articles do not give.
    expect(engine.search('quien anuncio la ruptura, un tal hugo no se cuanto').hits[0]?.paragraph).toBe(2);
    expect(engine.search('¿a quién sacaron de Perú? una tal karla no sé cuánto').hits[0]?.paragraph).toBe(5);
  });
});
