import { describe, expect, it } from 'vitest';
import { citationRanges, foldToken, makeSnippet } from './snippet.ts';

describe('makeSnippet', () => {
  it('marks matches regardless of diacritics and case, and escapes the text', () => {
    const text =
      'Trang tin có đoạn mã <script>alert(1)</script> chèn vào bài tuyên truyền trái phép.';
    expect(makeSnippet(text, 'tuyen truyen')).toBe(
      'Trang tin có đoạn mã &lt;script&gt;alert(1)&lt;/script&gt; chèn vào bài <mark>tuyên</mark> <mark>truyền</mark> trái phép.',
    );
    expect(makeSnippet(text, 'TUYÊN')).toContain('<mark>tuyên</mark>');
  });

  it('folds đ like Meilisearch and matches whole words only', () => {
    expect(foldToken('Đảng')).toBe('dang');
    expect(makeSnippet('Ban Chấp hành Đảng bộ huyện', 'dang bo ')).toBe(
      'Ban Chấp hành <mark>Đảng</mark> <mark>bộ</mark> huyện',
    );
    expect(makeSnippet('đảng viên', 'dan ')).toBe('đảng viên');
    expect(makeSnippet('xdang dangx dang, 2dang 𝐀dang dang𝐀 (dang)', 'dang ')).toBe(
      'xdang dangx <mark>dang</mark>, 2dang 𝐀dang dang𝐀 (<mark>dang</mark>)',
    );
  });

  it('picks the window with the most distinct query words', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ');
    const text = `${filler} phòng ${filler} phòng chống tham nhũng ${filler}`;
    const html = makeSnippet(text, 'phòng chống tham nhũng', { chars: 80 });
    expect(html).toContain(
      '<mark>phòng</mark> <mark>chống</mark> <mark>tham</mark> <mark>nhũng</mark>',
    );
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
  });

  it('treats the last word as a prefix, never a number', () => {
    expect(makeSnippet('kế hoạch tuyên truyền', 'tuyên truy')).toContain('<mark>truyền</mark>');
    expect(makeSnippet('số 350 và 35', '35')).toBe('số 350 và <mark>35</mark>');
  });

  it('returns the start of the text for an empty query, without marks', () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(makeSnippet(text, '', { chars: 12 })).toBe('w0 w1 w2 w3 w4…');
  });

  it('never lets a literal <mark> from the document through', () => {
    expect(makeSnippet('<mark>x</mark> y', 'y')).toBe('&lt;mark&gt;x&lt;/mark&gt; <mark>y</mark>');
  });

  it('marks a cited act where the document cites it, for a query that is only the citation', () => {
    const text =
      'Căn cứ Chỉ thị số 05-CT/TW của Bộ Chính trị; thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 về bảo vệ nền tảng tư tưởng.';
    const start = text.indexOf('Nghị quyết số 35-NQ/TW');
    const citations = [
      { key: '05-CT/TW', start: text.indexOf('Chỉ thị'), end: text.indexOf(' của') },
      { key: '35-NQ/TW', start, end: start + 'Nghị quyết số 35-NQ/TW'.length },
    ];
    const ranges = citationRanges(text, citations, ['35-NQ/TW'], null);
    expect(ranges).toEqual([{ start, end: start + 22, key: '35-NQ/TW' }]);
    const html = makeSnippet(text, '', { ranges });
    expect(html).toContain('<mark>Nghị quyết số 35-NQ/TW</mark> ngày');
    expect(html).not.toContain('<mark>Chỉ thị');
    // with words as well, both are marked
    expect(makeSnippet(text, 'tư tưởng', { ranges })).toMatch(
      /<mark>Nghị quyết số 35-NQ\/TW<\/mark>.*<mark>tư<\/mark> <mark>tưởng<\/mark>/,
    );
  });

  it('marks the own number of the act itself, and ignores spans outside the text', () => {
    const text =
      'BỘ CHÍNH TRỊ\nSố 35-NQ/TW\nNGHỊ QUYẾT về tăng cường bảo vệ nền tảng tư tưởng; số 35-NQ/TWX.';
    expect(
      makeSnippet(text, '', { ranges: citationRanges(text, [], ['35-NQ/TW'], '35-NQ/TW') }),
    ).toBe(
      'BỘ CHÍNH TRỊ Số <mark>35-NQ/TW</mark> NGHỊ QUYẾT về tăng cường bảo vệ nền tảng tư tưởng; số 35-NQ/TWX.',
    );
    expect(
      citationRanges(text, [{ key: '35-NQ/TW', start: 90, end: 400 }], ['35-NQ/TW'], null),
    ).toEqual([]);
    expect(makeSnippet('<b>', '', { ranges: [{ start: 0, end: 3, key: 'k' }] })).toBe(
      '<mark>&lt;b&gt;</mark>',
    );
  });
});
