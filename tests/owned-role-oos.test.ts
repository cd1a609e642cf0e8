import { describe, expect, it } from 'vitest';
import { expectNotInSource, realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

// Family C: a role or thing someone named has, asked of them ("X's lawyer", "what is X's party called"), is answered
// only where the article gives it for that person; it never names a lawyer, a party or a spouse.
describe('a role someone named has, which the article never gives', () => {
  it('declines it asked of a full name with a possessive', () => {
    expectNotInSource(engine, ["who is pedro castillo's attorney", "who's betssy chavez's spokesperson"]);
  });

  it('declines it asked as what it is called', () => {
    expectNotInSource(engine, ["what is jose jeri's party called", 'whats chavezs husband called']);
  });

  it('still answers a role the article gives, and "called for" as a verb', () => {
    expect(first("who is peru's foreign minister")).toBe(2);
    expect(first("What has Mexico's president called for on Castillo's behalf?")).toBe(6);
  });
});

// Family C: a title of two words WordNet files as one person ("Vice President Jorge Glas") is the person's title, no
// event: a date beside it does not tell when they served.
describe('a two-word title is no event a date is of', () => {
  it('declines when someone served in a role the article only names them by', () => {
    expectNotInSource(engine, ['When did Glas serve as vice president of Ecuador?']);
  });

  it('still dates what the article tells of them', () => {
    expect(first('When did Ecuadorian police storm the embassy to detain Glas?')).toBe(9);
  });
});

// Family C: "what prison was she held in" asks for a prison's name, which the article never gives (¶4's "prison
// sentence"); "was" after the kind is a verb, not a noun the kind describes, whatever WordNet files under "was".
describe('a made thing asked by "what" before a verb, which the article never names', () => {
  it('declines it', () => {
    expectNotInSource(engine, ['what prison are they holding chavez in']);
  });

  it('still answers a kind the article names', () => {
    expect(first('what embassy was castillo arrested near')).toBe(3);
  });
});

// Family T: "the name of X's political party" asks for the party, not for something "political": the adjective after
// the owner qualifies the noun after it (¶4's "political persecution" is no party of anyone's).
describe('a thing named by its adjective and noun after an owner', () => {
  it('declines it when the article never gives it', () => {
    expectNotInSource(engine, [
      "i need the name of castillo's political organization",
      "what's the name of pedro castillo's political coalition",
    ]);
  });

  it('still answers a role named after an owner', () => {
    expect(first("what's the name of peru's foreign minister")).toBe(2);
  });
});

// Family T: "what sentence are prosecutors seeking for X" asks for X's sentence: the kind is sought for the one after
// "for", not owned by those seeking it; ¶4's 25 years are sought for Chávez, no one else.
describe('a kind sought for someone the article never gives it for', () => {
  it('declines it', () => {
    expectNotInSource(engine, [
      'what sentence are prosecutors seeking for castillo',
      'what prison term do prosecutors want for jeri',
    ]);
  });

  it('still answers it for the one the article gives it for', () => {
    expect(first('what sentence are prosecutors seeking for chavez')).toBe(4);
  });
});

// Family W: the head of an organisation a name owns ("the chief of Mexico's foreign ministry") is the holder of the
// title sharing the organisation's root (its minister), not the owner's president: the article names Peru's foreign
// minister (de Zela) but never Mexico's.
describe("the head of a country's organisation, asked by role", () => {
  it("declines it where the article never names the organisation's head", () => {
    expectNotInSource(engine, [
      "who is the chief of mexico's foreign ministry",
      "tell me who's the leader of mexico's ministry (the SRE)",
    ]);
  });

  it("answers it where the article names the organisation's head", () => {
    expect(first("who is the chief of peru's foreign ministry")).toBe(2);
    expect(first("who is peru's foreign minister")).toBe(2);
  });
});
