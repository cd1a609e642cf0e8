/**
 * "What happened to X after <event>": answered only where the article goes on about X after telling the event; "what
 * comes next for X" only where the article names X more than once.
 */
import { describe, expect, it } from 'vitest';
import {
  afterEventOf,
  asksEarlierLife,
  asksLater,
  asksPresentState,
  asksSequel,
  asksWhatBecameLater,
} from '../src/search/after-event.js';
import { expectNotInSource, realContext } from './helpers.js';

const { engine } = realContext();

describe('what became of someone after an event', () => {
  it('reads who is asked about and the event, in English and Spanish', () => {
    expect(afterEventOf('wait what happened to jorge glas after the police took him out of the embassy')).toEqual({
      asked: 'wait what happened to jorge glas',
      event: 'the police took him out of the embassy',
    });
    expect(afterEventOf('¿A qué país fue destinada Karla Ornelas después de salir de Lima?')).toEqual({
      asked: 'a que pais fue destinada karla ornelas',
      event: 'salir de lima',
    });
    expect(afterEventOf('qué pasó con Jorge Glas después del asalto a la embajada')?.asked).toBe(
      'que paso con jorge glas',
    );
    // As chat writes it: "q le pasó a …", "después de q …".
    expect(afterEventOf('y q le paso a karla ornelas despues de q la botaron?')).toEqual({
      asked: 'y que le paso a karla ornelas',
      event: 'la botaron',
    });
    // Not a question about what became of someone, or no event to ask after.
    expect(afterEventOf('who became president after castillo was arrested')).toBeUndefined();
    expect(afterEventOf('did chavez end up flying to mexico after all this')).toBeUndefined();
    expect(afterEventOf('what happened to castillo after that')).toBeUndefined();
    // A short event is one all the same: "the raid".
    expect(afterEventOf('what happened to jorge glas after the raid')).toEqual({
      asked: 'what happened to jorge glas',
      event: 'the raid',
    });
  });

  it('declines what the article never tells: someone named once, after the last it says of them', () => {
    expectNotInSource(engine, [
      'wait what happened to jorge glas after the police took him out of the embassy',
      'what happened to jorge glas after the raid, is he in jail now',
      'where did karla ornelas go after she left peru',
      'What is Dina Boluarte doing now after being removed from office?',
      'qué pasó con Jorge Glas después del asalto a la embajada',
      'y q le paso a karla ornelas despues de q la botaron?',
    ]);
  });

  it('reads "since <event>" and "now that <event>" as an event asked after, and "been up to" as what became of someone', () => {
    expect(afterEventOf('What is Karla Ornelas doing now that she has left Peru?')).toEqual({
      asked: 'what is karla ornelas doing',
      event: 'she has left peru',
    });
    expect(afterEventOf('What has Jorge Glas been up to since the police raid?')?.event).toBe('the police raid');
    // "Since then" names no event: what became of someone later, not after something told.
    expect(afterEventOf('what has castillo done since then')).toBeUndefined();
    expectNotInSource(engine, [
      'What is Karla Ornelas doing now that she has left Peru?',
      'What has Jorge Glas been up to since the police raid?',
    ]);
  });

  it('reads "what has X been doing since …" and the post someone was given or sent to as what became of them', () => {
    expect(afterEventOf('What has Karla Ornelas been doing since Peru expelled her?')).toEqual({
      asked: 'what has karla ornelas been doing',
      event: 'peru expelled her',
    });
    expect(afterEventOf('what job did Karla Ornelas get after she left Peru?')?.event).toBe('she left peru');
    expect(afterEventOf('¿A dónde mandaron a Karla Ornelas tras su expulsión?')?.asked).toBe(
      'a donde mandaron a karla ornelas',
    );
    expectNotInSource(engine, [
      'What has Karla Ornelas been doing since Peru expelled her?',
      'what has jorge glas been doing since the raid in quito',
      'what job did Karla Ornelas get after she left Peru?',
      '¿Qué puesto le dieron a Jorge Glas después del asalto a la embajada?',
      '¿A dónde mandaron a Karla Ornelas tras su expulsión?',
    ]);
    // Named in several paragraphs: searched as any question (¶4 tells her release and what she did next).
    expect(engine.search('what has chavez been doing since she was released').hits[0]?.paragraph).toBe(4);
  });

  it('answers when the article goes on about the person, or names them in several paragraphs', () => {
    // ¶3 tells Boluarte took over when Castillo was arrested, then her ouster.
    expect(engine.search('what happened to boluarte after castillo was arrested').hits[0]?.paragraph).toBe(3);
    // Castillo is named in many paragraphs, told in no set order: the search answers as for any question.
    expect(engine.search('what happened to castillo after he tried to dissolve congress').answered).toBe(true);
    expect(engine.search('where did castillo go after the coup attempt').answered).toBe(true);
    expect(engine.search('what happened to chavez after she was released').hits[0]?.paragraph).toBe(4);
  });

  it('reads what comes next for someone, and declines it for someone the article names once', () => {
    expect(afterEventOf('where is Karla Ornelas going to work next?')).toEqual({ asked: 'karla ornelas' });
    expect(afterEventOf("what's next for Jorge Glas")).toEqual({ asked: 'jorge glas' });
    expect(afterEventOf('¿Qué hará Karla Ornelas ahora?')).toEqual({ asked: 'karla ornelas' });
    expect(afterEventOf('¿a dónde irá Jorge Glas?')).toEqual({ asked: 'jorge glas' });
    expect(afterEventOf('what will happen to the relationship')).toBeUndefined();
    // The person asked about ends where the question goes on: "qué hará México con Karla Ornelas" asks about Mexico.
    expect(afterEventOf('que hara mexico con karla ornelas')).toEqual({ asked: 'mexico' });
    for (const question of ['where is Karla Ornelas going to work next?', 'what will Jorge Glas do now?']) {
      expect(engine.search(question).decline?.reason, question).toBe('not-in-source');
    }
    // Named in several paragraphs: searched as any question ("what will Mexico do next" is a country, not a person).
    expect(engine.search('what will Sheinbaum do').answered).toBe(true);
    expect(engine.search('what will Mexico do next').hits[0]?.paragraph).toBe(12);
  });
});

