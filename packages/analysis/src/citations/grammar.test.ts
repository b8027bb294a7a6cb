import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYMBOL_AT, matchSymbolAt, maySymbolFollow } from './grammar.ts';

function regexMatchesAt(s: string, at: number): boolean {
  SYMBOL_AT.lastIndex = at;
  return SYMBOL_AT.exec(s) !== null;
}

describe('maySymbolFollow (the precheck before the symbol grammar)', () => {
  it.each([
    ['13/11/2019', 2, false],
    ['15-5-2016', 2, false],
    ['3006/KH-UBND', 4, true],
    ['09/2017/NĐ-CP', 2, true],
    ['09 / 2017 / NĐ-CP', 2, true],
    ['35-NQ/TW', 2, true],
    ['35 - NQ/TW', 2, true],
    ['362QĐ/TU', 3, true],
    ['05 CT/TW', 2, true],
    ['241/232/STTTT-TTBCXB', 3, true],
    ['1/123456/KH', 1, false],
    ['12/ƯB', 2, true],
    ['12\u00A0/\u00A0KH', 2, true],
    ['12/2020', 2, false],
    ['12.', 2, false],
  ])('%j at %i: %s', (s, at, may) => {
    expect(maySymbolFollow(s, at)).toBe(may);
    if (!may) expect(regexMatchesAt(s, at)).toBe(false);
  });

  it('never rejects where the grammar matches (random strings)', () => {
    const piece = fc.constantFrom(
      '/',
      '-',
      ' ',
      '\u00A0',
      '\n',
      '1',
      '23',
      '2017',
      '123456',
      'KH',
      'UBND',
      'NĐ',
      'Ư',
      'CP',
      'a',
      'ơ',
      'x',
      '.',
      ',',
      'Đ',
      'Q',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const s = `5${parts.join('')}`;
        if (!maySymbolFollow(s, 1)) {
          expect(regexMatchesAt(s, 1)).toBe(false);
          expect(matchSymbolAt(s, 1)).toBeNull();
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never rejects a symbol start on any code unit after the number', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [
        `5${ch}KH`,
        `5 ${ch}KH`,
        `5/${ch}KH`,
        `5/1${ch}/KH`,
        `5-${ch}KH`,
        `5${ch}/KH`,
      ]) {
        if (!maySymbolFollow(s, 1) && regexMatchesAt(s, 1)) expect([c.toString(16), s]).toEqual([]);
      }
    }
  });
});
