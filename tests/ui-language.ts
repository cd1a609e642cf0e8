/**
 * Checks which language a rendered Discord payload's chrome is in: "chrome" is every piece of text the bot itself
 * writes (titles, field names, footers, button labels, descriptions, help, notices), as opposed to the article's
 * own words (passages, quotations, its title) and what the user typed, which legitimately stay as they are.
 *
 * How: every UI part of the payload is cleaned of markdown, then the article's verbatim text is cut out — its
 * titles, any “quoted” stretch that appears word for word in a paragraph, any line that is (part of) a paragraph —
 * and so is the user's own text. What is left must contain no word of the other language's vocabulary:
 *
 * - English vocabulary: every word of src/i18n/en.ts and of the English command definitions, plus a list of
 *   words a renderer is likely to hard-code ("paragraph", "Source", "More", "Share" …), minus words that are also
 *   Spanish (they occur in es.ts or in the Spanish content texts, e.g. "No", or a name such as "Mexico News Daily").
 * - Spanish vocabulary: the mirror (es.ts, the Spanish command localizations, a list), minus words that occur in
 *   en.ts, the English content texts or the article ("de" of "Hugo de Zela").
 *
 * Also, literal fragments of the other catalog's strings must not appear, and a Spanish payload must not point to
 * a command by its English name ("/position"): Spanish users see /postura.
 */
import type { APIEmbed, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { COMMANDS } from '../commands/index.js';
import type { AppContext } from '../src/context.js';
import { COMMANDS_ES } from '../src/i18n/commands.js';
import { catalogs } from '../src/i18n/index.js';
import type { Lang } from '../src/reply/model.js';

/** Words a renderer would hard-code in English; must never reach a Spanish user's chrome. */
const ENGLISH_UI_WORDS = [
  'paragraph',
  'paragraphs',
  'source',
  'more',
  'share',
  'full',
  'try',
  'question',
  'questions',
  'position',
  'timeline',
  'quote',
  'quotes',
  'continued',
  'passages',
  'passage',
  'citation',
  'cite',
  'article',
  'channel',
  'button',
  'command',
  'commands',
  'private',
  'only',
  'you',
  'your',
  'the',
  'and',
  'with',
  'this',
  'that',
  'see',
  'again',
  'sorry',
  'slow',
  'down',
  'please',
  'unknown',
  'published',
  'language',
  'english',
  'spanish',
  'title',
  'said',
  'who',
  'what',
  'where',
  'when',
  'why',
  'from',
  'page',
  'next',
  'previous',
  'back',
  'help',
  'verbatim',
  'sees',
  'reply',
  'requests',
];

/** Words a renderer would hard-code in Spanish; must never reach an English user's chrome. */
const SPANISH_UI_WORDS = [
  'párrafo',
  'párrafos',
  'fuente',
  'más',
  'compartir',
  'prueba',
  'pregunta',
  'preguntas',
  'postura',
  'cronología',
  'cronologia',
  'cita',
  'citas',
  'pasajes',
  'según',
  'artículo',
  'canal',
  'botón',
  'comando',
  'comandos',
  'privado',
  'solo',
  'puedes',
  'esto',
  'vuelve',
  'intentarlo',
  'desconocido',
  'publicado',
  'idioma',
  'inglés',
  'español',
  'qué',
  'quién',
  'dijo',
  'continuación',
  'siguiente',
  'ayuda',
  'textual',
  'textuales',
  'sentimos',
  'respuesta',
];

const COMMAND_NAMES = COMMANDS.map((command) => command.definition.name);

const wordsOf = (text: string): string[] => (text.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase());
const withoutPlaceholders = (template: string) => template.replace(/\{\w+\}/g, ' ');

/** Every {en, es} text of corpus/content, by language. */
function contentTexts(context: AppContext): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { en: [], es: [] };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.en === 'string' && typeof record.es === 'string') {
        out.en.push(record.en);
        out.es.push(record.es);
      } else Object.values(record).forEach(walk);
    }
  };
  walk(context.content);
  return out;
}

/** Text of the English command definitions (names, descriptions, option and choice names). */
function englishDefinitionText(): string[] {
  return COMMANDS.flatMap(({ definition }) => [
    definition.description,
    ...(definition.options ?? []).flatMap((option) => [
      option.description,
      ...('choices' in option ? (option.choices ?? []).map((c: { name: string }) => c.name) : []),
    ]),
  ]);
}

