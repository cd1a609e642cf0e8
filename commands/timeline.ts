/**
 * /timeline — every dated event of the article, from Castillo's attempt to dissolve Congress in December 2022
 * to the rupture of 4 November 2025, in order, each cited. Events the article dates only relatively ("less than
 * a month ago") or not at all say so instead of inventing a date. From corpus/content/timeline.json.
 *
 * JSON (`cli timeline --json`):
 *   {"events": [{"date": string, "precision": "day" | "month" | "year" | "relative" | "undated",
 *                "text": string, "citations": [{"paragraph": number, "quote": string}]}]}
 * date and text in the requested language; quotes in the article's English; events in date order.
 */
import type { AppContext } from '../src/context.js';
import { citationJson, citedLine, quoteLines, type ContentReply } from '../src/content/format.js';
import { t } from '../src/i18n/index.js';
import type { Lang } from '../src/reply/model.js';
import { defineContentCommand } from './content-command.js';

/** What /timeline shows. */
function timelineContent(lang: Lang, context: AppContext): Omit<ContentReply, 'share'> {
  const { source, events } = context.content.timeline;
  return {
    source,
    title: t(lang, 'timeline.title'),
    description: `${t(lang, 'timeline.body')}\n${t(lang, 'content.quotedNote')}`,
    sections: events.map((event) => ({
      heading: event.date[lang],
      text: [citedLine(event, lang), ...quoteLines(event.citations)].join('\n'),
      citations: event.citations,
    })),
  };
}

export const timeline = defineContentCommand({
  name: 'timeline',
  description: 'The dated events, December 2022 to the rupture of 4 November 2025, each cited',
  content: timelineContent,
  json: (lang, context) => ({
    events: context.content.timeline.events.map((event) => ({
      date: event.date[lang],
      precision: event.precision,
      text: event.text[lang],
      citations: event.citations.map(citationJson),
    })),
  }),
});
