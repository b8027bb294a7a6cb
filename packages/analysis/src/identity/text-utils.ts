/**
 * Small text helpers for the identity analyser (whitespace collapsing comes from `../text`). All
 * linear-time.
 */

/** Superscript digits used as footnote markers (¹²³⁴…). */
const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/gu;

// any character `cleanText` rewrites; most texts have none, and then it returns its input unchanged
const TO_CLEAN = /[\r\t\u00A0\u202F\u2007\u2009\u200A\u200B\uFEFF\u00AD\u00D0\u00F0]/;

/** NFC, no-break and odd spaces to plain spaces, CR dropped, Ð→Đ. */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  if (!TO_CLEAN.test(nfc)) return nfc;
  return nfc
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '   ') // a tab separates columns: keep it a column gap
    .replace(/[\u00A0\u202F\u2007\u2009\u200A]/g, ' ')
    .replace(/[\u200B\uFEFF\u00AD]/g, '')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ');
}

/** Collapse every whitespace run (newlines included) to one space and trim (shared helper). */
export { collapseWhitespace as collapseWs } from '../text/clean.ts';

/** Remove markdown emphasis markers (`*`, `**`, `_` pairs are left alone). */
export function stripMarkdown(s: string): string {
  return s.replace(/\*+/g, '');
}

/**
 * Remove footnote markers: superscript digits, and the plain digits pdf-parse glues to the end of a
 * word (`Tỉnh ủy1,`). A glued digit run counts only after a lower-case letter and before a space,
 * punctuation or the end, so `lao động1/5` (a date) and `BCĐ35` stay.
 */
export function stripFootnoteMarks(s: string): string {
  return s.replace(SUPERSCRIPTS, '').replace(/(\p{Ll})\d{1,2}(?=[\s,.;:)”"]|$)/gu, '$1');
}

/** Straight apostrophe for place names (`Ia H’Drai` → `Ia H'Drai`). */
export function asciiApostrophe(s: string): string {
  return s.replace(/[’‘`´]/g, "'");
}

const LOWER = /\p{Ll}/u;
const TWO_UPPER = /\p{Lu}[^]*?\p{Lu}/u;

/** True when the line has letters and none of them is lower case (at least two upper-case ones). */
export function isUpperLine(s: string): boolean {
  return !LOWER.test(s) && TWO_UPPER.test(s);
}

/** `NGỌC HỒI` → `Ngọc Hồi`, `IA H'DRAI` → `Ia H'Drai`. */
export function titleCaseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s'’\-(])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/**
 * The spelling the running text uses for `candidate` (found case-insensitively in a line that is not
 * all upper case), or null.
 */
export function bodySpelling(text: string, lowerText: string, candidate: string): string | null {
  const needle = candidate.toLowerCase();
  if (needle.length === 0 || needle.length !== candidate.length) return null;
  let from = 0;
  for (;;) {
    const at = lowerText.indexOf(needle, from);
    if (at < 0) return null;
    const found = text.slice(at, at + needle.length);
    const before = at === 0 ? ' ' : (lowerText[at - 1] ?? ' ');
    const after = lowerText[at + needle.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after) && !isUpperLine(found)) return found;
    from = at + 1;
  }
}
