/**
 * /quote [speaker] — who said what: every direct quotation in the article, verbatim in its original English,
 * with its speaker, ¶N and a line of context. With a speaker ("sheinbaum", "Zela", "sre", "cancillería"), only
 * theirs. From corpus/content/quotes.json, where each quote is checked to sit inside quotation marks of its ¶.
 *
 * JSON (`cli quote --json [speaker]`):
 *   {"query": string | null,
 *    "quotes": [{"speaker": string, "name": string, "role": string, "paragraph": number,
 *                "quote": string, "context": string}]}
 * speaker is the speaker id; name, role and context in the requested language; quote in the article's English,
 * in article order. A speaker that matches nobody gives {"error": string, "valid": string[]} (speaker ids).
 */
import type { AppContext } from '../src/context.js';
import { contentReply } from '../src/content/format.js';
import { findItems } from '../src/content/match.js';
import type { NamedPerson, Quotation, Speaker } from '../src/content/types.js';
import { localizedCommandName } from '../src/i18n/commands.js';
import { t } from '../src/i18n/index.js';
import { noticeReply, type Lang, type Reply, type ReplyButton } from '../src/reply/model.js';
import { definePickCommand, pickOption } from './content-command.js';
import { readerTranslation } from '../src/reply/translated.js';

/** A person's labels a typed name may match: name and role in either language, and aliases. */
const personLabels = (person: Speaker | NamedPerson) => [
  person.name.en,
  person.name.es,
  person.role.en,
  person.role.es,
  ...person.aliases,
];

/** The speakers a typed name matches: id, name, role or alias, in either language, forgiving one typo. */
export function findSpeakers(name: string, context: AppContext): Speaker[] {
  return findItems(name, context.content.quotes.speakers, personLabels, context.corpus.stopWords);
}

function speakerList(lang: Lang, context: AppContext): string {
  return context.content.quotes.speakers.map((speaker) => `${speaker.name[lang]} (${speaker.id})`).join(', ');
}

/** People the article names but never quotes, matched like speakers ("jeri", "chavez", "Castillo"). */
export function findNamed(name: string, context: AppContext): NamedPerson[] {
  return findItems(name, context.content.quotes.named, personLabels, context.corpus.stopWords);
}

/** Someone the article names without quoting ("/quote jeri"): where it names them, whose /position speaks for them. */
function unquotedReply(person: NamedPerson, lang: Lang, context: AppContext): Reply {
  const paragraphs = [...new Set(person.citations.map((c) => c.paragraph))];
  const party = context.content.positions.parties.find((p) => p.id === person.party);
  const lines = [
    t(lang, 'quote.unquoted.body', { name: person.name[lang], paragraphs: paragraphs.map((n) => `¶${n}`).join(', ') }),
    ...(party
      ? [
          t(lang, 'quote.unquoted.position', {
            party: party.name[lang],
            position: localizedCommandName('position', lang),
            id: party.id,
          }),
        ]
      : []),
    t(lang, 'quote.unquoted.speakers', { speakers: speakerList(lang, context) }),
  ];
  const buttons: ReplyButton[] = [
    ...(party
      ? [
          {
            label: t(lang, 'lead.position.button', { party: party.name[lang] }),
            style: 'primary' as const,
            action: { command: 'position', args: [party.id] },
          },
        ]
      : []),
    ...paragraphs.map((paragraph): ReplyButton => ({
      label: t(lang, 'ask.full', { paragraph }),
      style: 'secondary',
      action: { command: 'source', args: ['paragraph', context.content.quotes.source, String(paragraph)] },
    })),
  ];
  return {
    ...noticeReply(t(lang, 'quote.unquoted.title', { name: person.name[lang] }), { text: lines.join('\n') }),
    buttons,
  };
}

function quotationsOf(
  speakers: readonly Speaker[],
  context: AppContext,
): Array<{ quotation: Quotation; speaker: Speaker }> {
  return context.content.quotes.quotations
    .map((quotation) => ({ quotation, speaker: speakers.find((s) => s.id === quotation.speaker) }))
    .filter((entry): entry is { quotation: Quotation; speaker: Speaker } => entry.speaker !== undefined);
}

