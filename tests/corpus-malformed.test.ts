/**
 * A corpus broken in each possible way stops the CLI with one clear line naming the file, exit code 1, no stack
 * trace and nothing on stdout. Each case copies corpus/ to a temporary folder, breaks one thing and runs
 * `node dist/src/cli.js ask --json "x"` with CORPUS_DIR pointing there.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './limits-checker.js';
import { DIST, PROJECT_ROOT } from './helpers.js';

const CLI = join(DIST, 'src', 'cli.js');
const ARTICLE = 'articles/peru-mexico-rupture-2025.md';
const TRANSLATION = 'articles/peru-mexico-rupture-2025.es.md';

let root: string;
let counter = 0;

beforeAll(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'corpus-malformed-'));
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A fresh copy of the real corpus. */
function copyCorpus(): string {
  const dir = join(root, `case-${++counter}`);
  cpSync(join(PROJECT_ROOT, 'corpus'), dir, { recursive: true });
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const write = (dir: string, name: string, text: string) => writeFileSync(join(dir, name), text);
/** Rewrites the article's front matter line starting with `key:` (or removes it when `line` is undefined). */
function editField(dir: string, key: string, line: string | undefined) {
  const text = read(dir, ARTICLE);
  const pattern = new RegExp(`^${key}:.*$\\n?`, 'm');
  expect(pattern.test(text), `the article has a "${key}:" line`).toBe(true);
  write(dir, ARTICLE, text.replace(pattern, line === undefined ? '' : `${line}\n`));
}
/** Inserts a line just before the closing "---" of the front matter. */
function addField(dir: string, line: string) {
  const lines = read(dir, ARTICLE).split('\n');
  const close = lines.indexOf('---', 1);
  lines.splice(close, 0, line);
  write(dir, ARTICLE, lines.join('\n'));
}

function runCli(dir: string) {
  const result = spawnSync(process.execPath, [CLI, 'ask', '--json', 'x'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CORPUS_DIR: dir, DISCORD_TOKEN: '' },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Case {
  name: string;
  /** Breaks the copied corpus in `dir`. */
  breakIt(dir: string): void;
  /** Path, relative to the corpus folder, of the file the message must name. */
  file: string;
  /** Words the problem description must contain (case-insensitive). */
  says: RegExp;
}

const CASES: Case[] = [
  {
    name: 'article without front matter',
    breakIt: (dir) => write(dir, ARTICLE, read(dir, ARTICLE).replace(/^---\n[\s\S]*?\n---\n/, '')),
    file: ARTICLE,
    says: /front matter/i,
  },
  { name: 'empty article file', breakIt: (dir) => write(dir, ARTICLE, ''), file: ARTICLE, says: /front matter/i },
  {
    name: 'front matter not closed',
    breakIt: (dir) => {
      const lines = read(dir, ARTICLE).split('\n');
      lines.splice(lines.indexOf('---', 1), 1);
      write(dir, ARTICLE, lines.join('\n'));
    },
    file: ARTICLE,
    says: /not closed/i,
  },
  ...(['id', 'title', 'published', 'language'] as const).map((key) => ({
    name: `missing ${key}`,
    breakIt: (dir: string) => editField(dir, key, undefined),
    file: ARTICLE,
    says: new RegExp(`missing field "${key}"`, 'i'),
  })),
  {
    name: 'empty title',
    breakIt: (dir) => editField(dir, 'title', 'title:'),
    file: ARTICLE,
    says: /missing field "title"/i,
  },
  {
    name: 'date not YYYY-MM-DD',
    breakIt: (dir) => editField(dir, 'published', 'published: 4 November 2025'),
    file: ARTICLE,
    says: /published/i,
  },
  {
    name: 'month 13',
    breakIt: (dir) => editField(dir, 'published', 'published: 2025-13-04'),
    file: ARTICLE,
    says: /published/i,
  },
  {
    name: 'day that does not exist (30 February)',
    breakIt: (dir) => editField(dir, 'published', 'published: 2025-02-30'),
    file: ARTICLE,
    says: /published/i,
  },
  {
    name: 'id with spaces and capitals',
    breakIt: (dir) => editField(dir, 'id', 'id: Peru Mexico!'),
    file: ARTICLE,
    says: /\bid\b/i,
  },
  {
    name: 'id too long',
    breakIt: (dir) => editField(dir, 'id', `id: ${'a'.repeat(65)}`),
    file: ARTICLE,
    says: /\bid\b/i,
  },
  {
    name: 'unknown field',
    breakIt: (dir) => addField(dir, 'author: Someone'),
    file: ARTICLE,
    says: /unknown field "author"/i,
  },
  {
    name: 'duplicate field',
    breakIt: (dir) => addField(dir, 'title: A second title'),
    file: ARTICLE,
    says: /"title" is given twice/i,
  },
  {
    name: 'front matter line that is not key: value',
    breakIt: (dir) => addField(dir, 'just some words'),
    file: ARTICLE,
    says: /key: value/i,
  },
  {
    name: 'title_is_descriptive neither true nor false',
    breakIt: (dir) => editField(dir, 'title_is_descriptive', 'title_is_descriptive: maybe'),
    file: ARTICLE,
    says: /title_is_descriptive/i,
  },
  {
    name: 'empty body',
    breakIt: (dir) => write(dir, ARTICLE, read(dir, ARTICLE).replace(/(\n---\n)[\s\S]*$/, '$1\n  \n')),
    file: ARTICLE,
    says: /no paragraphs/i,
  },
  {
    name: 'two files with the same article id',
    breakIt: (dir) => write(dir, 'articles/zz-copy.md', read(dir, ARTICLE)),
    file: 'articles/zz-copy.md',
    says: /already used/i,
  },
  {
    name: 'unreadable article (a folder named like a .md file)',
    breakIt: (dir) => mkdirSync(join(dir, 'articles/broken.md')),
    file: 'articles/broken.md',
    says: /is a folder, not a file/i,
  },
  {
    name: 'unreadable article (dangling symlink)',
    breakIt: (dir) => symlinkSync(join(dir, 'nowhere.md'), join(dir, 'articles/dangling.md')),
    file: 'articles/dangling.md',
    says: /link to a file that does not exist/i,
  },
  {
    name: 'corpus folder missing altogether',
    breakIt: (dir) => rmSync(dir, { recursive: true }),
    file: 'articles',
    says: /missing/i,
  },
  {
    name: 'articles folder missing',
    breakIt: (dir) => rmSync(join(dir, 'articles'), { recursive: true }),
    file: 'articles',
    says: /missing/i,
  },
  {
    name: 'no .md file in articles/',
    breakIt: (dir) => {
      rmSync(join(dir, ARTICLE));
      write(dir, 'articles/notes.txt', 'not an article');
    },
    file: 'articles',
    says: /no article/i,
  },
  {
    name: 'aliases.txt missing',
    breakIt: (dir) => rmSync(join(dir, 'aliases.txt')),
    file: 'aliases.txt',
    says: /missing/i,
  },
  {
    name: 'alias line without =>',
    breakIt: (dir) => appendFileSync(join(dir, 'aliases.txt'), '\nfoo bar baz\n'),
    file: 'aliases.txt',
    says: /line \d+/i,
  },
  {
    name: 'alias with no key',
    breakIt: (dir) => appendFileSync(join(dir, 'aliases.txt'), '\n => Peru\n'),
    file: 'aliases.txt',
    says: /line \d+/i,
  },
  {
    name: 'alias section other than en/es',
    breakIt: (dir) => appendFileSync(join(dir, 'aliases.txt'), '\n[fr]\n'),
    file: 'aliases.txt',
    says: /section/i,
  },
  {
    name: 'alias before any section',
    breakIt: (dir) => write(dir, 'aliases.txt', 'amlo => López Obrador\n'),
    file: 'aliases.txt',
    says: /section/i,
  },
  {
    name: 'alias expansion with words not in the article',
    breakIt: (dir) => appendFileSync(join(dir, 'aliases.txt'), '\n[en]\nzebra => unicorn rainbow\n'),
    file: 'aliases.txt',
    says: /expansion "unicorn rainbow"/i,
  },
  {
    name: 'alias key of stop words only',
    breakIt: (dir) => appendFileSync(join(dir, 'aliases.txt'), '\n[en]\nthe | of the => Peru\n'),
    file: 'aliases.txt',
    says: /stop words/i,
  },
  {
    name: 'English stop word file missing',
    breakIt: (dir) => rmSync(join(dir, 'language/stopwords-en.txt')),
    file: 'language/stopwords-en.txt',
    says: /missing/i,
  },
  {
    name: 'Spanish stop word file missing',
    breakIt: (dir) => rmSync(join(dir, 'language/stopwords-es.txt')),
    file: 'language/stopwords-es.txt',
    says: /missing/i,
  },
  {
    name: 'light-word file missing',
    breakIt: (dir) => rmSync(join(dir, 'language/light-words-en.txt')),
    file: 'language/light-words-en.txt',
    says: /missing/i,
  },
  {
    name: 'filler-phrase file missing',
    breakIt: (dir) => rmSync(join(dir, 'language/filler-phrases.txt')),
    file: 'language/filler-phrases.txt',
    says: /missing/i,
  },
  {
    name: 'filler phrase without words',
    breakIt: (dir) => appendFileSync(join(dir, 'language/filler-phrases.txt'), '\n?!\n'),
    file: 'language/filler-phrases.txt',
    says: /no words/i,
  },
  {
    name: 'text-places file missing',
    breakIt: (dir) => rmSync(join(dir, 'language/text-places.txt')),
    file: 'language/text-places.txt',
    says: /missing/i,
  },
  {
    name: 'text place that is neither start nor end',
    breakIt: (dir) => appendFileSync(join(dir, 'language/text-places.txt'), '\nmiddle: the middle part\n'),
    file: 'language/text-places.txt',
    says: /end: phrase/,
  },
  {
    name: 'text place with an empty phrase',
    breakIt: (dir) => appendFileSync(join(dir, 'language/text-places.txt'), '\nend: last page | | ?\n'),
    file: 'language/text-places.txt',
    says: /line \d+/,
  },
  {
    name: 'capitals file missing',
    breakIt: (dir) => rmSync(join(dir, 'language/capitals.txt')),
    file: 'language/capitals.txt',
    says: /missing/i,
  },
  {
    name: 'capital line without its country',
    breakIt: (dir) => appendFileSync(join(dir, 'language/capitals.txt'), '\nBogotá\n'),
    file: 'language/capitals.txt',
    says: /Country: capital/,
  },
  {
    name: 'capital line with an empty name',
    breakIt: (dir) => appendFileSync(join(dir, 'language/capitals.txt'), '\nColombia: Bogotá | \n'),
    file: 'language/capitals.txt',
    says: /line \d+/,
  },
  {
    name: 'word-forms file missing',
    breakIt: (dir) => rmSync(join(dir, 'language/word-forms-en.txt')),
    file: 'language/word-forms-en.txt',
    says: /missing/i,
  },
  {
    name: 'word-forms line without "base: forms"',
    breakIt: (dir) => appendFileSync(join(dir, 'language/word-forms-en.txt'), '\nthis line has no colon\n'),
    file: 'language/word-forms-en.txt',
    says: /line \d+/i,
  },
  {
    name: 'examples.txt missing',
    breakIt: (dir) => rmSync(join(dir, 'examples.txt')),
    file: 'examples.txt',
    says: /missing/i,
  },
  {
    name: 'example question before any section',
    breakIt: (dir) => write(dir, 'examples.txt', 'Why did Peru break relations?\n[en]\nWho was expelled?\n'),
    file: 'examples.txt',
    says: /line 1/i,
  },
  {
    name: 'translation missing its last paragraph',
    breakIt: (dir) =>
      write(dir, TRANSLATION, read(dir, TRANSLATION).replace(/\n\nMientras se asienta el polvo[^\n]*\n$/, '\n')),
    file: TRANSLATION,
    says: /¶12 is missing/,
  },
  {
    name: 'translation respelling a name in one paragraph',
    breakIt: (dir) =>
      write(
        dir,
        TRANSLATION,
        read(dir, TRANSLATION).replace(
          'la encargada de negocios de México, Karla Ornelas',
          'la encargada de negocios de México, Carla Ornelas',
        ),
      ),
    file: TRANSLATION,
    says: /¶5 lacks the name "Karla"/,
  },
  {
    name: 'translation losing a date in one paragraph',
    breakIt: (dir) =>
      write(dir, TRANSLATION, read(dir, TRANSLATION).replace('En abril de 2024, México', 'En abril, México')),
    file: TRANSLATION,
    says: /¶9 lacks the number 2024/,
  },
  {
    name: 'translation glossary missing',
    breakIt: (dir) => rmSync(join(dir, 'language/translation-glossary-es.txt')),
    file: 'language/translation-glossary-es.txt',
    says: /missing/i,
  },
  {
    name: 'examples.txt without English questions',
    breakIt: (dir) => write(dir, 'examples.txt', '[es]\n¿Por qué?\n'),
    file: 'examples.txt',
    says: /\[en\]/i,
  },
];

describe('malformed corpus: one line naming the file, exit code 1', () => {
  it('the unbroken copy works (so each failure below comes from its own break)', () => {
    const { code, stdout, stderr } = runCli(copyCorpus());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ query: 'x' });
  });

  it.each(CASES)('$name', (malformation) => {
    const dir = copyCorpus();
    malformation.breakIt(dir);
    const { code, stdout, stderr } = runCli(dir);
    expect(stdout).toBe('');
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
    expect(lines, `stderr: ${stderr}`).toHaveLength(1);
    const [line] = lines as [string];
    expect(line).toMatch(/^Corpus error: /);
    expect(line).not.toMatch(/^\s*at\s|\n\s+at |\bat .*:\d+:\d+\)?$/);
    expect(line).not.toMatch(/Error:.*\n|TypeError|ReferenceError|Unexpected error/);
    // Names the file: the corpus copy is outside the project, so the path is absolute.
    expect(line).toContain(`${join(dir, malformation.file)}: `);
    expect(line.slice(line.indexOf(`${join(dir, malformation.file)}: `))).toMatch(malformation.says);
  });
});
