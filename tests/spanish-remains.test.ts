import { describe, expect, it } from 'vitest';
import { realContext } from './helpers.js';

// Family M: Spanish questions about what the break left, what it cost and who it touched, asked in everyday words.
const { engine } = realContext();
const firstParagraph = (q: string) => engine.search(q, { limit: 3 }).hits[0]?.paragraph;

describe('Spanish descriptions the aliases read as the article names them', () => {
  it('reads "el país andino" as Peru', () => {
    // ¶1 and ¶5 name Peru's president Jeri; before, only ¶2's "presidentes" was found.
    expect([1, 5]).toContain(firstParagraph('¿Quién manda hoy en el país andino?'));
    expect(firstParagraph('¿Por qué el país andino rompió con México?')).toBe(1);
  });

  it('reads the one who "representaba a México" as the chargé d\'affaires of ¶5', () => {
    expect(firstParagraph('¿Quién representaba a México en Lima?')).toBe(5);
    expect(firstParagraph('la que representaba a mexico en lima q onda con ella')).toBe(5);
    expect(firstParagraph('¿Qué hicieron con la mujer que representaba a México en Perú?')).toBe(5);
  });

  it('reads the Mexican "representación" as its mission and the chargée d\'affaires heading it (¶5)', () => {
    // Before, as the embassy alone: ¶4's "embajada mexicana en Lima", where Chávez sought asylum, came first.
    expect(firstParagraph('que le paso a la jefa de la representacion mexicana')).toBe(5);
    expect(firstParagraph('¿Qué medidas tomó Perú contra la representación diplomática de México?')).toBe(5);
    expect(firstParagraph('¿Quién estaba a cargo de la representación mexicana?')).toBe(5);
  });
});
