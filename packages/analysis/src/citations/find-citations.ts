import type { Citation, Relation } from '../types.ts';
import { foldText, originalSlice, toOriginalSpan } from '../text/fold.ts';
import type { FoldedText } from '../text/fold.ts';
import { isDigitCode, isLetterCode, isRegexSpace } from '../text/chars.ts';
import { lowerCased } from '../text/lower-case.ts';
import type { DateHit } from '../dates/find-dates.ts';
import { matchSymbolAt } from './grammar.ts';
import { mayRepairDigits, repairDigitsAt } from './ocr-digits.ts';
import type { SymbolForm, SymbolMatch } from './grammar.ts';
import { canonicalKey } from './key.ts';
import { GENERIC_TYPES, PARTIAL_TYPES, codeFamily, codeOfType, isTypeCode } from './lexicon.ts';
import { COUNT_NOUN_AFTER } from '../dates/patterns.ts';
import { typeBefore } from './type-word.ts';
import { readDateBefore, readTail } from './tail.ts';
import type { IssuerSpan } from './issuer.ts';
import { findFootnotes, markerAt } from './footnotes.ts';
import type { Footnotes } from './footnotes.ts';
import { findSubject } from './subject.ts';
import type { SubjectSpan } from './subject.ts';
import { LineBreaks, clauseBefore, relationFromClause } from './relation.ts';
import { resolveCoreference } from './coreference.ts';
import type { CorefItem } from './coreference.ts';
import { cleanIssuer, cleanSubject } from './clean-values.ts';

/** One citation while it is being read, all offsets in the analysis copy. */
interface Draft {
  start: number;
  numStart: number;
  symEnd: number;
  type: string | null;
  number: string;
  symbol: string;
  form: SymbolForm;
  yearInNumber: string | null;
  extraNumber: string | null;
  numberOnly: boolean;
  /** a number-only mention kept only if it resolves to a full citation of this document */
  weak: boolean;
  /** a number-only item of an enumeration that takes the symbol of the item closing it */
  shared: boolean;
  /** a number after an enumeration's number-only item, waiting for a symbol to close the list */
  pending: boolean;
  short: boolean;
  nonstandard: boolean;
  enumerated: boolean;
  issuerBefore: IssuerSpan | null;
  issuerText: string | null;
  date: DateHit | null;
  issuer: IssuerSpan | null;
  tailEnd: number;
  subject: SubjectSpan | null;
  outerEnd: number;
  relation: Relation;
  /** OCR look-alike letters read as digits in the number slots (`2O → 20`), spec §9.3 */
  ocrRepair: string | null;
}

export interface CitationResult {
  readonly citations: Citation[];
  readonly warnings: string[];
}

const ENUM_GAP = /^\s?(?:,|;|và|hoặc|, và)\s?$/u;
const PARTIAL_FOLLOW = /^(?:\s?[,;)]|\.(?=\s|$)|$|[\n\u2029]|\s(?:của|về|và|do)\s|\sngày\s?\d)/u;

/** Cheap filter before the symbol grammar: `/`, `-`, or a capital, possibly after one space. */
function mayStartSymbol(s: string, pos: number): boolean {
  let c = s.charCodeAt(pos);
  if (c === 0x20 || c === 0x0a || c === 0x2029) c = s.charCodeAt(pos + 1);
  return c === 0x2f || c === 0x2d || (c >= 0x41 && c <= 0x5a) || c === 0x110 || c === 0x1af;
}

/** last words of the type phrases a number-only mention may follow, and `số` */
const PARTIAL_LAST_WORDS = new Set([
  'số',
  'quyết',
  'định',
  'thị',
  'luận',
  'hoạch',
  'văn',
  'dẫn',
  'báo',
  'trình',
  'chế',
  'tư',
  'tri',
  'luật',
  'lệnh',
  'án',
  'động',
]);

