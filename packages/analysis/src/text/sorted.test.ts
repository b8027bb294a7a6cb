import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from './sorted.ts';
import { isRegexSpace } from './chars.ts';

describe('lastAtOrBefore', () => {
  it('finds the last element ≤ x, or -1', () => {
    const at = [3, 7, 7, 12];
    expect(lastAtOrBefore(at, 2)).toBe(-1);
    expect(lastAtOrBefore(at, 3)).toBe(0);
    expect(lastAtOrBefore(at, 7)).toBe(2);
    expect(lastAtOrBefore(at, 11)).toBe(2);
    expect(lastAtOrBefore(at, 99)).toBe(3);
    expect(lastAtOrBefore([], 5)).toBe(-1);
    expect(lastAtOrBefore(Int32Array.from([0, 10]), 9)).toBe(0);
  });

  it('equals a linear search on random sorted arrays', () => {
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let t = 0; t < 500; t++) {
      const a = Array.from({ length: rnd(20) }, () => rnd(50)).sort((x, y) => x - y);
      const x = rnd(60) - 5;
      let want = -1;
      a.forEach((v, i) => {
        if (v <= x) want = i;
      });
      expect(lastAtOrBefore(a, x)).toBe(want);
    }
  });
});

describe('isRegexSpace', () => {
  it('is exactly what a regex `\\s` matches, on every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      expect(isRegexSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    }
  });
});
