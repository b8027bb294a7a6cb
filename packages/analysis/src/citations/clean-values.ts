import { collapseWhitespace, stripMarkers } from '../text/clean.ts';
import { isSpace } from '../text/chars.ts';

const QUALIFIER = /\s*\(?\s*kh(?:óa|oá)\s+[IVXLC]+\s*\)?\s*$/iu;

/** Issuer as written: markers dropped, whitespace collapsed, Party-term qualifier removed. */
/** `kh` under `/iu` (K, k or U+212A KELVIN SIGN, then h or H): a qualifier needs it */
const KH = /[kK\u212A][hH]/;

/**
 * Issuers already cleaned, per raw text: the same bodies are named again and again (`Ban Thường vụ
 * Tỉnh ủy`, `UBND tỉnh`). Bounded (cleared when full); the value is always {@link computeIssuer}.
 */
const CLEAN_ISSUERS = new Map<string, string>();

export function cleanIssuer(raw: string): string {
  let out = CLEAN_ISSUERS.get(raw);
  if (out === undefined) {
    out = computeIssuer(raw);
    if (CLEAN_ISSUERS.size >= 2048) CLEAN_ISSUERS.clear();
    CLEAN_ISSUERS.set(raw, out);
  }
  return out;
}

function computeIssuer(raw: string): string {
  const s = collapseWhitespace(stripMarkers(joinHyphenWraps(raw.normalize('NFC'))));
  return trimTrailing(KH.test(s) ? s.replace(QUALIFIER, '') : s, true);
}

/**
 * The text without its trailing whitespace, `,`, `;`, `:` (and `.` when `dot`): the same as
 * `replace(/[\s,;:.]+$/u, '')`, without trying the pattern at every position.
 */
function trimTrailing(s: string, dot: boolean): string {
  let e = s.length;
  for (;;) {
    const c = s.charCodeAt(e - 1);
    if (!(
      isSpace(c) ||
      c === 0xfeff ||
      c === 0x2c ||
      c === 0x3b ||
      c === 0x3a ||
      (dot && c === 0x2e)
    ))
      break;
    e--;
  }
  return e === s.length ? s : s.slice(0, e);
}

/**
 * A hyphen then a line break: what joinHyphenWraps rewrites (its lookbehind aside), the same as
 * `/-[ \t]*[\n\r\u2028\u2029]/.test(s)` (found from each `-` by hand, not by a regex scan).
 */
export function hasHyphenWrap(s: string): boolean {
  for (let i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
    let j = i + 1;
    while (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09) j++;
    const c = s.charCodeAt(j);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** `102-\nKH/TU` (a hyphen at a line end) → `102-KH/TU` */
function joinHyphenWraps(s: string): string {
  // most values have no hyphen wrap: skip the regex, whose leading lookbehind is tried everywhere
  if (!hasHyphenWrap(s)) return s;
  return s.replace(/(?<=[\p{L}\d])-[ \t]*(?:\r\n|[\n\r\u2028\u2029])\s*/gu, '-');
}

const OPEN_Q = /^[“"«]\s*/u;
const CLOSE_Q = /\s*[”"»]$/u;

/** Subject: markers dropped, whitespace collapsed, enclosing quotes removed. */
export function cleanSubject(raw: string): string {
  let s = collapseWhitespace(stripMarkers(joinHyphenWraps(raw.normalize('NFC'))));
  if (OPEN_Q.test(s) && CLOSE_Q.test(s)) {
    const inner = s.replace(OPEN_Q, '').replace(CLOSE_Q, '');
    if (!/[“”"«»]/u.test(inner)) s = inner;
  }
  return trimTrailing(s, false);
}
