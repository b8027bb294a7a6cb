import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldTextSlow, originalSlice, toOriginalSpan } from './fold.ts';

describe('foldText', () => {
  it('collapses whitespace runs: one \\n for a soft line wrap, U+2029 for a paragraph break', () => {
    const f = foldText('Số:\n\n  434/KH-UBND\u200B  ngày\u00A013/11/2019\r\n');
    expect(f.text).toBe('Số:\u2029434/KH-UBND ngày 13/11/2019\n');
    expect(foldText('của Ban\nThường vụ\n    Thực hiện').text).toBe(
      'của Ban\nThường vụ\u2029Thực hiện',
    );
  });

  it('folds homoglyphs, dashes, slashes and fullwidth digits one for one', () => {
    const f = foldText('N\u00D0-CP \u0111\u00F0 102\u2013KH 3006\uFF0FKH \uFF13\uFF15');
    expect(f.text).toBe('NĐ-CP đđ 102-KH 3006/KH 35');
  });

  it('maps TƯ and T.Ư after a slash to TW, with offsets back to the original', () => {
    const t = 'Chỉ thị số 05-CT/T.Ư ngày 15-5-2016; 06-CT/TƯ';
    const f = foldText(t);
    expect(f.text).toBe('Chỉ thị số 05-CT/TW ngày 15-5-2016; 06-CT/TW');
    const at = f.text.indexOf('05-CT/TW');
    expect(originalSlice(f, at, at + '05-CT/TW'.length)).toBe('05-CT/T.Ư');
    expect(foldText('BCH TƯ Hội Nông dân').text).toBe('BCH TƯ Hội Nông dân');
  });

  it('turns footnote digits glued to a word into superscripts, not dates or `số31`', () => {
    expect(foldText('Tỉnh ủy1, năm 2023; mới”6. lao động1/5 số31-QĐ/TW').text).toBe(
      'Tỉnh ủy¹, năm 2023; mới”⁶. lao động1/5 số31-QĐ/TW',
    );
  });

  it('digits glued to a document symbol: a marker, not a legislature or steering committee number', () => {
    expect(foldText('Kế hoạch số 88-KH/HU2, ngày 3/3/2023').text).toBe(
      'Kế hoạch số 88-KH/HU², ngày 3/3/2023',
    );
    for (const t of [
      'Luật số 80/2015/QH13 ngày 22/6/2015',
      'Nghị quyết số 1211/2016/UBTVQH13, ngày 25/5/2016',
      'Quyết định số 1234/QĐ-BCĐ38 ngày 3/4/2021',
      'Công văn số 12/CV-BCĐ35, ngày 3/4/2021',
    ])
      expect(foldText(t).text).toBe(t);
  });

  it('digits glued after a `)` closing words: a marker (its footnote body too), not after `(024)`', () => {
    expect(
      foldText(
        'của Ban Thường vụ Huyện ủy (khóa XV)1, năm 2023 UBND huyện đã triển khai.\n1 Về tổ chức các hoạt động.',
      ).text,
    ).toBe(
      'của Ban Thường vụ Huyện ủy (khóa XV)¹, năm 2023 UBND huyện đã triển khai.\n¹ Về tổ chức các hoạt động.',
    );
    for (const t of ['Điện thoại: (024)38 123 456', 'các mục (1)2, (3)4', '(khóa XV)2023, '])
      expect(foldText(t).text).toBe(t);
  });

  it('maps spans of the copy back to the original text', () => {
    const t = 'Kế  hoạch\n\n\nsố 3006/KH-UBND';
    const f = foldText(t);
    const a = f.text.indexOf('Kế');
    const b = f.text.indexOf('UBND') + 4;
    const sp = toOriginalSpan(f, a, b);
    expect(t.slice(sp.start, sp.end)).toBe(t);
  });

  it('NFD input: the copy is NFC and spans cover whole original clusters', () => {
    const t = 'Nghị quyết số 35-NQ/TW'.normalize('NFD');
    const f = foldText(t);
    expect(f.text).toBe('Nghị quyết số 35-NQ/TW');
    expect(originalSlice(f, 0, f.text.length)).toBe(t);
  });

  it('the fast path and the per-unit path agree on text and offsets', () => {
    const alphabet = fc.constantFrom(
      'a',
      'ủ',
      'y',
      '1',
      '2',
      ' ',
      '\n',
      '\t',
      '\u00A0',
      '\u200B',
      '/',
      'T',
      'Ư',
      '.',
      'Ð',
      '–',
      ',',
      '”',
      'số',
      '\r\n',
      '１',
      '\u200B\u200B',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const t = parts.join('');
        const fast = foldText(t);
        const slow = foldTextSlow(t);
        expect(fast.text).toBe(slow.text);
        // the digit runs the fast path records in its rewrite scan are the copy's maximal runs
        expect(Array.from(fast.digitRuns ?? [])).toEqual(Array.from(slow.digitRuns ?? []));
        // offsets agree for every character a span can start or end on (collapsed whitespace runs
        // may differ by where an adjacent invisible character is counted)
        expect(fast.startOf(fast.text.length)).toBe(slow.startOf(slow.text.length));
        for (let i = 0; i < fast.text.length; i++) {
          if (/\s/.test(fast.text.charAt(i))) continue;
          expect(fast.startOf(i)).toBe(slow.startOf(i));
          expect(fast.endOf(i)).toBe(slow.endOf(i));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('records the digit runs of the copy, joined across removed characters, without markers', () => {
    const t = 'số 1\u200B2 và １２/2020, Tỉnh ủy1, năm2023 ５\u00AD6';
    const f = foldText(t);
    expect(f.text).toBe('số 12 và 12/2020, Tỉnh ủy¹, năm2023 56');
    const runs = Array.from(f.digitRuns ?? []);
    const pairs: string[] = [];
    for (let k = 0; k < runs.length; k += 2) pairs.push(f.text.slice(runs[k], runs[k + 1]));
    expect(pairs).toEqual(['12', '12', '2020', '2023', '56']);
  });

  /** `/` + whitespace + TƯ: [input, folded copy]; a line break inside a symbol is a soft wrap (spec §1 step 6) */
  const SLASH_TW: ReadonlyArray<readonly [string, string]> = [
    ['05-CT/TƯ', '05-CT/TW'],
    ['05-CT/ TƯ', '05-CT/ TW'],
    ['05-CT/  TƯ', '05-CT/ TW'],
    ['05-CT/\nTƯ', '05-CT/\nTW'],
    ['05-CT/\r\nT.Ư ngày', '05-CT/\nTW ngày'],
    ['05-CT/ \n TƯ', '05-CT/\nTW'],
    ['05-CT/\t\u00A0TU’', '05-CT/ TW'],
    ['05-CT/\u200BTƯ', '05-CT/TW'],
    ['05-CT/\u00AD \u200BT.Ư', '05-CT/ TW'],
    ['05-CT\u2044TƯ', '05-CT/TW'],
    ['05-CT\uFF0F\nT.Ư', '05-CT/\nTW'],
    // a paragraph break ends the symbol; a letter after TƯ makes it a word
    ['05-CT/\n\nTƯ', '05-CT/\u2029TƯ'],
    ['05-CT/\n  TƯ', '05-CT/\u2029TƯ'],
    ['05-CT/ TƯơng', '05-CT/ TƯơng'],
    ['BCH TƯ', 'BCH TƯ'],
  ];

  it.each(SLASH_TW)('%j: both paths give %j, NFD input too', (input, folded) => {
    expect(foldText(input).text).toBe(folded);
    expect(foldTextSlow(input).text).toBe(folded);
    expect(foldText(input.normalize('NFD')).text).toBe(folded);
    // the copy's TW maps back to the original's issuer part
    const f = foldText(input);
    const at = f.text.indexOf('TW');
    if (at >= 0) expect(originalSlice(f, at, at + 2)).toMatch(/^T(?:Ư|\.Ư|U['’])$/u);
  });

  it('the two paths agree on dense mixes of slashes, whitespace, line breaks and TƯ / T.Ư', () => {
    // short strings from a small alphabet, so `/`, a whitespace run and `TƯ` meet in most runs (the
    // general alphabet above met `/\nTƯ` about once in 300 000 strings)
    const piece = fc.constantFrom(
      '/',
      '\u2044',
      '\uFF0F',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r\n',
      '\r',
      '\t',
      '\u00A0',
      '\u200B',
      '\u00AD',
      '\uFEFF',
      'TƯ',
      'T.Ư',
      "TU'",
      'TU’',
      'T',
      'Ư',
      'U',
      '.',
      'ơ',
      'a',
      '1',
      '-',
      '×',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const t = parts.join('');
        const fast = foldText(t);
        const slow = foldTextSlow(t);
        expect(fast.text).toBe(slow.text);
        expect(foldText(t.normalize('NFD')).text).toBe(slow.text);
        expect(fast.startOf(fast.text.length)).toBe(slow.startOf(slow.text.length));
        for (let i = 0; i < fast.text.length; i++) {
          if (/\s/.test(fast.text.charAt(i))) continue;
          expect(fast.startOf(i)).toBe(slow.startOf(i));
          expect(fast.endOf(i)).toBe(slow.endOf(i));
        }
      }),
      { numRuns: 5000 },
    );
  });
});
