/**
 * /discuss [theme] — open questions for a class discussion (causes, each side's argument, international law,
 * consequences, the region), neutral, each tied to the paragraphs and the /compare points it draws on. With a
 * theme, only its prompts, each with the article's words under it. From corpus/content/discuss.json.
 *
 * JSON (`cli discuss --json [theme]`):
 *   {"prompts": [{"id": string, "text": string, "citations": [{"paragraph": number, "quote": string}]}]}
 * Texts in the requested language; quotes in the article's English. An unknown theme gives
 *   {"error": string, "valid": string[]}   (the themes).
 */
import type { AppContext } from '../src/context.js';
import { citedJson, citedLine, contentReply, quoteLines } from '../src/content/format.js';
import { findItems } from '../src/content/match.js';
import { DISCUSS_THEMES, type DiscussPrompt, type DiscussTheme } from '../src/content/types.js';
import { localizedCommandName } from '../src/i18n/commands.js';
import { t, type MessageKey } from '../src/i18n/index.js';
import type { Lang, Reply } from '../src/reply/model.js';
import { OptionType } from './command.js';
import { definePickCommand } from './content-command.js';

/** The heading word of each theme. */
const THEME_KEYS: Record<DiscussTheme, MessageKey> = {
  causes: 'discuss.theme.causes',
  sides: 'discuss.theme.sides',
  law: 'discuss.theme.law',
  consequences: 'discuss.theme.consequences',
  region: 'discuss.theme.region',
};

/** The theme a typed value names: its id (what Discord's choices send) or its name in either language. */
function findTheme(typed: string, context: AppContext): DiscussTheme | undefined {
  const themes = DISCUSS_THEMES.map((id) => ({ id }));
  const names = ({ id }: { id: DiscussTheme }) => [t('en', THEME_KEYS[id]), t('es', THEME_KEYS[id])];
  const found = findItems(typed, themes, names, context.corpus.stopWords);
  return found.length === 1 ? found[0]!.id : undefined;
}

/** The prompts of a theme (every prompt for none), and the theme's id; undefined for a theme that does not exist. */
function select(typed: string, context: AppContext): { prompts: DiscussPrompt[]; theme: string } | undefined {
  const { prompts } = context.content.discuss;
  if (typed.trim() === '') return { prompts, theme: '' };
  const theme = findTheme(typed, context);
  return theme ? { prompts: prompts.filter((prompt) => prompt.theme === theme), theme } : undefined;
}

/** "See /compare: Is granting asylum an unfriendly act? · Interference or the right to asylum?" */
function compareLine(prompt: DiscussPrompt, lang: Lang, context: AppContext): string | undefined {
  const topics = prompt.compare.map(
    (id) => context.content.compare.points.find((point) => point.id === id)?.topic[lang],
  );
  const named = topics.filter((topic): topic is string => topic !== undefined);
  return named.length > 0
    ? t(lang, 'discuss.compare', { compare: localizedCommandName('compare', lang), topics: named.join(' · ') })
    : undefined;
}

/** One prompt as it is shown: the question with its ¶ marks, the /compare points, and (detailed) the quotes. */
export function promptText(prompt: DiscussPrompt, detailed: boolean, lang: Lang, context: AppContext): string {
  const lines = [
    citedLine(prompt, lang),
    compareLine(prompt, lang, context),
    ...(detailed ? quoteLines(prompt.citations) : []),
  ];
  return lines.filter((line): line is string => line !== undefined).join('\n');
}

/** Prompts of one theme are few enough to show with their quotes; all of them, with ¶ numbers only. */
export function discussReply(prompts: readonly DiscussPrompt[], theme: string, lang: Lang, context: AppContext): Reply {
  const detailed = theme !== '';
  return contentReply(context, lang, {
    source: context.content.discuss.source,
    title: t(lang, 'discuss.title'),
    description: `${t(lang, 'discuss.body')}${detailed ? `\n${t(lang, 'content.quotedNote')}` : ''}`,
    sections: prompts.map((prompt, i) => ({
      heading: `${i + 1}. ${t(lang, THEME_KEYS[prompt.theme])}`,
      text: promptText(prompt, detailed, lang, context),
      citations: prompt.citations,
    })),
    share: { command: 'discuss', args: [theme === '' ? 'all' : theme] },
  });
}

/** The themes by name in `lang` (a name in either language finds its theme). */
const themeList = (lang: Lang) => DISCUSS_THEMES.map((theme) => t(lang, THEME_KEYS[theme])).join(', ');

export const discuss = definePickCommand({
  name: 'discuss',
  description: 'Discussion questions for a class, neutral, tied to the paragraphs and /compare points',
  option: {
    type: OptionType.String,
    name: 'theme',
    description: 'Only the questions on one theme',
    required: false,
    choices: [
      { name: 'Causes', value: 'causes' },
      { name: 'Each side’s argument', value: 'sides' },
      { name: 'International law', value: 'law' },
      { name: 'Consequences', value: 'consequences' },
      { name: 'The region', value: 'region' },
    ],
  },
  select,
  fromButton: ([theme], context) =>
    theme === 'all' ? select('', context) : theme ? select(theme, context) : undefined,
  reply: ({ prompts, theme }, lang, context) => discussReply(prompts, theme, lang, context),
  json: ({ prompts }, _query, lang) => ({
    prompts: prompts.map((prompt) => ({ id: prompt.id, ...citedJson(prompt, lang) })),
  }),
  unknown: {
    title: 'discuss.title',
    body: (lang) => t(lang, 'discuss.unknown', { themes: themeList(lang) }),
    valid: () => [...DISCUSS_THEMES],
  },
});