/** The lower-cased word before `pos` (one whitespace or `:` skipped), at most 8 letters. */
function previousWord(s: string, pos: number): string {
  let e = pos;
  let c = s.charCodeAt(e - 1);
  if (c === 0x20 || c === 0x0a || c === 0x2029) c = s.charCodeAt(--e - 1);
  if (c === 0x3a) {
    e--;
    if (s.charCodeAt(e - 1) === 0x20) e--;
  }
  let b = e;
  while (b > 0 && e - b <= 8 && isLetterCode(s.charCodeAt(b - 1))) b--;
  return b === e ? '' : lowerCased(s.slice(b, e));
}

function acceptableLeft(s: string, i: number): boolean {
  if (i === 0) return true;
  const p = s.charCodeAt(i - 1);
  if (p === 0x2f || p === 0x2d) return false;
  if ((p === 0x2e || p === 0x2c) && isDigitCode(s.charCodeAt(i - 2))) return false;
  if (isLetterCode(p)) {
    // only `số31-QĐ/TW` (spec T62)
    const w = s.slice(Math.max(0, i - 3), i).toLowerCase();
    return /(?:^|[^\p{L}])số$/u.test(w) || (i === 2 && w === 'số');
  }
  return true;
}

/** A new draft with every field set (one object shape for all drafts: fast to create and read). */
function newDraft(
  start: number,
  numStart: number,
  number: string,
  symEnd: number,
  type: string | null,
  symbol: string,
  form: SymbolForm,
): Draft {
  return {
    start,
    numStart,
    symEnd,
    type,
    number,
    symbol,
    form,
    yearInNumber: null,
    extraNumber: null,
    numberOnly: false,
    weak: false,
    shared: false,
    pending: false,
    short: false,
    nonstandard: false,
    enumerated: false,
    issuerBefore: null,
    issuerText: null,
    date: null,
    issuer: null,
    tailEnd: 0,
    subject: null,
    outerEnd: 0,
    relation: 'mentions',
    ocrRepair: null,
  };
}

/** abbreviated type words (`NQ 35`, `QĐ 238`): their number-only mentions are back references only */
const ABBREVIATED_TYPES: ReadonlySet<string> = new Set([
  'nq',
  'nđ',
  'qđ',
  'ct',
  'kl',
  'kh',
  'hd',
  'tb',
]);

/** words before `số` that label a form or an annex, not a document */
const FORM_WORDS: ReadonlySet<string> = new Set(['mẫu', 'biểu', 'lục']);

/** `Kế hoạch 3006 năm 2020`: `năm` + a year qualifies the mention, it does not count (`Kế hoạch 5 năm`) */
const YEAR_AFTER = /^\snăm\s(?:19|20)\d\d(?!\d)/u;

const LETTER = /\p{L}/u;

/** The code point at `i` is a letter (`\p{L}`, surrogate pairs included). */
function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2));
  }
  return isLetterCode(c);
}

/**
 * `/2020` after a number, not followed by a symbol group or more digits: where it ends, or -1.
 * By hand, the same as `/^\s?\/\s?((?:19|20)\d\d)(?![\d/\p{L}-])/u` on the text from `numEnd`
 * (which cost about 1 µs per call on the short slice it was given); the year is the 4 units before the end.
 */
function yearFormEnd(s: string, numEnd: number): number {
  let p = numEnd;
  if (isRegexSpace(s.charCodeAt(p))) p++;
  if (s.charCodeAt(p) !== 0x2f) return -1;
  p++;
  if (isRegexSpace(s.charCodeAt(p))) p++;
  const a = s.charCodeAt(p);
  const b = s.charCodeAt(p + 1);
  if (!((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30))) return -1;
  if (!isDigitCode(s.charCodeAt(p + 2)) || !isDigitCode(s.charCodeAt(p + 3))) return -1;
  const e = p + 4;
  const c = s.charCodeAt(e);
  if (isDigitCode(c) || c === 0x2f || c === 0x2d || letterAt(s, e)) return -1;
  return e;
}
/** legal-normative types that carry the year in their number (spec §2.2) */
const YEAR_TYPES: ReadonlySet<string> = new Set([
  'Nghị định',
  'Nghị quyết',
  'Quyết định',
  'Thông tư',
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
  'Luật',
  'Pháp lệnh',
]);

