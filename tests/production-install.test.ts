/**
 * A production install: a checkout whose dist/ was built, then `npm ci --omit=dev` — no TypeScript, no vitest, no
 * test tools. Reproduced offline: a temporary folder gets package.json, the lockfile, scripts/prepare.mjs, the
 * corpus, dist/src, dist/commands and dist/bundle (what the Dockerfile's runtime stage copies), and node_modules
 * holds only the packages the lockfile does not mark as development ones. Everything the issue promises must run
 * from there: `npm start` (without compiling), the CLI, `npm run serve` and the bot.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';
import {
  DiscordStandIn,
  GUILD_ID,
  InteractionClient,
  NodeProcess,
  chatInput,
  newSigningKeys,
  ping,
  processEnv,
  standInEnv,
} from './discord-standin/index.js';
import { ensureBuilt } from './limits-checker.js';

let root: string;

/** The lockfile's installed packages that `npm ci --omit=dev` keeps (every path under node_modules/). */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path]) => path);
}

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'rupture-bot-production-'));
  for (const path of [
    'package.json',
    'package-lock.json',
    'scripts/prepare.mjs',
    'corpus',
    'dist/src',
    'dist/commands',
    'dist/bundle',
  ]) {
    cpSync(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  }
  // The lexicon's tables, as the Dockerfile copies them, when this checkout's build wrote them (`npm run build`).
  const tables = join(PROJECT_ROOT, 'dist', 'data');
  if (existsSync(tables)) cpSync(tables, join(root, 'dist', 'data'), { recursive: true });
  for (const path of productionPackages()) {
    // Optional packages the platform did not install (none today) are simply absent.
    if (existsSync(join(PROJECT_ROOT, path))) cpSync(join(PROJECT_ROOT, path), join(root, path), { recursive: true });
  }
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The Docker HEALTHCHECK command (`node dist/src/healthcheck.js`) with these variables: its exit code and stderr. */
function healthcheck(vars: Record<string, string>) {
  const result = run(process.execPath, ['dist/src/healthcheck.js'], '', vars);
  return { code: result.code, stderr: result.stderr };
}

/** Runs a command in the production folder with the bot's variables cleared. */
function run(command: string, args: string[], input = '', vars: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    input,
    encoding: 'utf8',
    env: processEnv(vars),
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('production install (npm ci --omit=dev on a built checkout)', () => {
  it('has no compiler and no test tools', () => {
    for (const tool of ['typescript', 'vitest', 'discord-api-spec', 'fast-check'])
      expect(existsSync(join(root, 'node_modules', tool)), tool).toBe(false);
    for (const runtime of ['discord.js', 'pino', 'prom-client', 'minisearch'])
      expect(existsSync(join(root, 'node_modules', runtime)), runtime).toBe(true);
  });

  it('prepare keeps the built dist/; without one it stops with one line and exit 1', () => {
    const kept = run(process.execPath, ['scripts/prepare.mjs']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toContain('production install');
    expect(kept.stdout, 'the built bundle is there').not.toContain('is missing');
    const bare = mkdtempSync(join(tmpdir(), 'rupture-bot-unbuilt-'));
    try {
      cpSync(join(root, 'package.json'), join(bare, 'package.json'));
      cpSync(join(root, 'scripts'), join(bare, 'scripts'), { recursive: true });
      const missing = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: bare, encoding: 'utf8' });
      expect(missing.status).toBe(1);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(missing.stderr).toMatch(/^dist\/ is missing and TypeScript is not installed: build first/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('npm start opens the offline console from dist/ without compiling', () => {
    const result = run('npm', ['start', '--silent'], '/ask who was Karla Ornelas\n');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('No DISCORD_TOKEN set');
    expect(result.stdout).toContain('**Karla** **Ornelas**');
    expect(result.stderr).toBe('');
  });

  it('the Docker HEALTHCHECK fails, in one line, when nothing answers /healthz', () => {
    const result = healthcheck({ METRICS_PORT: '9' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^healthcheck: http:\/\/127\.0\.0\.1:9\/healthz: connect ECONNREFUSED/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the CLI, bundled as `npm run cli` runs it, answers with its JSON contract', () => {
    const result = run(process.execPath, [
      'dist/bundle/cli.cjs',
      'ask',
      '--json',
      'Why did Peru break relations with Mexico?',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { answered: boolean; results: Array<{ citation: string }> };
    expect(answer.answered).toBe(true);
    expect(answer.results[0]!.citation).toMatch(/¶\d+/);
  });

  it('the bot connects to Discord from dist/, with health and metrics', async () => {
    const standIn = await new DiscordStandIn({ guildIds: [GUILD_ID] }).start();
    const bot = new NodeProcess(
      join(root, 'dist', 'src', 'main.js'),
      standInEnv(standIn, { METRICS_PORT: '0', HOST: '127.0.0.1' }),
    );
    try {
      const [, url] = await bot.waitForOutput(/Health and metrics on (http:\/\/127\.0\.0\.1:\d+)\//, 20_000);
      await bot.waitForOutput(/Connected to Discord/, 20_000);
      const id = standIn.sendCommand('help', {}, { userId: '1430000000000000001' });
      expect((await standIn.awaitCallback(id)).type).toBe(4);
      expect((await fetch(`${url}/metrics`)).status).toBe(200);
      // The Docker HEALTHCHECK: /healthz on METRICS_PORT.
      const port = new URL(url!).port;
      expect(healthcheck({ METRICS_PORT: port, PORT: '9' })).toEqual({ code: 0, stderr: '' });
    } finally {
      await bot.stop();
      await standIn.stop();
    }
  }, 40_000);

  it('npm run serve answers signed interactions from dist/', async () => {
    const keys = newSigningKeys();
    const app = '1300000000000000001';
    const vars = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_CLIENT_ID: app, PORT: '0', HOST: '127.0.0.1' };
    // Its own process group: npm runs the server under a shell, and a signal to npm alone can leave it running.
    const serve = spawn('npm', ['run', '--silent', 'serve'], {
      cwd: root,
      env: processEnv(vars),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    serve.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    serve.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line in:\n${output}`)), 20_000);
        serve.stdout.on('data', () => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\/interactions/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      const client = new InteractionClient(url, keys);
      try {
        expect((await client.post(ping(app))).json).toEqual({ type: 1 });
        const answer = await client.post(
          chatInput(app, 'ask', { question: 'why did peru break relations' }, { userId: '1430000000000000002' }),
        );
        expect((answer.json as { type: number }).type).toBe(4);
        // The Docker HEALTHCHECK without METRICS_PORT: /healthz on PORT.
        expect(healthcheck({ PORT: new URL(url).port })).toEqual({ code: 0, stderr: '' });
      } finally {
        client.close();
      }
    } finally {
      // The whole group: npm, its shell and the server.
      const exited = new Promise((resolve) => serve.once('exit', resolve));
      process.kill(-serve.pid!, 'SIGTERM');
      await exited;
    }
  }, 40_000);
});
