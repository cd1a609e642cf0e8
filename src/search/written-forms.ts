/**
 * The articles' written forms grouped by term. Readers ask for the forms of a question's few terms; walking every
 * word the articles write for each term asked repeated the same scan question after question.
 */

/** The grouping of each written-forms map, made once on first use and shared by every reader of that map. */
const groupedByMap = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, readonly string[]>>();

/**
 * The words the articles write for a term ("govern" → "government", "governments"), in the order the written-forms
 * map holds them, so that the first is the one a walk over the whole map would have found first.
 *
 * @param writtenForms every word as the articles write it, folded, with its term
 */
export function writtenFormsOf(writtenForms: ReadonlyMap<string, string>, term: string): readonly string[] {
  return groupedByTerm(writtenForms).get(term) ?? [];
}

/** A written-forms map grouped by term, grouped once a map. */
function groupedByTerm(writtenForms: ReadonlyMap<string, string>): ReadonlyMap<string, readonly string[]> {
  const known = groupedByMap.get(writtenForms);
  if (known) return known;
  const grouped = new Map<string, string[]>();
  for (const [written, term] of writtenForms) {
    const forms = grouped.get(term);
    if (forms) forms.push(written);
    else grouped.set(term, [written]);
  }
  groupedByMap.set(writtenForms, grouped);
  return grouped;
}
