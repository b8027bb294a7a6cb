import type { DateMention } from '../types.ts';
import { foldText, toOriginalSpan } from '../text/fold.ts';
import type { FoldedText } from '../text/fold.ts';
import { isDigitCode, isSpace, isUpperCode } from '../text/chars.ts';
import { isValidDate, isoDate } from './calendar.ts';
import {
  COUNT_CUE_BEFORE,
  COUNT_NOUN_AFTER,
  DATE_SCAN,
  DAY_CUE_BEFORE,
  DAY_RANGE_BEFORE,
  RANGE_GAP,
  FULL_DATE_AT,
  RANGE_TAIL,
} from './patterns.ts';

/** A date found in the analysis copy: `[start, end)` are analysis-copy offsets. */
export interface DateHit {
  readonly start: number;
  readonly end: number;
  readonly iso: string;
}

function rejectedByLeft(s: string, i: number): boolean {
  if (i === 0) return false;
  const p = s.charCodeAt(i - 1);
  if (isDigitCode(p) || isUpperCode(p) || p === 0x2f /* / */) return true;
  if ((p === 0x2e || p === 0x2c) && isDigitCode(s.charCodeAt(i - 2))) return true;
  return false;
}

/** The match continues into a longer number (`1/2/3`, `12.5.2020.1`); `-` may start a range. */
function rejectedByRight(s: string, e: number, dashOk: boolean): boolean {
  const c = s.charCodeAt(e);
  if (c === 0x2f) return true;
  if ((c === 0x2e || c === 0x2c || (c === 0x2d && !dashOk)) && isDigitCode(s.charCodeAt(e + 1)))
    return true;
  return false;
}

function windowBefore(s: string, i: number, width = 24): string {
  return s.slice(Math.max(0, i - width), i);
}

/** a month in words right after a `d-d` pair: the pair is days (`10-12 tháng 3`) */
const WORDED_MONTH_AFTER = /\stháng\s\d/iuy;

/** this module's own copy of the scan (its lastIndex is reset on each use; no regex per call) */
const DATE_SCAN_OWN = new RegExp(DATE_SCAN.source, DATE_SCAN.flags);
/** the same pattern, sticky: tried at the digit runs the folding step recorded */
const DATE_AT = new RegExp(DATE_SCAN.source, `${DATE_SCAN.flags.replace('g', '')}y`);

/**
 * Every explicit calendar date in the analysis copy, in text order (spec §5, gold README "Dates").
 *
 * With the copy's digit runs (recorded while folding) the pattern is tried only where a run of one or
 * two digits starts, instead of scanning the whole text: the same hits, since a match starting
 * anywhere else has a digit before it (rejected by the left context) or none at all (a run of three
 * or more digits cannot open `\d{1,2}` + separator), and runs inside an accepted date are skipped as
 * the scan would skip them.
 */
export function findDatesFolded(f: FoldedText): DateHit[] {
  const s = f.text;
  const hits: DateHit[] = [];
  const runs = f.digitRuns;
  if (runs !== undefined) {
    const re = DATE_AT;
    /** where the scan would go on: the end of the last accepted date */
    let from = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const i = runs[r] ?? 0;
      if (i < from || (runs[r + 1] ?? 0) - i > 2) continue;
      re.lastIndex = i;
      const m = re.exec(s);
      if (m === null) continue;
      const hit = dateOfMatch(s, m, i);
      if (hit !== null) {
        pushWithRangeStart(s, hits, hit);
        from = hit.end;
      }
    }
    return hits;
  }
  const re = DATE_SCAN_OWN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const hit = dateOfMatch(s, m, m.index);
    // a rejected candidate: the scan resumes one code unit further
    if (hit === null) re.lastIndex = m.index + 1;
    else pushWithRangeStart(s, hits, hit);
  }
  return hits;
}

/** \s as the regexes read it (whitespace or a BOM) */
function isBlankCode(c: number): boolean {
  return isSpace(c) || c === 0xfeff;
}

/**
 * What stands right before `at` may end a {@link DAY_RANGE_BEFORE} connector: `-`, `,`, or the last
 * letter of `đến`, `tới`, `và`, then an optional `ngày` (blanks between) — a test of a few code units
 * that spares the pattern's run over the window for nearly every date.
 */
function mayFollowConnector(s: string, at: number): boolean {
  let k = at;
  if (isBlankCode(s.charCodeAt(k - 1))) k--;
  if (k >= 4 && s.slice(k - 4, k).toLowerCase() === 'ngày') {
    k -= 4;
    if (isBlankCode(s.charCodeAt(k - 1))) k--;
  }
  if (isBlankCode(s.charCodeAt(k - 1))) k--;
  const c = s.charCodeAt(k - 1);
  return (
    c === 0x2d ||
    c === 0x2c ||
    c === 0x6e ||
    c === 0x69 ||
    c === 0xe0 ||
    c === 0x4e ||
    c === 0x49 ||
    c === 0xc0
  );
}

/**
 * Adds `hit`, completing the start of a range it ends when that start lacks what the end date gives:
 * a bare day (`từ 10-12/3/2021` → 10/3/2021 at `10`, then 12/3/2021), a day and month in words
 * (`từ ngày 10 tháng 3 đến ngày 12 tháng 3 năm 2021`), or a day-month already found without a year
 * (`từ ngày 10/3 đến ngày 12 tháng 3 năm 2021`: the year of the end). The start must come before the
 * end date in its year.
 */
