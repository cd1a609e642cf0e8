/**
 * The content `npm run build` checks and keeps (src/content/checked.ts): read back, it is the content the check
 * makes; it is not used once a content file, an article or the place it is read from changes what the check would
 * see; and a starting process whose content has a problem still reports it as the check does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readCheckedContent, writeCheckedContent } from '../src/content/checked.js';
import { loadContent } from '../src/content/load.js';
import type { Content } from '../src/content/types.js';
import { createContext } from '../src/context.js';
import { loadCorpus } from '../src/corpus/load.js';
import { openContext } from '../src/open-context.js';
import { PROJECT_ROOT } from './helpers.js';

const CORPUS = join(PROJECT_ROOT, 'corpus');
const tmp = mkdtempSync(join(tmpdir(), 'checked-content-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const corpus = loadCorpus(CORPUS);
const checked = loadContent(CORPUS, corpus);
const file = join(tmp, 'checked.json');
writeCheckedContent(CORPUS, corpus, checked, file);

/** A copy of the corpus with one file's text changed. */
function copyWith(name: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmp, 'corpus-'));
  cpSync(CORPUS, dir, { recursive: true });
  writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));
  return dir;
}

describe('the checked content', () => {
  it('reads back as the check made it, key for key, lead phrases included', () => {
    const read = readCheckedContent(CORPUS, corpus, file);
    expect(read).toEqual(checked);
    expect(read?.leads.words).toBeInstanceOf(Set);
    expect(read?.leads.words).toEqual(checked.leads.words);
    expect(JSON.stringify(read)).toBe(JSON.stringify(checked));
  });

  it('is not used when a content file or an article is not what was checked', () => {
    const spaced = copyWith('content/summary.json', (text) => `${text}\n`);
    expect(readCheckedContent(spaced, loadCorpus(spaced), file)).toBeUndefined();
    // The lead phrases are kept too, as read from their file.
    const moreLeads = copyWith('language/ask-leads.txt', (text) => text.replace('en: ', 'en: gimme the gist | '));
    expect(readCheckedContent(moreLeads, loadCorpus(moreLeads), file)).toBeUndefined();
    const edited = structuredClone(corpus);
    edited.articles[0]!.paragraphs[0]!.text += ' ';
    expect(readCheckedContent(CORPUS, edited, file)).toBeUndefined();
    // The same files elsewhere are the same content, named from where they are.
    const moved = copyWith('content/summary.json', (text) => text);
    expect(readCheckedContent(moved, loadCorpus(moved), file)?.summary.file).toBe(
      loadContent(moved, loadCorpus(moved)).summary.file,
    );
  });

  it('is refused when JSON would not give it back as it is', () => {
    const withMap = { ...checked, summary: { ...checked.summary, extra: new Map() } } as unknown as Content;
    expect(() => writeCheckedContent(CORPUS, corpus, withMap, join(tmp, 'no.json'))).toThrow(/summary\.extra/);
  });

  it('lets a one-shot CLI question, in text or JSON, start without the schema library', () => {
    // The build's copy (npm ci and npm run build write it) holds the content as it is.
    const hook = join(tmp, 'report-zod.mjs');
    writeFileSync(
      hook,
      "export async function load(url, context, next) { if (url.includes('/node_modules/zod/')) " +
        "process.stderr.write('zod loaded\\n'); return next(url, context); }\n",
    );
    const register = join(tmp, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`,
    );
    const cli = join(PROJECT_ROOT, 'dist', 'src', 'cli.js');
    for (const args of [
      ['ask', 'Who was ordered to leave Peru?'],
      ['ask', '--json', 'Who is Karla Ornelas?'],
    ]) {
      const run = spawnSync(process.execPath, ['--import', register, cli, ...args], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('zod loaded');
    }
  });

  it('leaves a starting process to report a content problem as the check does', async () => {
    const broken = copyWith('content/positions.json', (text) => text.replace('"peru"', '"Peru!"'));
    const expected = (() => {
      try {
        createContext(broken);
      } catch (error) {
        return error;
      }
    })();
    expect(expected).toBeInstanceOf(Error);
    await expect(openContext(broken)).rejects.toThrow((expected as Error).message);
  });
});
