import { isLowerCode, isSuperscriptDigit, isUpperCode } from '../text/chars.ts';
import { markerAt } from './footnotes.ts';
import type { Footnotes } from './footnotes.ts';
import { opensSentence, typeOfPhrase } from './lexicon.ts';

/**
 * The `về …` phrase of a citation (gold README "subject"): it starts after `về` / `V/v` (also when the
 * phrase is enclosed in quotes, `“về …”` or `về “…”`, and then ends at the closing quote). Otherwise it
 * runs to the end of the noun phrase: `;`, a sentence end, a paragraph that does not continue in lower
 * case, a footnote marker, `(`, `, <Capital>`, `để`/`nhằm`, a coordinated `và <next citation>`; and when
 * it contains a nested citation, it stops after that citation's own date/issuer (plus a directly
 * following `năm YYYY`), i.e. in front of the nested citation's own `về`.
 * A citation with no `về` of its own whose issuer carries a footnote marker takes the footnote's
 * `về …` (000: `Tỉnh ủy¹` → `¹ về “tăng cường …”`).
 */

export interface SubjectSpan {
  readonly start: number;
  readonly end: number;
  /** where the citation's words end, for the relation scan (after a closing quote) */
  readonly outerEnd: number;
}

/** The parts of other citations the subject scan needs. */
export interface NestedRef {
  readonly start: number;
  readonly tailEnd: number;
}

