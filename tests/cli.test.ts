import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, PROJECT_ROOT } from './helpers.js';

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
