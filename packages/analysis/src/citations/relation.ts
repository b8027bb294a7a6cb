import type { Relation } from '../types.ts';
import { isLetterCode, isLowerCode, isSuperscriptDigit, isUpperCode } from '../text/chars.ts';
import { lastAtOrBefore } from '../text/sorted.ts';
import { isCueInActName, opensSentence } from './lexicon.ts';

/**
 * The relation label of one occurrence (gold README "Relation labels"): the nearest governing phrase
 * before it in the same clause decides. The clause is read backwards from the citation up to a sentence
 * end or a paragraph break (a paragraph that continues in lower case, e.g. after a footnote inserted
 * mid-sentence, is crossed; footnote bodies are skipped). Other citations' own words and `về` phrases
 * are skipped, so a list item (`…; Kế hoạch số 88 …; Kế hoạch số 91 …`) inherits the verb of its list.
 */
export interface RelationSpan {
  readonly start: number;
  /** end of the citation's own words before its subject */
  readonly tailEnd?: number;
  /** end of the citation's own words including its subject */
  readonly outerEnd: number;
}

/**
 * The governing cues, whole words, sticky: tried at the word starts {@link mayStartCue} admits (the
 * `(?<![\p{L}])` in front is {@link letterBefore}).
 */
const CUE =
  /(?:(căn cứ)|(theo tinh thần|bám sát|ban hành|tuyên truyền|phổ biến|quán triệt|gọi tắt|viết tắt|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|sửa đổi|bổ sung)|(thực hiện|triển khai|cụ thể hóa|cụ thể hoá|thi hành)|(theo)|(sơ kết|tổng kết))(?![\p{L}])/iuy;
/** `theo` directly before a citation (its words were replaced by SKIPPED, or the clause ends) */
function theoGoverns(rest: string): boolean {
  const r = rest.replace(/^\s?(?:các\s)?/u, '');
  return r === '' || r.startsWith(SKIPPED);
}
/** report/review words that make a following `thực hiện …` a `reports_on` (design.md) */
const REPORT =
  /(?:kết quả|sơ kết|tổng kết|đánh giá|kiểm điểm|báo cáo (?:tình hình|việc))(?![\p{L}])/giu;

/** {@link REPORT} at a word start (the `(?<![\p{L}])` checked after each match, as for CUE). */
function hasReportWords(s: string): boolean {
  const re = REPORT;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (!letterBefore(s, m.index)) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}
/** a parenthetical aside (`(sau đây gọi tắt là Nghị quyết 23)`) is skipped when reading a clause back */
const MAX_PAREN = 240;

/**
 * What the `(` searches of one clause may read in all: a `)` without its `(` costs a search of up to
 * {@link MAX_PAREN} characters, so a clause full of them (`… ) … ) … )`) read 13 of them per citation
 * (3 s per MB); real clauses use at most 44 characters of it (the snapshot set and the 8 MB bench
 * corpus).
 */
const PAREN_BUDGET = 4 * MAX_PAREN;

/**
 * Index of the `(` matching the `)` at `close`, on the same line and at most `reach` (≤ MAX_PAREN)
 * characters back, or -1.
 */
function openingParen(s: string, close: number, reach: number): number {
  let depth = 0;
  for (let p = close; p >= 0 && close - p < reach; p--) {
    const c = s.charCodeAt(p);
    if (c === 0x0a || c === 0x2029) return -1;
    if (c === 0x29) depth++;
    else if (c === 0x28 && --depth === 0) return p;
  }
  return -1;
}
const MAX_CONTEXT = 320;
/**
 * Steps that read no character of the clause (another citation skipped, a line break crossed) are
 * not counted in {@link MAX_CONTEXT}: they have their own budget, so a text made only of chained
 * citations (or of lines that continue in lower case) is read back a bounded way from each
 * citation, not to its start (quadratic). Real clauses take at most 9 such steps (the snapshot set
 * and the 8 MB bench corpus); what is read when the budget runs out is the clause.
 */
const MAX_STEPS = 48;
/** stands for another citation's words removed from a clause */
const SKIPPED = '\u0001';

