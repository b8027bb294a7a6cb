import { fromSuperscriptDigit, isSuperscriptDigit } from '../text/chars.ts';

/**
 * Footnotes in the analysis copy: a line that starts with superscript digits is a footnote body
 * (`¹ về “tăng cường …”`); superscript digits elsewhere are references to it (`Tỉnh ủy¹,`).
 * pdf-parse's glued plain digits were already turned into superscripts by the folding step.
 */
export interface Footnotes {
  /** marker number → offset where the body text starts (after the marker) */
  readonly bodies: ReadonlyMap<string, number>;
  /** `[lineStart, lineEnd)` of every footnote body, in text order */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** a footnote body is read at most this far */
const MAX_BODY = 2000;
/** the marker of a footnote body at `lineStart` (1–3 superscript digits, then an optional space) */
const BODY_AT = /([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3}) ?/y;

/** the next `\n` and U+2029 at or after the last search start (-1: none left, -2: not searched yet) */
interface BreakCursor {
  nl: number;
  ps: number;
}

/**
 * The next line start at or after `from` (0, or just after `\n` / U+2029) whose line opens with a
 * superscript digit, or -1. Line breaks are found with `indexOf`, far faster than a regex scan; `from`
 * only grows from call to call, and the cursor keeps each search's result, so the text is searched
 * once in all (no search to the end of the text per footnote).
 */
function nextNoteLine(s: string, from: number, cur: BreakCursor): number {
  if (from === 0 && isSuperscriptDigit(s.charCodeAt(0))) return 0;
  if (cur.nl !== -1 && cur.nl < from) cur.nl = s.indexOf('\n', from);
  if (cur.ps !== -1 && cur.ps < from) cur.ps = s.indexOf('\u2029', from);
  while (cur.nl >= 0 || cur.ps >= 0) {
    let b: number;
    if (cur.ps < 0 || (cur.nl >= 0 && cur.nl < cur.ps)) {
      b = cur.nl;
      cur.nl = s.indexOf('\n', b + 1);
    } else {
      b = cur.ps;
      cur.ps = s.indexOf('\u2029', b + 1);
    }
    if (isSuperscriptDigit(s.charCodeAt(b + 1))) return b + 1;
  }
  return -1;
}

export function findFootnotes(s: string): Footnotes {
  const bodies = new Map<string, number>();
  const ranges: Array<readonly [number, number]> = [];
  // each body: a line break (or the text start) then the marker, scanning on from the previous body's end
  const cur: BreakCursor = { nl: -2, ps: -2 };
  for (let lineStart = nextNoteLine(s, 0, cur); lineStart >= 0;) {
    BODY_AT.lastIndex = lineStart;
    const m = BODY_AT.exec(s);
    if (!m) break;
    const marker = [...(m[1] ?? '')].map(fromSuperscriptDigit).join('');
    const bodyStart = lineStart + m[0].length;
    // the body runs to the next paragraph break (soft line wraps inside it are kept)
    // (bounded to MAX_BODY characters so the scan stays linear)
    const window = s.slice(bodyStart, bodyStart + MAX_BODY);
    const para = window.indexOf('\u2029');
    let lineEnd = bodyStart + (para < 0 ? window.length : para);
    const nextNote = s
      .slice(bodyStart, lineEnd)
      .search(/\n[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/u);
    if (nextNote >= 0) lineEnd = bodyStart + nextNote;
    if (!bodies.has(marker)) bodies.set(marker, bodyStart);
    ranges.push([lineStart, lineEnd]);
    lineStart = nextNoteLine(s, lineEnd, cur);
  }
  return { bodies, ranges };
}

/** The footnote reference marker right at `pos` (`¹` after `Tỉnh ủy`), as a plain number, or null. */
export function markerAt(s: string, pos: number): string | null {
  let e = pos;
  while (e < s.length && e - pos < 3 && isSuperscriptDigit(s.charCodeAt(e))) e++;
  if (e === pos) return null;
  return [...s.slice(pos, e)].map(fromSuperscriptDigit).join('');
}

/** Index of the footnote range containing `pos`, or -1 (binary search). */
export function footnoteIndexAt(f: Footnotes, pos: number): number {
  let lo = 0;
  let hi = f.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = f.ranges[mid];
    if (!r) break;
    if (pos < r[0]) hi = mid - 1;
    else if (pos >= r[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}
