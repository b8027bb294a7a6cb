import { describe, expect, it } from 'vitest';
import { lowerCased } from './lower-case.ts';

describe('lowerCased', () => {
  it('is toLowerCase, for every code unit and for words', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (lowerCased(ch) !== ch.toLowerCase()) expect(c.toString(16)).toBe('');
    }
    for (const w of ['Hoạch', 'QUYẾT', 'số', 'İ', 'ǅ', 'Σ', 'ΑΣ', '𐐀', '']) {
      expect(lowerCased(w)).toBe(w.toLowerCase());
      expect(lowerCased(w)).toBe(w.toLowerCase());
    }
  });
});
