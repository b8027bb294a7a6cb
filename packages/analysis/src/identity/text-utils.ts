/**
 * Small text helpers for the identity analyser (whitespace collapsing comes from `../text`). All
 * linear-time.
 */
import { isRegexSpace } from '../text/chars.ts';

/** Superscript digits used as footnote markers (¹²³⁴…). */
const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/gu;
/** Plain digits glued to the end of a lower-case word (see `stripFootnoteMarks`). */
const GLUED_DIGITS = /\d(?<=\p{Ll}\d)\d?(?=[\s,.;:)”"]|$)/gu;
/** A lower-case letter that starts a word (see `titleCaseName`). */
const WORD_START = /(^|[\s'’\-(])(\p{Ll})/gu;

// (regex literals with `\p{…}` are module constants: under tsx, one in a function is compiled to
// `new RegExp(…)` evaluated at each call)

// any character `cleanText` rewrites; most texts have none, and then it returns its input unchanged
const TO_CLEAN = /[\r\t\u00A0\u202F\u2007\u2009\u200A\u200B\uFEFF\u00AD\u00D0\u00F0]/;

const CLEAN = /\r\n?|[\t\u00A0\u202F\u2007\u2009\u200A\u200B\uFEFF\u00AD\u00D0\u00F0]/g;
function cleanOne(m: string): string {
  switch (m.charCodeAt(0)) {
    case 0x0d:
      return '\n';
    case 0x09:
      return '   '; // a tab separates columns: keep it a column gap
    case 0x200b:
    case 0xfeff:
    case 0xad:
      return '';
    case 0xd0:
      return 'Đ';
    case 0xf0:
      return 'đ';
    default:
      return ' '; // no-break and odd spaces
  }
}

/** NFC, no-break and odd spaces to plain spaces, CR dropped, Ð→Đ. */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC');
  if (!TO_CLEAN.test(nfc)) return nfc;
  // one pass; no replacement creates or breaks up a match of another
  return nfc.replace(CLEAN, cleanOne);
}
/** Collapse every whitespace run (newlines included) to one space and trim (shared helper). */
export { collapseWhitespace as collapseWs } from '../text/clean.ts';

/** Whether the code unit `c` is whitespace for a regex `\s` (the same set `trim` removes). */
export function isSpaceUnit(c: number): boolean {
  return !(c > 0x20 && c < 0xa0) && isRegexSpace(c);
}

/** Remove markdown emphasis markers (`*`, `**`, `_` pairs are left alone). */
const STARS = /\*+/g;
export function stripMarkdown(s: string): string {
  return s.includes('*') ? s.replace(STARS, '') : s;
}

/**
 * Remove footnote markers: superscript digits, and the plain digits pdf-parse glues to the end of a
 * word (`Tỉnh ủy1,`). A glued digit run counts only after a lower-case letter and before a space,
 * punctuation or the end, so `lao động1/5` (a date) and `BCĐ35` stay.
 */
export function stripFootnoteMarks(s: string): string {
  // (the glued digits found digit first: the lower-case letter before them is a lookbehind)
  return s.replace(SUPERSCRIPTS, '').replace(GLUED_DIGITS, '');
}

/** Straight apostrophe for place names (`Ia H’Drai` → `Ia H'Drai`). */
export function asciiApostrophe(s: string): string {
  return s.replace(/[’‘`´]/g, "'");
}

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const TWO_UPPER = /\p{Lu}[^]*?\p{Lu}/u;

/** True when the line has letters and none of them is lower case (at least two upper-case ones). */
export function isUpperLine(s: string): boolean {
  return !LOWER.test(s) && TWO_UPPER.test(s);
}

/** `NGỌC HỒI` → `Ngọc Hồi`, `IA H'DRAI` → `Ia H'Drai`. */
export function titleCaseName(s: string): string {
  return s
    .toLowerCase()
    .replace(WORD_START, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
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
    if (!LETTER.test(before) && !LETTER.test(after) && !isUpperLine(found)) return found;
    from = at + 1;
  }
}

/**
 * The code units a text may consist of for `extractIdentity` to read it as it is (`isPlain`): none
 * that `cleanText` rewrites, and only NFC-stable starters (each its own NFC, no combining mark, never
 * the second part of a canonical composition, so a string of them is NFC) that lower-case to one code
 * unit whatever surrounds them (no `İ`, no Greek `Σ`). Latin, Vietnamese, punctuation, arrows, box
 * drawing and private-use bullets; `text-utils.test.ts` checks every one.
 */
export const PLAIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0a, 0x0a],
  [0x20, 0x7e],
  [0xa1, 0xac],
  [0xae, 0xcf],
  [0xd1, 0xef],
  [0xf1, 0x12f],
  [0x131, 0x2ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2070, 0x209f],
  [0x20a0, 0x20c0],
  [0x2190, 0x21ff],
  [0x2500, 0x25ff],
  [0xe000, 0xf8ff],
];

const hex4 = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/** What `cleanText` turns into another single code unit: odd spaces, `Ð`, `ð` (NFC-stable starters). */
export const SAME_LENGTH_CLEAN = '\u00A0\u202F\u2007\u2009\u200A\u00D0\u00F0';

// each code unit's kind for `plainness`: in `PLAIN_RANGES`, in `SAME_LENGTH_CLEAN`, or neither; a
// loop over the code units with this table is faster than a regex class of 15 ranges
const PLAIN = 0;
const SAME_LENGTH = 1;
const OTHER = 2; // (or-ed with SAME_LENGTH it stays ≥ OTHER)
const UNIT_KIND = new Uint8Array(0x10000).fill(OTHER);
for (const [a, b] of PLAIN_RANGES) UNIT_KIND.fill(PLAIN, a, b + 1);
for (let k = 0; k < SAME_LENGTH_CLEAN.length; k++) {
  UNIT_KIND[SAME_LENGTH_CLEAN.charCodeAt(k)] = SAME_LENGTH;
}

/** Whether `text` is NFC and has nothing `cleanText` rewrites, and its lower case is per code unit. */
export function isPlain(text: string): boolean {
  return plainness(text) === 'plain';
}

/**
 * `'plain'` when `isPlain(text)`, else `'nearly'` when `isNearlyPlain(text)`, else null; one pass over
 * the code units, eight at a time: the kinds are bits, or-ed (stops after the first eight holding a
 * code unit that is neither).
 */
export function plainness(text: string): 'plain' | 'nearly' | null {
  let acc = 0;
  const n = text.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    acc |=
      UNIT_KIND[text.charCodeAt(i)]! |
      UNIT_KIND[text.charCodeAt(i + 1)]! |
      UNIT_KIND[text.charCodeAt(i + 2)]! |
      UNIT_KIND[text.charCodeAt(i + 3)]! |
      UNIT_KIND[text.charCodeAt(i + 4)]! |
      UNIT_KIND[text.charCodeAt(i + 5)]! |
      UNIT_KIND[text.charCodeAt(i + 6)]! |
      UNIT_KIND[text.charCodeAt(i + 7)]!;
    if (acc >= OTHER) return null;
  }
  for (; i < n; i++) acc |= UNIT_KIND[text.charCodeAt(i)]!;
  return acc >= OTHER ? null : acc === SAME_LENGTH ? 'nearly' : 'plain';
}

/** `cleanText(text)` for a nearly plain text (`isNearlyPlain`): NFC already, one-for-one replacements. */
export function cleanNearlyPlain(text: string): string {
  // (a global replace: faster than a loop over the code units, measured)
  return text.replace(CLEAN, cleanOne);
}

/**
 * Whether `cleanText(text)` only replaces odd spaces by spaces and `Ð`/`ð` by `Đ`/`đ` (the text is
 * otherwise plain): the same length, the same offsets, and the same whitespace runs.
 */
export function isNearlyPlain(text: string): boolean {
  return plainness(text) !== null;
}

// for each lower-case code unit, the plain code units that lower-case to it (`ǆ` ← `ǆ ǅ Ǆ`)
let lowerSources: Map<string, string> | undefined;
function sourcesOf(lower: string): string {
  if (!lowerSources) {
    lowerSources = new Map();
    for (const [a, b] of PLAIN_RANGES) {
      for (let c = a; c <= b; c++) {
        const ch = String.fromCharCode(c);
        const lc = ch.toLowerCase();
        lowerSources.set(lc, (lowerSources.get(lc) ?? '') + ch);
      }
    }
  }
  return lowerSources.get(lower) ?? '';
}

/**
 * The plain strings whose lower case is a needle: a sticky regex of one class per code unit, and an
 * anchor: an offset `at` of the needle and the code units (`units`) its class holds, found with
 * indexOf (a native scan) instead of trying the regex at every offset of the text.
 */
interface CaselessPattern {
  sticky: RegExp;
  at: number;
  units: string;
}

// `needle` → its pattern (null: no plain string lower-cases to it)
const caselessCache = new Map<string, CaselessPattern | null>();
function caselessPattern(needle: string): CaselessPattern | null {
  let pattern = caselessCache.get(needle);
  if (pattern !== undefined) return pattern;
  let source = '';
  let at = -1;
  let units = '';
  for (let i = 0; i < needle.length; i++) {
    const from = sourcesOf(needle.charAt(i));
    if (from.length === 0) {
      source = '';
      break;
    }
    source += `[${[...from].map((ch) => hex4(ch.charCodeAt(0))).join('')}]`;
    // the anchor (any offset gives the same result; a rarer code unit is faster): the last offset
    // whose code units are rare (the last word is the most specific one: a place name), else the
    // last offset
    if (rareUnits(from) || at < 0 || !rareUnits(units)) {
      at = i;
      units = from;
    }
  }
  pattern = source.length > 0 ? { sticky: new RegExp(source, 'y'), at, units } : null;
  if (caselessCache.size >= 256) caselessCache.clear();
  caselessCache.set(needle, pattern);
  return pattern;
}

/** Code units outside ASCII letters and the space (`ờ`/`Ờ`, an apostrophe, a digit). */
function rareUnits(units: string): boolean {
  for (let k = 0; k < units.length; k++) {
    const c = units.charCodeAt(k);
    if (c === 0x20 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
  }
  return units.length > 0;
}

/**
 * `bodySpelling(text, text.toLowerCase(), candidate)` for a plain text (`isPlain`), without the
 * lower-case copy: the text's lower case is its code units' lower cases, so the needle is found with a
 * regex of the code units that lower-case to each of its own. The offsets where a match can start are
 * those where the anchor's code units occur (`at` code units later), in increasing order.
 */
export function plainBodySpelling(text: string, candidate: string): string | null {
  const needle = candidate.toLowerCase();
  if (needle.length === 0 || needle.length !== candidate.length) return null;
  const pattern = caselessPattern(needle);
  if (pattern === null) return null;
  const { sticky, at: k, units } = pattern;
  // the next occurrence of each anchor code unit at or after `from` (-1: none left)
  const next: number[] = [];
  for (let u = 0; u < units.length; u++) next.push(text.indexOf(units.charAt(u), k));
  for (;;) {
    let pos = -1;
    for (let u = 0; u < next.length; u++) {
      const p = next[u] ?? -1;
      if (p >= 0 && (pos < 0 || p < pos)) pos = p;
    }
    if (pos < 0) return null;
    for (let u = 0; u < next.length; u++) {
      if (next[u] === pos) next[u] = text.indexOf(units.charAt(u), pos + 1);
    }
    const at = pos - k;
    sticky.lastIndex = at;
    if (!sticky.test(text)) continue;
    const found = text.slice(at, at + needle.length);
    const before = at === 0 ? ' ' : text.charAt(at - 1).toLowerCase() || ' ';
    const after = text.charAt(at + needle.length).toLowerCase() || ' ';
    if (!LETTER.test(before) && !LETTER.test(after) && !isUpperLine(found)) return found;
  }
}

/** Whether a letter (a whole code point) starts at `i`. */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const d = text.charCodeAt(i + 1);
  const pair = c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
  return LETTER.test(text.slice(i, pair ? i + 2 : i + 1));
}

/** Whether a letter (a whole code point) ends just before `i`. */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  const b = i >= 2 ? text.charCodeAt(i - 2) : Number.NaN;
  const pair = c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff;
  return pair ? LETTER.test(text.slice(i - 2, i)) : letterAt(text, i - 1);
}

/**
 * Occurrences of `word` with either case of its first letter, not inside a longer word (what
 * `/(?<!\p{L})[Xx]rest(?!\p{L})/gu` counts), found by indexOf of its part from `key` on (pick a rare
 * one: `yện` of `huyện`).
 */
export function countWord(text: string, word: string, key: number): number {
  const first = word.charAt(0);
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  const middle = word.slice(1, key);
  const tail = word.slice(key);
  let n = 0;
  for (let at = text.indexOf(tail, key); at >= 0; at = text.indexOf(tail, at + 1)) {
    const start = at - key;
    const ch = text.charAt(start);
    if (ch !== lower && ch !== upper) continue;
    if (!text.startsWith(middle, start + 1)) continue;
    if (letterBefore(text, start) || letterAt(text, at + tail.length)) continue;
    n++;
  }
  return n;
}
