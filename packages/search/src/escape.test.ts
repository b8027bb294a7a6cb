import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  escapeFilterValue,
  escapeHtml,
  eq,
  formattedToHtml,
  inList,
} from './escape.ts';

describe('escapeFilterValue', () => {
  it('quotes and escapes quotes and backslashes', () => {
    expect(escapeFilterValue('35-NQ/TW')).toBe('"35-NQ/TW"');
    expect(escapeFilterValue('" OR year > 0')).toBe('"\\" OR year > 0"');
    expect(escapeFilterValue('a\\" OR x')).toBe('"a\\\\\\" OR x"');
  });

  it('builds equality and IN filters with escaped values', () => {
    expect(eq('issuer', 'Huyện ủy "X"')).toBe('issuer = "Huyện ủy \\"X\\""');
    expect(inList('citedActs', ['NQ:35', 'a"b'])).toBe('citedActs IN ["NQ:35", "a\\"b"]');
  });
});

describe('snippets', () => {
  it('escapes document HTML and keeps only our highlight tags', () => {
    const formatted = `đoạn mã <script>alert(1)</script> ${HIGHLIGHT_PRE}tuyên${HIGHLIGHT_POST} & "x"`;
    expect(formattedToHtml(formatted)).toBe(
      'đoạn mã &lt;script&gt;alert(1)&lt;/script&gt; <mark>tuyên</mark> &amp; &quot;x&quot;',
    );
  });

  it('does not let a literal <mark> in the document through', () => {
    expect(formattedToHtml('<mark>fake</mark>')).toBe('&lt;mark&gt;fake&lt;/mark&gt;');
  });

  it('balances unclosed highlight tags', () => {
    expect(formattedToHtml(`${HIGHLIGHT_PRE}abc`)).toBe('<mark>abc</mark>');
    expect(formattedToHtml(`abc${HIGHLIGHT_POST}`)).toBe('abc');
  });

  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
