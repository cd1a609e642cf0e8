/** /ask question — the best passages of the article for a question, each with its citation. */
import { localizedCommandName } from '../src/i18n/commands.js';
import { t } from '../src/i18n/index.js';
import { escapeMarkdown } from '../src/render/markdown.js';
import { noticeReply, type Lang, type Reply, type ReplyButton, type Requester } from '../src/reply/model.js';
import type { SearchResponse } from '../src/search/engine.js';
import { suggesterFor } from '../src/search/suggest.js';
import { citationOf, languageName, sourceFooter } from '../src/reply/citations.js';
import { asFound, shownPassage, shownSubject } from '../src/reply/translated.js';
import { exampleQuestions } from '../src/reply/examples.js';
import { withoutChatMarkup } from '../src/text/chat.js';
import type { AppContext } from '../src/context.js';
import { leadPassages, leadReply, plainPassages, type Lead } from './ask-lead.js';
import { defineCommand, PRIVATE_OPTION, OptionType } from './command.js';

/** Passages per page of results. */
export const PASSAGES_PER_PAGE = 3;
/**
 * Characters of a question kept in a button's custom_id: "run:ask:more:NN:" leaves 84 of Discord's 100, and a
 * Share button's prefix is as long ("run:ask:orig:NN:" too).
 */
const QUESTION_KEY_CHARS = 80;

/**
 * What a "More passages" or "Share" button stores to ask the question again: the question itself when it fits,
 * else the engine's compact form of it (its first 80 characters of content words: a longer question pages
 * approximately). Mentions, emoji and links go first, as the search ignores them: they hold ":", which separates
 * custom_id parts, and without them they would read as words.
 */
export function questionKey(question: string, context: AppContext): string {
  const asTyped = withoutChatMarkup(question).replaceAll(':', ' ').replace(/\s+/g, ' ').trim();
  return asTyped.length <= QUESTION_KEY_CHARS ? asTyped : context.engine.compactQuery(question, QUESTION_KEY_CHARS);
}

/** Buttons to the paragraphs that mention a declined question's subject (at most one row). */
const MAX_MENTION_BUTTONS = 5;

/**
 * Why a question gets no passages, in one of three ways: nothing to search in it, a detail the article does not
 * give about something it names (with buttons to where it is named), or a topic the article does not cover.
 */
function declineReply(response: SearchResponse, lang: Lang, context: AppContext): Reply {
  const examples = exampleQuestions(context, lang, 3)
    .map((q) => `“${escapeMarkdown(q)}”`)
    .join(', ');
  const decline = response.decline;
  const notice = (title: string, text: string, buttons: ReplyButton[] = []): Reply => ({
    tone: 'notice',
    title,
    description: { text, markdown: true },
    sections: [],
    buttons,
    ephemeral: false,
  });
  if (decline?.reason === 'unreadable') {
    return notice(t(lang, 'decline.unreadable.title'), t(lang, 'decline.unreadable.body', { examples }));
  }
  if (decline?.reason === 'not-in-source' && decline.mentions.length > 0) {
    const paragraphs = decline.mentions.map((m) => t(lang, 'decline.mention', { paragraph: m.paragraph })).join(', ');
    const buttons = decline.mentions.slice(0, MAX_MENTION_BUTTONS).map((m): ReplyButton => ({
      label: t(lang, 'ask.full', { paragraph: m.paragraph }),
      style: 'secondary',
      action: { command: 'source', args: ['paragraph', m.docId, String(m.paragraph)] },
    }));
    const subject =
      decline.subject === undefined
        ? undefined
        : shownSubject(decline.subject, decline.mentions[0]!, lang, context.corpus);
    // What a speaker said is theirs ("any words of theirs"); else what was said about the subject.
    const asked = t(lang, decline.speaker ? 'decline.asked.statementBy' : `decline.asked.${decline.asked ?? 'other'}`);
    const text =
      subject === undefined
        ? t(lang, 'decline.detail.bodyUnnamed', { paragraphs, asked })
        : t(lang, 'decline.detail.body', { subject: escapeMarkdown(subject), paragraphs, asked });
    return notice(t(lang, 'decline.detail.title'), text, buttons);
  }
  return notice(
    t(lang, 'abstain.title'),
    t(lang, 'abstain.body', {
      position: localizedCommandName('position', lang),
      timeline: localizedCommandName('timeline', lang),
      examples,
    }),
  );
}

/**
 * The reply to a question: its passages as the reader is shown them (in translation where the article has one into
 * the reader's language), with More passages, Full paragraph and, for translated passages, See original buttons.
 * With `original`, the "See original" reply instead: the same passages in the article's own words, as the search
 * found them, privately (one reader checking the original should not post the answer again for the channel).
 */
