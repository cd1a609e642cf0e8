/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the offline console.
 * Corpus and configuration problems end in one line and exit code 1.
 */
import { runConsole } from './console.js';
import { createContext } from './context.js';
import { langFromLocale } from './i18n/index.js';
import { runMain } from './process.js';

runMain(async () => {
  const langArg = process.argv.indexOf('--lang');
  const lang = langFromLocale(langArg >= 0 ? process.argv[langArg + 1] : process.env.BOT_LANG);
  const context = createContext();
  await runConsole(context, lang);
  return 0;
});