/** Text of the Spanish command localizations. */
function spanishDefinitionText(): string[] {
  return Object.values(COMMANDS_ES).flatMap((command) => [
    command.name,
    command.description,
    ...Object.values(command.options).flatMap((option) => [
      option.name,
      option.description,
      ...Object.values(option.choices ?? {}),
    ]),
  ]);
}

export interface Vocabulary {
  /** Lower-case words that mark text as English (when checking Spanish chrome) or Spanish (English chrome). */
  words: Set<string>;
  /** Literal stretches of the other catalog's strings (between placeholders), at least two words long. */
  fragments: string[];
}

/** The vocabulary that must not appear in `lang` chrome: the other language's UI words. */
export function foreignVocabulary(lang: Lang, context: AppContext): Vocabulary {
  const other: Lang = lang === 'es' ? 'en' : 'es';
  const content = contentTexts(context);
  const article = context.corpus.articles.flatMap((a) => [a.title, ...a.paragraphs.map((p) => p.text)]);
  const foreignSources = [
    ...Object.values(catalogs[other]).map(withoutPlaceholders),
    ...(other === 'en' ? englishDefinitionText() : spanishDefinitionText()),
  ];
  // Words the chrome of `lang` may legitimately contain: its own catalog and definitions, its content texts, names.
  const ownSources = [
    ...Object.values(catalogs[lang]).map(withoutPlaceholders),
    ...(lang === 'en' ? englishDefinitionText() : spanishDefinitionText()),
    ...content[lang],
    ...context.corpus.examples[lang],
    ...(lang === 'en' ? article : []),
  ];
  // Names are names in both languages ("Peru", "Sheinbaum"), and ids are what a user types ("(peru)").
  const names = [
    ...context.content.positions.parties.flatMap((party) => [party.id, party.name.en, party.name.es]),
    ...context.content.quotes.speakers.flatMap((speaker) => [speaker.id, speaker.name.en, speaker.name.es]),
    ...context.content.compare.points.map((point) => point.id),
  ];
  const own = new Set([...ownSources, ...names].flatMap(wordsOf));
  const words = new Set(foreignSources.flatMap(wordsOf).filter((word) => word.length >= 3 && !own.has(word)));
  for (const word of lang === 'es' ? ENGLISH_UI_WORDS : SPANISH_UI_WORDS) words.add(word);
  const ownText = ownSources.join('\n');
  const fragments = Object.values(catalogs[other])
    .flatMap((template) => template.split(/\{\w+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => wordsOf(fragment).length >= 2 && !ownText.includes(fragment));
  return { words, fragments: [...new Set(fragments)] };
}

/** One piece of a payload's UI and where it is. */
export interface UiPart {
  where: string;
  text: string;
}

/** Every text of a message payload a user sees: embed title, description, field names and values, footer, buttons. */
export function uiParts(payload: APIInteractionResponseCallbackData): UiPart[] {
  const parts: UiPart[] = [];
  if (payload.content) parts.push({ where: 'content', text: payload.content });
  (payload.embeds ?? []).forEach((embed: APIEmbed, e) => {
    if (embed.title) parts.push({ where: `embed ${e} title`, text: embed.title });
    if (embed.description) parts.push({ where: `embed ${e} description`, text: embed.description });
    (embed.fields ?? []).forEach((field, f) => {
      parts.push({ where: `embed ${e} field ${f} name`, text: field.name });
      parts.push({ where: `embed ${e} field ${f} value`, text: field.value });
    });
    if (embed.footer) parts.push({ where: `embed ${e} footer`, text: embed.footer.text });
    if (embed.author) parts.push({ where: `embed ${e} author`, text: embed.author.name });
  });
  for (const row of payload.components ?? []) {
    if (!('components' in row)) continue;
    for (const component of row.components as Array<{ label?: string; placeholder?: string }>) {
      if (component.label) parts.push({ where: 'button label', text: component.label });
      if (component.placeholder) parts.push({ where: 'placeholder', text: component.placeholder });
    }
  }
  return parts;
}

/** Markdown and zero-width characters out: what the user reads. */
function readable(text: string): string {
  return text
    .replace(/\u200B/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\(.)/g, '$1');
}

/** For comparing with the article: quote marks of any shape alike, white space collapsed. */
function normal(text: string): string {
  return text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Chrome {
  /** The UI text left once the article's words and the user's are cut out. */
  text: string;
  /** How many verbatim passages or quotations were cut out. */
  verbatim: number;
}

/**
 * The chrome of one UI text: the article's titles, its verbatim quotations and passages, and `userTexts` (what the
 * user typed) cut out. A quotation counts as verbatim only if it is word for word in a paragraph: a translated or
 * invented "quotation" stays in and is checked like any other text.
 */
export function chromeOf(text: string, context: AppContext, userTexts: readonly string[] = []): Chrome {
  const paragraphs = context.corpus.articles.flatMap((article) => article.paragraphs.map((p) => normal(p.text)));
  const inArticle = (piece: string) => {
    const n = normal(piece.replace(/…$/, ''));
    return n.length >= 3 && paragraphs.some((p) => p.includes(n));
  };
  let verbatim = 0;
  let out = readable(text);
  for (const title of context.corpus.articles.map((a) => a.title)) out = out.split(title).join(' ');
  // Error ids are random hex, in no language ("add911ab" is not English).
  out = out.replace(/\b[0-9a-f]{8}\b/g, ' ');
  out = out.replace(/“([^”]*)”?/g, (whole, inner: string) => {
    if (!inArticle(inner)) return whole;
    verbatim++;
    return ' ';
  });
  out = out
    .split('\n')
    .map((line) => {
      if (line.trim().length < 20 || !inArticle(line)) return line;
      verbatim++;
      return '';
    })
    .join('\n');
  // Last, so that a question word inside a passage ("asylum") does not keep the passage from being recognised.
  for (const user of userTexts) if (user) out = out.split(user).join(' ');
  return { text: out, verbatim };
}

/** One piece of chrome in the wrong language. */
export interface Leak {
  where: string;
  found: string;
  text: string;
}

/**
 * Chrome of `payload` that is not in `lang`: words of the other language's vocabulary, fragments of its catalog,
 * and (for Spanish) slash commands named in English.
 */
export function languageLeaks(
  payload: APIInteractionResponseCallbackData,
  lang: Lang,
  context: AppContext,
  userTexts: readonly string[] = [],
): Leak[] {
  return uiParts(payload).flatMap((part) => textLeaks(part.text, lang, context, userTexts, part.where));
}

/** The same check for any text the bot prints (console and CLI output), line by line. */
export function textLeaks(
  text: string,
  lang: Lang,
  context: AppContext,
  userTexts: readonly string[] = [],
  where = 'text',
): Leak[] {
  const cached = vocabularies.get(context) ?? {};
  vocabularies.set(context, cached);
  const vocabulary = (cached[lang] ??= foreignVocabulary(lang, context));
  const leaks: Leak[] = [];
  const chrome = chromeOf(text, context, userTexts).text;
  const found = (what: string) => leaks.push({ where, found: what, text: text.slice(0, 160) });
  for (const word of new Set(wordsOf(chrome))) if (vocabulary.words.has(word)) found(word);
  for (const fragment of vocabulary.fragments) if (chrome.includes(fragment)) found(fragment);
  if (lang === 'es') {
    for (const match of chrome.matchAll(/(?<![\p{L}\p{N}])\/([a-z]+)\b/gu))
      if (COMMAND_NAMES.includes(match[1]!)) found(match[0]);
  }
  return leaks;
}

const vocabularies = new WeakMap<AppContext, Partial<Record<Lang, Vocabulary>>>();

/** Verbatim article passages and quotations the payload shows (they are in the article's English). */
export function verbatimCount(payload: APIInteractionResponseCallbackData, context: AppContext): number {
  return uiParts(payload).reduce((sum, part) => sum + chromeOf(part.text, context).verbatim, 0);
}

/** All of a payload's chrome, joined (for positive checks such as "it says the passages are in English"). */
export function chromeText(
  payload: APIInteractionResponseCallbackData,
  context: AppContext,
  userTexts: readonly string[] = [],
): string {
  return uiParts(payload)
    .map((part) => chromeOf(part.text, context, userTexts).text)
    .join('\n');
}
