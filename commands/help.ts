/** /help — what the bot answers, its commands, and example questions. */
import { t } from '../src/i18n/index.js';
import { exampleQuestions } from '../src/reply/examples.js';
import type { Reply } from '../src/reply/model.js';
import { PRIVATE_OPTION, type CommandModule } from './command.js';
import { COMMAND_SUMMARIES } from './summaries.js';

export const help: CommandModule = {
  definition: {
    name: 'help',
    description: 'What this bot answers, its commands and example questions',
    options: [PRIVATE_OPTION],
  },

  handle({ options, lang }, context): Reply {
    return {
      tone: 'answer',
      title: t(lang, 'help.title'),
      description: { text: t(lang, 'help.body') },
      sections: [
        { heading: t(lang, 'help.commands'), body: { text: COMMAND_SUMMARIES[lang].join('\n') + '\n' + t(lang, 'help.private') }, citations: [] },
        { heading: t(lang, 'help.examples'), body: { text: exampleQuestions(context, lang, 5).map((q) => `/ask ${q}`).join('\n') }, citations: [] },
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
