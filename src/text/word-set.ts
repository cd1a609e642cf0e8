/** A closed list of words written as one space-separated string, as a set (grammar words, units, time words). */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}
