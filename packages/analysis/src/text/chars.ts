/**
 * Character classes for the analysis copy of a text (vn-docs-spec §1 step 5, §9.3).
 * Every table maps one UTF-16 code unit; lookups are O(1).
 */

/** Code units deleted from the analysis copy: zero-width characters and the soft hyphen. */
export function isInvisible(c: number): boolean {
  return (
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad
  );
}

/** Whitespace of any kind (ASCII, no-break, typographic, ideographic, line/paragraph separators). */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Whitespace as a regex's `\s` sees it: `isSpace` and the byte-order mark U+FEFF. */
export function isRegexSpace(c: number): boolean {
  return isSpace(c) || c === 0xfeff;
}

/** True for the code units that end a line (LF, CR, VT, FF, U+2028, U+2029). */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029;
}

/** Dashes and minus signs folded to `-`. */
export function isDash(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d || c === 0xfe58
  );
}

/** Slash look-alikes folded to `/`. */
export function isSlash(c: number): boolean {
  return c === 0x2044 || c === 0x2215 || c === 0xff0f;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Superscript digits used as footnote markers. */
export function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** `'3'` → `'³'`. */
export function toSuperscriptDigit(d: string): string {
  return SUPERSCRIPT_DIGITS.charAt(d.charCodeAt(0) - 0x30);
}

/** `'³'` → `'3'` (other characters unchanged). */
export function fromSuperscriptDigit(ch: string): string {
  const i = SUPERSCRIPT_DIGITS.indexOf(ch);
  return i < 0 ? ch : String(i);
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Letter class of each code unit (as `String.fromCharCode` reads it) from U+00C0, filled on first use (the regex tests below run once
 * per distinct code unit, not once per call): 0 unknown, else bit 1 set, plus 2 letter, 4 upper, 8 lower.
 */
const CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = CLASS[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (LETTER.test(ch) ? 2 : 0) | (UPPER.test(ch) ? 4 : 0) | (LOWER.test(ch) ? 8 : 0);
    CLASS[c] = k;
  }
  return k;
}

/** Unicode letter test on one code unit (fast ASCII path). */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  return (classOf(c & 0xffff) & 2) !== 0;
}

export function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0xc0) return false;
  return (classOf(c & 0xffff) & 4) !== 0;
}

export function isLowerCode(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  return (classOf(c & 0xffff) & 8) !== 0;
}

/** A line break of the analysis copy: `\n` (soft wrap) or U+2029 (paragraph break). */
export function isBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x2029;
}

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
