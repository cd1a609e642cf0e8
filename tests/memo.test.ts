import { describe, expect, it, vi } from 'vitest';
import { Memo } from '../src/text/memo.js';

describe('Memo', () => {
  it('computes a key once and returns the remembered value after', () => {
    const memo = new Memo<string, number>(10);
    let calls = 0;
    const length = (key: string) => {
      calls++;
      return key.length;
    };
    expect(memo.get('peru', length)).toBe(4);
    expect(memo.get('peru', length)).toBe(4);
    expect(calls).toBe(1);
  });

  it('remembers undefined results too', () => {
    const memo = new Memo<string, string | undefined>(10);
    let calls = 0;
    const none = () => {
      calls++;
      return undefined;
    };
    expect(memo.get('x', none)).toBeUndefined();
    expect(memo.get('x', none)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('never holds more than its limit, whatever is asked', () => {
    const memo = new Memo<number, number>(100);
    for (let i = 0; i < 10_000; i++) memo.get(i, (key) => key * 2);
    expect(memo.size).toBeLessThanOrEqual(100);
  });

  it('keeps a key that keeps being used while others come and go', () => {
    const memo = new Memo<string, number>(10);
    let calls = 0;
    const often = () => {
      calls++;
      return 1;
    };
    for (let i = 0; i < 1000; i++) {
      memo.get('often', often);
      memo.get(`once-${i}`, () => i);
    }
    expect(calls).toBe(1);
  });

  it('tells a remembered undefined from a key never seen without a has() after its get()', () => {
    // A memo sits on every hot path of a search: one lookup a generation, not a get() and a has() each.
    const memo = new Memo<string, string | undefined>(10);
    memo.get('nothing', () => undefined);
    const has = vi.spyOn(Map.prototype, 'has');
    try {
      expect(memo.get('nothing', () => 'computed again')).toBeUndefined();
      expect(memo.get('new', () => undefined)).toBeUndefined();
      expect(has).not.toHaveBeenCalled();
    } finally {
      has.mockRestore();
    }
  });

  it('finds an undefined value kept in the older generation without computing it again', () => {
    const memo = new Memo<number, string | undefined>(4);
    let calls = 0;
    const none = () => {
      calls++;
      return undefined;
    };
    memo.get(0, none);
    memo.get(1, () => 'one');
    memo.get(2, () => 'two');
    expect(memo.get(0, none)).toBeUndefined();
    expect(calls).toBe(1);
  });
});