describe('whether something came about later than the article tells', () => {
  it('reads a yes-or-no question with "ever", "still", "end up" (English) or "sigue", "todavía" (Spanish)', () => {
    expect(asksLater('did chavez ever make it out of the embassy?', false)).toBe(true);
    expect(asksLater('so is jorge glas still in jail now?', false)).toBe(true);
    expect(asksLater('Did Peru end up giving her safe passage?', false)).toBe(true);
    expect(asksLater('¿Jorge Glas sigue preso hoy?', true)).toBe(true);
    // A question word asks for something, not yes or no; no marker, nothing later.
    expect(asksLater('why is mexico still angry?', false)).toBe(false);
    expect(asksLater('did chavez enter the embassy?', false)).toBe(false);
    expect(asksLater('¿Por qué sigue preso Castillo?', true)).toBe(false);
  });

  it('declines it unless a paragraph naming the person tells all that is asked of them', () => {
    expectNotInSource(engine, [
      'did chavez ever make it out of the embassy and fly to mexico?',
      'is jorge glas still in jail now?',
      '¿Jorge Glas sigue preso hoy o ya lo liberaron?',
    ]);
    // ¶4: "She has denied knowing about Castillo's plan"; ¶3: Boluarte's ouster.
    expect(engine.search('does chavez still deny knowing about the plan').hits[0]?.paragraph).toBe(4);
    expect(engine.search('la boluarte sigue de presi o ya fue?').hits[0]?.paragraph).toBe(3);
  });
});

describe('what became of someone later, with no event named', () => {
  it('reads "what happened to X in the end", "where is X now", "¿qué fue de X después?"', () => {
    expect(asksWhatBecameLater('where is jorge glas locked up now')).toBe(true);
    expect(asksWhatBecameLater('y al final q paso con jorge glas? lo condenaron?')).toBe(true);
    expect(asksWhatBecameLater('¿Qué fue de Jorge Glas después, lo liberaron?')).toBe(true);
    // No word of later, or an event named to ask after (afterEventOf reads those).
    expect(asksWhatBecameLater('¿Qué pasó con Jorge Glas?')).toBe(false);
    expect(asksWhatBecameLater('qué pasó con Glas después de que lo detuvieron')).toBe(false);
    // A word of later in another question of the line asks nothing later of the first one's person.
    expect(asksWhatBecameLater('¿Qué hizo Sheinbaum en noviembre? ¿Y qué dice ahora Perú del asilo?')).toBe(false);
    expect(asksWhatBecameLater('what did de zela do in 2025? and what does mexico say now')).toBe(false);
    // The event asked after ends with its clause: "sigue preso" is asked of the person, not part of the arrest.
    expect(afterEventOf('y q paso con glas despues q lo arrestaron, sigue preso?')).toEqual({
      asked: 'y que paso con glas',
      event: 'lo arrestaron',
    });
  });

  it('declines it unless a paragraph naming the person tells all else it asks of them', () => {
    expectNotInSource(engine, [
      'where is jorge glas locked up now',
      'y al final q paso con jorge glas? lo condenaron?',
      '¿Qué le pasó al final a Jorge Glas, sigue encerrado?',
      'y q paso con glas despues q lo arrestaron, sigue preso?',
    ]);
    // Chat's "q onda (con) X" asks what became of X.
    expect(asksWhatBecameLater('y jorge glas q onda al final, lo soltaron?')).toBe(true);
    expectNotInSource(engine, ['y jorge glas q onda al final, lo soltaron?']);
    // "La corrieron" of a president is her ouster (¶3), as "la sacaron" is.
    expect(engine.search('q onda con la boluarte al final, la corrieron?').hits[0]?.paragraph).toBe(3);
    // ¶3 tells Boluarte's ouster; "next" is no thing asked of Jerí; a slip ("hidding") is no thing untold.
    expect(engine.search('q paso al final con la boluarte, la sacaron?').hits[0]?.paragraph).toBe(3);
    expect(engine.search('what did jose jeri do next').answered).toBe(true);
    expect(engine.search('where is betssy chavez hidding now').answered).toBe(true);
  });

  it('reads a nickname the aliases give a person as that person when asking where they are now', () => {
    // "AMLO" is López Obrador, told only in the past (¶6: he granted asylum to Castillo's family in 2022).
    expectNotInSource(engine, ['where is amlo these days', 'what is amlo doing right now']);
    // Asked what he did then, ¶6 still answers.
    expect(engine.search("what did amlo do for castillo's family").hits[0]?.paragraph).toBe(6);
  });
});

