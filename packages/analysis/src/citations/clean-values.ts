import { collapseWhitespace, stripMarkers } from '../text/clean.ts';

const QUALIFIER = /\s*\(?\s*kh(?:óa|oá)\s+[IVXLC]+\s*\)?\s*$/iu;

/** Issuer as written: markers dropped, whitespace collapsed, Party-term qualifier removed. */
export function cleanIssuer(raw: string): string {
  return collapseWhitespace(stripMarkers(joinHyphenWraps(raw.normalize('NFC'))))
    .replace(QUALIFIER, '')
    .replace(/[\s,;:.]+$/u, '');
}

/** a hyphen then a line break: what joinHyphenWraps rewrites (its lookbehind aside) */
const HYPHEN_WRAP = /-[ \t]*[\n\r\u2028\u2029]/;

/** `102-\nKH/TU` (a hyphen at a line end) → `102-KH/TU` */
function joinHyphenWraps(s: string): string {
  // most values have no hyphen wrap: skip the regex, whose leading lookbehind is tried everywhere
  if (!HYPHEN_WRAP.test(s)) return s;
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
  return s.replace(/[\s,;:]+$/u, '');
}
