/**
 * Starting a long-lived service, the gateway bot (`npm start`) or the HTTP endpoint (`npm run serve`): its
 * configuration is checked first, then the corpus is loaded, then the service runs until it closes.
 */
import type { AppContext } from './context.js';
import { openContext } from './open-context.js';

/** After a service has closed, how long open sockets or timers may delay the exit. */
const EXIT_GRACE_MS = 1_000;

/**
 * Runs the service `load` imports (imported only now, so the console and the CLI never load discord.js) and
 * resolves to its exit code; runMain sets it, and the timer only ends the wait for what is still open.
 */
export async function runService<C>(
  readConfig: () => C,
  load: () => Promise<(config: C, context: AppContext) => Promise<number>>,
): Promise<number> {
  // Checked before anything else, so a bad value is reported before the corpus loads or a socket opens.
  const config = readConfig();
  const context = await openContext();
  const run = await load();
  try {
    return await run(config, context);
  } finally {
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  }
}
