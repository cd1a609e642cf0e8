/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (in the environment or in .env), otherwise the offline
 * console. Configuration and corpus problems end in one line and exit code 1.
 */
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { runConsole } from './console.js';
import { createContext } from './context.js';
import { hasToken, readBotConfig } from './env.js';
import { langFromLocale } from './i18n/index.js';
import { runMain } from './process.js';

/** After the bot has closed, how long open sockets or timers may delay the exit. */
const EXIT_GRACE_MS = 1_000;

/** The value of `--lang es` or `--lang=es`, if given; other arguments are left to Node. */
function langArgument(args: string[]): string | undefined {
  const { lang } = parseArgs({ args, options: { lang: { type: 'string' } }, strict: false }).values;
  return typeof lang === 'string' ? lang : undefined;
}

runMain(async () => {
  // .env fills in what the environment does not set; `quiet` keeps dotenv from printing its banner.
  loadDotenv({ quiet: true });
  if (hasToken()) {
    // Checked before anything else, so a bad value is reported before the corpus loads or a socket opens.
    const config = readBotConfig();
    const context = createContext();
    // Imported here so the console and the CLI never load discord.js.
    const { runBot } = await import('./bot/client.js');
    try {
      return await runBot(config, context);
    } finally {
      // runMain sets the exit code (0, or 1 with one line for a failed login); the timer only ends the wait.
      setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
    }
  }
  const lang = langFromLocale(langArgument(process.argv.slice(2)));
  const context = createContext();
  await runConsole(context, lang);
  return 0;
});
