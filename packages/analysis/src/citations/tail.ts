import { fullDateAt } from '../dates/find-dates.ts';
import type { DateHit } from '../dates/find-dates.ts';
import { readIssuer } from './issuer.ts';
import { isRegexSpace, isSuperscriptDigit } from '../text/chars.ts';
import type { IssuerSpan } from './issuer.ts';

/**
 * What follows a symbol in the same citation (spec §3.2, §5.3): `[,] [ngày <date>] [của <issuer>]
 * [khóa XII | (khóa XII)]`, in either order of date and issuer. `tailEnd` is where the citation's own
 * words stop (the subject, if any, starts after it).
 */
export interface Tail {
  readonly date: DateHit | null;
  readonly issuer: IssuerSpan | null;
  readonly tailEnd: number;
}

/** `,` before a date (Party style), or `|` between table cells (spec T25): `/\s?[,|]?\s?/y` */
const OF = /(?:của|do)\s/y;
/**
 * The plenum that passed a Party resolution, in place of or after its date (spec T66):
 * `, Hội nghị lần thứ 7 của Ban Chấp hành Trung ương khóa X`, `, Hội nghị lần thứ bảy Ban Chấp hành …`.
 */
const PLENUM = /(?:tại\s)?Hội nghị\s(?:lần\s)?thứ\s[\p{L}\d]{1,6}\s(?:của\s)?(?=\p{Lu})/uy;
const QUALIFIER =
  /\s?(?:\(\s?kh(?:óa|oá)\s[IVXLC]{1,6}\s?\)|kh(?:óa|oá)\s[IVXLC]{1,6}(?![\p{L}]))/iuy;

/** the separator before a date, by hand (it always matches; each part is taken when present) */
function skipSep(s: string, pos: number): number {
  let p = pos;
  if (isRegexSpace(s.charCodeAt(p))) p++;
  const c = s.charCodeAt(p);
  if (c === 0x2c || c === 0x7c) p++;
  if (isRegexSpace(s.charCodeAt(p))) p++;
  return p;
}

const PAREN_OPEN = /\s?\(\s?/y;
const PAREN_CLOSE = /\s?\)/y;

function dateAfter(s: string, pos: number): DateHit | null {
  const d = fullDateAt(s, skipSep(s, pos));
  if (d) return d;
  // `Nghị quyết số 23-NQ/TW (ngày 06/10/2022) của Bộ Chính trị`
  const c0 = s.charCodeAt(pos);
  if (c0 !== 0x28 && !(isRegexSpace(c0) && s.charCodeAt(pos + 1) === 0x28)) return null;
  PAREN_OPEN.lastIndex = pos;
  const o = PAREN_OPEN.exec(s);
  if (!o) return null;
  const inner = fullDateAt(s, pos + o[0].length);
  if (!inner) return null;
  PAREN_CLOSE.lastIndex = inner.end;
  const c = PAREN_CLOSE.exec(s);
  return c ? { ...inner, end: inner.end + c[0].length } : null;
}

function issuerAfter(s: string, pos: number): IssuerSpan | null {
  const q = skipSep(s, pos);
  // (the first letter of `của` / `do`, `tại` / `Hội nghị` decides whether a regex can match)
  const c = s.charCodeAt(q);
  if (c !== 0x63 && c !== 0x64 && c !== 0x74 && c !== 0x48) return null;
  OF.lastIndex = q;
  const m = c === 0x63 || c === 0x64 ? OF.exec(s) : null;
  if (m) {
    // `của Hội nghị lần thứ sáu Ban Chấp hành Trung ương …`: the body is the committee
    const at = q + m[0].length;
    PLENUM.lastIndex = at;
    const p = PLENUM.exec(s);
    return readIssuer(s, p ? at + p[0].length : at);
  }
  PLENUM.lastIndex = q;
  const p = PLENUM.exec(s);
  return p ? readIssuer(s, q + p[0].length) : null;
}

/** `(`, or a letter that matches `k` case-insensitively (`k`, `K`, U+212A KELVIN SIGN) */
function mayOpenQualifier(c: number): boolean {
  return c === 0x28 || c === 0x6b || c === 0x4b || c === 0x212a;
}

function qualifierEnd(s: string, pos: number): number {
  const c0 = s.charCodeAt(pos);
  if (!mayOpenQualifier(c0) && !(isRegexSpace(c0) && mayOpenQualifier(s.charCodeAt(pos + 1))))
    return pos;
  QUALIFIER.lastIndex = pos;
  const m = QUALIFIER.exec(s);
  return m ? pos + m[0].length : pos;
}

/** a session number written out (`kỳ họp thứ mười hai`) */
const NUMBER_WORD = '(?:nhất|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười)';
/**
 * The council session that passed a resolution, after its term (`… HĐND tỉnh khóa XII, kỳ họp thứ 3
 * về …`): part of the citation's own words, so the `về` phrase after it is the subject.
 */