export function answerReply(
  question: string,
  response: SearchResponse,
  offset: number,
  lang: Lang,
  context: AppContext,
  { original = false }: { original?: boolean } = {},
): Reply {
  const key = questionKey(question, context);
  if (!response.answered) return declineReply(response, lang, context);
  if (response.hits.length === 0) {
    return noticeReply(t(lang, 'ask.title'), { text: t(lang, 'ask.noMore') }, false);
  }
  const passages = response.hits.map((hit) =>
    original ? asFound(hit) : shownPassage(hit, question, lang, context.corpus),
  );
  const translated = passages.some((passage) => passage.original);
  const buttons: ReplyButton[] = [];
  if (!original && response.total > offset + response.hits.length) {
    buttons.push({
      label: t(lang, 'ask.more'),
      style: 'primary',
      action: { command: 'ask', args: ['more', String(offset + response.hits.length), key] },
    });
  }
  const top = response.hits[0]!;
  if (!original) {
    buttons.push({
      label: t(lang, 'ask.full', { paragraph: top.paragraph }),
      style: 'secondary',
      action: { command: 'source', args: ['paragraph', top.docId, String(top.paragraph)] },
    });
  }
  if (translated) {
    buttons.push({
      label: t(lang, 'ask.original'),
      style: 'secondary',
      action: { command: 'ask', args: ['orig', String(offset), key] },
    });
  }
  const article = context.corpus.articles.find((a) => a.id === top.docId);
  return {
    tone: 'answer',
    title: original
      ? t(lang, 'ask.originalTitle', { language: languageName(article?.language ?? 'en', lang) })
      : t(lang, 'ask.title'),
    description: { text: t(lang, 'ask.question', { question }), fromUser: true },
    sections: passages.map((passage, i) => ({
      heading: t(lang, passage.original ? 'citation.translated' : 'citation', {
        paragraph: passage.paragraph,
        source: passage.title,
      }),
      body: { text: passage.text, highlights: passage.highlights },
      citations: [citationOf(response.hits[i]!)],
    })),
    footer: sourceFooter(response.hits, context.corpus, lang, { translated }),
    buttons,
    ephemeral: original,
    shareAction: { command: 'ask', args: [original ? 'orig' : 'more', String(offset), key] },
  };
}

/**
 * The reply to a question: passages, led by fixed content when the question asks for it (a summary, a position,
 * both sides …: see ask-lead.ts); `limit` passages a page.
 */
export function askReply(
  question: string,
  lang: Lang,
  context: AppContext,
  { limit = PASSAGES_PER_PAGE, user }: { limit?: number; user?: Requester } = {},
): Reply {
  const passages = (text: string) => answerReply(text, plainPassages(text, context, limit), 0, lang, context);
  const leadPassagesReply = (text: string | undefined, lead: Lead) => {
    const response = leadPassages(text, lead, context, limit);
    if (!response) return undefined;
    const reply = answerReply(text ?? '', response, 0, lang, context);
    // Passages the lead chose are no search to page through or to run again in the original: their Full paragraph
    // buttons show each with its original.
    if (!response.chosen) return reply;
    return { ...reply, buttons: reply.buttons.filter((b) => b.action.command !== 'ask') };
  };
  const shareKey = questionKey(question, context);
  return leadReply(question, lang, context, leadPassagesReply, { user, shareKey }) ?? passages(question);
}

export const ask = defineCommand({
  definition: {
    name: 'ask',
    description: 'Ask a question about the Mexico–Peru rupture; get cited passages from the article',
    options: [
      {
        type: OptionType.String,
        name: 'question',
        description: 'Your question, in English or Spanish',
        required: true,
        autocomplete: true,
        max_length: 6000,
      },
      PRIVATE_OPTION,
    ],
  },

  handle({ options, lang, user }, context) {
    const question = options.question.trim();
    if (question === '') {
      return noticeReply(t(lang, 'ask.empty.title'), {
        text: t(lang, 'ask.empty.body', { example: exampleQuestions(context, lang, 1)[0] ?? '' }),
      });
    }
    return askReply(question, lang, context, { user });
  },

  /** Example questions, names and key phrases of the article matching what is typed (src/search/suggest.ts). */
  autocomplete(focused, lang, context) {
    return focused.name === 'question' ? suggesterFor(context).suggest(focused.value, lang) : [];
  },

  button(args, lang, context, user) {
    if (args[0] === 'lead') return askReply(args[1] ?? '', lang, context, { user });
    const [verb, offsetText, key = ''] = args;
    const offset = Number(offsetText);
    if ((verb !== 'more' && verb !== 'orig') || !Number.isInteger(offset) || offset < 0) {
      return noticeReply(t(lang, 'ask.title'), { text: t(lang, 'button.expired') });
    }
    const response = context.engine.search(key, { limit: PASSAGES_PER_PAGE, offset });
    return answerReply(key, response, offset, lang, context, { original: verb === 'orig' });
  },
});
