/**
 * The two shapes of the fixed-content commands, written once: one reply (/summary, /timeline), and pick an item
 * by what the user typed, everything when they typed nothing (/compare, /quote, /define, /discuss). Each command
 * says what to show; these say how a command, a share button, autocomplete and the CLI's JSON reach it.
 */
import type { APIApplicationCommandStringOption } from 'discord-api-types/v10';
import type { AppContext } from '../src/context.js';
import { contentReply, type ContentReply } from '../src/content/format.js';
import { t, type MessageKey } from '../src/i18n/index.js';
import { noticeReply, type AutocompleteChoice, type Lang, type Reply } from '../src/reply/model.js';
import { defineCommand, PRIVATE_OPTION, type ArgumentsOf, OptionType } from './command.js';

/**
 * A command with no options but `private`: the same content from the command and from its share button, which
 * runs the command again.
 */
export function defineContentCommand(command: {
  name: string;
  description: string;
  /** What the reply shows (see {@link contentReply}). */
  content(lang: Lang, context: AppContext): Omit<ContentReply, 'share'>;
  /** The command's documented JSON. */
  json(lang: Lang, context: AppContext): unknown;
}) {
  const reply = (lang: Lang, context: AppContext) =>
    contentReply(context, lang, { ...command.content(lang, context), share: { command: command.name, args: [] } });
  return defineCommand({
    definition: { name: command.name, description: command.description, options: [PRIVATE_OPTION] },
    handle: ({ lang }, context) => reply(lang, context),
    button: (_args, lang, context) => reply(lang, context),
    json: ({ lang }, context) => command.json(lang, context),
  });
}

/** The optional, autocompleted text option that names the item to show ("empty: all of them"). */
export function pickOption<const N extends string>(name: N, description: string, maxLength: number) {
  return {
    type: OptionType.String,
    name,
    description,
    required: false,
    autocomplete: true,
    max_length: maxLength,
  } as const;
}

/** A text option naming the item: autocompleted ({@link pickOption}) or with fixed choices. */
type ItemOption = APIApplicationCommandStringOption & { readonly required: false };

/** A pick-an-item command: `S` is what a text selects (an item, some items, or all of them). */
export interface PickCommand<O extends ItemOption, S, T> {
  name: string;
  description: string;
  /** The option naming the item; the command also takes `private`. */
  option: O;
  /** What a text names; everything for a blank text; undefined when it names nothing. */
  select(typed: string, context: AppContext): S | undefined;
  /** What a share button's arguments name again; undefined for stale or forged arguments. */
  fromButton(args: readonly string[], context: AppContext): S | undefined;
  reply(selection: S, lang: Lang, context: AppContext): Reply;
  /** The documented JSON of a selection; `query` is the trimmed text ('' for none). */
  json(selection: S, query: string, lang: Lang, context: AppContext): unknown;
  /** A text that names nothing: a notice with this title and body; its JSON {error: body, valid: ids}. */
  unknown: { title: MessageKey; body(lang: Lang, context: AppContext): string; valid(context: AppContext): string[] };
  /**
   * What a text that names no item may still name, with its own reply and JSON (someone the article names but
   * never quotes); undefined for nothing.
   */
  otherwise?: (typed: string, lang: Lang, context: AppContext) => { reply: Reply; json: unknown } | undefined;
  /** Autocomplete: the items a text finds, every item for a blank one, each offered as a choice. */
  suggest?: {
    all(context: AppContext): readonly T[];
    find(typed: string, context: AppContext): readonly T[];
    choice(item: T, lang: Lang): AutocompleteChoice;
  };
}

export function definePickCommand<const O extends ItemOption, S, T = never>(command: PickCommand<O, S, T>) {
  const { unknown, otherwise, suggest } = command;
  const definition = {
    name: command.name,
    description: command.description,
    options: [command.option, PRIVATE_OPTION],
  } as const;
  const unknownReply = (typed: string, lang: Lang, context: AppContext): Reply =>
    (typed.trim() === '' ? undefined : otherwise?.(typed, lang, context))?.reply ??
    noticeReply(t(lang, unknown.title), { text: unknown.body(lang, context) });
  const typedIn = (options: ArgumentsOf<typeof definition>) =>
    (options[command.option.name as keyof typeof options] as string | undefined) ?? '';
  return defineCommand({
    definition,

    handle({ options, lang }, context) {
      const typed = typedIn(options);
      const selection = command.select(typed, context);
      return selection === undefined ? unknownReply(typed, lang, context) : command.reply(selection, lang, context);
    },

    ...(suggest && {
      autocomplete(focused, lang, context) {
        const items = focused.value.trim() === '' ? suggest.all(context) : suggest.find(focused.value, context);
        return items.map((item) => suggest.choice(item, lang));
      },
    }),

    button(args, lang, context) {
      const selection = command.fromButton(args, context);
      return selection === undefined ? unknownReply('', lang, context) : command.reply(selection, lang, context);
    },

    json({ options, lang }, context) {
      const query = typedIn(options).trim();
      const selection = command.select(query, context);
      if (selection !== undefined) return command.json(selection, query, lang, context);
      const other = query === '' ? undefined : otherwise?.(query, lang, context);
      return other ? other.json : { error: unknown.body(lang, context), valid: unknown.valid(context) };
    },
  });
}
