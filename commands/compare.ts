/**
 * /compare [topic] — the points where the parties named by compare.json's "sides" (Peru's and Mexico's
 * governments) disagree, each with every side in our own words as that party's view, cited. Without a topic: every
 * point, compact (¶ numbers only). With a topic: the matching points, each side followed by the article's words
 * that support it. From corpus/content/compare.json.
 *
 * JSON (`cli compare --json [topic]`):
 *   {"query": string | null,
 *    "points": [{"id": string, "topic": string,
 *                "peru":   {"text": string, "citations": [{"paragraph": number, "quote": string}]},
 *                "mexico": {"text": string, "citations": [{"paragraph": number, "quote": string}]}}]}
 * one key per side, named by its party id, in the file's order; texts in the requested language; quotes in the
 * article's English. A topic that matches nothing gives
 *   {"error": string, "valid": string[]}   (valid point ids).
 */
import type { AppContext } from '../src/context.js';
import { citedJson, citedLine, contentReply, quoteLines } from '../src/content/format.js';
import { findItemsByWords, queryKey } from '../src/content/match.js';
import type { ComparePoint } from '../src/content/types.js';
import { t } from '../src/i18n/index.js';
import type { Lang, Reply } from '../src/reply/model.js';
import { definePickCommand, pickOption } from './content-command.js';

/** Points shown with their supporting quotes; more than this and only ¶ numbers fit in one message. */
export const DETAILED_POINTS = 2;
/** Characters of a typed topic kept in a share button's custom_id (its folded content words). */
const TOPIC_KEY_CHARS = 60;

/**
 * The points a typed topic names: a point id, words of its topic (either language) or its keywords; failing
 * that, the points sharing the most words with it.
 */
export function findPoints(topic: string, context: AppContext): ComparePoint[] {
  return findItemsByWords(
    topic,
    context.content.compare.points,
    (point) => [point.topic.en, point.topic.es, ...point.keywords],
    context.corpus.stopWords,
  );
}

function partyName(side: string, lang: Lang, context: AppContext): string {
  return context.content.positions.parties.find((party) => party.id === side)?.name[lang] ?? side;
}

/**
 * The reply for some points. `shareArgs` rebuild the same reply from a share button: ["all"], or ["topic", key]
 * where key finds the same points again.
 */
export function compareReply(
  points: readonly ComparePoint[],
  shareArgs: string[],
  lang: Lang,
  context: AppContext,
): Reply {
  const detailed = points.length <= DETAILED_POINTS;
  return contentReply(context, lang, {
    source: context.content.compare.source,
    title: t(lang, 'compare.title'),
    description: `${t(lang, detailed ? 'compare.bodyTopic' : 'compare.body')}${detailed ? `\n${t(lang, 'content.quotedNote')}` : ''}`,
    sections: points.map((point) => ({
      heading: point.topic[lang],
      text: point.sides
        .flatMap((side) => [
          `${partyName(side.party, lang, context)}: ${citedLine(side, lang)}`,
          ...(detailed ? quoteLines(side.citations) : []),
        ])
        .join('\n'),
      citations: point.sides.flatMap((side) => side.citations),
    })),
    share: { command: 'compare', args: shareArgs },
  });
}

/** Every point, or the points `topic` names; undefined when a topic names none. */
function select(topic: string, context: AppContext): { points: ComparePoint[]; shareArgs: string[] } | undefined {
  if (topic.trim() === '') return { points: context.content.compare.points, shareArgs: ['all'] };
  const points = findPoints(topic, context);
  if (points.length === 0) return undefined;
  const key = points.length === 1 ? points[0]!.id : queryKey(topic, context.corpus.stopWords, TOPIC_KEY_CHARS);
  return { points, shareArgs: ['topic', key] };
}

export const compare = definePickCommand({
  name: 'compare',
  description: 'Where Peru’s and Mexico’s governments disagree, point by point, both sides cited',
  option: pickOption('topic', 'One point of disagreement (empty: all of them)', 200),
  select,
  fromButton: ([verb, key = ''], context) =>
    verb === 'topic' && key.trim() !== '' ? select(key, context) : verb === 'all' ? select('', context) : undefined,
  reply: ({ points, shareArgs }, lang, context) => compareReply(points, shareArgs, lang, context),
  json: ({ points }, query, lang) => ({
    query: query === '' ? null : query,
    points: points.map((point) => ({
      id: point.id,
      topic: point.topic[lang],
      ...Object.fromEntries(point.sides.map((side) => [side.party, citedJson(side, lang)])),
    })),
  }),
  unknown: {
    title: 'compare.unknown.title',
    body: (lang, context) =>
      t(lang, 'compare.unknown.body', {
        topics: context.content.compare.points.map((point) => point.topic[lang]).join(' · '),
      }),
    valid: (context) => context.content.compare.points.map((point) => point.id),
  },
  suggest: {
    all: (context) => context.content.compare.points,
    find: findPoints,
    choice: (point: ComparePoint, lang) => ({ name: point.topic[lang], value: point.id }),
  },
});
