/**
 * The scan of the fold's fast path: where the next character that may need rewriting is, found with
 * one `charCodeAt` loop and a lookup table instead of a regex alternation (which cost 5–8 ns per
 * character on a two-byte string; this loop ≈ 1–2). Most of a Vietnamese text is copied as is.
 *
 * {@link rewriteAt}`(s, from)` is the index where the regex
 * `[\t\v\f\r\u00A0\u00AD\u00D0\u00F0\u1680\u2000-\u3000\uFE58-\uFF19]|[ \n][\s\u00AD\u200B-\u200D\u2060\uFEFF]|\/[\sT\u00AD\u200B-\u200D\u2060\uFEFF]|[0-9]+`
 * (global, `lastIndex = from`) finds its next match, or `s.length` when there is none:
 * - any whitespace but a space or a line feed, an invisible, a homoglyph, and the punctuation of
 *   U+2000–U+3000 and U+FE58–U+FF19 (dashes, slashes, fullwidth digits; quotes and `…` too, which the
 *   caller skips);
 * - a space or line feed that another whitespace or invisible character follows;
 * - a `/` followed by whitespace, an invisible or `T` (a symbol's `TƯ` issuer part may follow);
 * - an ASCII digit (the caller reads the run).
 */

/** {@link KIND} bits: the character is a match by itself (or a `/`, checked with the next one) */
const STOP = 1;
/** a space or a line feed (a match when a {@link RUN} character follows) */
const SPACE_OR_LF = 2;
/** the character can continue a whitespace/invisible run (`[\s\u00AD\u200B-\u200D\u2060\uFEFF]`) */
const RUN = 4;

const KIND = buildKinds();

function buildKinds(): Uint8Array {
  const k = new Uint8Array(0x10000);
  const stop = (a: number, b = a): void => {
    for (let c = a; c <= b; c++) k[c] = STOP;
  };
  stop(0x09);
  stop(0x0b, 0x0d);
  stop(0xa0);
  stop(0xad);
  stop(0xd0);
  stop(0xf0);
  stop(0x1680);
  stop(0x2000, 0x3000);
  stop(0xfe58, 0xff19);
  stop(0x2f);
  stop(0x30, 0x39);
  k[0x20] = SPACE_OR_LF;
  k[0x0a] = SPACE_OR_LF;
  // `\s` (JS: ASCII whitespace, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000,
  // U+FEFF) and the invisibles; every one of them is a STOP or a SPACE_OR_LF
  const run = [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    0xfeff, 0xad, 0x200b, 0x200c, 0x200d, 0x2060,
  ];
  for (let c = 0x2000; c <= 0x200a; c++) run.push(c);
  for (const c of run) k[c] = (k[c] ?? 0) | RUN;
  return k;
}

/** Whether `c` is in `[\s\u00AD\u200B-\u200D\u2060\uFEFF]` (table lookup). */
export function isRunCodeFast(c: number): boolean {
  return ((KIND[c] ?? 0) & RUN) !== 0;
}

/**
 * See the module comment: the next position at or after `from` the fold must look at. One branch
 * per two characters that is rarely taken (a branch per character class cost twice as much: letters,
 * spaces and diacritics alternate unpredictably): a character stops the loop when it is a STOP, or a
 * space/line feed after a space/line feed; a space/line feed before a RUN character is reported there.
 */
export function rewriteAt(s: string, from: number): number {
  const n = s.length;
  const kind = KIND;
  /** SPACE_OR_LF when the character before `i` (at or after `from`) is a space or line feed, else 0 */
  let prev = 0;
  let i = from;
  // two characters per round (30 % faster than one): stop at a pair where either may stop
  for (; i + 1 < n; i += 2) {
    const v1 = kind[s.charCodeAt(i)] ?? 0;
    const v2 = kind[s.charCodeAt(i + 1)] ?? 0;
    if (((v1 & (prev | STOP)) | (v2 & ((v1 & SPACE_OR_LF) | STOP))) !== 0) break;
    prev = v2 & SPACE_OR_LF;
  }
  return rewriteAtFrom(s, i, prev);
}

/** {@link rewriteAt} one character at a time from `i`, `prev` being the flag of the one before. */
function rewriteAtFrom(s: string, from: number, prevFlag: number): number {
  const n = s.length;
  const kind = KIND;
  let prev = prevFlag;
  for (let i = from; i < n; i++) {
    const v = kind[s.charCodeAt(i)] ?? 0;
    if ((v & (prev | STOP)) === 0) {
      prev = v & SPACE_OR_LF;
      continue;
    }
    // a space/line feed, then a whitespace or invisible character: the match starts before
    if (prev !== 0 && (v & RUN) !== 0) return i - 1;
    if (s.charCodeAt(i) === 0x2f) {
      if (i + 1 < n) {
        const c = s.charCodeAt(i + 1);
        if (c === 0x54 || ((kind[c] ?? 0) & RUN) !== 0) return i;
      }
      prev = 0;
      continue;
    }
    return i;
  }
  return n;
}

/** The end of the run of ASCII digits that starts at or before `i` (first non-digit at or after `i`). */
export function digitRunEnd(s: string, i: number): number {
  const n = s.length;
  let e = i;
  while (e < n) {
    const c = s.charCodeAt(e);
    if (c > 0x39 || c < 0x30) break;
    e++;
  }
  return e;
}
