/**
 * The CLI's code run from V8's code cache. A CLI process lives a second or so, and V8 compiling the code's functions
 * as each first runs is a tenth of that. The build (scripts/bundle-cli.ts) runs the bundled CLI on warm-up questions
 * and keeps V8's bytecode of every function they ran (dist/bundle/cli-code.cache), which the next process reads
 * instead of compiling them again. V8 checks a cache's Node version and V8 flags, not what it holds: a cache is used
 * only when the SHA-256 heading its file is that of the code it was made from and of the cache itself, so neither a
 * change of the code nor a damaged file can reach V8. Without a usable cache the code is compiled as it would be
 * anyway, with the same answers.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { PROJECT_ROOT } from './paths.js';

/** The bundled CLI (scripts/bundle-cli.ts): the launcher `npm run cli` starts, the code it runs, and its cache. */
export const CLI_BUNDLE = {
  dir: join(PROJECT_ROOT, 'dist', 'bundle'),
  launcher: join(PROJECT_ROOT, 'dist', 'bundle', 'cli.cjs'),
  code: join(PROJECT_ROOT, 'dist', 'bundle', 'cli-code.cjs'),
  cache: join(PROJECT_ROOT, 'dist', 'bundle', 'cli-code.cache'),
  /** The cache for a launcher started with no Node flags (`node dist/bundle/cli.cjs`): see cacheFileFor. */
  plainCache: join(PROJECT_ROOT, 'dist', 'bundle', 'cli-code-plain.cache'),
} as const;

/**
 * The cache for a launcher started with Node's flags `execArgv`. V8 takes a cache only under the V8 flags it was made
 * with, and `npm run cli`'s (package.json) are not set once the process runs (short-run.ts): a launcher started
 * with none, as scripts and people start `node dist/bundle/cli.cjs`, would find the one cache made under them
 * rejected and compile every function again (about 50 ms of CPU at each start), so the build makes one for each.
 * Other flags find `npm run cli`'s cache, which V8 takes if they are its flags and ignores otherwise.
 */
export function cacheFileFor(execArgv: readonly string[] = process.execArgv): string {
  return execArgv.length === 0 ? CLI_BUNDLE.plainCache : CLI_BUNDLE.cache;
}

/** Set to "1", the launcher writes the code cache when its process exits (the build's warm-up runs). */
export const WRITE_CODE_CACHE_VARIABLE = 'CLI_CODE_CACHE_WRITE';

/** Bytes of the SHA-256 at the head of a cache file. */
const HASH_BYTES = 32;

/** The CLI's code, compiled, ready to run. */
export interface CompiledCode {
  script: Script;
  file: string;
  /** The code as read. */
  bytes: Buffer;
  /** Whether V8 took the functions' bytecode from the cache rather than compiling them. */
  usedCache: boolean;
}

/** The SHA-256 of code and its cache data, which heads the cache file. */
function hashOf(code: Buffer, data: Buffer): Buffer {
  return createHash('sha256').update(code).update(data).digest();
}

/** V8's cache data in `cacheFile` when it was made from `code` and is whole; else undefined. */
function cachedDataFor(cacheFile: string, code: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(HASH_BYTES);
  return data.length > 0 && bytes.subarray(0, HASH_BYTES).equals(hashOf(code, data)) ? data : undefined;
}

/**
 * Compiles a CommonJS file (the bundled CLI), from its cache when one was made for it. Throws when the file cannot be
 * read.
 */
export function compileCode(file: string = CLI_BUNDLE.code, cacheFile: string = cacheFileFor()): CompiledCode {
  const bytes = readFileSync(file);
  const cachedData = cachedDataFor(cacheFile, bytes);
  // CommonJS's own wrapper: the code sees require, module and its file's names as when Node loads it.
  // The build writes ASCII, which needs no decoding (and makes a one-byte string).
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const source = `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
  const script = new Script(source, { filename: file, ...(cachedData && { cachedData }) });
  return { script, file, bytes, usedCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs compiled code as Node runs a CommonJS module. */
export function runCode({ script, file }: CompiledCode): void {
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
}

/**
 * Writes the cache of `code`: the bytecode of every function compiled so far (so, called at exit, of every function
 * the process ran), headed by its hash with the code's. Written beside and renamed, so no reader sees half a file.
 */
export function writeCodeCache(code: CompiledCode, cacheFile: string = cacheFileFor()): void {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  const data = code.script.createCachedData();
  writeFileSync(partial, Buffer.concat([hashOf(code.bytes, data), data]));
  renameSync(partial, cacheFile);
}
