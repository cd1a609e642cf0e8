import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliCommand } from '../scripts/cli-command.js';
import { DIST, PROJECT_ROOT } from './helpers.js';
import { ensureBuilt } from './limits-checker.js';

const CLI = join(DIST, 'src', 'cli.js');

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface AskJson {
  query: string;
  answered: boolean;
  results: Array<{ docId: string; paragraph: number; citation: string; text: string; score: number }>;
}

describe('cli ask', () => {
  it('prints one JSON object with the documented shape, best first, at most 3', () => {
    const { code, stdout } = cli(['ask', '--json', 'Who was ordered to leave Peru?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!) as AskJson;
    expect(answer.query).toBe('Who was ordered to leave Peru?');
    expect(answer.answered).toBe(true);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.length).toBeLessThanOrEqual(3);
    const [first] = answer.results;
    expect(first).toMatchObject({ docId: 'peru-mexico-rupture-2025', paragraph: 5 });
    expect(first!.citation).toMatch(/^¶5 · /);
    expect(first!.text).toContain('Karla Ornelas');
    const scores = answer.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('answers the Spanish command name preguntar with the same JSON contract as ask', () => {
    const spanish = JSON.parse(
      cli(['preguntar', '--json', '--lang=es', '¿A quién expulsaron del Perú?']).stdout,
    ) as AskJson;
    const english = JSON.parse(cli(['ask', '--json', '¿A quién expulsaron del Perú?']).stdout) as AskJson;
    expect(Object.keys(spanish)).toEqual(['query', 'answered', 'results']);
    expect(spanish.answered).toBe(true);
    expect(spanish.results.map((r) => r.paragraph)).toEqual(english.results.map((r) => r.paragraph));
  });

  it('honours --limit in the human-readable output too', () => {
    const passages = (args: string[]) =>
      [...cli(['ask', ...args, 'Mexico asylum']).stdout.matchAll(/^│ \*\*¶\d+ · /gm)].length;
    expect(passages([])).toBe(3);
    expect(passages(['--limit', '1'])).toBe(1);
    expect(passages(['--limit', '5'])).toBe(5);
  });

  it('stops quietly when the reader of a batch closes the pipe early', () => {
    const result = spawnSync(
      'sh',
      [
        '-c',
        `yes 'why did peru break relations' | head -n 5000 | "${process.execPath}" "${CLI}" ask --json | head -n 1`,
      ],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, DISCORD_TOKEN: '' },
      },
    );
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe('');
  });

  it('honours --limit', () => {
    const answer = JSON.parse(cli(['ask', '--json', '--limit', '6', 'Mexico asylum']).stdout) as AskJson;
    expect(answer.results.length).toBeGreaterThan(3);
    expect(answer.results.length).toBeLessThanOrEqual(6);
    expect(cli(['ask', '--json', '--limit', '0', 'x']).code).toBe(1);
  });

  it('reads one question a line from stdin and answers each, in order, in one process', () => {
    const questions = [
      'caracas',
      '',
      '   ',
      '@everyone **bold** <@&123>',
      'Who won the Champions League?',
      'shinbaum',
      '\u0000\u202e',
    ];
    const { code, stdout } = cli(['ask', '--json'], questions.join('\n') + '\n');
    expect(code).toBe(0);
    const answers = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as AskJson);
    expect(answers).toHaveLength(questions.length);
    expect(answers.map((a) => a.query)).toEqual(questions);
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, false, false, true, false]);
    expect(answers[0]!.results[0]!.paragraph).toBe(7);
  });

  it('prints a human-readable answer with citations and the source title', () => {
    const { code, stdout } = cli(['ask', 'What', 'is', 'the', 'Caracas', 'Convention?']);
    expect(code).toBe(0);
    expect(stdout).toContain('¶7 · Peru breaks diplomatic relations with Mexico');
    expect(stdout).toContain('**Caracas**');
  });

  it('says clearly when the article does not cover a question', () => {
    const { stdout } = cli(['ask', 'Give me a recipe for tacos']);
    expect(stdout).toContain('The article does not cover that');
    expect(stdout).toContain('/position');
  });

  it('prints neither the private-reply note nor buttons it cannot press', () => {
    const { stdout } = cli(['ask', 'why did peru break relations']);
    expect(stdout).toMatch(/\*\*¶\d+ ·/);
    expect(stdout).not.toContain('(only you can see this)');
    expect(stdout).not.toMatch(/\[(More passages|Full paragraph)/);
    expect(cli(['help', '--private']).code, 'an unknown flag is an error').toBe(1);
  });
});

