/**
 * Runs the real entry points against the stand-in: `node dist/src/main.js` (the bot) and
 * `node dist/src/deploy-commands.js`, as `npm start` and `npm run deploy-commands` do, with the environment
 * pointing them at 127.0.0.1. Nothing is re-wired: the processes read only their environment.
 *
 * Processes run in an empty temporary folder, so a developer's own .env (real token!) is never read by a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { DiscordStandIn } from './standin.js';

export const MAIN_JS = join(PROJECT_ROOT, 'dist', 'src', 'main.js');
export const SERVE_JS = join(PROJECT_ROOT, 'dist', 'src', 'serve.js');
export const DEPLOY_JS = join(PROJECT_ROOT, 'dist', 'src', 'deploy-commands.js');

/** Variables the bot reads: removed from the inherited environment so only what a test sets applies. */
const BOT_VARIABLES = /^(DISCORD_|LOG_LEVEL$|LOG_FORMAT$|COOLDOWN_|CORPUS_DIR$|PORT$|HOST$|METRICS_PORT$)/;

/** A clean folder to run in (no .env); one fixed folder, so runs leave nothing behind. */
const RUN_DIR = join(tmpdir(), 'rupture-bot-e2e');
mkdirSync(RUN_DIR, { recursive: true });

/** The environment for a process: the parent's minus the bot's variables, plus `vars`. */
export function processEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!BOT_VARIABLES.test(key)) env[key] = value;
  return { ...env, ...vars };
}

/** What the bot needs to talk to the stand-in. */
export function standInEnv(standIn: DiscordStandIn, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: standIn.token,
    DISCORD_CLIENT_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
    ...extra,
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class NodeProcess {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<Exit>;

  constructor(script: string, vars: Record<string, string>, nodeArgs: string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, script], {
      cwd: RUN_DIR,
      env: processEnv(vars),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get output(): string {
    return this.stdout + this.stderr;
  }

  /** Resolves when the output contains `pattern`. */
  async waitForOutput(pattern: RegExp, timeoutMs = 10_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} in output:\n${this.output}`);
      if (this.child.exitCode !== null)
        throw new Error(`process exited (${this.child.exitCode}) before printing ${pattern}:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends `signal` and resolves with the exit and how long it took; kills it after `timeoutMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 5_000): Promise<Exit & { ms: number }> {
    const started = Date.now();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return { ...exit, ms: Date.now() - started };
  }
}

/** Starts the bot entry point (what `npm start` runs); `nodeArgs` go to node itself (e.g. --import a probe). */
export function startBot(vars: Record<string, string>, nodeArgs: string[] = []): NodeProcess {
  return new NodeProcess(MAIN_JS, vars, nodeArgs);
}

/** Starts the HTTP interactions endpoint (what `npm run serve` runs). */
export function startServe(vars: Record<string, string>, nodeArgs: string[] = []): NodeProcess {
  return new NodeProcess(SERVE_JS, vars, nodeArgs);
}

/** A preload that reports, at exit, how many discord.js modules were loaded ("discord.js modules loaded: N"). */
export const DISCORDJS_PROBE = join(PROJECT_ROOT, 'dist', 'tests', 'discord-standin', 'discordjs-probe.js');

/** A preload that runs full garbage collections on SIGUSR2 (with node --expose-gc), for memory readings. */
export const GC_PROBE = join(PROJECT_ROOT, 'dist', 'tests', 'discord-standin', 'gc-probe.js');

/** Runs `npm run deploy-commands`'s script to completion. */
export async function runDeploy(vars: Record<string, string>): Promise<Exit & { stdout: string; stderr: string }> {
  const run = new NodeProcess(DEPLOY_JS, vars);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), 20_000);
  const exit = await run.exited;
  clearTimeout(timer);
  return { ...exit, stdout: run.stdout, stderr: run.stderr };
}
