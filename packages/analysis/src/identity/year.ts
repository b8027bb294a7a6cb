import { findDates } from '../dates/index.ts';
import type { DateMention } from '../types.ts';
import {
  anchoredMatches,
  stickyOf,
  type AnchorBounds,
  type AnchorFinder,
} from './anchored-scan.ts';
import { collapseWs } from './text-utils.ts';

/**
 * The year a document was issued or reports on, when it states no own date (gold README
 * `year`/`yearEvidence`). Evidence, strongest first:
 *  1. a year in the title (`…, năm 2023 trên địa bàn huyện`);
 *  2. otherwise the latest full calendar date in the text is a lower bound L; years written as
 *     `năm YYYY` or standing alone (`… cấp huyện 2023`) that are ≥ L and at most L + 3 are candidates,
 *     the most frequent wins (a plan's future years such as `Năm 2022 và các năm tiếp theo` are rarer
 *     than the year it is about); year ranges (`2020 – 2025`) and `đến năm` targets are ignored;
 *  3. otherwise L.
 */

export interface YearGuess {
  year: number;
  evidence: string;
}

// a year not part of a range, a number or a date; `năm` before it is optional
const YEAR =
  /(?<![\d/.,\-–—]\s?)(?<![\p{L}\d])((?:[Nn]ăm|NĂM)\s{1,3})?((?:19|20)\d\d)(?![\d/.]\d)(?!\s{0,2}[-–—]\s{0,2}(?:19|20)\d\d)/gu;

// Every YEAR match holds its four digits at the start of a digit run (the lookbehind), where the
// global scan for `(19|20)dd` finds them; the match starts at most 6 code units earlier (`năm` + 3
// blanks). So YEAR is tried only just before each such anchor.
const YEAR_AT = stickyOf(YEAR);
const YEAR_DIGITS = /(?:19|20)\d\d/g;
// a match holding the digits at `at` starts there, or at the `năm` of a `năm` + 1–3 blanks that
// ends there (only letters and blanks, so after any earlier anchor's digits: floors never decrease)
const NAM_BEFORE = /(?:[Nn]ăm|NĂM)\s{1,3}$/u;
const YEAR_BOUNDS: AnchorBounds = {
  before: 6,
  floor: (text, at, lowest) => {
    const m = NAM_BEFORE.exec(text.slice(lowest, at));
    return m ? lowest + m.index : at;
  },
};

/**
 * The matches of the global YEAR scan of `text`; with `keep`, only those whose year `keep` accepts.
 * (A match ends with its four digits and starts at them or at a `năm` before them, so a match for a
 * later anchor starts after this anchor's digits whether or not this one is tried: leaving out the
 * anchors of years `keep` rejects leaves the other matches as they are.)
 */
export function yearMatches(text: string, keep?: (year: number) => boolean): RegExpExecArray[] {
  return anchoredMatches(YEAR_AT, text, keep ? yearDigitsWhere(keep) : YEAR_DIGITS, YEAR_BOUNDS);
}

/** The YEAR_DIGITS anchors (as the global scan finds them) whose year `keep` accepts. */
function yearDigitsWhere(keep: (year: number) => boolean): AnchorFinder {
  return (text, from) => {
    YEAR_DIGITS.lastIndex = from;
    for (let a = YEAR_DIGITS.exec(text); a; a = YEAR_DIGITS.exec(text)) {
      if (keep(Number(a[0]))) return { start: a.index, end: a.index + a[0].length };
    }
    return null;
  };
}

const TARGET_BEFORE = /(?:đến|tới|đến hết|giai đoạn|nhiệm kỳ|tầm nhìn|từ)\s{1,3}(?:năm\s{1,3})?$/iu;

const IN_DATE_BEFORE = /tháng\s{1,3}\d{1,2}\s{0,3}(?:năm\s{1,3})?$/u;

function quoteAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let from = Math.max(0, lineStart, start - 60);
  if (from > lineStart) {
    // start at a word boundary
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  let to = text.indexOf('\n', end);
  if (to < 0 || to > end + 60) {
    to = Math.min(text.length, end + 60);
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return collapseWs(text.slice(from, to));
}

/** `/^\d{4}-/u.test(iso)`: four ASCII digits and a hyphen. */
export function isYearIso(iso: string): boolean {
  if (iso.charCodeAt(4) !== 0x2d) return false;
  for (let i = 0; i < 4; i++) {
    const c = iso.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

/**
 * Latest year among full calendar dates (`findDates` of ../dates, or `dates` when already found in
 * this text), with a quote.
 */
export function latestDateYear(text: string, dates?: readonly DateMention[]): YearGuess | null {
  let best: YearGuess | null = null;
  for (const d of dates ?? findDates(text)) {
    if (!isYearIso(d.iso)) continue; // day-and-month only (`--04-30`)
    const year = Number(d.iso.slice(0, 4));
    if (!best || year > best.year) {
      best = { year, evidence: quoteAround(text, d.start, d.start + d.surface.length) };
    }
  }
  return best;
}

function yearInTitle(title: string | null): YearGuess | null {
  if (!title) return null;
  // (the matches of the global YEAR scan, found near their digits)
  for (const m of yearMatches(title)) {
    const before = title.slice(Math.max(0, m.index - 20), m.index);
    if (TARGET_BEFORE.test(before)) continue;
    // only a year that is not part of a date inside a citation (`ngày 10 tháng 7 năm 2019`)
    if (IN_DATE_BEFORE.test(before)) continue;
    const tail = title.slice(m.index, m.index + 60);
    return { year: Number(m[2]), evidence: collapseWs(tail) };
  }
  return null;
}

/** `dates`: `findDates(text)` when the caller has it already. */
export function guessYear(
  text: string,
  title: string | null,
  dates?: readonly DateMention[],
): YearGuess | null {
  const fromTitle = yearInTitle(title);
  if (fromTitle) return fromTitle;
  const lower = latestDateYear(text, dates);
  const counts = new Map<number, { n: number; evidence: string }>();
  // (with a lower bound, the years outside it are not even matched)
  const keep = lower ? (y: number): boolean => y >= lower.year && y <= lower.year + 3 : undefined;
  for (const m of yearMatches(text, keep)) {
    const year = Number(m[2]);
    if (lower && (year < lower.year || year > lower.year + 3)) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (TARGET_BEFORE.test(before) || IN_DATE_BEFORE.test(before)) continue;
    const entry = counts.get(year);
    if (entry) entry.n++;
    else counts.set(year, { n: 1, evidence: quoteAround(text, m.index, m.index + m[0].length) });
  }
  let best: YearGuess | null = null;
  let bestN = 0;
  for (const [year, { n, evidence }] of counts) {
    if (n > bestN || (n === bestN && best && year < best.year)) {
      best = { year, evidence };
      bestN = n;
    }
  }
  if (lower && (!best || best.year < lower.year)) return lower;
  return best ?? lower;
}
