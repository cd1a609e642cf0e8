/**
 * The command `npm run cli` runs, read from package.json's `cli` script ("node <flags> <script>"), so that the bench
 * and the tests time and run the CLI exactly as users start it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';

/** Node's flags and the script of `npm run cli`, the script as an absolute path. */
export interface CliCommand {
  nodeFlags: string[];
  script: string;
}

/** `npm run cli`'s command; throws when the script is not "node [--flag …] path". */
export function cliCommand(): CliCommand {
  const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [node, ...rest] = (scripts['cli'] ?? '').trim().split(/\s+/);
  const script = rest.pop();
  if (node !== 'node' || script === undefined || rest.some((flag) => !flag.startsWith('--')))
    throw new Error(`package.json: the cli script should be "node [--flag …] path", not "${scripts['cli']}"`);
  return { nodeFlags: rest, script: join(PROJECT_ROOT, script) };
}