/** "A", "A and B", "A, B and C" in the reader's language. */
function listOf(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/**
 * The reply for some speakers' quotations; `all` when no speaker was asked for. Each quotation is shown in the
 * article's words and, for a reader of the article's translation, with the translation's version under it.
 */
export function quoteReply(speakers: readonly Speaker[], all: boolean, lang: Lang, context: AppContext): Reply {
  const { source } = context.content.quotes;
  const entries = quotationsOf(speakers, context);
  const who = speakers.map((speaker) => `${speaker.name[lang]} — ${speaker.role[lang]}`).join('\n');
  const translation = readerTranslation(
    context.corpus.articles.find((article) => article.id === source),
    lang,
  );
  const translated = (quotation: Quotation) => (translation ? quotation.translations[lang] : undefined);
  const body = translation
    ? t(lang, 'quote.bodyTranslated', { translator: translation.translator })
    : t(lang, 'quote.body');
  const subjects = speakers.map((speaker) => speaker.subject[lang]);
  return contentReply(context, lang, {
    source,
    title: all
      ? t(lang, 'quote.title')
      : subjects.length === 1
        ? t(lang, 'quote.titleSpeaker', { speaker: subjects[0]! })
        : t(lang, 'quote.titleSpeakers', { speakers: listOf(subjects, lang) }),
    description: all ? body : `${who}\n${body}`,
    sections: entries.map(({ quotation, speaker }) => {
      const version = translated(quotation);
      return {
        heading: t(lang, 'quote.heading', { speaker: speaker.name[lang], paragraph: quotation.paragraph }),
        text: [
          `“${quotation.quote}”`,
          version ? t(lang, 'quote.translation', { text: version }) : '',
          quotation.context[lang],
        ]
          .filter(Boolean)
          .join('\n'),
        citations: [{ paragraph: quotation.paragraph, quote: quotation.quote }],
      };
    }),
    share: { command: 'quote', args: all ? ['all'] : ['speakers', speakers.map((speaker) => speaker.id).join(' ')] },
  });
}

/** Everyone, or the speakers `name` matches; undefined when a name matches nobody. */
function select(name: string, context: AppContext): { speakers: Speaker[]; all: boolean } | undefined {
  if (name.trim() === '') return { speakers: context.content.quotes.speakers, all: true };
  const speakers = findSpeakers(name, context);
  return speakers.length > 0 ? { speakers, all: false } : undefined;
}

export const quote = definePickCommand({
  name: 'quote',
  description: 'Who said what: the article’s direct quotations, verbatim, with speaker and paragraph',
  option: pickOption('speaker', 'Who spoke, e.g. de Zela, Sheinbaum, the SRE (empty: everyone)', 100),
  select,
  fromButton([verb, ids = ''], context) {
    const { speakers } = context.content.quotes;
    if (verb === 'all') return { speakers, all: true };
    const named = verb === 'speakers' ? speakers.filter((speaker) => ids.split(' ').includes(speaker.id)) : [];
    return named.length > 0 ? { speakers: named, all: false } : undefined;
  },
  reply: ({ speakers, all }, lang, context) => quoteReply(speakers, all, lang, context),
  json: ({ speakers }, query, lang, context) => ({
    query: query === '' ? null : query,
    quotes: quotationsOf(speakers, context).map(({ quotation, speaker }) => ({
      speaker: speaker.id,
      name: speaker.name[lang],
      role: speaker.role[lang],
      paragraph: quotation.paragraph,
      quote: quotation.quote,
      context: quotation.context[lang],
    })),
  }),
  unknown: {
    title: 'quote.unknown.title',
    body: (lang, context) => t(lang, 'quote.unknown.body', { speakers: speakerList(lang, context) }),
    valid: (context) => context.content.quotes.speakers.map((speaker) => speaker.id),
  },
  // Someone named but never quoted: a valid question whose answer is no quotations.
  otherwise(name, lang, context) {
    const person = findNamed(name, context)[0];
    return person && { reply: unquotedReply(person, lang, context), json: { query: name.trim(), quotes: [] } };
  },
  suggest: {
    all: (context) => context.content.quotes.speakers,
    find: findSpeakers,
    choice: (speaker: Speaker, lang) => ({ name: `${speaker.name[lang]} — ${speaker.role[lang]}`, value: speaker.id }),
  },
});
