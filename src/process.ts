/**
 * Entry-point helper: runs a main function and turns known configuration and corpus problems into one line on
 * stderr and exit code 1. No stack trace reaches a user for a mistake they can fix.
 */
import { CorpusError } from './corpus/errors.js';

/** A configuration problem a user can fix: printed as one line, exit code 1. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function describeFatal(error: unknown): string | undefined {
  if (error instanceof CorpusError) return `Corpus error: ${error.message}`;
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  return undefined;
}

export function runMain(main: () => number | void | Promise<number | void>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (typeof code === 'number') process.exitCode = code;
      },
      (error: unknown) => {
        const known = describeFatal(error);
        if (known) console.error(known);
        else console.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      },
    );
}