/** Type words whose number-only form is usually a programme's name (`Chương trình 135`, `Đề án 06`). */
const NAME_LIKE_TYPES: ReadonlySet<string> = new Set(['Chương trình', 'Đề án', 'Dự án']);

/**
 * First groups a State symbol may start with when neither a type word nor `số` precedes it (spec §3.4
 * post-filter): a type code, or an issuer-like code (`UBND`, `HĐND`, `VPCP`, `BCĐ`, ministries `B…`,
 * departments `S…`). `Lô 15/TĐC-ĐT` in an address is not a citation.
 */
const STATE_ISSUER_LIKE =
  /^(?:UBND|HĐND|UB[A-ZĐ]{1,8}|VP[A-ZĐ]{0,8}|BCĐ[A-ZĐ\d]{0,8}|BQL[A-ZĐ]{0,8}|TTg|CP|QH\d{0,2}|[SB][A-ZĐ]{1,9})$/u;

/** The type family of a type word and of a type code agree (`Quy định` and `QĐ`, `Nghị quyết` and `NQ`). */
function sameFamily(type: string | null, code: string | null): boolean {
  if (type === null || code === null) return false;
  const own = codeOfType(type);
  return own !== undefined && codeFamily(own) === codeFamily(code);
}

/**
 * `Nghị quyết số 18, 19-NQ/TW`, `các Nghị quyết số 01, 02 và 05-NQ/TW`: the number-only items that
 * open an enumeration take the symbol of the item that closes it (spec §3.3 "enumerations sharing
 * suffix").
 */
function closeSharedChain(s: string, drafts: Draft[], sym: SymbolMatch, nextStart: number): void {
  let after = nextStart;
  for (let j = drafts.length - 1; j >= 0; j--) {
    const d = drafts[j];
    if (!d || !d.numberOnly || !ENUM_GAP.test(s.slice(d.symEnd, after))) break;
    d.numberOnly = false;
    d.shared = true;
    d.weak = false;
    d.enumerated = true;
    d.symbol = sym.symbol;
    d.form = sym.form;
    d.yearInNumber = sym.yearInNumber;
    after = d.start;
    if (!d.pending) break;
  }
}

const DIGIT_RUN = /\d+/g;

/** `-CP`, ` - HĐBT`: one issuer code of capitals after a hyphen, nothing of a longer symbol after it */
const OLD_STATE_CODE = /\s?-\s?([A-ZĐ]{2,8})(?![\p{L}\d&/-])/uy;
/** State acts cited in the older `N-<issuer>` style (`Nghị định 43-CP`, `Quyết định 217-HĐBT`) */
const OLD_STATE_TYPES: ReadonlySet<string> = new Set([
  'Nghị định',
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Thông tư',
  'Thông tư liên tịch',
  'Pháp lệnh',
]);

/**
 * `Nghị định số 43-CP`, `Quyết định 217-HĐBT`, `Nghị định 64-CP`: a State act of the 1980s–90s whose
 * symbol is the issuer code after a hyphen (spec §2.2: `Nghị định số 15/CP`, `Nghị định 43-CP` still
 * occur). Read only after the type word of such an act, and only when the code is not a type code
 * (`15-CT`, `35-NQ` are Party symbols missing their issuer). Its key is the State form `43/CP`, the
 * same document as `Nghị định số 43/CP`; like `15/CP` it is a short symbol, which a full citation of
 * the same act in the document (`43/2003/NĐ-CP`) resolves.
 */
function oldStateSymbol(s: string, numEnd: number, i: number): Draft | null {
  OLD_STATE_CODE.lastIndex = numEnd;
  const m = OLD_STATE_CODE.exec(s);
  const code = m?.[1];
  if (!m || code === undefined) return null;
  const end = numEnd + m[0].length;
  if (isTypeCode(code)) return typeCodeOnly(s, i, numEnd, end, code);
  const tb = typeBefore(s, i);
  if (tb.type === null || !OLD_STATE_TYPES.has(tb.type)) return null;
  const d = newDraft(tb.start, i, s.slice(i, numEnd), end, tb.type, code, 'state');
  d.short = true;
  d.issuerBefore = tb.issuerBefore;
  return d;
}

