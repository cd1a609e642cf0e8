import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, PROJECT_ROOT, realContext } from './helpers.js';

function console(input: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(DIST, 'src', 'main.js')], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DISCORD_TOKEN: '', ...env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('offline console (npm start without a token)', () => {
  it('says no token is set and how to set one, answers piped lines, and exits cleanly at end of input', () => {
    const { code, stdout, stderr } = console('/ask why did peru break relations\n/help\nWho is Jorge Glas?\n');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('No DISCORD_TOKEN set');
    expect(stdout).toContain('.env');
    expect(stdout).toMatch(/\*\*¶\d+ · Peru breaks diplomatic relations/);
    expect(stdout).toContain('What this bot answers');
    expect(stdout).toContain('**Jorge** **Glas**');
  });

  it('takes the language as --lang es or --lang=es', () => {
    for (const args of [['--lang', 'es'], ['--lang=es']]) {
      const result = spawnSync(process.execPath, [join(DIST, 'src', 'main.js'), ...args], {
        cwd: PROJECT_ROOT,
        input: '/ayuda\n',
        encoding: 'utf8',
        env: { ...process.env, DISCORD_TOKEN: '' },
        timeout: 20_000,
      });
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).toContain('No hay DISCORD_TOKEN');
      expect(result.stdout, args.join(' ')).toContain('Qué responde este bot');
    }
  });

  it('numbers the buttons of the last reply and presses them with /button N', () => {
    const [first = '', second = ''] = console('Mexico asylum\n/button 1\n').stdout.split('[More passages] (/button 1)');
    expect(second).not.toBe('');
    const paragraphs = (text: string) => [...text.matchAll(/\*\*¶(\d+) ·/g)].map((m) => Number(m[1]));
    // The press shows exactly results 4–6 of the same question.
    const all = realContext()
      .engine.search('Mexico asylum', { limit: 6 })
      .hits.map((hit) => hit.paragraph);
    expect(paragraphs(first)).toEqual(all.slice(0, 3));
    expect(paragraphs(second)).toEqual(all.slice(3, 6));
  });

  it('reads an option value of several words, up to the next option', () => {
    const { stdout } = console('/ask question:who is Karla Ornelas private:true\n/compare topic:what ties remain\n');
    expect(stdout).toContain('Question: who is Karla Ornelas');
    expect(stdout).toContain('(only you can see this)');
    expect(stdout).toContain('**What ties remain?**');
    expect(stdout).not.toContain('**Is granting asylum an unfriendly act?**');
  });

  it('answers odd input without crashing and never echoes a mention intact', () => {
    const { code, stdout } = console('@everyone <@&42> **hi**\n/nosuchcommand\n\n/source 99\n/source 3\n');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/@everyone/);
    expect(stdout).toContain('Unknown command /nosuchcommand');
    expect(stdout).toContain('There is no paragraph 99');
    expect(stdout).toContain('Castillo was arrested');
  });

  it('titles an unknown command as such, not as help', () => {
    const { stdout } = console('/nosuchcommand\n');
    expect(stdout).toContain('**Unknown command**');
    expect(stdout).not.toContain('**What this bot answers**');
  });

  it('refuses a private value that is not yes or no, and a paragraph that is not a number', () => {
    const { stdout } = console('/help private:maybe\n/source three\n');
    expect(stdout).toContain('private takes yes or no (true/false), not “maybe”.');
    expect(stdout).toContain('paragraph takes a whole number, not “three”.');
    expect(stdout).not.toContain('**What this bot answers**');
  });

  it('presses buttons with /boton in Spanish and says when there is no such button', () => {
    const result = spawnSync(process.execPath, [join(DIST, 'src', 'main.js'), '--lang', 'es'], {
      cwd: PROJECT_ROOT,
      input: 'asilo México\n/boton 1\n/boton 9\n',
      encoding: 'utf8',
      env: { ...process.env, DISCORD_TOKEN: '' },
      timeout: 20_000,
    });
    const [, pressed = ''] = result.stdout.split('(/boton 1)');
    expect(pressed).toMatch(/\*\*¶\d+ ·/);
    expect(result.stdout).toContain('La última respuesta no tiene el botón 9.');
  });

  it('shows what autocomplete would offer with /complete', () => {
    const { stdout } = console('/complete ask who is bet\n/complete timeline x\n');
    expect(stdout).toContain('**Autocomplete for /ask**');
    expect(stdout).toContain('• Who is Betssy Chávez and what is she accused of?');
    expect(stdout).toContain('/timeline has no autocomplete.');
  });

  it('/source shows each article title once in its overview', () => {
    const { stdout } = console('/source\n');
    const title = realContext().corpus.articles[0]!.title;
    expect(stdout.split(title).length - 1, 'the title as the heading and in how to cite it').toBe(2);
  });
});
