/** V8's settings for the CLI, a process that lives a second or so. */
import { setFlagsFromString } from 'node:v8';

/** V8's interrupt budget (bytecodes run between checks of whether a function is hot), in Node 20 (V8 11). */
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;
/** Invocations before TurboFan compiles a function, in Node 22 and 24 (V8 12 and 13), which count calls instead. */
const V8_DEFAULT_TURBOFAN_INVOCATIONS = 3_000;
/** How much more work than by default a function does before it is optimised. */
const LATER_OPTIMISATION = 4;

/**
 * Tunes V8 for a process that lives a second or so, where compiling costs more than the compiled code saves:
 * - no inlining into optimised code: it makes each optimisation several times as costly to compile, on threads
 *   that share the machine's cores with the answers;
 * - a function is optimised only after four times as much work as by default (Node 20's interrupt budget, Node 22's
 *   and 24's invocation count), so that code run a few hundred times in a batch stays in the baseline tiers rather
 *   than being compiled again.
 * Only flags that are read as code is compiled may change here, once the process runs: changing how regular
 * expressions are compiled (--no-regexp-tier-up) here crashed one run in a hundred, so `npm run cli` gives that flag
 * on Node's command line (package.json), with the young generation's size.
 * A batch of 1,560 questions takes about a third less CPU; answers are the same. The bot and the HTTP service, which
 * run for weeks, keep V8's defaults. Heap sizes cannot change once the process runs: `npm run cli` starts Node with a
 * young generation of at most 4 MB (package.json), where V8 would grow it to 16: a batch then touches some 4,000
 * fewer fresh memory pages, about 50 ms of its 1.4 s on a machine where each costs ~11 µs.
 * V8 accepts a code cache (code-cache.ts) only under the flags it was made with: the CLI's launcher sets these before
 * it compiles anything; setting them again changes nothing.
 */
export function compileForShortRun(): void {
  for (const flag of shortRunFlags()) setFlagsFromString(flag);
}

/**
 * The flags {@link compileForShortRun} sets under V8 `v8Version` (`process.versions.v8`). V8 12 replaced the interrupt
 * budget with a count of invocations, and prints an error for a flag it does not know: each V8 gets its own.
 */
export function shortRunFlags(v8Version: string = process.versions.v8): string[] {
  const major = Number.parseInt(v8Version, 10);
  const later =
    major <= 11
      ? `--interrupt-budget=${LATER_OPTIMISATION * V8_DEFAULT_INTERRUPT_BUDGET}`
      : `--invocation-count-for-turbofan=${LATER_OPTIMISATION * V8_DEFAULT_TURBOFAN_INVOCATIONS}`;
  return ['--no-turbo-inlining', later];
}
