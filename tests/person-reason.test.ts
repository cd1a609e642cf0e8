import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

const { engine } = realContext();
const first = (q: string) => engine.search(q).hits[0]?.paragraph;

// Family J: asked why a person did something, the paragraph telling that person's act with its cause comes first
// (¶4: "Facing what she … describe as political persecution, Chavez formally requested asylum"), not one only telling
// where she is (¶1's refuge in the embassy, ¶2's asylum at the embassy's residence).
describe('why a person acted: the paragraph giving their act with its cause', () => {
  it.each(['how come Betssy Chavez ended up at the Mexican embassy?', 'why did chavez show up at the embassy in lima'])(
    '%s → ¶4',
    (q) => {
      expect(first(q)).toBe(4);
    },
  );

  it('leaves a country asked why it acted on another country to its own paragraphs', () => {
    // No person is acted on: ¶1's "The move came swiftly after Mexico granted political asylum" tells Peru's cause.
    expect(first('why did peru cut ties with mexico')).toBe(1);
  });
});

// Family E (round 61): asked why a country did something to a person, that person's own act with its cause comes
// first when it is of what is asked (¶4: she requested the asylum, facing persecution; her request was evaluated),
// before ¶7's bare "Mexico granted diplomatic asylum to Chávez", which tells the grant, not why.
describe("why a country acted on a person: the paragraph giving that person's act with its cause", () => {
  it.each([
    'why would mexico give chavez asylum',
    'how come mexico granted betssy chavez asylum?',
    '¿por qué méxico le concedió asilo a chávez?',
  ])('%s → ¶4', (q) => {
    expect(first(q)).toBe(4);
  });

  it('reads only the name right after the country as the one acted on', () => {
    // Chávez follows a second country: Peru's anger at Mexico is not answered by her request (¶4 is not promoted).
    expect(first('why was peru upset with mexico even before the asylum for chavez')).not.toBe(4);
  });

  it('leaves a person who acts in no paragraph to the paragraphs telling the act', () => {
    // Karla Ornelas tells no act of her own: the expulsion stays with ¶5, which tells it.
    expect(first('why did peru expel karla ornelas')).toBe(5);
  });
});
