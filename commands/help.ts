/** /help — what the bot answers, its commands (from their own definitions) and example questions. */
import { COMMANDS_ES, localizedCommandName } from '../src/i18n/commands.js';
import { t } from '../src/i18n/index.js';
import { exampleQuestions } from '../src/reply/examples.js';
import type { Lang, Reply } from '../src/reply/model.js';
import { PRIVATE_OPTION, type CommandModule } from './command.js';
// index.ts imports this module too; COMMANDS is only read inside the handler, after both have loaded.
import { COMMANDS } from './index.js';

/**
 * One line per command, "/name option [optional] — description", in the user's language. Built from the
 * registered definitions, so /help can never list a command or option that does not exist.
 */
export function commandLines(lang: Lang): string[] {
  return COMMANDS.map(({ definition }) => {
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

export const help: CommandModule = {
  definition: {
    name: 'help',
    description: 'What this bot answers, its commands and example questions',
    options: [PRIVATE_OPTION],
  },

  handle({ options, lang }, context): Reply {
    const ask = localizedCommandName('ask', lang);
    return {
      tone: 'answer',
      title: t(lang, 'help.title'),
      description: { text: t(lang, 'help.body') },
      sections: [
        {
          heading: t(lang, 'help.commands'),
          body: {
            text: `${commandLines(lang).join('\n')}\n${t(lang, 'help.private', { option: localizedOptionName(PRIVATE_OPTION.name, lang) })}`,
            markdown: true,
          },
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
      ephemeral: options.private === true,
      shareAction: { command: 'help', args: [] },
    };
  },

  button(_args, lang, context) {
    return this.handle({ options: {}, lang }, context);
  },
};
