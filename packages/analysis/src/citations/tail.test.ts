import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithIssuingVerb, readDateBefore } from './tail.ts';

/** what DATE_FIRST needs at its end: the precheck must accept every string it matches */
const END = /(?:ký ban hành|ban hành|ký|có|ra)\s$/iu;

describe('endsWithIssuingVerb (precheck of readDateBefore)', () => {
  it('agrees with the end of the date-first pattern on every code unit in each place', () => {
    const ends = [
      'ký ',
      'có ',
      'ra ',
      'ban hành ',
      'KÝ\n',
      'Có\u2029',
      'RA ',
      'BAN HÀNH ',
      'ký ban hành ',
    ];
    for (const e of ends) {
      for (let k = 0; k < e.length; k++) {
        for (let c = 0; c < 0x10000; c++) {
          const s = `ngày 1 ${e.slice(0, k)}${String.fromCharCode(c)}${e.slice(k + 1)}`;
          if (endsWithIssuingVerb(s, s.length) !== END.test(s))
            expect([c.toString(16), s]).toEqual([]);
        }
      }
    }
  });

  it('random tails: the same as the pattern', () => {
    const piece = fc.constantFrom(
      'k',
      'K',
      '\u212A',
      'ý',
      'Ý',
      'c',
      'ó',
      'r',
      'a',
      'h',
      'à',
      'n',
      ' ',
      '\n',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = `ngày ${parts.join('')}`;
        expect(endsWithIssuingVerb(s, s.length)).toBe(END.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('a date and issuer written before the citation are still read', () => {
    const s = 'ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND';
    const r = readDateBefore(s, s.indexOf('Kế hoạch'));
    expect(r.date?.iso).toBe('2021-03-18');
    expect(r.issuer).not.toBeNull();
  });
});
