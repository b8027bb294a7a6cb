import { describe, expect, it } from 'vitest';
import { escapeFilterValue, escapeHtml, eq, inList } from './escape.ts';

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

describe('escapeHtml', () => {
  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