const SESSION = new RegExp(
  String.raw`,?\s?[kK]ỳ họp thứ\s(?:\d{1,2}|${NUMBER_WORD}(?:\s${NUMBER_WORD}){0,2})(?![\p{L}\d])`,
  'uy',
);

function sessionEnd(s: string, pos: number): number {
  // (`,`, a space or `k`/`K` first: the pattern is tried only where it can match)
  const c = s.charCodeAt(pos);
  if (c !== 0x2c && !isRegexSpace(c) && c !== 0x6b && c !== 0x4b) return pos;
  SESSION.lastIndex = pos;
  const m = SESSION.exec(s);
  return m ? pos + m[0].length : pos;
}

/** footnote markers right after the symbol (`88-KH/HU², ngày …`) */
function skipMarkers(s: string, pos: number): number {
  let p = pos;
  while (p < s.length && p - pos < 3 && isSuperscriptDigit(s.charCodeAt(p))) p++;
  return p;
}

export function readTail(s: string, symbolEnd: number): Tail {
  const afterMarker = skipMarkers(s, symbolEnd);
  let p = afterMarker;
  let date = dateAfter(s, p);
  if (date) p = date.end;
  const issuer = issuerAfter(s, p);
  if (issuer) {
    p = issuer.end;
    if (!date) {
      // `của Ban Thường vụ Tỉnh ủy khóa XV ngày 02/8/2021`: the term may come before the date
      const q = qualifierEnd(s, p);
      date = dateAfter(s, q);
      if (date) p = date.end;
    }
  }
  // nothing read: the tail ends at the symbol, so a marker there can still supply the subject
  if (p === afterMarker) p = symbolEnd;
  p = qualifierEnd(s, p);
  p = sessionEnd(s, p);
  return { date, issuer, tailEnd: p };
}

/**
 * A date and issuer written before the citation (spec §5.3, T56/T65):
 * `ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND`.
 */
const DATE_FIRST =
  /ngày\s?(\d{1,2}[^,;\n\u2029]{2,20}?\d{4}),?\s([^,;.\n\u2029]{2,80}?)\s(?:đã\s|vừa\s)?(?:ký ban hành|ban hành|ký|có|ra)\s$/iu;

/** `k` under `/iu`: k, K, U+212A KELVIN SIGN */
function isK(c: number): boolean {
  return c === 0x6b || c === 0x4b || c === 0x212a;
}

/**
 * The text before `end` ends as {@link DATE_FIRST} requires: `ký`, `có`, `ra` or `ban hành` (any case, as
 * `/iu` matches them), then one whitespace character. Checked by hand first: the regex, tried at every
 * position of its window, is run only where it can match.
 */
export function endsWithIssuingVerb(s: string, end: number): boolean {
  if (end < 3 || !isRegexSpace(s.charCodeAt(end - 1))) return false;
  const a = s.charCodeAt(end - 3);
  const b = s.charCodeAt(end - 2);
  if (isK(a) && (b === 0xfd || b === 0xdd)) return true; // ký
  if ((a === 0x63 || a === 0x43) && (b === 0xf3 || b === 0xd3)) return true; // có
  if ((a === 0x72 || a === 0x52) && (b === 0x61 || b === 0x41)) return true; // ra
  if (end < 5 || !(b === 0x68 || b === 0x48) || !(a === 0x6e || a === 0x4e)) return false;
  const h = s.charCodeAt(end - 5);
  const a4 = s.charCodeAt(end - 4);
  if (!((h === 0x68 || h === 0x48) && (a4 === 0xe0 || a4 === 0xc0))) return false; // hành
  // `ban hành` (`ký ban hành` ends with it)
  if (end < 9 || s.charCodeAt(end - 6) !== 0x20) return false;
  const b9 = s.charCodeAt(end - 9);
  const a8 = s.charCodeAt(end - 8);
  const n7 = s.charCodeAt(end - 7);
  return (
    (b9 === 0x62 || b9 === 0x42) && (a8 === 0x61 || a8 === 0x41) && (n7 === 0x6e || n7 === 0x4e)
  );
}

export function readDateBefore(
  s: string,
  typeStart: number,
): { date: DateHit | null; issuer: IssuerSpan | null } {
  if (!endsWithIssuingVerb(s, typeStart)) return { date: null, issuer: null };
  const from = Math.max(0, typeStart - 140);
  const window = s.slice(from, typeStart);
  const m = DATE_FIRST.exec(window);
  if (!m || m[1] === undefined || m[2] === undefined) return { date: null, issuer: null };
  const dateAt = from + m.index + m[0].indexOf(m[1]);
  const date = fullDateAt(s, dateAt);
  const issStart = from + m.index + m[0].lastIndexOf(m[2]);
  const issuer = readIssuer(s, issStart);
  return { date, issuer };
}
