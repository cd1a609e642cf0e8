/** /help — what the bot answers, its commands (from their own definitions) and example questions. */
import { COMMANDS_ES, localizedCommandName } from '../src/i18n/commands.js';
import { t } from '../src/i18n/index.js';
import { exampleQuestions } from '../src/reply/examples.js';
import type { AppContext } from '../src/context.js';
import type { Lang, Reply } from '../src/reply/model.js';
import { defineCommand, PRIVATE_OPTION, type CommandDefinition } from './command.js';

/**
 * One line per command, "/name option [optional] — description", in the user's language. Built from the
 * registered definitions, so /help can never list a command or option that does not exist.
 */
function commandLines(definitions: readonly CommandDefinition[], lang: Lang): string[] {
  return definitions.map((definition) => {
    const local = lang === 'es' ? COMMANDS_ES[definition.name] : undefined;
    const options = (definition.options ?? [])
      .filter((option) => option.name !== PRIVATE_OPTION.name)
      .map((option) => {
        const name = local?.options[option.name]?.name ?? option.name;
        return option.required ? name : `[${name}]`;
      });
    const description = local?.description ?? definition.description;
    return `${[`/${localizedCommandName(definition.name, lang)}`, ...options].join(' ')} — ${description}`;
  });
}

/** An option's name as a user of `lang` sees it (every command localizes `private` the same way). */
function localizedOptionName(option: string, lang: Lang): string {
  if (lang === 'en') return option;
  return Object.values(COMMANDS_ES).find((command) => command.options[option])?.options[option]?.name ?? option;
}

/**
 * The /help command for the commands `listed` returns (called when a reply is built, so the list may include
 * /help itself without an import circle).
 */
export function helpCommand(listed: () => readonly CommandDefinition[]) {
  const helpReply = (lang: Lang, context: AppContext): Reply => {
    const ask = localizedCommandName('ask', lang);
    const privateNote = t(lang, 'help.private', { option: localizedOptionName(PRIVATE_OPTION.name, lang) });
    return {
      tone: 'answer',
      title: t(lang, 'help.title'),
      description: { text: t(lang, 'help.body') },
      sections: [
        {
          heading: t(lang, 'help.commands'),
          body: { text: `${commandLines(listed(), lang).join('\n')}\n${privateNote}`, markdown: true },
          citations: [],
        },
        {
          heading: t(lang, 'help.examples'),
          body: {
            text: exampleQuestions(context, lang, 5)
              .map((q) => `/${ask} ${q}`)
              .join('\n'),
          },
          citations: [],
        },
      ],
      buttons: [],
      ephemeral: false,
      shareAction: { command: 'help', args: [] },
    };
  };
  return defineCommand({
    definition: {
      name: 'help',
      description: 'What this bot answers, its commands and example questions',
      options: [PRIVATE_OPTION],
    },
    handle: ({ lang }, context) => helpReply(lang, context),
    button: (_args, lang, context) => helpReply(lang, context),
  });
}