/**
 * `Chỉ thị số 15-CT ngày …`, `Quyết định số 1624-QĐ ngày …`: the type code of the type word after the
 * number, the issuer part missing (a truncated symbol). Not a symbol, but the number is cited: a
 * number-only mention (spec §6.5) spanning the code, so its date and issuer are read after it, and it
 * is resolved like `Chỉ thị số 17` (a full citation of the document, else the issuer phrase, else
 * `N-T/?`). Only with `số` and a type word of the code's family.
 */
function typeCodeOnly(
  s: string,
  i: number,
  numEnd: number,
  end: number,
  code: string,
): Draft | null {
  if (numEnd - i > 4) return null;
  const tb = typeBefore(s, i);
  if (tb.type === null || !tb.hasSo || !PARTIAL_TYPES.has(tb.type) || !sameFamily(tb.type, code))
    return null;
  const d = newDraft(tb.start, i, s.slice(i, numEnd), end, tb.type, '', 'party');
  d.numberOnly = true;
  d.issuerBefore = tb.issuerBefore;
  return d;
}

/** Pass 1: every number followed by a symbol, and number-only mentions after a type word. */
function scan(s: string, includeHeaders: boolean, runs: ArrayLike<number> | undefined): Draft[] {
  const drafts: Draft[] = [];
  const n = s.length;
  let pos = 0;
  const digits = DIGIT_RUN;
  /** next pair of `runs` (the digit runs the folding step recorded) */
  let r = 0;
  while (pos < n) {
    // the next digit run at or after `pos` (never inside a run: `pos` is always after a non-digit
    // end): from the runs recorded while folding, else by a regex scan (the engine skips the text
    // between runs far faster than a per-character loop; `test` builds no match object)
    let i: number;
    let numEnd: number;
    if (runs !== undefined) {
      while (r < runs.length && (runs[r] ?? 0) < pos) r += 2;
      if (r >= runs.length) break;
      i = runs[r] ?? 0;
      numEnd = runs[r + 1] ?? 0;
    } else {
      digits.lastIndex = pos;
      if (!digits.test(s)) break;
      numEnd = digits.lastIndex;
      i = numEnd - 1;
      while (i > pos && isDigitCode(s.charCodeAt(i - 1))) i--;
    }
    pos = numEnd;
    const len = numEnd - i;
    const plain = len <= 5 && acceptableLeft(s, i);
    let sym = plain && mayStartSymbol(s, numEnd) ? matchSymbolAt(s, numEnd) : null;
    // `Kế hoạch số 2O/KH-UBND`: OCR look-alike letters in the number slot (spec §9.3)
    const repair =
      sym === null && mayRepairDigits(s, i, numEnd)
        ? repairDigitsAt(s, i, numEnd, acceptableLeft)
        : null;
    if (repair !== null) sym = repair.sym;
    else if (!plain) continue;
    const prev = drafts[drafts.length - 1];
    if (sym) {
      const numStart = repair === null ? i : repair.start;
      const tb = typeBefore(s, numStart);
      if (tb.header && tb.type === null && !includeHeaders) {
        pos = sym.end;
        continue;
      }
      // a repaired number is a citation only after a type word or `số` (not `Hạnh l5-NQ/TW`)
      if (repair !== null && tb.type === null && !tb.hasSo) continue;
      if (sym.bare && !tb.hasSo && tb.type === null) continue;
      // `Mẫu số 01/BC-BTGTU`, `Biểu số 03/TK`, `Phụ lục số 02/…`: a form's or an annex's label
      if (tb.type === null && tb.hasSo && FORM_WORDS.has(previousWord(s, tb.start))) continue;
      // `căn hộ số 3/CT2`: a single group ending in digits is an address, not a công văn
      if (sym.bare && tb.type === null && /\d$/.test(sym.symbol)) continue;
      let type = tb.type;
      let enumerated = false;
      if (type === null && prev && ENUM_GAP.test(s.slice(prev.symEnd, tb.start))) {
        if (!prev.numberOnly) {
          type = prev.type;
          enumerated = true;
          prev.enumerated = true;
        } else if (sameFamily(prev.type, sym.typeCode)) {
          type = prev.type;
          enumerated = true;
          closeSharedChain(s, drafts, sym, tb.start);
        }
      }
      if (
        type === null &&
        !tb.hasSo &&
        sym.form === 'state' &&
        sym.typeCode === null &&
        !STATE_ISSUER_LIKE.test(sym.symbol.split('-')[0] ?? '')
      )
        continue;
      if (type !== null && GENERIC_TYPES.has(type)) type = sym.codeType ?? type;
      if (type === null) type = sym.codeType;
      {
        const number = repair === null ? s.slice(i, numEnd) : repair.number;
        const d = newDraft(tb.start, numStart, number, sym.end, type, sym.symbol, sym.form);
        d.ocrRepair = repair === null ? null : repair.repairs;
        d.yearInNumber = sym.yearInNumber;
        d.extraNumber = sym.extraNumber;
        d.short = sym.bare;
        d.nonstandard = sym.nonstandard;
        d.enumerated = enumerated;
        d.issuerBefore = tb.issuerBefore;
        drafts.push(d);
      }
      pos = sym.end;
      continue;
    }
    const after = s.charCodeAt(numEnd);
    if (after === 0x2f || (after === 0x20 && s.charCodeAt(numEnd + 1) === 0x2f)) {
      // `NĐ 30/2020`, `Nghị định số 30/2020`: a normative act by number and year only (spec §2.5)
      const yEnd = yearFormEnd(s, numEnd);
      if (yEnd >= 0) {
        const tb = typeBefore(s, i);
        if (tb.type !== null && YEAR_TYPES.has(tb.type)) {
          {
            const d = newDraft(tb.start, i, s.slice(i, numEnd), yEnd, tb.type, '', 'qppl');
            d.yearInNumber = s.slice(yEnd - 4, yEnd);
            d.numberOnly = true;
            d.issuerBefore = tb.issuerBefore;
            drafts.push(d);
          }
          pos = yEnd;
          continue;
        }
      }
    }
    if (after === 0x2d || (after === 0x20 && s.charCodeAt(numEnd + 1) === 0x2d)) {
      // `Nghị định 43-CP`, `Quyết định số 217-HĐBT`: the older State style, number, hyphen, issuer
      // code (spec §2.2 "older styles")
      const old = oldStateSymbol(s, numEnd, i);
      if (old !== null) {
        drafts.push(old);
        pos = old.symEnd;
        continue;
      }
    }
    if (isLetterCode(after) || after === 0x2f || after === 0x2d) continue;
    if (len <= 4 && prev && prev.numberOnly && ENUM_GAP.test(s.slice(prev.symEnd, i))) {
      // a further number of an enumeration (`số 01, 02 và 05-NQ/TW`): kept only if a symbol closes it
      {
        const d = newDraft(i, i, s.slice(i, numEnd), numEnd, prev.type, '', 'party');
        d.numberOnly = true;
        d.pending = true;
        drafts.push(d);
      }
      continue;
    }
    if (len > 4) continue;
    const pw = previousWord(s, i);
    const abbreviated = ABBREVIATED_TYPES.has(pw);
    if (!PARTIAL_LAST_WORDS.has(pw) && !abbreviated) continue;
    const tb = typeBefore(s, i);
    if (tb.type === null || !PARTIAL_TYPES.has(tb.type)) continue;
    // without `số` and a clear end, or for a programme's name (`Chương trình 135`), the mention is
    // weak: kept only as a back reference to a full citation of the same document
    const weak =
      (abbreviated && !tb.hasSo) ||
      (!tb.hasSo &&
        (NAME_LIKE_TYPES.has(tb.type) || !PARTIAL_FOLLOW.test(s.slice(numEnd, numEnd + 12))));
    if (weak) {
      COUNT_NOUN_AFTER.lastIndex = numEnd;
      if (
        after === 0x25 /* % */ ||
        (COUNT_NOUN_AFTER.test(s) && !YEAR_AFTER.test(s.slice(numEnd, numEnd + 10)))
      )
        continue;
    }
    {
      const d = newDraft(tb.start, i, s.slice(i, numEnd), numEnd, tb.type, '', 'party');
      d.numberOnly = true;
      d.weak = weak;
      d.issuerBefore = tb.issuerBefore;
      drafts.push(d);
    }
  }
  return drafts.filter((d) => !d.pending || d.shared);
}

