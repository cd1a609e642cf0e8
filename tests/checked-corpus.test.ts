/**
 * The record `npm run build` keeps of the corpus it checked (src/corpus/checked.ts): a corpus that matches it loads
 * the same, without the checks that only prove it right; a corpus changed since is checked and its problem reported.
 */
import { appendFileSync, cpSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordChecked, wasChecked } from '../src/corpus/checked.js';
import { CorpusError } from '../src/corpus/errors.js';
import { loadCorpus } from '../src/corpus/load.js';
import { PROJECT_ROOT } from './helpers.js';

const CORPUS = join(PROJECT_ROOT, 'corpus');
const tmp = mkdtempSync(join(tmpdir(), 'checked-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the corpus. */
function copy(): string {
  const dir = mkdtempSync(join(tmp, 'corpus-'));
  cpSync(CORPUS, dir, { recursive: true });
  return dir;
}

/** An alias line that parses but names words no article writes: only the alias check finds it. */
const UNCHECKED_ALIAS = '\nquokka => zzyzx quuxly\n';

describe('the checked corpus record', () => {
  it('loads a corpus that matches it as the full check does', () => {
    const dir = copy();
    const record = join(tmp, 'same.txt');
    recordChecked(dir, record);
    expect(wasChecked(dir, record)).toBe(true);
    expect(loadCorpus(dir, { checkedRecord: record })).toEqual(loadCorpus(dir));
  });

  it('checks a corpus changed since the record, and reports its problem', () => {
    const dir = copy();
    const record = join(tmp, 'before-change.txt');
    recordChecked(dir, record);
    appendFileSync(join(dir, 'aliases.txt'), UNCHECKED_ALIAS);
    expect(wasChecked(dir, record)).toBe(false);
    expect(() => loadCorpus(dir, { checkedRecord: record })).toThrow(CorpusError);
    expect(() => loadCorpus(dir, { checkedRecord: record })).toThrow(/aliases\.txt/);
  });

  it('skips only the checks: what matches the record is not checked again (and without one it is)', () => {
    const dir = copy();
    appendFileSync(join(dir, 'aliases.txt'), UNCHECKED_ALIAS);
    const record = join(tmp, 'forged.txt');
    recordChecked(dir, record);
    expect(() => loadCorpus(dir)).toThrow(/aliases\.txt/);
    expect(() => loadCorpus(dir, { checkedRecord: record })).not.toThrow();
  });

  it('reads a file through a link, so an edit to what it points at is checked', () => {
    const dir = copy();
    const target = join(tmp, 'aliases-target.txt');
    renameSync(join(dir, 'aliases.txt'), target);
    symlinkSync(target, join(dir, 'aliases.txt'));
    const record = join(tmp, 'linked.txt');
    recordChecked(dir, record);
    expect(wasChecked(dir, record)).toBe(true);
    appendFileSync(target, UNCHECKED_ALIAS);
    expect(wasChecked(dir, record)).toBe(false);
    expect(() => loadCorpus(dir, { checkedRecord: record })).toThrow(/aliases\.txt/);
  });

  it('is the same record for the corpus folder however it is written', () => {
    const record = join(tmp, 'spelt.txt');
    recordChecked(CORPUS, record);
    expect(wasChecked(`${CORPUS}/`, record)).toBe(true);
    expect(wasChecked(join(CORPUS, '..', 'corpus'), record)).toBe(true);
  });

  it('is no record when missing or empty', () => {
    expect(wasChecked(CORPUS, join(tmp, 'none.txt'))).toBe(false);
    const empty = join(tmp, 'empty.txt');
    appendFileSync(empty, '');
    expect(wasChecked(CORPUS, empty)).toBe(false);
  });
});
