import { describe, expect, it } from 'vitest';
import { canonicalKey } from './key.ts';

describe('canonicalKey of parts (canonical symbols remembered per spelling)', () => {
  it('gives the same keys on repeated and interleaved calls, past the cache bound', () => {
    const parts = [
      { number: '5', symbol: 'kh-ubnd', form: 'state' as const, folded: true },
      { number: '35', symbol: 'NQ/TƯ', form: 'party' as const, folded: true },
      { number: '09', symbol: 'NĐ-CP', form: 'qppl' as const, yearInNumber: '2017', folded: true },
      { number: '12', symbol: 'QĐi/ctr', form: 'party' as const, folded: true },
      { number: '3', symbol: 'KH - UBND', form: 'state' as const, folded: true },
    ];
    const want = ['05/KH-UBND', '35-NQ/TW', '09/2017/NĐ-CP', '12-QĐi/CTr', '03/KH-UBND'];
    for (let round = 0; round < 3; round++) {
      expect(parts.map((p) => canonicalKey(p))).toEqual(want);
      // more distinct symbols than the cache holds
      for (let k = 0; k < 5000; k++)
        expect(canonicalKey({ number: '1', symbol: `X${k}-ab`, form: 'state', folded: true })).toBe(
          `01/X${k}-AB`,
        );
    }
  });
});