/** Pass 2: date and issuer of each citation; enumerations share a trailing date (spec T13). */
function readTails(s: string, drafts: Draft[]): void {
  for (const d of drafts) {
    const t = readTail(s, d.symEnd);
    d.date = t.date;
    d.issuer = t.issuer ?? d.issuerBefore;
    d.tailEnd = t.tailEnd;
    if (!d.date) {
      const before = readDateBefore(s, d.start);
      d.date = before.date;
      if (!d.issuer) d.issuer = before.issuer;
    }
  }
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i];
    const p = drafts[i - 1];
    if (
      d &&
      p &&
      d.enumerated &&
      p.enumerated &&
      !p.date &&
      !p.issuer &&
      d.date &&
      p.tailEnd === p.symEnd
    ) {
      p.date = d.date;
    }
  }
}

function toCitation(f: FoldedText, d: Draft, key: string, partial: boolean): Citation {
  const span = toOriginalSpan(f, d.start, d.symEnd);
  const citation: Citation = {
    surface: f.original.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    type: d.type,
    number: d.number,
    symbol: d.symbol,
    yearInNumber: d.yearInNumber,
    key,
    date: d.date ? d.date.iso : null,
    issuer: d.issuerText,
    subject: d.subject ? cleanSubject(originalSlice(f, d.subject.start, d.subject.end)) : null,
    relation: d.relation,
  };
  if (partial) citation.partial = true;
  return citation;
}

