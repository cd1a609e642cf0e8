/**
 * /define [term] — a glossary of words a secondary-school student may not know: a short, plain definition (saying
 * so when it is general knowledge rather than the article's), and how the article uses the word, cited. Without
 * a term: the whole glossary. From corpus/content/glossary.json, checked at start-up like the positions.
 *
 * JSON (`cli define --json [term]`):
 *   {"id": string, "term": string, "definition": string, "general": boolean,
 *    "citations": [{"paragraph": number, "quote": string}]}
 * or, without a term, {"terms": [ …every entry in that shape… ]}. Texts in the requested language; quotes in the
 * article's English. A term the glossary does not have gives {"error": string, "valid": string[]} (term ids).
 */
import type { AppContext } from '../src/context.js';
import { citationJson, citedLine, contentReply, paragraphMarks, quoteLines } from '../src/content/format.js';
import { findItems, words } from '../src/content/match.js';
import type { GlossaryTerm } from '../src/content/types.js';
import { localizedCommandName } from '../src/i18n/commands.js';
import { t } from '../src/i18n/index.js';
import type { Lang, Reply } from '../src/reply/model.js';
import { definePickCommand, pickOption } from './content-command.js';

const labelsOf = (term: GlossaryTerm) => [term.term.en, term.term.es, ...term.aliases];

/**
 * The terms a typed word names, best first: an id, then a name or alias typed in full ("asylum" is asylum, not
 * diplomatic asylum), then every term whose name or alias holds the typed words (one typo forgiven).
 */
export function findTerms(typed: string, context: AppContext): GlossaryTerm[] {
  const { terms } = context.content.glossary;
  const folded = words(typed).join(' ');
  if (folded === '') return [];
  const exact = terms.filter(
    (term) =>
      term.id === typed.trim().toLowerCase() || labelsOf(term).some((label) => words(label).join(' ') === folded),
  );
  const found = findItems(typed, terms, labelsOf, context.corpus.stopWords);
  return [...new Set([...exact, ...found])];
}

function termList(lang: Lang, context: AppContext): string {
  return context.content.glossary.terms.map((term) => term.term[lang]).join(' · ');
}

/** "General definition (not from the article)" or "Definition from the article", and under it the definition. */
export function definitionText(term: GlossaryTerm, lang: Lang): string {
  return `${t(lang, term.general ? 'define.general' : 'define.fromArticle')}\n${term.definition[lang]}`;
}

export function termReply(term: GlossaryTerm, lang: Lang, context: AppContext): Reply {
  return contentReply(context, lang, {
    source: context.content.glossary.source,
    title: term.term[lang],
    description: `${definitionText(term, lang)}\n${t(lang, 'content.quotedNote')}`,
    sections: [
      {
        heading: t(lang, 'define.usage'),
        text: [citedLine(term.usage, lang), ...quoteLines(term.usage.citations)].join('\n'),
        citations: term.usage.citations,
      },
    ],
    share: { command: 'define', args: ['term', term.id] },
  });
}

/** Every term with its definition and the paragraphs where the article uses it. */
export function glossaryReply(lang: Lang, context: AppContext): Reply {
  const { source, terms } = context.content.glossary;
  return contentReply(context, lang, {
    source,
    title: t(lang, 'define.list.title'),
    description: t(lang, 'define.list.body', { define: localizedCommandName('define', lang) }),
    sections: terms.map((term) => ({
      heading: term.term[lang],
      text: `${term.definition[lang]}${term.general ? '' : ` ${t(lang, 'define.fromArticleShort')}`} ${paragraphMarks(term.usage.citations)}`,
      citations: term.usage.citations,
    })),
    share: { command: 'define', args: ['all'] },
  });
}

/** One entry in the documented JSON shape. */
export function termJson(term: GlossaryTerm, lang: Lang) {
  return {
    id: term.id,
    term: term.term[lang],
    definition: term.definition[lang],
    general: term.general,
    citations: term.usage.citations.map(citationJson),
  };
}

/** What /define shows: one term, or the whole glossary. */
type Shown = GlossaryTerm | 'glossary';

export const define = definePickCommand({
  name: 'define',
  description: 'A word explained for students, and how the article uses it, cited (empty: the glossary)',
  option: pickOption('term', 'The word, e.g. persona non grata, self-coup, sovereignty', 100),
  select: (typed, context): Shown | undefined => (typed.trim() === '' ? 'glossary' : findTerms(typed, context)[0]),
  fromButton([verb, id = ''], context): Shown | undefined {
    if (verb === 'all') return 'glossary';
    return verb === 'term' ? context.content.glossary.terms.find((entry) => entry.id === id) : undefined;
  },
  reply: (shown, lang, context) =>
    shown === 'glossary' ? glossaryReply(lang, context) : termReply(shown, lang, context),
  json: (shown, _query, lang, context) =>
    shown === 'glossary'
      ? { terms: context.content.glossary.terms.map((term) => termJson(term, lang)) }
      : termJson(shown, lang),
  unknown: {
    title: 'define.unknown.title',
    body: (lang, context) => t(lang, 'define.unknown.body', { terms: termList(lang, context) }),
    valid: (context) => context.content.glossary.terms.map((entry) => entry.id),
  },
  /** Terms by name or alias in either language, shown in the user's language; the id is what is sent. */
  suggest: {
    all: (context) => context.content.glossary.terms,
    find: findTerms,
    choice: (term: GlossaryTerm, lang) => ({ name: term.term[lang], value: term.id }),
  },
});
