import { describe, expect, it } from 'vitest';
import { safeSnippetHtml } from './snippet.ts';

describe('safeSnippetHtml', () => {
  it('keeps escaped text and mark tags as they are', () => {
    const s = '… &lt;script&gt;alert(1)&lt;/script&gt; <mark>Nghị quyết</mark> số 35 &amp; …';
    expect(safeSnippetHtml(s)).toBe(s);
  });

  it('escapes raw tags and stray ampersands that were not escaped upstream', () => {
    expect(safeSnippetHtml('<script>alert(1)</script> <mark>a</mark> & b')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>a</mark> &amp; b',
    );
    expect(safeSnippetHtml('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('balances mark tags', () => {
    expect(safeSnippetHtml('<mark>a')).toBe('<mark>a</mark>');
    expect(safeSnippetHtml('a</mark> b')).toBe('a b');
    expect(safeSnippetHtml('<mark><mark>a</mark>')).toBe('<mark>a</mark>');
  });
});
