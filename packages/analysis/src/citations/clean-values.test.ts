import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanIssuer, hasHyphenWrap } from './clean-values.ts';

const HYPHEN_WRAP = /-[ \t]*[\n\r\u2028\u2029]/;

describe('hasHyphenWrap', () => {
  it('same as the regex on random strings', () => {
    const piece = fc.constantFrom(
      '-',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u2028',
      '\u2029',
      'a',
      '1',
      '\u00A0',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(hasHyphenWrap(s)).toBe(HYPHEN_WRAP.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['102-\nKH/TU', '102- \t\r\nKH', '102-KH', '102 -\u00A0\nKH', '-', ''])('%j', (s) => {
    expect(hasHyphenWrap(s)).toBe(HYPHEN_WRAP.test(s));
  });
});

describe('cleanIssuer (remembered per raw text)', () => {
  it('gives the same cleaned issuer on repeated calls, past the cache bound', () => {
    const raw = [
      'Ban Thường vụ\nTỉnh ủy¹ khóa XII',
      'UBND  tỉnh, ',
      'Bộ Chính trị (khoá XI)',
      '  Sở Nội\u00A0vụ;',
    ];
    const want = ['Ban Thường vụ Tỉnh ủy', 'UBND tỉnh', 'Bộ Chính trị', 'Sở Nội vụ'];
    for (let round = 0; round < 3; round++) {
      expect(raw.map(cleanIssuer)).toEqual(want);
      for (let k = 0; k < 2500; k++) expect(cleanIssuer(`Sở  ${k};`)).toBe(`Sở ${k}`);
    }
  });
});