const OPEN =
  /\s?,?\s?(?:([“"«]) ?\*{0,3} ?)?(?:về|v\/v)(?=[\s“"«:*])\s?:?\s?(?:([“"«]) ?\*{0,3} ?)?/iuy;
/**
 * A verb of the cited act's own words before its `về` (`… của UBND tỉnh quy định về quản lý chợ`,
 * `… của Bộ Nội vụ hướng dẫn về công tác văn thư`): the `về` phrase after it is the subject. Without
 * `về` (`hướng dẫn tuyên truyền …`) there is no subject (gold README).
 */
const VERB_BEFORE_VE = /\s?,?\s?(?:[Qq]uy định|[Hh]ướng dẫn)(?: chi tiết)?(?= về[\s“"«:*])/uy;
const YEAR_AFTER = /\s?năm (?:1[89]|20)\d\d(?!\d)/uy;
const MAX_SUBJECT = 700;
/** the main clause's predicate starts: the noun phrase has ended (`… trong nội bộ có thời điểm chưa …`) */
const PREDICATE =
  /^(?:đã|đang|sẽ|chưa|vẫn|còn|phải|cần phải|có(?! hiệu quả| liên quan| thẩm quyền| tác động| nội dung))\s/u;
const MAX_QUOTE = 900;
/** a body's name right after `về` (unquoted): the destination of a report, not a subject */
const BODY_AFTER =
  /^(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng nhân dân|Ban (?:Thường vụ|Chỉ đạo|Tuyên giáo|Tổ chức|Dân vận|Nội chính)|Văn phòng|Thường trực|Sở|Phòng|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Bộ (?!Chính trị)|Cục|Trung tâm|Công an)(?![\p{L}])/u;

function closingQuote(s: string, from: number, limit: number): number {
  const end = Math.min(limit, from + MAX_QUOTE);
  for (let q = from; q < end; q++) {
    const c = s.charCodeAt(q);
    if (c === 0x201d || c === 0x22 || c === 0xbb) return q;
  }
  return -1;
}

function startsCitationAt(s: string, pos: number): boolean {
  const words = s.slice(pos, pos + 40).split(/\s/u, 5);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const type = typeOfPhrase(words.slice(0, k).join(' ').toLowerCase());
    if (type !== undefined) return /^(?:số\s?:?\s?)?\d/iu.test(words.slice(k).join(' '));
  }
  return false;
}

function trimEnd(s: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = s.charCodeAt(e - 1);
    if (
      c === 0x20 ||
      c === 0x0a ||
      c === 0x2029 ||
      c === 0x2c ||
      c === 0x2a ||
      c === 0x2e ||
      c === 0x2f
    )
      e--;
    else break;
  }
  return e;
}

/** first letters of `để`, `nhằm`, `và` and the PREDICATE words: the only words the space checks need */
function mayEndAfterSpace(c: number): boolean {
  return c === 0x111 || c === 0x6e || c === 0x73 || c === 0x63 || c === 0x76 || c === 0x70;
}

function plainEnd(s: string, from: number, limit: number, nested: NestedRef | undefined): number {
  const end = Math.min(limit, from + MAX_SUBJECT);
  let q = from;
  while (q < end) {
    if (nested && q === nested.start) {
      let e = nested.tailEnd;
      YEAR_AFTER.lastIndex = e;
      const y = YEAR_AFTER.exec(s);
      if (y) e += y[0].length;
      return e;
    }
    const c = s.charCodeAt(q);
    if (c === 0x3b /* ; */ || c === 0x28 /* ( */ || isSuperscriptDigit(c)) return q;
    if (c === 0x2e /* . */) {
      const n = s.charCodeAt(q + 1);
      if (q + 1 >= s.length || n === 0x20 || n === 0x0a || n === 0x2029) return q;
    }
    if (c === 0x0a) {
      // a soft line wrap: the phrase goes on unless a list item or a heading starts the next line
      // (or a table row: a row number, then a symbol's number)
      if (/^(?:[-+•*]|\d{1,2}[.)]\s|[IVX]{1,4}\.\s|\d{1,3}\s\d)/u.test(s.slice(q + 1, q + 6)))
        return q;
      // a title's last line followed by the body's first sentence (`… năm 2022⏎Thực hiện …`)
      if (opensSentence(s, q + 1)) return q;
    } else if (c === 0x2029) {
      // a paragraph that continues in lower case, or with a nested citation, is the same phrase
      if (!isLowerCode(s.charCodeAt(q + 1)) && !startsCitationAt(s, q + 1)) return q;
    } else if (c === 0x2c /* , */) {
      if (s.charCodeAt(q + 1) === 0x20 && isUpperCode(s.charCodeAt(q + 2))) return q;
    } else if (c === 0x201c || c === 0x22 || c === 0xab) {
      const close = closingQuote(s, q + 1, end);
      if (close > 0 && (!nested || nested.start > close)) {
        q = close + 1;
        continue;
      }
    } else if (c === 0x20 && mayEndAfterSpace(s.charCodeAt(q + 1))) {
      const rest = s.slice(q + 1, q + 6);
      if (/^(?:để|nhằm) /u.test(rest) || PREDICATE.test(s.slice(q + 1, q + 24))) return q;
      if (rest.startsWith('và ') && startsCitationAt(s, q + 4)) return q;
    }
    q++;
  }
  return end;
}

/** The subject in the text right after `pos`, bounded by `limit`. */
function subjectAt(
  s: string,
  pos: number,
  limit: number,
  nested: NestedRef | undefined,
): SubjectSpan | null {
  VERB_BEFORE_VE.lastIndex = pos;
  const verb = VERB_BEFORE_VE.exec(s);
  const at = verb ? pos + verb[0].length : pos;
  OPEN.lastIndex = at;
  const m = OPEN.exec(s);
  if (!m) return null;
  const start = at + m[0].length;
  // `báo cáo kết quả … về Ủy ban nhân dân huyện`: `về` + a body is where a report goes, not a subject
  if (m[1] === undefined && m[2] === undefined && BODY_AFTER.test(s.slice(start, start + 24)))
    return null;
  if (m[1] !== undefined || m[2] !== undefined) {
    const close = closingQuote(s, start, limit);
    if (close > start && (!nested || nested.start > close)) {
      return { start, end: trimEnd(s, start, close), outerEnd: close + 1 };
    }
  }
  const e = trimEnd(s, start, plainEnd(s, start, limit, nested));
  return e > start ? { start, end: e, outerEnd: e } : null;
}

/**
 * The subject of a citation whose own words end at `tailEnd`; `next` is the first citation that
 * starts after it (a possible nested citation).
 */
export function findSubject(
  s: string,
  tailEnd: number,
  next: NestedRef | undefined,
  footnotes: Footnotes,
): SubjectSpan | null {
  const own = subjectAt(s, tailEnd, s.length, next);
  if (own) return own;
  const marker = markerAt(s, tailEnd);
  if (marker === null) return null;
  const body = footnotes.bodies.get(marker);
  if (body === undefined || body <= tailEnd) return null;
  const window = s.slice(body, body + 2000);
  const para = window.indexOf('\u2029');
  const lineEnd = body + (para < 0 ? window.length : para);
  const fromNote = subjectAt(s, body, lineEnd, undefined);
  return fromNote ? { start: fromNote.start, end: fromNote.end, outerEnd: tailEnd } : null;
}
