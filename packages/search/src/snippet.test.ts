import { describe, expect, it } from 'vitest';
import { foldToken, makeSnippet } from './snippet.ts';

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
});
