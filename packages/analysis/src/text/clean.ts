/** Small string cleaners for values read out of the original text (issuer, subject). Linear time. */

const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/g;

/**
 * Collapse every whitespace run (newlines included) to one space and trim. Only runs that are not
 * already one plain space are replaced (same result as `/\s+/g`, without a replacement per space).
 */
export function collapseWhitespace(s: string): string {
  // (each maximal run that is not one plain space: starting with another whitespace character, or a
  // space followed by more whitespace; same matches as `\s{2,}|[^\S ]`, faster to scan)
  return s.replace(/[^\S ]\s*| \s+/g, ' ').trim();
}

const MARKER_OR_STAR = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079*]/;

/** Remove superscript footnote markers and markdown emphasis `*`. */
export function stripMarkers(s: string): string {
  if (!MARKER_OR_STAR.test(s)) return s;
  return s.replace(SUPERSCRIPTS, '').replace(/\*+/g, '');
}

/** Lower case, diacritics removed, `đ`→`d` (the `fold` projection of spec §1, used for queries). */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐÐð]/g, (c) => (c === 'đ' || c === 'ð' ? 'd' : 'D'))
    .normalize('NFC');
}

/** Homoglyph/dash/slash folding for a short structured string (a symbol typed in a search box). */
export function foldSymbolChars(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D\uFE58]/g, '-')
    .replace(/[\u2044\u2215\uFF0F]/g, '/')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ');
}
