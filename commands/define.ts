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
import { ApplicationCommandOptionType } from 'discord-api-types/payloads/v10';
import type { AppContext } from '../src/context.js';
import {
  citationJson,
  citedLine,
  paragraphMarks,
  quoteLines,
  replyCitations,
  contentFooter,
} from '../src/content/format.js';
import { findItems, words } from '../src/content/match.js';
import type { GlossaryTerm } from '../src/content/types.js';
import { localizedCommandName } from '../src/i18n/commands.js';
import { t } from '../src/i18n/index.js';
import { noticeReply, type Lang, type Reply, type AutocompleteChoice } from '../src/reply/model.js';
import { defineCommand, PRIVATE_OPTION } from './command.js';

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

function unknownTermReply(lang: Lang, context: AppContext): Reply {
  return noticeReply(t(lang, 'define.unknown.title'), {
    text: t(lang, 'define.unknown.body', { terms: termList(lang, context) }),
  });
}

function termList(lang: Lang, context: AppContext): string {
  return context.content.glossary.terms.map((term) => term.term[lang]).join(' · ');
}

/** "General definition (not from the article)" or "Definition from the article", and under it the definition. */
export function definitionText(term: GlossaryTerm, lang: Lang): string {
  return `${t(lang, term.general ? 'define.general' : 'define.fromArticle')}\n${term.definition[lang]}`;
}

export function termReply(term: GlossaryTerm, lang: Lang, context: AppContext): Reply {
  const { source } = context.content.glossary;
  return {
    tone: 'answer',
    title: term.term[lang],
    description: { text: `${definitionText(term, lang)}\n${t(lang, 'content.quotedNote')}` },
    sections: [
      {
        heading: t(lang, 'define.usage'),
        body: { text: [citedLine(term.usage, lang), ...quoteLines(term.usage.citations)].join('\n') },
        citations: replyCitations(term.usage.citations, source, context),
      },
    ],
    footer: contentFooter(term.usage.citations, source, context, lang),
    buttons: [],
    ephemeral: false,
    shareAction: { command: 'define', args: ['term', term.id] },
  };
}

/** Every term with its definition and the paragraphs where the article uses it. */
export function glossaryReply(lang: Lang, context: AppContext): Reply {
  const { source, terms } = context.content.glossary;
  return {
    tone: 'answer',
    title: t(lang, 'define.list.title'),
    description: { text: t(lang, 'define.list.body', { define: localizedCommandName('define', lang) }) },
    sections: terms.map((term) => ({
      heading: term.term[lang],
      body: {
        text: `${term.definition[lang]}${term.general ? '' : ` ${t(lang, 'define.fromArticleShort')}`} ${paragraphMarks(term.usage.citations)}`,
      },
      citations: replyCitations(term.usage.citations, source, context),
    })),
    footer: contentFooter(
      terms.flatMap((term) => term.usage.citations),
      source,
      context,
      lang,
    ),
    buttons: [],
    ephemeral: false,
    shareAction: { command: 'define', args: ['all'] },
  };
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

export const define = defineCommand({
  definition: {
    name: 'define',
    description: 'A word explained for students, and how the article uses it, cited (empty: the glossary)',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'term',
        description: 'The word, e.g. persona non grata, self-coup, sovereignty',
        required: false,
        autocomplete: true,
        max_length: 100,
      },
      PRIVATE_OPTION,
    ],
  },

  handle({ options, lang }, context) {
    const typed = options.term ?? '';
    if (typed.trim() === '') return glossaryReply(lang, context);
    const term = findTerms(typed, context)[0];
    return term ? termReply(term, lang, context) : unknownTermReply(lang, context);
  },

  /** Terms by name or alias in either language, shown in the user's language; the id is what is sent. */
  autocomplete(focused, lang, context): AutocompleteChoice[] {
    const terms = focused.value.trim() === '' ? context.content.glossary.terms : findTerms(focused.value, context);
    return terms.map((term) => ({ name: term.term[lang], value: term.id }));
  },

  button(args, lang, context) {
    const [verb, id = ''] = args;
    if (verb === 'all') return glossaryReply(lang, context);
    const term = verb === 'term' ? context.content.glossary.terms.find((entry) => entry.id === id) : undefined;
    return term ? termReply(term, lang, context) : unknownTermReply(lang, context);
  },

  json({ options, lang }, context) {
    const typed = (options.term ?? '').trim();
    if (typed === '') return { terms: context.content.glossary.terms.map((term) => termJson(term, lang)) };
    const term = findTerms(typed, context)[0];
    if (!term)
      return {
        error: t(lang, 'define.unknown.body', { terms: termList(lang, context) }),
        valid: context.content.glossary.terms.map((entry) => entry.id),
      };
    return termJson(term, lang);
  },
});
