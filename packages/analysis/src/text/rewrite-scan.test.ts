import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitRunEnd, isRunCodeFast, rewriteAt } from './rewrite-scan.ts';

/** The regex scan `rewriteAt` replaces (the fold's fast path before): the reference. */
const REWRITE_AT =
  /[\t\v\f\r\u00A0\u00AD\u00D0\u00F0\u1680\u2000-\u3000\uFE58-\uFF19]|[ \n][\s\u00AD\u200B-\u200D\u2060\uFEFF]|\/[\sT\u00AD\u200B-\u200D\u2060\uFEFF]|[0-9]+/g;

function regexAt(s: string, from: number): number {
  REWRITE_AT.lastIndex = from;
  const m = REWRITE_AT.exec(s);
  return m === null ? s.length : m.index;
}

/** rewriteAt equals the regex from every start offset of `s` */
function expectSameFromEveryOffset(s: string): void {
  for (let from = 0; from <= s.length; from++)
    expect([from, rewriteAt(s, from)]).toEqual([from, regexAt(s, from)]);
}

describe('rewriteAt', () => {
  it('its run table is the class [\\s\\u00AD\\u200B-\\u200D\\u2060\\uFEFF] for every code unit', () => {
    const run = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/;
    for (let c = 0; c < 0x10000; c++) {
      if (isRunCodeFast(c) !== run.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('');
    }
  });

  it('finds each code unit the regex finds alone, in any context', () => {
    // every code unit between two letters, after a space and before one
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, ` ${ch}`, `${ch} `, `/${ch}`, `${ch}\n`]) {
        if (rewriteAt(s, 0) !== regexAt(s, 0) || rewriteAt(s, 1) !== regexAt(s, 1))
          expect([c.toString(16), s]).toEqual([]);
      }
    }
  });

  it.each([
    ['NBSP', 'ngày\u00A013/11/2019 và  số'],
    ['soft hyphen and zero-width', 'Nghị\u00ADquyết \u200Bsố \u00AD12'],
    ['Đ / Ð, ð', 'NÐ-CP và 12/NĐ-CP, ðồng'],
    ['full-width digits and slash', '３００６／KH－UBND'],
    ['T.Ư and TƯ after a slash', '05-CT/T.Ư, 06-CT/ TƯ; 07-CT/\nTU’ /\u200BTƯ'],
    ['line breaks', 'Số:\n\n  434/KH-UBND\r\nngày\n \u2028x\u2029\n'],
    ['runs at the ends', ' \n'],
    ['a slash at the end', 'KH/'],
    ['a space at the end', 'KH '],
    ['digits at the ends', '12 ab 3'],
    ['quotes and ellipsis', '“Về việc …” ‘x’'],
  ])('%s: same positions as the regex from every offset', (_name, s) => {
    expectSameFromEveryOffset(s);
  });

  it('same positions as the regex on random mixes', () => {
    const piece = fc.constantFrom(
      ' ',
      '\n',
      '\t',
      '\r',
      '\u00A0',
      '\u00AD',
      '\u200B',
      '\uFEFF',
      '\u2028',
      '\u3000',
      '/',
      'T',
      'Ư',
      '.',
      'Ð',
      'ð',
      '–',
      '“',
      '1',
      '9',
      '１',
      '／',
      'a',
      'ủ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        expectSameFromEveryOffset(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('digitRunEnd: the first non-digit at or after the offset', () => {
    expect(digitRunEnd('ab123/4', 2)).toBe(5);
    expect(digitRunEnd('ab123', 3)).toBe(5);
    expect(digitRunEnd('ab', 1)).toBe(1);
    expect(digitRunEnd('１２', 0)).toBe(0);
  });
});
