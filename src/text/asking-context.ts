/**
 * What a student adds after a question about their own situation ("… del pacífico? lo piden en la ficha y no me
 * acuerdo 🙏", "… big takeaway? i only read the top"): it asks nothing and names nothing the article tells, yet read
 * as words ("ficha", "apuntes", "top") it counts against every paragraph. A tail after the last "?" that speaks in
 * the first person (a closed class of pronouns and everyday first-person verbs) is set aside.
 */
const FIRST_PERSON =
  /(?<![\p{L}\p{N}'])(?:i|im|i'm|ive|i've|id|i'd|ill|i'll|my|me|mine|myself|yo|me|mi|mis|conmigo|nos|nosotros|nosotras|nuestro|nuestra|necesito|tengo|quiero|estoy|entendi|entiendo|acuerdo|anote|pregunte|lei|vi|sab[ií]a)(?![\p{L}\p{N}'])/iu;
/** A tail this short ("ok?", "pls") is no statement about anything. */
const MIN_TAIL_WORDS = 3;

/** The question with a first-person tail after its last "?" replaced by spaces (offsets are kept). */
export function withoutAskingContext(text: string): string {
  const end = text.lastIndexOf('?');
  if (end <= 0) return text;
  const tail = text.slice(end + 1);
  const words = tail.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < MIN_TAIL_WORDS || !FIRST_PERSON.test(tail)) return text;
  return text.slice(0, end + 1) + ' '.repeat(tail.length);
}