/**
 * The line breaks (`\n`, U+2029) of one text, listed on first use: reading clauses back crosses many
 * of them, and each crossing asked where the line above starts (a search back over up to 600
 * characters, a third of the clause reading).
 */
export class LineBreaks {
  /** the breaks listed so far, ascending: every one up to the furthest offset asked about */
  private readonly at: number[] = [];
  /** the next `\n` and U+2029 not listed yet (-1: none left; -2: not searched yet) */
  private nl = -2;
  private ps = -2;
  constructor(private readonly s: string) {}

  /** Lists every break at or before `to` (the text after the last citation is never searched). */
  private extend(to: number): void {
    const s = this.s;
    if (this.nl === -2) {
      this.nl = s.indexOf('\n');
      this.ps = s.indexOf('\u2029');
    }
    let nl = this.nl;
    let ps = this.ps;
    while (nl >= 0 || ps >= 0) {
      const next = ps < 0 || (nl >= 0 && nl < ps) ? nl : ps;
      if (next > to) break;
      this.at.push(next);
      if (next === nl) nl = s.indexOf('\n', nl + 1);
      else ps = s.indexOf('\u2029', ps + 1);
    }
    this.nl = nl;
    this.ps = ps;
  }

  /**
   * Index of the last line break at or before `from`, or -1; bounded: a line longer than 600
   * characters counts as starting at the window's edge (`from - 600`).
   */
  lastBreak(from: number): number {
    const stop = Math.max(-1, from - 600);
    if (from <= stop) return stop;
    this.extend(from);
    const at = this.at;
    const k = lastAtOrBefore(at, from); // the last break ≤ from
    const b = k >= 0 ? (at[k] ?? -1) : -1;
    return b > stop ? b : stop;
  }
}

function isFootnoteLine(s: string, lineStart: number): boolean {
  return isSuperscriptDigit(s.charCodeAt(lineStart));
}

/**
 * The clause before citation `i` with other citations' spans removed. `breaks`: the text's line
 * breaks (one {@link LineBreaks} per text when several clauses of it are read).
 */