describe('cli bundled (dist/bundle/cli.cjs, what `npm run cli` runs)', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  const BUNDLED = join(DIST, 'bundle', 'cli.cjs');
  // With `npm run cli`'s Node flags, under which V8 takes the bundle's code cache: the cached code is what is compared.
  const run = (entry: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}) => {
    const result = spawnSync(process.execPath, [...cliCommand().nodeFlags, entry, ...args], {
      cwd: PROJECT_ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '', ...env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const both = (args: string[], input?: string, env?: NodeJS.ProcessEnv) =>
    [run(BUNDLED, args, input, env), run(CLI, args, input, env)] as const;

  it('answers a batch exactly as the compiled modules do, in English and in Spanish', () => {
    const lines = [
      'Who was ordered to leave Peru?',
      'bruh why is mexico even involved lmao',
      "What is José Jerí's political party?",
      '¿Qué dijo Sheinbaum del asilo? y cuándo fue la ruptura',
      'who won the champions league',
      '@everyone **asylum** ||spoiler||',
      '',
      'summarize peru argument',
    ].join('\n');
    for (const args of [
      ['ask', '--json'],
      ['ask', '--json', '--lang', 'es'],
    ]) {
      const [bundled, compiled] = both(args, `${lines}\n`);
      expect(bundled.code, bundled.stderr).toBe(0);
      expect(bundled.stderr).toBe('');
      expect(bundled.stdout.trim().split('\n')).toHaveLength(8);
      expect(bundled.stdout).toBe(compiled.stdout);
    }
  });

  it('draws replies and content commands as the compiled modules do (chunks loaded on demand)', () => {
    for (const args of [['ask', 'Mexico asylum'], ['timeline', '--lang', 'es'], ['source', '4'], ['--help']]) {
      const [bundled, compiled] = both(args);
      expect(bundled.code, args.join(' ')).toBe(0);
      expect(bundled.stdout.length).toBeGreaterThan(0);
      expect(bundled.stdout, args.join(' ')).toBe(compiled.stdout);
    }
  });

  it('answers as the compiled modules do when the build wrote no derived data (the word tables derived at start)', () => {
    // The bundle and the compiled modules it finds beside it, in a project without dist/data/.
    const project = mkdtempSync(join(tmpdir(), 'bundle-underived-'));
    try {
      cpSync(join(PROJECT_ROOT, 'package.json'), join(project, 'package.json'));
      symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'), 'junction');
      symlinkSync(join(PROJECT_ROOT, 'corpus'), join(project, 'corpus'), 'junction');
      for (const part of ['bundle', 'src', 'commands'])
        cpSync(join(DIST, part), join(project, 'dist', part), { recursive: true });
      const lines = 'who is betssy chavez\n¿Qué dijo Sheinbaum?\n';
      const underived = run(join(project, 'dist', 'bundle', 'cli.cjs'), ['ask', '--json'], lines);
      expect(underived.code, underived.stderr).toBe(0);
      expect(underived.stdout).toContain('"answered":true');
      expect(underived.stdout).toBe(run(CLI, ['ask', '--json'], lines).stdout);
      expect(run(join(project, 'dist', 'bundle', 'cli.cjs'), ['ask', 'who is betssy chavez']).code).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);

  it('stops on a broken corpus with the same one-line error and exit code 1', () => {
    const [bundled, compiled] = both(['ask', 'asylum'], undefined, { CORPUS_DIR: join(PROJECT_ROOT, 'tests') });
    expect(bundled.code).toBe(1);
    expect(bundled.stderr.trim().split('\n')).toHaveLength(1);
    expect(bundled.stderr).toBe(compiled.stderr);
  });
});

describe('npm run cli', () => {
  /** Node as `npm run cli` starts it, running `script` (an ES module's text) with `args`, `input` on stdin. */
  const withCliFlags = (script: string, args: string[] = [], input?: string) =>
    spawnSync(process.execPath, [...cliCommand().nodeFlags, '--input-type=module', '-e', script, '--', ...args], {
      cwd: PROJECT_ROOT,
      input,
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '' },
    });
  const moduleUrl = (name: string) => JSON.stringify(pathToFileURL(join(DIST, 'src', name)).href);
  const loadCodeCache = `const { compileForShortRun } = await import(${moduleUrl('short-run.js')});
    compileForShortRun();
    const cache = await import(${moduleUrl('code-cache.js')});`;

  it('starts from the code cache the build made: V8 takes it under the flags the launcher sets', () => {
    const run = withCliFlags(
      `${loadCodeCache}
      console.log(JSON.stringify([cache.compileCode().usedCache, cache.compileCode(cache.CLI_BUNDLE.code, '/no/cache').usedCache]));`,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, false]);
  });

  it('starts from a cache of its own when Node is started with no flags, which V8 would not take under them', () => {
    const cacheUsed = (flags: string[]) =>
      `cache.compileCode(cache.CLI_BUNDLE.code, cache.cacheFileFor(${JSON.stringify(flags)})).usedCache`;
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `${loadCodeCache}
      console.log(JSON.stringify([${cacheUsed([])}, ${cacheUsed(cliCommand().nodeFlags)}]));`,
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, DISCORD_TOKEN: '' } },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, false]);
  });

  it('uses no cache made from other code or damaged, and answers the same without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
    try {
      const cache = readFileSync(join(DIST, 'bundle', 'cli-code.cache'));
      const otherCode = Buffer.from(cache);
      otherCode[0] = otherCode[0]! ^ 0xff;
      const damaged = Buffer.from(cache);
      damaged.fill(7, 40, 200);
      writeFileSync(join(dir, 'other-code'), otherCode);
      writeFileSync(join(dir, 'damaged'), damaged);
      const used = withCliFlags(
        `${loadCodeCache}
        console.log(JSON.stringify(['other-code', 'damaged'].map((name) => cache.compileCode(cache.CLI_BUNDLE.code, ${JSON.stringify(dir)} + '/' + name).usedCache)));`,
      );
      expect(used.stderr).toBe('');
      expect(JSON.parse(used.stdout)).toEqual([false, false]);

      const lines = '¿Quién es Betssy Chávez?\nwho won the champions league\nwat did castilo do\n';
      const uncached = withCliFlags(
        `${loadCodeCache}
        const code = cache.compileCode(cache.CLI_BUNDLE.code, ${JSON.stringify(dir)} + '/damaged');
        process.argv.splice(1, 0, code.file);
        cache.runCode(code);`,
        ['ask', '--json'],
        lines,
      );
      expect(uncached.status, uncached.stderr).toBe(0);
      expect(uncached.stdout.trim().split('\n')).toHaveLength(3);
      expect(uncached.stdout).toBe(cli(['ask', '--json'], lines).stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts Node with flags this Node accepts, and answers as the bundle does without them', () => {
    const { nodeFlags, script } = cliCommand();
    expect(script).toBe(join(DIST, 'bundle', 'cli.cjs'));
    const line = 'Who was ordered to leave Peru?\n';
    const run = (flags: string[]) =>
      spawnSync(process.execPath, [...flags, script, 'ask', '--json'], {
        cwd: PROJECT_ROOT,
        input: line,
        encoding: 'utf8',
        env: { ...process.env, DISCORD_TOKEN: '' },
      });
    const flagged = run(nodeFlags);
    expect(flagged.status, flagged.stderr).toBe(0);
    expect(flagged.stderr).toBe('');
    expect(flagged.stdout).toBe(run([]).stdout);
  });
});
