/**
 * The alias list compiled for look-up (src/search/alias-tables.ts): the tables `npm run build` writes read back as
 * compiling makes them, and are not used for another alias list or analyzer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import {
  aliasTables,
  ALIAS_TABLES_FILE,
  compileAliases,
  readAliasTables,
  writeAliasTables,
  type AliasTables,
} from '../src/search/alias-tables.js';
import { Analyzer, sharedAnalyzer } from '../src/text/analyzer.js';
import { PROJECT_ROOT } from './helpers.js';

const corpus = loadCorpus(join(PROJECT_ROOT, 'corpus'));
const analyzer = sharedAnalyzer(corpus.stopWords, corpus.wordForms);
const compiled = compileAliases(corpus.aliases, analyzer);
const tmp = mkdtempSync(join(tmpdir(), 'alias-tables-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = join(tmp, 'alias-tables.json');
writeAliasTables(corpus.aliases, analyzer, file);

/** The tables as plain data, keys in order. */
const plain = (tables: AliasTables) => ({
  byStems: [...tables.byStems],
  bySpanishRoots: [...tables.bySpanishRoots],
  stemPrefixes: [...tables.stemPrefixes].sort(),
  rootPrefixes: [...tables.rootPrefixes].sort(),
  particles: [...tables.particles],
});

describe('the compiled alias tables', () => {
  it('read back from their file as compiling makes them, each line’s wordings shared by its keys', () => {
    const read = readAliasTables(corpus.aliases, analyzer, file);
    expect(read).toBeDefined();
    expect(plain(read!)).toEqual(plain(compiled));
    // "kicked out" is a particle key; "ex president" one of several keys of its line.
    expect(read!.particles.get(analyzer.stemOf('kicked'))?.length).toBeGreaterThan(0);
    const line = corpus.aliases.find((entry) => entry.keys.length > 1 && entry.language === 'en')!;
    const keysOfLine = [...read!.byStems.values()].filter((alias) => alias.line === line.line);
    expect(keysOfLine.length).toBeGreaterThan(1);
    expect(new Set(keysOfLine.map((alias) => alias.wordings)).size).toBe(1);
  });

  it('compile a Spanish line’s keys by their roots too, the first line’s key kept', () => {
    const spanish = corpus.aliases.find((entry) => entry.language === 'es')!;
    expect(compiled.bySpanishRoots.size).toBeGreaterThan(0);
    expect([...compiled.bySpanishRoots.values()].some((alias) => alias.line === spanish.line)).toBe(true);
    for (const [roots, alias] of compiled.bySpanishRoots) {
      expect(compiled.rootPrefixes.has(roots)).toBe(true);
      expect(alias.keyLength).toBe(roots.split(' ').length);
    }
  });

  it('keep the feminine of a Spanish "-or" title in the file, sharing its masculine key’s alias', () => {
    // Written by the build, so that a process reading the file does not test every roots key at start.
    const written = JSON.parse(readFileSync(file, 'utf8').split('\n', 2)[1]!) as { feminine?: [string, number][] };
    const feminine = new Map(written.feminine ?? []);
    const masculine = [...compiled.bySpanishRoots.keys()].find((roots) => feminine.has(`${roots}a`));
    expect(masculine).toBeDefined();
    const read = readAliasTables(corpus.aliases, analyzer, file)!;
    expect(read.bySpanishRoots.get(`${masculine!}a`)).toBe(read.bySpanishRoots.get(masculine!));
    expect(read.rootPrefixes.has(`${masculine!}a`)).toBe(true);
  });

  it('are not read for another alias list, another analyzer or a file of something else', () => {
    const changed = [
      ...corpus.aliases,
      { keys: ['tiff'], expansions: ['dispute'], language: 'en' as const, line: 9999 },
    ];
    expect(readAliasTables(changed, analyzer, file)).toBeUndefined();
    // Compiled instead: the new key is there.
    expect(aliasTables(changed, analyzer, file).byStems.get(analyzer.stemOf('tiff'))?.line).toBe(9999);
    const otherStopWords = new Analyzer(new Set([...corpus.stopWords, 'dispute']), corpus.wordForms);
    expect(readAliasTables(corpus.aliases, otherStopWords, file)).toBeUndefined();
    const otherStems = new Analyzer(corpus.stopWords, corpus.wordForms, (folded) => folded);
    expect(readAliasTables(corpus.aliases, otherStems, file)).toBeUndefined();
    const garbled = join(tmp, 'garbled.json');
    writeFileSync(garbled, 'not tables');
    expect(readAliasTables(corpus.aliases, analyzer, garbled)).toBeUndefined();
    expect(plain(aliasTables(corpus.aliases, analyzer, garbled))).toEqual(plain(compiled));
    expect(readAliasTables(corpus.aliases, analyzer, join(tmp, 'missing.json'))).toBeUndefined();
  });

  it('are read by the compiled code that wrote them (the fingerprint hashes the code as it runs)', async () => {
    // The build's JavaScript, not these tests' TypeScript: a file it writes is one it reads, and not one these read.
    const dist = (module: string) => import(pathToFileURL(join(PROJECT_ROOT, 'dist', 'src', module)).href);
    const built = (await dist('search/alias-tables.js')) as typeof import('../src/search/alias-tables.js');
    const { loadCorpus: loadBuilt } = (await dist('corpus/load.js')) as typeof import('../src/corpus/load.js');
    const { sharedAnalyzer: builtAnalyzer } = (await dist(
      'text/analyzer.js',
    )) as typeof import('../src/text/analyzer.js');
    const builtCorpus = loadBuilt(join(PROJECT_ROOT, 'corpus'));
    const builtFile = join(tmp, 'built.json');
    const analyzerOfBuild = builtAnalyzer(builtCorpus.stopWords, builtCorpus.wordForms);
    built.writeAliasTables(builtCorpus.aliases, analyzerOfBuild, builtFile);
    const tables = built.readAliasTables(builtCorpus.aliases, analyzerOfBuild, builtFile);
    expect(tables).toBeDefined();
    expect(plain(tables!)).toEqual(plain(compiled));
    expect(readAliasTables(corpus.aliases, analyzer, builtFile)).toBeUndefined();
    // The build writes the corpus's tables where a process looks for them.
    expect(built.ALIAS_TABLES_FILE).toBe(ALIAS_TABLES_FILE);
  });

  it('are compiled instead when the file was cut short after its fingerprint', () => {
    const text = readFileSync(file, 'utf8');
    const cut = join(tmp, 'cut.json');
    writeFileSync(cut, text.slice(0, text.indexOf('\n') + 100));
    expect(readAliasTables(corpus.aliases, analyzer, cut)).toBeUndefined();
    expect(plain(aliasTables(corpus.aliases, analyzer, cut))).toEqual(plain(compiled));
    // Nothing half-written is left beside the file.
    expect(readdirSync(tmp).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