export function clauseBefore(
  s: string,
  spans: readonly RelationSpan[],
  i: number,
  breaks: LineBreaks = new LineBreaks(s),
): string {
  const self = spans[i];
  if (!self) return '';
  /** the clause read so far, built from its end: each piece read goes in front */
  let clause = '';
  let q = self.start;
  let segEnd = q;
  let used = 0;
  let k = i - 1;
  /** start of the last span skipped, and the text read just before skipping it */
  let lastSkipped = -1;
  let lastGap = '';
  let steps = 0;
  let parenLeft = PAREN_BUDGET;
  while (q > 0 && used < MAX_CONTEXT && steps < MAX_STEPS) {
    while (k >= 0 && ((spans[k]?.outerEnd ?? 0) > self.start || (spans[k]?.start ?? 0) >= q)) k--;
    const sp = spans[k];
    if (sp && q <= sp.outerEnd && q > sp.start) {
      const gap = s.slice(q, segEnd);
      // `… về thực hiện Nghị quyết số 35-NQ/TW và Kế hoạch số 102-KH/TU`: a document coordinated with
      // the nested citation that ends another's subject is in that subject's list, so the subject's
      // words govern it; read them back to the end of that citation's own words
      const tailEnd = sp.tailEnd;
      if (
        tailEnd !== undefined &&
        lastSkipped > tailEnd &&
        q === lastSkipped &&
        IN_LIST.test(lastGap)
      ) {
        clause = s.slice(tailEnd, q) + gap + clause;
        used += q - tailEnd;
        q = tailEnd;
        segEnd = q;
        lastSkipped = -1;
        continue;
      }
      clause = SKIPPED + gap + clause;
      steps++;
      lastGap = gap;
      lastSkipped = sp.start;
      q = sp.start;
      segEnd = q;
      k--;
      continue;
    }
    const ch = s.charCodeAt(q - 1);
    if (ch === 0x29 /* ) */ && parenLeft > 0) {
      const reach = Math.min(MAX_PAREN, parenLeft);
      const open = openingParen(s, q - 1, reach);
      // a search that finds its `(` costs what it read; one that fails, its whole reach
      parenLeft -= open >= 0 ? q - 1 - open : reach;
      if (open >= 0) {
        clause = ' ' + s.slice(q, segEnd) + clause;
        used += q - open;
        q = open;
        segEnd = q;
        continue;
      }
    }
    if (ch === 0x0a || ch === 0x2029) {
      const n0 = s.charCodeAt(q);
      // a soft wrap inside a paragraph is read through, unless a footnote or a list item starts there
      // (not after a line that ends its sentence or its `Căn cứ …;` item: `…;` / `….` then a
      // line starting in upper case begins another clause; nor before a line opening a sentence of
      // its own, `… năm 2022⏎Thực hiện …`: a title's last line, then the body with no blank line)
      const softWrap =
        ch === 0x0a &&
        !isSuperscriptDigit(n0) &&
        !BULLET.test(s.slice(q, q + 4)) &&
        !(isUpperCode(n0) && (endsClause(s, q - 1) || opensSentence(s, q)));
      if (!isLowerCode(n0) && !softWrap) {
        // a list item on its own line (`- Nghị quyết …;`) takes the verb of the line that opens
        // the list (`Căn cứ:`), above its sibling items
        const head = BULLET.test(s.slice(q, q + 4)) ? listHead(s, q - 1, breaks) : null;
        if (head !== null) return head + ' ' + s.slice(q, segEnd) + clause;
        return s.slice(q, segEnd) + clause;
      }
      clause = ' ' + s.slice(q, segEnd) + clause;
      steps++;
      let p = q - 1;
      for (let guard = 0; guard < 4 && p > 0; guard++) {
        const ls = breaks.lastBreak(p - 1) + 1;
        if (!isFootnoteLine(s, ls)) break;
        p = Math.max(0, ls - 1);
      }
      q = p;
      segEnd = q;
      continue;
    }
    if (
      (ch === 0x2e || ch === 0x21 || ch === 0x3f) &&
      s.charCodeAt(q) === 0x20 &&
      isUpperCode(s.charCodeAt(q + 1)) &&
      !isListNumber(s, q - 1)
    )
      break;
    if (ch === 0x28 /* ( */ && q === self.start - (s.charCodeAt(q) === 0x20 ? 1 : 0)) {
      return '(';
    }
    q--;
    used++;
    // then every following plain character in one tight loop: the steps the checks above would
    // take anyway, up to the end of the span `sp` (which the next round skips) or the budget
    const floor = sp ? sp.outerEnd : 0;
    while (q > floor && used < MAX_CONTEXT) {
      const c = s.charCodeAt(q - 1);
      if (
        c === 0x29 ||
        c === 0x28 ||
        c === 0x0a ||
        c === 0x2029 ||
        c === 0x2e ||
        c === 0x21 ||
        c === 0x3f
      )
        break;
      q--;
      used++;
    }
  }
  return s.slice(q, segEnd) + clause;
}

/** The line ending at the line break `nl` ends with `;` or `.` (spaces before the break ignored). */
function endsClause(s: string, nl: number): boolean {
  let p = nl;
  while (p > 0 && nl - p < 8 && (s.charCodeAt(p - 1) === 0x20 || s.charCodeAt(p - 1) === 0x0d)) p--;
  const c = s.charCodeAt(p - 1);
  return c === 0x3b || (c === 0x2e && !isListNumber(s, p - 1));
}

