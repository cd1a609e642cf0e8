import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Lexicon } from '../src/search/lexicon.js';
import { readLexiconTablesAhead, SortedTable, writeLexiconTables } from '../src/search/lexicon-tables.js';
import { defaultWordNetDir } from '../src/search/wordnet.js';

const dir = mkdtempSync(join(tmpdir(), 'lexicon-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SortedTable', () => {
  const table = new SortedTable(['\tempty', 'a\t1', 'abc\t2', 'b\t3', 'ñu\t4'].join('\n'));

  it('finds every key, the first and the last included', () => {
    expect(table.get('')).toBe('empty');
    expect(table.get('a')).toBe('1');
    expect(table.get('abc')).toBe('2');
    expect(table.get('b')).toBe('3');
    expect(table.get('ñu')).toBe('4');
  });

  it('has no key it was not given, nor a prefix of one', () => {
    for (const key of ['ab', 'abcd', 'c', '0', 'zz', 'n']) expect(table.get(key)).toBeUndefined();
    expect(new SortedTable('').get('a')).toBeUndefined();
  });

  it('finds every key of a long table, and no other, however often it is asked', () => {
    // Keys of uneven length, so that probes land inside lines of every length.
    const keys = Array.from({ length: 20_000 }, (_, i) => `${'k'.repeat(1 + (i % 7))}${String(i).padStart(5, '0')}`);
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const big = new SortedTable(keys.map((key, i) => `${key}\t${i}`).join('\n'));
    for (let round = 0; round < 2; round++) {
      keys.forEach((key, i) => expect(big.get(key)).toBe(String(i)));
      for (const missing of ['', 'a', 'k', 'k00000x', 'kkkkkkkk', 'zz']) expect(big.get(missing)).toBeUndefined();
    }
  });
});

/** Words of each kind the lexicon reads: everyday and rare English, listed Spanish, Spanish spelt by ear. */
const WORDS = ['the', 'asylum', 'ceviche', 'bruh', 'quiero', 'kiero', 'aser', 'sacaran', 'relaciones', 'xq', ''];

function answers(lexicon: Lexicon) {
  return WORDS.map((word) => [
    lexicon.zipf(word),
    lexicon.spanishZipf(word),
    lexicon.spanishSoundAlike(word),
    lexicon.spanishFamilyZipf(word),
  ]);
}

describe('the lexicon tables', () => {
  const derived = answers(new Lexicon(undefined, join(dir, 'missing.txt')));

  it('give what the word lists say when derived in the process (no file)', () => {
    const [the, , , , , kiero, aser, sacaran] = derived;
    expect(the![0]).toBeGreaterThan(6);
    expect(kiero![2]).toBe('quiero');
    expect(aser![2]).toBe('hacer');
    expect(sacaran![3]).toBeGreaterThan(sacaran![1] as number);
  });

  it('give the same answers read from the file `npm run build` writes', () => {
    const file = join(dir, 'tables.txt');
    writeLexiconTables(file);
    expect(answers(new Lexicon(undefined, file))).toEqual(derived);
  });

  it("give WordNet's senses as its own files do", () => {
    const file = join(dir, 'tables.txt');
    writeLexiconTables(file);
    const fromTable = new Lexicon(undefined, file);
    const fromFiles = new Lexicon(defaultWordNetDir(), file);
    // Lemmas, inflections (morphy's rules, doubled consonants), a lemma of several words, and words WordNet lacks.
    const words = ['asylum', 'granted', 'stopped', 'handing', 'women', 'better', 'ran', 'prime minister', 'self-coup'];
    for (const word of [...words, 'ceviche', 'bruh', 'xq', '']) {
      expect(fromTable.lookup(word)).toEqual(fromFiles.lookup(word));
      expect(fromTable.verbBaseZipf(word)).toBe(fromFiles.verbBaseZipf(word));
    }
    expect(fromTable.lookup('prime minister').inWordNet).toBe(true);
    fromFiles.close();
    fromTable.close();
  });

  it('are read from the file by the section lengths on its first line, and derived again when those do not fit', () => {
    const file = join(dir, 'sections.txt');
    writeLexiconTables(file);
    const text = readFileSync(file, 'utf8');
    // The count of "the" changed in place, same length: the file, not a derivation, gives it.
    const changed = text.replace(/\nthe\t(\d)/, (_, digit: string) => `\nthe\t${digit === '9' ? '8' : '9'}`);
    writeFileSync(file, changed);
    expect(new Lexicon(undefined, file).zipf('the')).not.toBe(derived[0]![0]);
    const [header, ...rest] = changed.split('\n');
    const lengths = header!.split(' ');
    // The fingerprint, then the byte length of each of the seven sections (five word-list tables, WordNet's lemmas
    // and its word sets).
    expect(lengths.slice(1).every((length) => /^[1-9]\d*$/.test(length))).toBe(true);
    expect(lengths).toHaveLength(8);
    // One byte moved from the first section to the second: no section end where the header says.
    const wrong = [lengths[0], Number(lengths[1]) - 1, Number(lengths[2]) + 1, ...lengths.slice(3)].join(' ');
    writeFileSync(file, [wrong, ...rest].join('\n'));
    expect(answers(new Lexicon(undefined, file))).toEqual(derived);
  });

  it('are taken from a file read ahead, once, and read from the file again after', async () => {
    const file = join(dir, 'ahead.txt');
    writeLexiconTables(file);
    // The count of "the" changed in place: only the file, not a derivation, gives it.
    const text = readFileSync(file, 'utf8').replace(/\nthe\t(\d)/, (_, d: string) => `\nthe\t${d === '9' ? '8' : '9'}`);
    writeFileSync(file, text);
    await expect(readLexiconTablesAhead(file)).resolves.toBe(true);
    // The file then holds tables from other code: the bytes read ahead give the answers.
    writeFileSync(file, `0000\nthe\t1\n\f\n1\n\f\n\n\f\n\n\f\n\n\f\n`);
    const fileZipf = new Lexicon(undefined, file).zipf('the');
    expect(fileZipf).not.toBe(derived[0]![0]);
    // Taken once: the next reader reads the file itself, and derives the tables.
    expect(new Lexicon(undefined, file).zipf('the')).toBe(derived[0]![0]);
  });

  it('read ahead nothing from a missing file, and do not fail', async () => {
    await expect(readLexiconTablesAhead(join(dir, 'none.txt'))).resolves.toBe(false);
    expect(answers(new Lexicon(undefined, join(dir, 'none.txt')))).toEqual(derived);
  });

  it('are derived again when the file was made from other lists or code', () => {
    const file = join(dir, 'stale.txt');
    writeFileSync(file, `0000\nthe\t1\n\f\n1\n\f\n\n\f\n\n\f\n\n\f\n`);
    expect(answers(new Lexicon(undefined, file))).toEqual(derived);
  });
});