function pushWithRangeStart(s: string, hits: DateHit[], hit: DateHit): void {
  // only a full end date (`YYYY-MM-DD`) lends its month and year
  if (hit.iso.charCodeAt(0) !== 0x2d && hit.start > 0) {
    const year = Number(hit.iso.slice(0, 4));
    const month = Number(hit.iso.slice(5, 7));
    const endDay = Number(hit.iso.slice(8, 10));
    /** the start's year: the end's, or the year before for a start after the end (`25/12 - 05/01`) */
    const yearOf = (d: number, m: number): number =>
      m < month || (m === month && d < endDay) ? year : year - 1;
    const last = hits[hits.length - 1];
    if (
      last !== undefined &&
      last.iso.charCodeAt(0) === 0x2d &&
      hit.start - last.end <= 12 &&
      RANGE_GAP.test(s.slice(last.end, hit.start))
    ) {
      const m = Number(last.iso.slice(2, 4));
      const d = Number(last.iso.slice(5, 7));
      const y = yearOf(d, m);
      if (isValidDate(d, m, y)) hits[hits.length - 1] = { ...last, iso: isoDate(d, m, y) };
    } else if (mayFollowConnector(s, hit.start)) {
      const w = windowBefore(s, hit.start, 40);
      const r = DAY_RANGE_BEFORE.exec(w);
      if (r !== null && r[1] !== undefined && r[2] !== undefined) {
        const day = Number(r[2]);
        const m = r[3] === undefined ? month : Number(r[3]);
        // the cue and the character before it hold no digit: the first digit opens the day
        let k = 0;
        while (k < r[0].length && !isDigitCode(r[0].charCodeAt(k))) k++;
        const start = hit.start - w.length + r.index + k;
        // a bare day comes before the end day in the end's month
        const y = r[3] === undefined ? (day < endDay ? year : 0) : yearOf(day, m);
        if (y > 0 && isValidDate(day, m, y) && (last === undefined || last.end <= start))
          hits.push({ start, end: start + r[1].length, iso: isoDate(day, m, y) });
      }
    }
  }
  hits.push(hit);
}

/** The date a {@link DATE_SCAN} match at `i` reads as, or null if its context rejects it. */
function dateOfMatch(s: string, m: RegExpExecArray, i: number): DateHit | null {
  const e = i + m[0].length;
  if (rejectedByLeft(s, i)) return null;
  const day = Number(m[1]);
  if (m[6] !== undefined && m[7] !== undefined) {
    const month = Number(m[6]);
    const year = Number(m[7]);
    return isValidDate(day, month, year)
      ? { start: i, end: e, iso: isoDate(day, month, year) }
      : null;
  }
  const sep = m[2] ?? '';
  const month = Number(m[3]);
  if (m[5] !== undefined) {
    const year = Number(m[5]);
    return m[4] === sep && !rejectedByRight(s, e, true) && isValidDate(day, month, year)
      ? { start: i, end: e, iso: isoDate(day, month, year) }
      : null;
  }
  // day/month without a year
  if (sep === '.' || rejectedByRight(s, e, false) || !isValidDate(day, month)) return null;
  // `từ 10-12 tháng 3 năm 2021`: two days of a range whose month follows in words, not a day-month
  WORDED_MONTH_AFTER.lastIndex = e;
  if (WORDED_MONTH_AFTER.test(s)) return null;
  RANGE_TAIL.lastIndex = e;
  const range = RANGE_TAIL.exec(s);
  let year: number | undefined;
  if (range && range[2] === range[4]) {
    const endDay = Number(range[1]);
    const endMonth = Number(range[3]);
    // a start after the end in the end's year belongs to the year before (`25/12 - 05/01/2022`)
    const y = Number(range[5]) - (month > endMonth || (month === endMonth && day > endDay) ? 1 : 0);
    if (isValidDate(endDay, endMonth, Number(range[5])) && isValidDate(day, month, y)) year = y;
  }
  const before = windowBefore(s, i);
  if (year === undefined) {
    const dayCue = DAY_CUE_BEFORE.test(before);
    if (sep === '-' && !dayCue) return null;
    // a count noun after it makes a ratio (`7/9 nhiệm vụ`), unless a day word stands before it
    // (`ngày 3/2 hoạt động …`)
    COUNT_NOUN_AFTER.lastIndex = e;
    if ((!dayCue && COUNT_NOUN_AFTER.test(s)) || COUNT_CUE_BEFORE.test(before)) return null;
  }
  return { start: i, end: e, iso: isoDate(day, month, year) };
}

/** A full date (with a year) starting at `pos` of the analysis copy, `ngày` allowed in front. */
export function fullDateAt(s: string, pos: number): DateHit | null {
  // a date starts with a digit or with `ngày` (`n`/`N`)
  const c0 = s.charCodeAt(pos);
  if (!isDigitCode(c0) && c0 !== 0x6e && c0 !== 0x4e) return null;
  FULL_DATE_AT.lastIndex = pos;
  const m = FULL_DATE_AT.exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const dStart = pos + m[0].search(/\d/);
  const end = pos + m[0].length;
  let month: number;
  let year: number;
  if (m[6] !== undefined && m[7] !== undefined) {
    month = Number(m[6]);
    year = Number(m[7]);
  } else {
    if (m[2] !== m[4]) return null;
    month = Number(m[3]);
    year = Number(m[5]);
    if (rejectedByRight(s, end, true)) return null;
  }
  if (!isValidDate(day, month, year)) return null;
  return { start: dStart, end, iso: isoDate(day, month, year) };
}

/** Every explicit calendar date of a stored text: `{surface, iso, start}` with original offsets. */
export function findDates(text: string): DateMention[] {
  const f = foldText(text);
  return datesToMentions(f, findDatesFolded(f));
}

export function datesToMentions(f: FoldedText, hits: readonly DateHit[]): DateMention[] {
  return hits.map((h) => {
    const sp = toOriginalSpan(f, h.start, h.end);
    return { surface: f.original.slice(sp.start, sp.end), iso: h.iso, start: sp.start };
  });
}