/** `1.` / `2.1.` opening a line: a list number, not a sentence end */
function isListNumber(s: string, dot: number): boolean {
  let p = dot;
  while (p > 0 && dot - p < 6 && (isDigitAt(s, p - 1) || s.charCodeAt(p - 1) === 0x2e)) p--;
  return p < dot && (p === 0 || s.charCodeAt(p - 1) === 0x0a || s.charCodeAt(p - 1) === 0x2029);
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** the words between two coordinated documents of one list (not `;`, which ends a subject) */
const IN_LIST = /^\s?(?:,|và|hoặc|, và)\s?$/u;

const BULLET = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s/u;

/**
 * The line that opens a list, when the lines above `lineEnd` are list items under a line ending
 * with `:` (at most 12 items back); null otherwise.
 */
function listHead(s: string, lineEnd: number, breaks: LineBreaks): string | null {
  let e = lineEnd;
  for (let k = 0; k < 12 && e > 0; k++) {
    const ls = breaks.lastBreak(e - 1) + 1;
    const line = s.slice(ls, e);
    if (!BULLET.test(line)) return /:\s?$/u.test(line) ? line.slice(-200) : null;
    e = ls - 1;
  }
  return null;
}

const IMPLEMENT_BEFORE = /(?:thực hiện|triển khai|tổ chức)\s$/iu;
const LETTER = /\p{L}/u;

/** The code point before `i` is a letter (what `(?<![\p{L}])` rejects). */
function letterBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(s.slice(i - 2, i));
  }
  // one code unit: `\p{L}` from the per-code-unit table (the regex runs once per distinct unit)
  return isLetterCode(c);
}

/**
 * A code unit a {@link CUE} match can start with: `c t b p q g v h s` in either case, or `ſ` (which
 * the `iu` flags fold to `s`). A word start with another one is not tried.
 */
export function mayStartCue(c: number): boolean {
  if (c >= 0x80) return c === 0x17f;
  const l = c | 0x20;
  return (
    l === 0x63 ||
    l === 0x74 ||
    l === 0x62 ||
    l === 0x70 ||
    l === 0x71 ||
    l === 0x67 ||
    l === 0x76 ||
    l === 0x68 ||
    l === 0x73
  );
}

/**
 * The relation of a clause: its last governing cue decides. The cues are tried (sticky) at the word
 * starts that may open one, from the clause's end backwards, so the search usually stops at the verb
 * right before the citation; the first that governs is the last one a forward scan would keep (no
 * cue starts inside another: the result is the same).
 */
export function relationFromClause(clause: string): Relation {
  if (clause === '(') return 'mentions';
  const re = CUE;
  let last: RegExpExecArray | null = null;
  for (let p = clause.length - 1; p >= 0 && last === null; p--) {
    if (!mayStartCue(clause.charCodeAt(p)) || letterBefore(clause, p)) continue;
    re.lastIndex = p;
    const m = re.exec(clause);
    if (m === null) continue;
    // `theo` and `sơ kết` / `tổng kết` govern only the document right after them (`Theo Kế hoạch số …`,
    // `sơ kết Nghị quyết 35`), not `làm theo tư tưởng …` or `sơ kết 5 năm thực hiện …`
    if (
      (m[4] !== undefined || m[5] !== undefined) &&
      !theoGoverns(clause.slice(p + m[0].length, p + m[0].length + 8))
    )
      continue;
    if (
      m[4] !== undefined &&
      // (the words end at the match: the 16 code units before it hold them)
      IMPLEMENT_BEFORE.test(clause.slice(Math.max(0, p - 16), p))
    )
      continue;
    // `Căn cứ Luật Ban hành văn bản …; Nghị định số 34 …`: a cue word inside an unnumbered act's name
    // governs nothing (the clause's verb before the act's name does)
    // (what isCueInActName needs first: a space before, a capital or `sửa đổi` / `bổ sung` — most
    // of these cues are lower-case verbs, not looked at further)
    if (
      m[2] !== undefined &&
      clause.charCodeAt(p - 1) === 0x20 &&
      (isUpperCode(clause.charCodeAt(p)) ||
        clause.startsWith('sửa đổi', p) ||
        clause.startsWith('bổ sung', p)) &&
      isCueInActName(clause, p)
    )
      continue;
    last = m;
  }
  if (!last) return 'mentions';
  if (last[4] !== undefined) return 'mentions';
  if (last[5] !== undefined) return 'reports_on';
  if (last[1] !== undefined) return 'basis';
  if (last[2] !== undefined) return 'mentions';
  // the report words must govern this verb: not across another citation's words
  const window = clause.slice(Math.max(0, last.index - 60), last.index);
  const before = window.slice(window.lastIndexOf(SKIPPED) + 1);
  return hasReportWords(before) ? 'reports_on' : 'implements';
}