function dateConflicts(citations: readonly Citation[], warnings: string[]): void {
  // the first date of each key; a set of dates only for a key cited with another date
  const first = new Map<string, string>();
  let others: Map<string, Set<string>> | null = null;
  for (const c of citations) {
    if (c.date === null) continue;
    const d0 = first.get(c.key);
    if (d0 === undefined) first.set(c.key, c.date);
    else if (d0 !== c.date) {
      others ??= new Map<string, Set<string>>();
      const set = others.get(c.key);
      if (set === undefined) others.set(c.key, new Set([d0, c.date]));
      else set.add(c.date);
    }
  }
  if (others === null) return;
  // in the order the keys were first cited with a date
  for (const key of first.keys()) {
    const dates = others.get(key);
    if (dates !== undefined)
      warnings.push(
        `date_conflict: ${key} được dẫn với các ngày khác nhau: ${[...dates].join(', ')}`,
      );
  }
}

/**
 * `Hướng dẫn số 05-HD/BTGTU … của Ban Tuyên giáo Tỉnh ủy¹` with the footnote `¹ Hướng dẫn số
 * 05-HD/BTGTU về …`: the footnote repeats the document with its subject, which the first mention takes
 * (the gold rule for a marker after the issuer, when the note opens with the citation itself).
 */
function subjectsFromNotedCitations(
  s: string,
  drafts: Draft[],
  items: readonly CorefItem[],
  footnotes: Footnotes,
): void {
  if (footnotes.bodies.size === 0) return;
  const byStart = new Map<number, number>();
  drafts.forEach((d, i) => byStart.set(d.start, i));
  drafts.forEach((d, i) => {
    if (d.subject !== null) return;
    const marker = markerAt(s, d.tailEnd);
    if (marker === null) return;
    const body = footnotes.bodies.get(marker);
    const j = body === undefined ? undefined : byStart.get(body);
    const noted = j === undefined ? undefined : drafts[j];
    if (!noted || j === undefined || j <= i || noted.subject === null) return;
    if (items[j]?.key !== items[i]?.key) return;
    d.subject = { start: noted.subject.start, end: noted.subject.end, outerEnd: d.tailEnd };
  });
}

/** type family and number, the slot coreference resolves number-only mentions by */
function slotOf(type: string | null, number: string): string {
  return `${type === null ? '' : codeFamily(codeOfType(type) ?? type)}|${Number.parseInt(number, 10)}`;
}

