/** Example questions (corpus/examples.txt) offered by /help, abstentions and autocomplete. */
import type { AppContext } from '../context.js';
import type { Lang } from './model.js';

export function exampleQuestions(context: AppContext, lang: Lang, count: number): string[] {
  const list = context.corpus.examples[lang].length > 0 ? context.corpus.examples[lang] : context.corpus.examples.en;
  return list.slice(0, count);
}