describe('what someone did before a role or a turn of their life', () => {
  it('reads "what did X do / what was X\'s job" with "before he became", "antes de ser"', () => {
    expect(asksEarlierLife('what did hugo de zela do before he became foreign minister')).toBe(true);
    expect(asksEarlierLife("What was Jose Jeri's job before he became president of Peru?")).toBe(true);
    expect(asksEarlierLife('¿a qué se dedicaba Jerí antes de ser presidente?')).toBe(true);
    // Before an event without asking what the person did, or what they did without "before": other questions.
    expect(asksEarlierLife('what happened before he became president')).toBe(false);
    expect(asksEarlierLife('what did de zela do after the announcement')).toBe(false);
  });

  it('declines it unless the article gives the person an earlier role ("former teacher", "served as")', () => {
    expectNotInSource(engine, [
      'what did hugo de zela do before he became foreign minister',
      "What was Jose Jeri's job before he became president of Peru?",
      '¿a qué se dedicaba Jerí antes de ser presidente?',
    ]);
    // ¶3: "Pedro Castillo, a leftist former teacher and union leader".
    expect(engine.search('what did castillo do before he became president').hits[0]?.paragraph).toBe(3);
    expect(engine.search('¿a qué se dedicaba Castillo antes de ser presidente?').hits[0]?.paragraph).toBe(3);
  });
});

describe('what came of an event', () => {
  it('reads an outcome or a reception asked of an event, not what happened within it or was called so', () => {
    expect(asksSequel("What were the consequences of Castillo's move against Congress?")).toBe(true);
    expect(asksSequel('How was the expulsion of the chargée seen in Mexico?')).toBe(true);
    expect(asksSequel('what happened to glas after the raid')).toBe(true);
    expect(asksSequel('¿Cómo acabó el intento de Castillo de disolver el Congreso?')).toBe(true);
    expect(asksSequel('¿Cuál fue la reacción al intento de Castillo?')).toBe(true);
    // What happened at the time of an event is told with it; "lo que le pasó" is a thing someone named.
    expect(asksSequel('what happened to glas when the police came in')).toBe(false);
    expect(asksSequel('¿Cómo llamó Sheinbaum a lo que le pasó a Castillo?')).toBe(false);
    expect(asksSequel('who is Pedro Castillo?')).toBe(false);
  });

  it('puts first the paragraph that goes on about the event, not one naming it in passing', () => {
    // ¶1 names Castillo's attempt in a clause about Chávez; ¶3 tells it, then the resistance and his arrest.
    for (const question of [
      "What were the consequences of Castillo's move against Congress?",
      "How was Castillo's attempt to shut down Congress seen at home?",
      '¿Cómo acabó el intento de Castillo de disolver el Congreso?',
      '¿Cuál fue la reacción al intento de Castillo de disolver el Congreso?',
    ])
      expect(engine.search(question).hits[0]?.paragraph, question).toBe(3);
  });
});

describe('what someone is doing, or where they are, now', () => {
  it('reads a question asking for the present, whatever event it names after', () => {
    expect(asksPresentState('so where is dina boluarte currently?')).toBe(true);
    expect(asksPresentState("what's jorge glas up to these days after the raid")).toBe(true);
    expect(asksPresentState('what has boluarte been doing rn')).toBe(true);
    // Asked of then, not now.
    expect(asksPresentState('where was boluarte when castillo was arrested')).toBe(false);
    expect(asksPresentState('what is chavez accused of')).toBe(false);
  });

  it('declines it of a person the article tells only in the past', () => {
    // ¶3 tells Boluarte taking office and her ouster, ¶9 the raid to detain Glas: nothing of them today.
    expectNotInSource(engine, [
      'so where is dina boluarte these days?',
      "what's jorge glas up to these days after the raid",
      'what has boluarte been doing rn',
    ]);
  });

  it('answers it of a person the article places, or tells in the present', () => {
    // ¶1: "As Chavez took refuge inside the Mexican embassy in Lima"; a given name alone means her too.
    expect(engine.search('where is betssy chavez currently').answered).toBe(true);
    expect(engine.search('where is betssy these days').answered).toBe(true);
  });
});