/** Weak mentions whose type and number no full citation of the text has are dropped early. */
function withoutOrphanWeak(drafts: Draft[]): Draft[] {
  if (!drafts.some((d) => d.weak)) return drafts;
  const full = new Set<string>();
  for (const d of drafts) if (!d.numberOnly && !d.short) full.add(slotOf(d.type, d.number));
  return drafts.filter((d) => !d.weak || full.has(slotOf(d.type, d.number)));
}

/** Every numbered citation of a text already folded for analysis. */
export interface FindOptions {
  /** also report header numbers (`Số: 434/KH-UBND` opening a line), normally the document's own number */
  readonly includeHeaders?: boolean;
}

export function findCitationsFolded(f: FoldedText, options: FindOptions = {}): CitationResult {
  const s = f.text;
  const all = withoutOrphanWeak(scan(s, options.includeHeaders === true, f.digitRuns));
  readTails(s, all);
  for (const d of all)
    d.issuerText = d.issuer ? cleanIssuer(originalSlice(f, d.issuer.start, d.issuer.end)) : null;
  const warnings: string[] = [];
  const allItems: CorefItem[] = all.map((d) => {
    const key = d.numberOnly
      ? ''
      : canonicalKey({
          number: d.number,
          symbol: d.symbol,
          form: d.form,
          yearInNumber: d.yearInNumber,
          extraNumber: d.extraNumber,
          folded: true,
        });
    return {
      type: d.type,
      number: d.number,
      symbol: d.symbol,
      key,
      partial: d.numberOnly || d.shared,
      numberOnly: d.numberOnly,
      yearInNumber: d.yearInNumber,
      weak: d.weak,
      resolved: false,
      short: d.short,
      issuer: d.issuerText,
      surface: originalSlice(f, d.start, d.symEnd),
    };
  });
  resolveCoreference(allItems, warnings);
  // weak number-only mentions that name no citation of this document are not citations
  const drafts: Draft[] = [];
  const items: CorefItem[] = [];
  all.forEach((d, i) => {
    const it = allItems[i];
    if (!it || (d.weak && !it.resolved)) return;
    drafts.push(d);
    items.push(it);
  });
  const footnotes = findFootnotes(s);
  drafts.forEach((d, i) => {
    const next = drafts[i + 1];
    d.subject = findSubject(
      s,
      d.tailEnd,
      next && next.start >= d.tailEnd ? next : undefined,
      footnotes,
    );
    d.outerEnd = Math.max(d.tailEnd, d.subject ? d.subject.outerEnd : 0);
  });
  subjectsFromNotedCitations(s, drafts, items, footnotes);
  const breaks = new LineBreaks(s);
  drafts.forEach((d, i) => {
    d.relation = relationFromClause(clauseBefore(s, drafts, i, breaks));
  });
  const citations = drafts.map((d, i) => {
    const it = items[i];
    return toCitation(f, d, it ? it.key : '', it ? it.partial : false);
  });
  drafts.forEach((d, i) => {
    const c = citations[i];
    if (!c) return;
    if (d.extraNumber !== null)
      warnings.push(`malformed: "${c.surface}" có hai số (${d.number}/${d.extraNumber})`);
    else if (d.nonstandard) warnings.push(`nonstandard_separator: "${c.surface}" → ${c.key}`);
    if (d.ocrRepair !== null)
      warnings.push(`ocr_digits: "${c.surface}" → ${c.key} (chữ đọc thành số: ${d.ocrRepair})`);
  });
  dateConflicts(citations, warnings);
  return { citations, warnings: [...new Set(warnings)] };
}

/** Every numbered citation of a stored text, with offsets into that text. */
export function findCitations(text: string, options: FindOptions = {}): CitationResult {
  return findCitationsFolded(foldText(text), options);
}

/**
 * The first number-and-symbol reference in a short string, header forms included (`Số: 434/KH-UBND`,
 * `Luật số: 08/2012/QH13`, `Chỉ thị số 05-CT/TƯ`); null if there is none.
 */
export function parseReference(text: string): Citation | null {
  return (
    findCitations(text, { includeHeaders: true }).citations.find((c) => c.partial !== true) ?? null
  );
}
