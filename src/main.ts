/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (in the environment or in .env), otherwise the offline
 * console. Configuration and corpus problems end in one line and exit code 1.
 */
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { runConsole } from './console.js';
import { hasToken, readBotConfig } from './env.js';
import { langFromLocale } from './i18n/index.js';
import { openContext } from './open-context.js';
import { runMain } from './process.js';
import { runService } from './run-service.js';

/** The value of `--lang es` or `--lang=es`, if given; other arguments are left to Node. */
function langArgument(args: string[]): string | undefined {
  const { lang } = parseArgs({ args, options: { lang: { type: 'string' } }, strict: false }).values;
  return typeof lang === 'string' ? lang : undefined;
}

runMain(async () => {
  // .env fills in what the environment does not set; `quiet` keeps dotenv from printing its banner.
  loadDotenv({ quiet: true });
  if (hasToken()) return runService(readBotConfig, async () => (await import('./bot/client.js')).runBot);
  const lang = langFromLocale(langArgument(process.argv.slice(2)));
  const context = await openContext();
  await runConsole(context, lang);
  return 0;
});
